// Output channels for CLI commands, injectable so commands are tested without spawning processes.
import { terminalSafe } from './safe-text';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The real process streams; nothing that could drive the terminal is written (file names come from users too). */
export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(terminalSafe(t)),
  stderr: (t) => process.stderr.write(terminalSafe(t)),
};

/** Exit codes of the contract: 0 no errors, 1 errors found, 2 the file could not be read. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

/** An input problem the user can fix; `message` is one clear zh-CN sentence. */
export class UserInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserInputError';
  }
}
