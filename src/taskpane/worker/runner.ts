// The page's side of the engine worker: requests with ids, progress, cancel (the worker is stopped and a new one
// starts next time), and a fallback that runs the same session on the page when no worker can start — Chromium
// refuses workers to pages opened from file://; there the reader still yields to the page between sheets.
import type { ImportedCodeTable } from '../../engine/codes/imported';
import type { Finding } from '../../engine/report';
import type { AnnotateExtras } from '../../xlsx/annotate';
import { CheckCancelled, HostError, type ReadProgress } from '../host';
import { S } from '../strings';
import type { Checked } from '../workbook-view';
import type { WorkerAnswers, WorkerMessage, WorkerRequest } from './protocol';
import { answer, type SessionHolder } from './serve';

/** Runs the engine for the web page: in a worker when it can, else on the page. */
export interface EngineRunner {
  check(bytes: Uint8Array, name: string, imported: readonly ImportedCodeTable[], onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<Checked>;
  annotate(findings: readonly Finding[], extras?: AnnotateExtras): Promise<Uint8Array>;
  /** Where the engine runs now. */
  where(): 'worker' | 'page';
}

/** The part of Worker the runner uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((e: Event) => void) | null;
}

interface Pending {
  req: WorkerRequest;
  resolve(value: unknown): void;
  reject(e: unknown): void;
  onProgress?: (p: ReadProgress) => void;
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** A worker's error message turned back into an error the pane shows as is. */
function workerError(message: string, userFacing: boolean): Error {
  return userFacing ? new HostError(message) : new Error(message);
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The default worker: engine-worker.js next to the page (a separate script, allowed by the page's CSP). */
export function startWorker(): WorkerLike {
  return new Worker('engine-worker.js') as unknown as WorkerLike;
}

/** Create the runner; `start` makes the worker (throws or fails to load when workers are not allowed). */
export function createEngineRunner(start: (() => WorkerLike) | null = typeof Worker === 'function' ? startWorker : null): EngineRunner {
  let worker: WorkerLike | null = null;
  let onPage = start === null;
  let heard = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const holder: SessionHolder = { session: null };

  const receive = (m: WorkerMessage): void => {
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') return p.onProgress?.({ fraction: m.fraction, label: m.label });
    pending.delete(m.id);
    if (m.type === 'result') p.resolve(m.value);
    else p.reject(workerError(m.message, m.userFacing));
  };

  /** Requests cancelled while they run on the page: their next pause stops them (a worker is terminated instead). */
  const dropped = new Set<number>();

  const runOnPage = (req: WorkerRequest): void => {
    const pause = async (): Promise<void> => {
      await nextTask();
      if (dropped.has(req.id)) throw new CheckCancelled();
    };
    void answer(req, holder, (m) => receive(m), pause).finally(() => dropped.delete(req.id));
  };

  /** The worker failed before answering anything (not allowed, or its script missing): run on the page. */
  const fallBack = (): void => {
    worker?.terminate();
    worker = null;
    onPage = true;
    for (const p of pending.values()) runOnPage(p.req);
  };

  const connect = (): WorkerLike | null => {
    if (onPage || !start) return null;
    if (worker) return worker;
    try {
      const w = start();
      w.onmessage = (e) => {
        heard = true;
        receive(e.data);
      };
      w.onerror = (e) => {
        e.preventDefault?.();
        if (!heard) return fallBack();
        for (const p of pending.values()) p.reject(new HostError(S.genericError));
        pending.clear();
        worker?.terminate();
        worker = null;
      };
      worker = w;
      return w;
    } catch {
      onPage = true;
      return null;
    }
  };

  const send = <T>(body: Request, onProgress?: (p: ReadProgress) => void, transfer?: Transferable[]): { id: number; done: Promise<T> } => {
    const id = nextId++;
    const req = { ...body, id } as WorkerRequest;
    const done = new Promise<T>((resolve, reject) => {
      pending.set(id, { req, resolve: resolve as (v: unknown) => void, reject, onProgress });
    });
    const w = connect();
    if (w) w.postMessage(req, transfer);
    else runOnPage(req);
    return { id, done };
  };

  const ask = <K extends keyof WorkerAnswers>(body: Request): Promise<WorkerAnswers[K]> => send<WorkerAnswers[K]>(body).done;

  return {
    where: () => (onPage ? 'page' : 'worker'),
    async check(bytes, name, imported, onProgress, signal) {
      if (signal.aborted) throw new CheckCancelled();
      // The page keeps its bytes for the annotated copy: the worker gets a copy it may keep.
      const copy = bytes.slice();
      const { id, done } = send<WorkerAnswers['check']>({ type: 'check', bytes: copy, name, imported: [...imported] }, onProgress, [copy.buffer]);
      const cancelled = new Promise<never>((_resolve, reject) => {
        signal.addEventListener('abort', () => {
          pending.delete(id);
          if (onPage) dropped.add(id);
          // A worker is stopped where it is; on the page the check stops at its next pause.
          worker?.terminate();
          worker = null;
          heard = false;
          holder.session = null;
          reject(new CheckCancelled());
        }, { once: true });
      });
      const { report, format } = await Promise.race([done, cancelled]);
      return {
        report,
        view: {
          format,
          preview: (sheet, cell) => ask<'preview'>({ type: 'preview', sheet, cell }),
          pdfSpot: (sheet, cell) => ask<'pdfSpot'>({ type: 'pdfSpot', sheet, cell }),
          checkWord: (name, bytes, imported) => ask<'checkWord'>({ type: 'checkWord', name, bytes, imported: [...imported] }),
          draft: (options) => ask<'draft'>({ type: 'draft', options }),
          checklist: (findings) => ask<'checklist'>({ type: 'checklist', findings: [...findings] }),
          sheetNames: () => ask<'sheetNames'>({ type: 'sheetNames' }),
          codeTable: (sheet, year) => ask<'codeTable'>({ type: 'codeTable', sheet, year }),
        },
      };
    },
    annotate: (findings, extras) => ask<'annotate'>({ type: 'annotate', findings: [...findings], extras }),
  };
}
