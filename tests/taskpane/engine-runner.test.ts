// The page's engine runner: the same answers in a worker or on the page, fallback when a worker cannot start,
// cancel stops the worker, unreadable files give the reader's zh-CN sentence.
import { check } from '../../src/engine/check';
import { parseCodeTable } from '../../src/engine/codes/import';
import { CheckCancelled, HostError } from '../../src/taskpane/host';
import type { WorkerMessage, WorkerRequest } from '../../src/taskpane/worker/protocol';
import { createEngineRunner, type WorkerLike } from '../../src/taskpane/worker/runner';
import { answer, type SessionHolder } from '../../src/taskpane/worker/serve';
import { WorkbookSession } from '../../src/taskpane/worker/session';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { seed000Workbook } from '../fixtures/seeds/workbooks';
import { specToXlsx } from '../fixtures/workbook-spec';

/** A worker that runs the real session in this process, asynchronously, as engine-worker.ts does. */
function inProcessWorker(log: string[]): WorkerLike {
  const holder: SessionHolder = { session: null };
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(req: WorkerRequest) {
      log.push(req.type);
      setTimeout(() => void answer(req, holder, (m: WorkerMessage) => w.onmessage?.({ data: m } as MessageEvent<WorkerMessage>), async () => undefined), 0);
    },
    terminate: () => log.push('terminate'),
  };
  return w;
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = new Uint8Array(await specToXlsx(seed000Workbook().spec));
});

const live = () => new AbortController().signal;

describe('engine runner', () => {
  it('in a worker: the report the engine gives, a draft, a preview, the annotated copy, progress that moves', async () => {
    const log: string[] = [];
    const runner = createEngineRunner(() => inProcessWorker(log));
    const progress: number[] = [];
    const { report, view } = await runner.check(bytes, 'seed.xlsx', [], (p) => progress.push(p.fraction), live());
    expect(JSON.stringify(report)).toBe(JSON.stringify(check(await readWorkbook(bytes), 'seed.xlsx')));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect((await view.draft({})).title).toContain('灵寿县医疗保障局');
    const f = report.findings[0] ?? { sheet: report.tables[0].sheet, cell: 'A1' };
    expect((await view.preview(f.sheet, f.cell))?.sheet).toBe(f.sheet);
    const copy = await runner.annotate(report.findings);
    expect([copy[0], copy[1]]).toEqual([0x50, 0x4b]);
    expect(runner.where()).toBe('worker');
    expect(log).toEqual(['check', 'draft', 'preview', 'annotate']);
  });

  it('in a worker: the 科目表 picker\'s sheets and a sheet read as a 科目表, or the zh-CN reason it is none', async () => {
    const log: string[] = [];
    const runner = createEngineRunner(() => inProcessWorker(log));
    const { view } = await runner.check(bytes, 'seed.xlsx', [], () => undefined, live());
    const grid = await readWorkbook(bytes);
    expect(await view.sheetNames()).toEqual(grid.sheets.map((s) => s.name));
    const withCodes = grid.sheets.find((s) => parseCodeTable(s, 2024));
    const without = grid.sheets.find((s) => !parseCodeTable(s, 2024));
    expect(withCodes && without).toBeTruthy();
    expect(await view.codeTable(withCodes!.name, 2024)).toEqual(parseCodeTable(withCodes!, 2024));
    const refused = view.codeTable(without!.name, 2024);
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toThrow(`工作表「${without!.name}」中没有找到科目编码和科目名称列`);
    expect(log).toEqual(['check', 'sheetNames', 'codeTable', 'codeTable']);
  });

  it('falls back to the page when the worker cannot be made or fails before answering', async () => {
    const refused = createEngineRunner(() => {
      throw new Error('SecurityError');
    });
    expect((await refused.check(bytes, 'a.xlsx', [], () => undefined, live())).report.tables.length).toBeGreaterThan(5);
    expect(refused.where()).toBe('page');
    const broken: WorkerLike = { onmessage: null, onerror: null, postMessage: () => setTimeout(() => broken.onerror?.(new Event('error')), 0), terminate: () => undefined };
    const failing = createEngineRunner(() => broken);
    expect((await failing.check(bytes, 'a.xlsx', [], () => undefined, live())).report.tables.length).toBeGreaterThan(5);
    expect(failing.where()).toBe('page');
  });

  it('cancel stops the worker and rejects with CheckCancelled; the next check starts a new worker', async () => {
    const log: string[] = [];
    const silent: WorkerLike = { onmessage: null, onerror: null, postMessage: () => log.push('post'), terminate: () => log.push('terminate') };
    let made = 0;
    const runner = createEngineRunner(() => (made++ === 0 ? silent : inProcessWorker(log)));
    const controller = new AbortController();
    const running = runner.check(bytes, 'a.xlsx', [], () => undefined, controller.signal);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(CheckCancelled);
    expect(log).toEqual(['post', 'terminate']);
    await runner.check(bytes, 'a.xlsx', [], () => undefined, live());
    expect(made).toBe(2);
  });

  it('on the page, cancel stops the check at its next pause (no work goes on unseen); the next check runs', async () => {
    const open = jest.spyOn(WorkbookSession, 'open');
    try {
      const runner = createEngineRunner(null);
      const controller = new AbortController();
      const running = runner.check(bytes, 'a.xlsx', [], () => undefined, controller.signal);
      controller.abort();
      await expect(running).rejects.toBeInstanceOf(CheckCancelled);
      // The session's own promise: it stopped with CheckCancelled instead of reading and checking to the end.
      await expect(open.mock.results[0].value).rejects.toBeInstanceOf(CheckCancelled);
      const again = await runner.check(bytes, 'a.xlsx', [], () => undefined, live());
      expect(again.report.findings.length).toBe(check(await readWorkbook(bytes), 'a.xlsx').findings.length);
    } finally {
      open.mockRestore();
    }
  });

  it('an unreadable file: the reader\'s sentence, shown as is', async () => {
    const runner = createEngineRunner(null);
    const e = await runner.check(new TextEncoder().encode('a,b\n1,2\n'), 'a.csv', [], () => undefined, live()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as Error).message).toMatch(/纯文本/);
  });
});
