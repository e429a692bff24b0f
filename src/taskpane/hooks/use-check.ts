// The check workflow as state: read the workbook, run the engine, mark the cells, remember the result.
import { useCallback, useRef, useState } from 'react';
import type { Grid } from '../../engine/grid/types';
import type { Report } from '../../engine/report';
import type { Finding } from '../../engine/report';
import { readJudgments, unjudged } from '../../host/judgments';
import { clearText, markNotes } from '../../host/outcome-text';
import type { EngineApi, ImportedCodeTable } from '../engine-api';
import { userMessage } from '../errors';
import { CheckCancelled, type ReadProgress, type WorkbookHost } from '../host';
import { localView, type Checked } from '../workbook-view';
import { CODE_TABLES_KEY, JUDGMENTS_KEY } from '../settings';
import { S } from '../strings';

export type CheckState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ReadProgress }
  | { phase: 'done'; report: Report; view: Checked['view']; grid: Grid | null; notice?: string }
  | { phase: 'error'; message: string };

/** What the pane gets from useCheck. */
export interface CheckControls {
  state: CheckState;
  run(): Promise<void>;
  /** Stop the running check (the web page's worker is stopped at once). */
  cancel(): void;
  clear(): Promise<void>;
  /** Mark these findings again (after the clerk judged one), keeping the results shown. */
  remark(findings: readonly Finding[]): Promise<void>;
  /** A short message after clearing marks (or why it failed). */
  clearNotice: string | null;
  /** When the pane last started a check or a clear (ISO), null before the first. */
  lastRunAt: string | null;
}

/** Let React paint the progress before the synchronous engine runs. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Read and check on this thread (Excel): the tables recognized for the check are kept for the draft. */
async function checkHere(
  host: WorkbookHost,
  engine: EngineApi,
  imported: readonly ImportedCodeTable[],
  onProgress: (p: ReadProgress) => void,
): Promise<Checked & { grid: Grid }> {
  const grid = await host.readGrid(onProgress);
  onProgress({ fraction: 1, label: S.runningRules });
  await nextFrame();
  const { report, tables } = engine.checkWithTables(grid, host.name(), engine.checkOptions(imported));
  return { report, grid, view: localView(grid, tables, engine.draft, engine.checklist) };
}

async function runCheck(
  host: WorkbookHost,
  engine: EngineApi,
  onProgress: (p: ReadProgress) => void,
  signal: AbortSignal,
): Promise<CheckState> {
  onProgress({ fraction: 0, label: S.readingWorkbook });
  const imported = (await host.loadSetting<ImportedCodeTable[]>(CODE_TABLES_KEY)) ?? [];
  const checked = host.checkWorkbook
    ? { ...(await host.checkWorkbook(imported, onProgress, signal)), grid: null }
    : await checkHere(host, engine, imported, onProgress);
  if (signal.aborted) throw new CheckCancelled();
  const { report, view, grid } = checked;
  try {
    const judgments = readJudgments(await host.loadSetting(JUDGMENTS_KEY));
    const notes = markNotes(await host.markFindings(unjudged(report.findings, judgments)));
    return notes.length > 0 ? { phase: 'done', report, view, grid, notice: notes.join('') } : { phase: 'done', report, view, grid };
  } catch (e) {
    return { phase: 'done', report, view, grid, notice: userMessage(e) };
  }
}

/** Run checks against a host; ignores results of a run superseded by a newer one. */
export function useCheck(host: WorkbookHost | null, engine: EngineApi): CheckControls {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  const [clearNotice, setClearNotice] = useState<string | null>(null);
  const [lastRunAt, setLastRunAt] = useState<string | null>(null);
  const runId = useRef(0);
  const running = useRef<AbortController | null>(null);

  const run = useCallback(async () => {
    if (!host) return;
    const id = ++runId.current;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setClearNotice(null);
    setLastRunAt(new Date().toISOString());
    const onProgress = (progress: ReadProgress): void => {
      if (id === runId.current) setState({ phase: 'running', progress });
    };
    let next: CheckState;
    try {
      next = await runCheck(host, engine, onProgress, controller.signal);
    } catch (e) {
      next = e instanceof CheckCancelled ? { phase: 'idle' } : { phase: 'error', message: userMessage(e) };
    }
    if (id === runId.current) setState(next);
  }, [host, engine]);

  const cancel = useCallback(() => {
    running.current?.abort();
    runId.current++;
    setState({ phase: 'idle' });
  }, []);

  const clear = useCallback(async () => {
    if (!host) return;
    setLastRunAt(new Date().toISOString());
    try {
      const cleared = await host.clearMarks();
      setClearNotice(cleared ? clearText(cleared) : S.marksCleared);
    } catch (e) {
      setClearNotice(userMessage(e));
    }
  }, [host]);

  const remark = useCallback(
    async (findings: readonly Finding[]) => {
      if (!host) return;
      let notice: string | undefined;
      try {
        const notes = markNotes(await host.markFindings(findings));
        notice = notes.length > 0 ? notes.join('') : undefined;
      } catch (e) {
        notice = userMessage(e);
      }
      setState((s) => (s.phase === 'done' ? { ...s, notice } : s));
    },
    [host],
  );

  return { state, run, cancel, clear, remark, clearNotice, lastRunAt };
}
