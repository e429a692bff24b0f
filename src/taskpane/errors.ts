// Turns any thrown value into one zh-CN sentence for the pane; never a stack trace.
import { HostError } from './host';
import { S } from './strings';

/** Errors whose message was written for the clerk (zh-CN) and may be shown as is. */
const USER_FACING = new Set(['HostError', 'WorkbookReadError', 'CodeTableError', 'UserError']);

/** The message to show for a failure: the error's own zh-CN sentence, or a generic one. */
export function userMessage(e: unknown): string {
  if (e instanceof HostError) return e.message;
  if (e instanceof Error && USER_FACING.has(e.name) && e.message) return e.message;
  return S.genericError;
}

/** A failure the pane itself explains (zh-CN message), e.g. a sheet without a 科目表. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
