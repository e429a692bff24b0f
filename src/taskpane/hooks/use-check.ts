// The check workflow as state: read the workbook, run the engine, mark the cells, remember the result.
import { useCallback, useRef, useState } from 'react';
import type { Grid } from '../../engine/grid/types';
import type { Report } from '../../engine/report';
import type { Finding } from '../../engine/report';
import { readJudgments, unjudged } from '../../host/judgments';
import { clearText, markNotes } from '../../host/outcome-text';
import type { EngineApi, ImportedCodeTable } from '../engine-api';
import { userMessage } from '../errors';
import type { ReadProgress, WorkbookHost } from '../host';
import { CODE_TABLES_KEY, JUDGMENTS_KEY } from '../settings';
import { S } from '../strings';

export type CheckState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ReadProgress }
  | { phase: 'done'; report: Report; grid: Grid; notice?: string }
  | { phase: 'error'; message: string };

/** What the pane gets from useCheck. */
export interface CheckControls {
  state: CheckState;
  run(): Promise<void>;
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

async function runCheck(
  host: WorkbookHost,
  engine: EngineApi,
  onProgress: (p: ReadProgress) => void,
): Promise<CheckState> {
  onProgress({ fraction: 0, label: S.readingWorkbook });
  const grid = await host.readGrid(onProgress);
  onProgress({ fraction: 1, label: S.runningRules });
  await nextFrame();
  const imported = (await host.loadSetting<ImportedCodeTable[]>(CODE_TABLES_KEY)) ?? [];
  const report = engine.check(grid, host.name(), engine.checkOptions(imported));
  try {
    const judgments = readJudgments(await host.loadSetting(JUDGMENTS_KEY));
    const notes = markNotes(await host.markFindings(unjudged(report.findings, judgments)));
    return notes.length > 0 ? { phase: 'done', report, grid, notice: notes.join('') } : { phase: 'done', report, grid };
  } catch (e) {
    return { phase: 'done', report, grid, notice: userMessage(e) };
  }
}

/** Run checks against a host; ignores results of a run superseded by a newer one. */
export function useCheck(host: WorkbookHost | null, engine: EngineApi): CheckControls {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  const [clearNotice, setClearNotice] = useState<string | null>(null);
  const [lastRunAt, setLastRunAt] = useState<string | null>(null);
  const runId = useRef(0);

  const run = useCallback(async () => {
    if (!host) return;
    const id = ++runId.current;
    setClearNotice(null);
    setLastRunAt(new Date().toISOString());
    const onProgress = (progress: ReadProgress): void => {
      if (id === runId.current) setState({ phase: 'running', progress });
    };
    let next: CheckState;
    try {
      next = await runCheck(host, engine, onProgress);
    } catch (e) {
      next = { phase: 'error', message: userMessage(e) };
    }
    if (id === runId.current) setState(next);
  }, [host, engine]);

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

  return { state, run, clear, remark, clearNotice, lastRunAt };
}
