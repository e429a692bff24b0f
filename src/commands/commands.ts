// Entry of commands.html: registers the ribbon's ExecuteFunction buttons (「一键校验」, 「清除标注」) with Office.
// The work runs in run-command.ts; every click ends with a dialog saying how it went (announce.ts), and only then
// tells Office the command finished, so the button never stays busy and never ends in silence.
import { check } from '../engine/check';
import { createExcelHost } from '../office/excel-host';
import { announce, dialogUrl, type DialogUi } from './announce';
import { clearMarksCommand, runCheckCommand, type CommandStatus } from './run-command';

type CommandEvent = Office.AddinCommands.Event;

function dialogUi(): DialogUi | undefined {
  return Office.context.requirements.isSetSupported('DialogApi', '1.1') ? (Office.context.ui as unknown as DialogUi) : undefined;
}

/** Run a command, show its outcome, and always tell Office it finished. */
function handler(work: () => Promise<CommandStatus>): (event: CommandEvent) => void {
  return (event) => {
    work()
      .then((status) =>
        announce(dialogUi(), dialogUrl(window.location.href, status), {
          message: Office.EventType.DialogMessageReceived,
          closed: Office.EventType.DialogEventReceived,
          succeeded: Office.AsyncResultStatus.Succeeded,
        }),
      )
      .catch(() => undefined)
      .finally(() => event.completed());
  };
}

const COMMANDS: Record<string, (event: CommandEvent) => void> = {
  runCheck: handler(() => runCheckCommand(createExcelHost(), (grid, file, options) => check(grid, file, options))),
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
