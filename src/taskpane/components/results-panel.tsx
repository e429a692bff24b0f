// The 「校验结果」 tab: toolbar, the last ribbon outcome, then the idle / error / empty / results states of the last
// check, with the clerk's judgments (reviewed / not a problem) and the findings-list export.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PdfSpot } from '../../readers/pdf/text-types';
import type { Finding } from '../../engine/report';
import { documentDate } from '../../engine/narrative/builder';
import { unjudged, type Judgment } from '../../host/judgments';
import type { CellSelection } from '../browser-host';
import { isBrowserHost } from '../browser-host';
import type { EngineApi } from '../engine-api';
import { userMessage } from '../errors';
import type { WorkbookHost } from '../host';
import { canWatchEdits, useAutoRecheck } from '../hooks/use-auto-recheck';
import type { CheckControls } from '../hooks/use-check';
import { useJudgments } from '../hooks/use-judgments';
import { S } from '../strings';
import type { WorkbookView } from '../workbook-view';
import { CellPreview } from './cell-preview';
import { CheckToolbar } from './check-toolbar';
import { DownloadAnnotated } from './download-annotated';
import { ExportFindings } from './export-findings';
import { FindingList } from './finding-list';
import { LastCommand } from './last-command';
import { Notice } from './notice';
import { PdfPageView } from './pdf-page-view';
import { StatusBar } from './status-bar';
import { TableList } from './table-list';
import { WordNarrativeCheck } from './word-narrative-check';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface ResultsPanelProps {
  host: WorkbookHost;
  engine: EngineApi;
  check: CheckControls;
}

function useSelection(host: WorkbookHost): CellSelection | null {
  const [sel, setSel] = useState<CellSelection | null>(null);
  useEffect(() => (isBrowserHost(host) ? host.onSelect(setSel) : undefined), [host]);
  return sel;
}

/** The checklist sheet of the annotated copy, built when the clerk asks for the copy. */
async function annotatedChecklist(host: WorkbookHost, done: Extract<CheckControls['state'], { phase: 'done' }>) {
  // The checklist reads the cells: asked of the view, which holds them (the web page's worker).
  const items = await done.view.checklist(done.report.findings);
  return { items, meta: { entity: done.report.entity?.name ?? null, year: done.report.year, file: host.name(), date: documentDate(new Date()) } };
}

/** The selected finding's place: the PDF page with the spot marked, or the cells around it. */
function SelectedSpot({ host, view, selection }: { host: WorkbookHost; view: WorkbookView; selection: CellSelection }) {
  const [spot, setSpot] = useState<PdfSpot | null>(null);
  useEffect(() => {
    let live = true;
    setSpot(null);
    if (view.format === 'pdf') void view.pdfSpot(selection.sheet, selection.cell).then((s) => live && setSpot(s), () => undefined);
    return () => {
      live = false;
    };
  }, [view, selection.sheet, selection.cell]);
  if (spot && isBrowserHost(host)) return <PdfPageView bytes={host.bytes} spot={spot} />;
  return <CellPreview view={view} selection={selection} />;
}

/** Everything about the last check; selecting a finding asks the host to select its cell. */
export function ResultsPanel({ host, engine, check }: ResultsPanelProps) {
  const styles = useStyles();
  const [selectError, setSelectError] = useState<string | null>(null);
  const selection = useSelection(host);
  const [autoRecheck, setAutoRecheck] = useState(false);
  const { state, run, remark } = check;
  const { judgments, judge, error: judgeError } = useJudgments(host);
  const recheck = useCallback(() => void run(), [run]);
  useAutoRecheck(host, autoRecheck, recheck);
  const report = state.phase === 'done' ? state.report : null;
  const open = useMemo(() => (report ? unjudged(report.findings, judgments) : []), [report, judgments]);
  const select = (f: Finding): void => {
    setSelectError(null);
    host.selectCell(f.sheet, f.cell).catch((e: unknown) => setSelectError(`${S.selectCellFailed}${userMessage(e)}`));
  };
  const onJudge = (f: Finding, j: Judgment | null): void => {
    if (!report) return;
    void judge(f, j, report.findings).then((next) => remark(unjudged(report.findings, next)));
  };
  const browser = isBrowserHost(host);
  return (
    <div className={styles.root}>
      <CheckToolbar state={state} onCheck={() => void check.run()} onClear={browser ? undefined : () => void check.clear()} onCancel={check.cancel}>
        {browser && state.phase === 'done' && state.view.format !== 'pdf' && (
          <DownloadAnnotated host={host} engine={engine} findings={open} checklist={() => annotatedChecklist(host, state)} />
        )}
        {report && report.findings.length > 0 && <ExportFindings host={host} report={report} judgments={judgments} />}
      </CheckToolbar>
      {host.kind === 'excel' && <LastCommand host={host} since={check.lastRunAt} />}
      {canWatchEdits(host) && (
        <Switch label={S.autoRecheck} checked={autoRecheck} onChange={(_, d) => setAutoRecheck(d.checked)} />
      )}
      {check.clearNotice && <Notice intent="info">{check.clearNotice}</Notice>}
      {state.phase === 'idle' && <Text>{S.idleHint}</Text>}
      {state.phase === 'error' && <Notice intent="error">{state.message}</Notice>}
      {state.phase === 'done' && (
        <>
          {state.notice && <Notice intent="warning">{state.notice}</Notice>}
          <StatusBar report={state.report} judgments={judgments} />
          {state.report.tables.length === 0 && <Notice intent="warning">{S.noTables}</Notice>}
          {state.report.tables.length > 0 && state.report.findings.length === 0 && <Notice intent="success">{S.noFindings}</Notice>}
          {selectError && <Notice intent="error">{selectError}</Notice>}
          {judgeError && <Notice intent="error">{judgeError}</Notice>}
          {state.report.findings.length > 0 && (
            <FindingList
              report={state.report}
              onSelect={select}
              judgments={judgments}
              onJudge={onJudge}
              selectedExtra={selection && <SelectedSpot host={host} view={state.view} selection={selection} />}
            />
          )}
          {state.report.tables.length > 0 && <WordNarrativeCheck host={host} view={state.view} />}
          {state.report.tables.length > 0 && <TableList report={state.report} />}
        </>
      )}
    </div>
  );
}
