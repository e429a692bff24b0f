// The 「校验结果」 tab: toolbar, then the idle / error / empty / results states of the last check.
import { useCallback, useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../../engine/grid/types';
import type { Finding } from '../../engine/report';
import { documentDate } from '../../engine/narrative/builder';
import type { CellSelection } from '../browser-host';
import { isBrowserHost } from '../browser-host';
import type { EngineApi } from '../engine-api';
import { userMessage } from '../errors';
import type { WorkbookHost } from '../host';
import { canWatchEdits, useAutoRecheck } from '../hooks/use-auto-recheck';
import type { CheckControls } from '../hooks/use-check';
import { S } from '../strings';
import { documentInfo, pdfSpotOf } from '../documents';
import { CellPreview } from './cell-preview';
import { CheckToolbar } from './check-toolbar';
import { DownloadAnnotated } from './download-annotated';
import { FindingList } from './finding-list';
import { PdfPageView } from './pdf-page-view';
import { StatusBar } from './status-bar';
import { TableList } from './table-list';
import { WordNarrativeCheck } from './word-narrative-check';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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

function Bar({ intent, text }: { intent: 'error' | 'warning' | 'success' | 'info'; text: string }) {
  return (
    <MessageBar intent={intent} role={intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** The checklist sheet of the annotated copy, built when the clerk asks for the copy. */
function annotatedChecklist(host: WorkbookHost, engine: EngineApi, done: Extract<CheckControls['state'], { phase: 'done' }>) {
  const items = engine.checklist(done.grid, done.report.findings);
  return { items, meta: { entity: done.report.entity?.name ?? null, year: done.report.year, file: host.name(), date: documentDate(new Date()) } };
}

/** The selected finding's place: the PDF page with the spot marked, or the cells around it. */
function SelectedSpot({ grid, selection }: { grid: Grid; selection: CellSelection }) {
  const info = documentInfo(grid);
  const spot = pdfSpotOf(grid, selection.sheet, selection.cell);
  if (info && spot) return <PdfPageView bytes={info.bytes} spot={spot} />;
  return <CellPreview grid={grid} selection={selection} />;
}

/** Everything about the last check; selecting a finding asks the host to select its cell. */
export function ResultsPanel({ host, engine, check }: ResultsPanelProps) {
  const styles = useStyles();
  const [selectError, setSelectError] = useState<string | null>(null);
  const selection = useSelection(host);
  const [autoRecheck, setAutoRecheck] = useState(false);
  const { state, run } = check;
  const source = state.phase === 'done' ? documentInfo(state.grid) : undefined;
  const recheck = useCallback(() => void run(), [run]);
  useAutoRecheck(host, autoRecheck, recheck);
  const select = (f: Finding): void => {
    setSelectError(null);
    host.selectCell(f.sheet, f.cell).catch((e: unknown) => setSelectError(`${S.selectCellFailed}${userMessage(e)}`));
  };
  return (
    <div className={styles.root}>
      <CheckToolbar state={state} onCheck={() => void check.run()} onClear={() => void check.clear()}>
        {isBrowserHost(host) && state.phase === 'done' && source?.format !== 'pdf' && (
          <DownloadAnnotated host={host} engine={engine} checklist={() => annotatedChecklist(host, engine, state)} />
        )}
      </CheckToolbar>
      {canWatchEdits(host) && (
        <Switch label={S.autoRecheck} checked={autoRecheck} onChange={(_, d) => setAutoRecheck(d.checked)} />
      )}
      {check.clearNotice && <Bar intent="info" text={check.clearNotice} />}
      {state.phase === 'idle' && <Text>{S.idleHint}</Text>}
      {state.phase === 'error' && <Bar intent="error" text={state.message} />}
      {state.phase === 'done' && (
        <>
          {state.notice && <Bar intent="warning" text={state.notice} />}
          <StatusBar report={state.report} />
          {state.report.tables.length === 0 && <Bar intent="warning" text={S.noTables} />}
          {state.report.tables.length > 0 && state.report.findings.length === 0 && (
            <Bar intent="success" text={S.noFindings} />
          )}
          {selectError && <Bar intent="error" text={selectError} />}
          {state.report.findings.length > 0 && (
            <FindingList
              report={state.report}
              onSelect={select}
              selectedExtra={selection && <SelectedSpot grid={state.grid} selection={selection} />}
            />
          )}
          {state.report.tables.length > 0 && <WordNarrativeCheck grid={state.grid} options={{}} />}
          {state.report.tables.length > 0 && <TableList report={state.report} />}
        </>
      )}
    </div>
  );
}
