// Entry of commands.html: registers the ribbon's ExecuteFunction buttons (「一键校验」, 「清除标注」) with Office.
// The work runs in src/commands/run-command.ts; this file only connects it to Office.
import { check } from '../engine/check';
import { createExcelHost } from '../office/excel-host';
import { clearMarksCommand, runCheckCommand, type CommandStatus } from './run-command';

type CommandEvent = Office.AddinCommands.Event;

/** Run a command and always tell Office it finished, so the button never stays busy. */
function handler(work: () => Promise<CommandStatus>): (event: CommandEvent) => void {
  return (event) => {
    work().then(
      () => event.completed(),
      () => event.completed(),
    );
  };
}

const COMMANDS: Record<string, (event: CommandEvent) => void> = {
  runCheck: handler(() => runCheckCommand(createExcelHost(), (grid, file) => check(grid, file))),
  clearMarks: handler(() => clearMarksCommand(createExcelHost())),
};

// Without network office.js is missing; the page must still load (it is never shown to the clerk).
if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    if (typeof Office.actions?.associate === 'function') {
      Office.actions.associate('runCheck', COMMANDS.runCheck);
      Office.actions.associate('clearMarks', COMMANDS.clearMarks);
    } else {
      // Older Office finds ExecuteFunction targets as global functions named in the manifest.
      Object.assign(globalThis, COMMANDS);
    }
  });
}
