// The 「校验结果」 tab: toolbar, then the idle / error / empty / results states of the last check.
import { useCallback, useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
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
import { CellPreview } from './cell-preview';
import { CheckToolbar } from './check-toolbar';
import { DownloadAnnotated } from './download-annotated';
import { FindingList } from './finding-list';
import { StatusBar } from './status-bar';
import { TableList } from './table-list';

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
async function annotatedChecklist(host: WorkbookHost, done: Extract<CheckControls['state'], { phase: 'done' }>) {
  // The checklist reads the cells: asked of the view, which holds them (the web page's worker).
  const items = await done.view.checklist(done.report.findings);
  return { items, meta: { entity: done.report.entity?.name ?? null, year: done.report.year, file: host.name(), date: documentDate(new Date()) } };
}

/** Everything about the last check; selecting a finding asks the host to select its cell. */
export function ResultsPanel({ host, engine, check }: ResultsPanelProps) {
  const styles = useStyles();
  const [selectError, setSelectError] = useState<string | null>(null);
  const selection = useSelection(host);
  const [autoRecheck, setAutoRecheck] = useState(false);
  const { state, run } = check;
  const recheck = useCallback(() => void run(), [run]);
  useAutoRecheck(host, autoRecheck, recheck);
  const select = (f: Finding): void => {
    setSelectError(null);
    host.selectCell(f.sheet, f.cell).catch((e: unknown) => setSelectError(`${S.selectCellFailed}${userMessage(e)}`));
  };
  return (
    <div className={styles.root}>
      <CheckToolbar state={state} onCheck={() => void check.run()} onClear={() => void check.clear()} onCancel={check.cancel}>
        {isBrowserHost(host) && state.phase === 'done' && (
          <DownloadAnnotated host={host} engine={engine} checklist={() => annotatedChecklist(host, state)} />
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
              selectedExtra={selection && <CellPreview view={state.view} selection={selection} />}
            />
          )}
          {state.report.tables.length > 0 && <TableList report={state.report} />}
        </>
      )}
    </div>
  );
}
