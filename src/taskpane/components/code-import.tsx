// The 「科目表」 tab: import a 政府收支分类科目表 from a sheet of this workbook (or, on the page, another file). On the
// web page the checked workbook lives in the engine worker: its sheets are listed and read there, through the view.
import { useEffect, useState } from 'react';
import { Button, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../../engine/grid/types';
import type { EngineApi, ImportedCodeTable } from '../engine-api';
import { userMessage } from '../errors';
import type { WorkbookHost } from '../host';
import { CODE_TABLES_KEY } from '../settings';
import { S } from '../strings';
import type { WorkbookView } from '../workbook-view';
import { Notice } from './notice';
import { OpenWorkbook, readFileBytes } from './open-workbook';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CodeImportProps {
  host: WorkbookHost;
  engine: EngineApi;
  /** The workbook as read by the last check, when the pane holds it (Excel). */
  grid: Grid | null;
  /** The last check's view of its workbook, wherever it lives (the web page's worker). */
  view: WorkbookView | null;
  year: number | null;
}

function useImported(host: WorkbookHost): [ImportedCodeTable[], (t: ImportedCodeTable[]) => Promise<void>] {
  const [tables, setTables] = useState<ImportedCodeTable[]>([]);
  useEffect(() => {
    let live = true;
    void host.loadSetting<ImportedCodeTable[]>(CODE_TABLES_KEY).then(
      (t) => live && setTables(t ?? []),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  const save = async (t: ImportedCodeTable[]): Promise<void> => {
    await host.saveSetting(CODE_TABLES_KEY, t);
    setTables(t);
  };
  return [tables, save];
}

function ImportedList({ imported, engine }: { imported: readonly ImportedCodeTable[]; engine: EngineApi }) {
  const styles = useStyles();
  if (imported.length === 0) return <Text>{S.codesNone}</Text>;
  return (
    <ul className={styles.list} aria-label={S.codesTitle}>
      {imported.map((t, i) => (
        <li key={i}>{engine.describeCodeTable(t)}</li>
      ))}
    </ul>
  );
}

/** Where the picker's sheets come from: a Grid on this thread, or the checked workbook's view. */
interface SheetSource {
  names: readonly string[];
  read(sheet: string, year: number): Promise<ImportedCodeTable>;
}

function gridSource(grid: Grid, engine: EngineApi): SheetSource {
  return {
    names: grid.sheets.map((s) => s.name),
    read: async (name, year) => {
      const ws = grid.sheets.find((s) => s.name === name);
      if (!ws) throw new Error(`no sheet ${name}`);
      return engine.parseCodeTable(ws, year);
    },
  };
}

function SheetPicker({ source, sheet, onSheet }: { source: SheetSource; sheet: string; onSheet(name: string): void }) {
  return (
    <Field label={S.codesSheet}>
      <Dropdown placeholder={S.codesPickSheet} value={sheet} selectedOptions={sheet ? [sheet] : []} onOptionSelect={(_, d) => onSheet(d.optionValue ?? '')}>
        {source.names.map((name) => (
          <Option key={name} value={name}>{name}</Option>
        ))}
      </Dropdown>
    </Field>
  );
}

type Message = { intent: 'success' | 'error'; text: string } | null;

/** Sheet picker + year + import; imported tables are stored per workbook and used by the next check. */
export function CodeImport({ host, engine, grid, view, year }: CodeImportProps) {
  const styles = useStyles();
  const [source, setSource] = useState<SheetSource | null>(grid && gridSource(grid, engine));
  const [sheet, setSheet] = useState<string>('');
  const [yearText, setYearText] = useState<string>(String(year ?? new Date().getFullYear()));
  const [message, setMessage] = useState<Message>(null);
  const [imported, saveImported] = useImported(host);
  const fail = (e: unknown): void => setMessage({ intent: 'error', text: `${S.codesFailed}${userMessage(e)}` });
  const yearOk = /^\d{4}$/.test(yearText.trim());

  useEffect(() => {
    let live = true;
    if (grid) setSource((s) => s ?? gridSource(grid, engine));
    else if (view) {
      void view.sheetNames().then(
        (names) => live && setSource((s) => s ?? { names, read: (name, y) => view.codeTable(name, y) }),
        (e: unknown) => live && fail(e),
      );
    }
    return () => {
      live = false;
    };
  }, [grid, view, engine]);
  const loadSheets = (): void => void host.readGrid().then((g) => setSource(gridSource(g, engine)), fail);
  const openFile = (f: File): void =>
    void readFileBytes(f).then(engine.readWorkbook).then((g) => {
      setSource(gridSource(g, engine));
      setSheet('');
    }, fail);
  const doImport = (): void => {
    if (!source?.names.includes(sheet)) return;
    source
      .read(sheet, Number(yearText))
      .then((table) => saveImported([...imported, table]))
      .then(() => setMessage({ intent: 'success', text: S.codesImported(imported.length + 1) }), fail);
  };

  return (
    <div className={styles.root}>
      <Text>{S.codesHint}</Text>
      <div className={styles.buttons}>
        {host.kind === 'excel' && <Button onClick={loadSheets}>{S.codesSheet}</Button>}
        {host.kind === 'browser' && <OpenWorkbook onOpen={openFile} label={S.codesFile} compact />}
      </div>
      {source && <SheetPicker source={source} sheet={sheet} onSheet={setSheet} />}
      <Field label={S.codesYear} validationMessage={yearOk ? undefined : '请输入四位年份，例如 2024'}>
        <Input value={yearText} inputMode="numeric" onChange={(_, d) => setYearText(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!sheet || !yearOk} onClick={doImport}>{S.codesImport}</Button>
        {imported.length > 0 && <Button onClick={() => void saveImported([]).catch(fail)}>{S.codesRemove}</Button>}
      </div>
      {message && <Notice intent={message.intent}>{message.text}</Notice>}
      <ImportedList imported={imported} engine={engine} />
    </div>
  );
}
