// Bridges `draft` to the narrative module's CLI entry, loaded lazily so `check` does not pay for docx.
import type { CliIo } from './io';

/** Run `draft`; returns the exit code. */
export async function runDraftCommand(argv: string[], io: CliIo): Promise<number> {
  const { runDraft } = await import('./draft');
  return runDraft(argv, io);
}
