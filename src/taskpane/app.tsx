// The task pane and web page app: the same tabs whether the workbook is open in Excel or picked in a browser.
import { useCallback, useEffect, useState } from 'react';
import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { PickedFile } from './browser-host';
import { ChecklistPanel } from './components/checklist-panel';
import { CodeImport } from './components/code-import';
import { NarrativePanel } from './components/narrative-panel';
import { Notice } from './components/notice';
import { OpenWorkbook, readFileBytes } from './components/open-workbook';
import { ResultsPanel } from './components/results-panel';
import { defaultEngine, type EngineApi } from './engine-api';
import { userMessage } from './errors';
import type { WorkbookHost } from './host';
import { useCheck } from './hooks/use-check';
import { useNarrative } from './hooks/use-narrative';
import { S } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    maxWidth: '960px',
    margin: '0 auto',
    minWidth: 0,
  },
  // The page's height lives on this inner box, not on FluentProvider: Fluent copies the provider's className onto
  // the portal mount node of every popup (fluentui#33949), so a min-height there turned the whole pane white as soon
  // as the 科目表 sheet picker opened.
  page: { minHeight: '100vh', boxSizing: 'border-box', overflowX: 'hidden' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: 'wrap' },
});

type TabId = 'results' | 'narrative' | 'checklist' | 'codes';

export interface AppProps {
  mode: 'excel' | 'browser';
  /** The Excel host; in browser mode null until a file is picked. */
  host: WorkbookHost | null;
  /** Browser mode: the host for a picked file. */
  createHost?: (file: PickedFile) => WorkbookHost;
  engine?: EngineApi;
  theme?: Theme;
  /** Shown instead of the app when the host cannot run it (e.g. Excel too old). */
  startupError?: string;
}

function useBrowserFile(initial: WorkbookHost | null, createHost: AppProps['createHost']) {
  const [host, setHost] = useState<WorkbookHost | null>(initial);
  const [session, setSession] = useState(0);
  const [openError, setOpenError] = useState<string | null>(null);
  const open = useCallback(
    (file: File) => {
      setOpenError(null);
      readFileBytes(file).then(
        (bytes) => {
          if (!createHost) return;
          setHost(createHost({ name: file.name, bytes }));
          setSession((n) => n + 1);
        },
        (e: unknown) => setOpenError(userMessage(e)),
      );
    },
    [createHost],
  );
  return { host, session, open, openError, setOpenError };
}

function Workspace({ host, engine, mode }: { host: WorkbookHost; engine: EngineApi; mode: AppProps['mode'] }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('results');
  const check = useCheck(host, engine);
  const done = check.state.phase === 'done' ? check.state : null;
  const narrative = useNarrative(host, engine, done?.view ?? null, done?.report.year ?? null);
  const { run } = check;
  useEffect(() => {
    if (mode === 'browser') void run();
  }, [mode, run]);
  return (
    <>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="results">{S.tabResults}</Tab>
        <Tab value="narrative">{S.tabNarrative}</Tab>
        <Tab value="checklist">{S.tabChecklist}</Tab>
        <Tab value="codes">{S.tabCodes}</Tab>
      </TabList>
      <div role="tabpanel" aria-label={{ results: S.tabResults, narrative: S.tabNarrative, checklist: S.tabChecklist, codes: S.tabCodes }[tab]}>
        {tab === 'results' && <ResultsPanel host={host} engine={engine} check={check} />}
        {tab === 'narrative' && <NarrativePanel host={host} engine={engine} narrative={narrative} />}
        {tab === 'checklist' && <ChecklistPanel host={host} engine={engine} check={check} />}
        {tab === 'codes' && (
          <CodeImport host={host} engine={engine} grid={done?.grid ?? null} view={done?.view ?? null} year={done?.report.year ?? null} />
        )}
      </div>
    </>
  );
}

/** Root component; index.tsx decides the mode and host, tests pass a fake host and engine. */
export function App({ mode, host: initialHost, createHost, engine = defaultEngine, theme = webLightTheme, startupError }: AppProps) {
  const styles = useStyles();
  const { host, session, open, openError, setOpenError } = useBrowserFile(initialHost, createHost);
  return (
    <FluentProvider theme={theme}>
      <div className={styles.page}>
      <main className={styles.root}>
        {mode === 'browser' && <h1 className={styles.title}>{S.appTitle}</h1>}
        {startupError ? (
          <Notice intent="error">{startupError}</Notice>
        ) : (
          <>
            {mode === 'browser' && <OpenWorkbook onOpen={open} onReject={setOpenError} label={host ? S.openAnother : S.openWorkbook} compact={host !== null} />}
            {openError && <Notice intent="error">{openError}</Notice>}
            {host && <Workspace key={session} host={host} engine={engine} mode={mode} />}
          </>
        )}
      </main>
      </div>
    </FluentProvider>
  );
}
