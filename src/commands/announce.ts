// Telling the clerk how a ribbon command ended: a small dialog (dialog.html, same origin as the function file)
// showing the outcome. The outcome travels in the URL's fragment, which browsers never send to a server. Resolves
// when the clerk closes the dialog (or at once when no dialog can be shown: the task pane still shows the outcome).
import type { CommandStatus } from './run-command';

/** The dialog page, next to commands.html. */
export const DIALOG_PAGE = 'dialog.html';

/** What the dialog shows. */
export interface DialogMessage {
  command: CommandStatus['command'];
  outcome: CommandStatus['outcome'];
  message: string;
  at: string;
}

/** An open dialog (Office.Dialog). */
export interface DialogLike {
  close(): void;
  addEventHandler(eventType: never, handler: (args: unknown) => void): void;
}

/** Office.context.ui as far as announcing needs it (DialogApi 1.1). */
export interface DialogUi {
  displayDialogAsync(url: string, options: { height: number; width: number; displayInIframe: boolean }, callback: (result: { status: unknown; value: DialogLike }) => void): void;
}

/** The Office.EventType values of a dialog's two events, passed in so tests need no Office global. */
export interface DialogEvents {
  message: unknown;
  closed: unknown;
  succeeded: unknown;
}

/** The dialog's address for a status: dialog.html beside `pageUrl`, the outcome JSON in the fragment. */
export function dialogUrl(pageUrl: string, status: CommandStatus): string {
  const msg: DialogMessage = { command: status.command, outcome: status.outcome, message: status.message, at: status.at };
  const url = new URL(DIALOG_PAGE, pageUrl);
  url.search = '';
  url.hash = encodeURIComponent(JSON.stringify(msg));
  return url.toString();
}

/** The outcome a dialog page was opened with, or null when the fragment is missing or malformed. */
export function readDialogMessage(hash: string): DialogMessage | null {
  try {
    const v = JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))) as Partial<DialogMessage>;
    const outcomes = ['found', 'clean', 'no-tables', 'cleared', 'failed'];
    if ((v.command !== 'check' && v.command !== 'clear') || !outcomes.includes(String(v.outcome)) || typeof v.message !== 'string' || typeof v.at !== 'string') return null;
    return v as DialogMessage;
  } catch {
    return null;
  }
}

/** Show the dialog and wait until it is closed (by its button or its ×), at most `timeoutMs`. */
export function announce(ui: DialogUi | undefined, url: string, events: DialogEvents, timeoutMs = 5 * 60_000): Promise<'closed' | 'unavailable'> {
  if (!ui || typeof ui.displayDialogAsync !== 'function') return Promise.resolve('unavailable');
  return new Promise((resolve) => {
    let done = false;
    const finish = (how: 'closed' | 'unavailable', dialog?: DialogLike) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // Already closed by the clerk.
      }
      resolve(how);
    };
    const timer = setTimeout(() => finish('closed'), timeoutMs);
    try {
      ui.displayDialogAsync(url, { height: 40, width: 32, displayInIframe: true }, (result) => {
        if (result.status !== events.succeeded) return finish('unavailable');
        const dialog = result.value;
        dialog.addEventHandler(events.message as never, () => finish('closed', dialog));
        dialog.addEventHandler(events.closed as never, () => finish('closed'));
      });
    } catch {
      finish('unavailable');
    }
  });
}
