// Answering one request of the page against the open session: shared by the worker and the in-page fallback.
import { userMessage } from '../errors';
import type { WorkerMessage, WorkerRequest } from './protocol';
import { WorkbookSession, type Yield } from './session';

/** Where the current session lives between requests. */
export interface SessionHolder {
  session: WorkbookSession | null;
}

/** Send a message; the annotated copy's bytes are transferred, not copied. */
export type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

function sessionOf(holder: SessionHolder): WorkbookSession {
  if (!holder.session) throw new Error('no workbook open');
  return holder.session;
}

/** Run one request and post its progress and answer (or its error as a zh-CN message). */
export async function answer(req: WorkerRequest, holder: SessionHolder, post: Post, pause: Yield): Promise<void> {
  try {
    switch (req.type) {
      case 'check': {
        holder.session = null;
        const onProgress = (p: { fraction: number; label: string }) => post({ id: req.id, type: 'progress', ...p });
        const { session, report } = await WorkbookSession.open(req.bytes, req.name, req.imported, onProgress, pause);
        holder.session = session;
        return post({ id: req.id, type: 'result', value: { report, format: session.format } });
      }
      case 'draft':
        return post({ id: req.id, type: 'result', value: sessionOf(holder).draft(req.options) });
      case 'preview':
        return post({ id: req.id, type: 'result', value: sessionOf(holder).preview(req.sheet, req.cell) });
      case 'checklist':
        return post({ id: req.id, type: 'result', value: sessionOf(holder).checklist(req.findings) });
      case 'pdfSpot':
        return post({ id: req.id, type: 'result', value: sessionOf(holder).pdfSpot(req.sheet, req.cell) });
      case 'checkWord':
        return post({ id: req.id, type: 'result', value: await sessionOf(holder).checkWord(req.name, req.bytes, req.imported) });
      case 'sheetNames':
        return post({ id: req.id, type: 'result', value: sessionOf(holder).sheetNames() });
      case 'codeTable':
        return post({ id: req.id, type: 'result', value: sessionOf(holder).codeTable(req.sheet, req.year) });
      case 'annotate': {
        const bytes = await sessionOf(holder).annotate(req.findings, req.extras);
        return post({ id: req.id, type: 'result', value: bytes }, [bytes.buffer]);
      }
    }
  } catch (e) {
    const message = userMessage(e);
    post({ id: req.id, type: 'error', message, userFacing: e instanceof Error && message === e.message });
  }
}
