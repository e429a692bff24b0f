// The outcome of a ribbon command, as the function file stores it and the pane and the dialog show it.

/** How a command ended, for the dialog's heading and icon. */
export type CommandOutcome = 'found' | 'clean' | 'no-tables' | 'cleared' | 'failed';

/** The outcome of one ribbon command. */
export interface CommandStatus {
  at: string;
  command: 'check' | 'clear';
  outcome: CommandOutcome;
  ok: boolean;
  message: string;
}
