// The web page's engine worker: reads, checks, drafts and writes the annotated copy off the page's thread, so
// the page keeps answering (and the 「取消」 button works) on a workbook of any size.
import { WorkbookSession } from './session';
import type { WorkerMessage, WorkerRequest } from './protocol';
import { answer } from './serve';

/** The worker's global scope, as far as this file uses it. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const state: { session: WorkbookSession | null } = { session: null };

scope.onmessage = (e) => {
  void answer(e.data, state, (m, transfer) => scope.postMessage(m, transfer ?? []), async () => undefined);
};
