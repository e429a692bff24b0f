// The 「科目表」 tab: import a 政府收支分类科目表 from a sheet of this workbook (or, on the page, another file).
import { useEffect, useState } from 'react';
import { Button, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../../engine/grid/types';
import type { EngineApi, ImportedCodeTable } from '../engine-api';
import { userMessage } from '../errors';
import type { WorkbookHost } from '../host';
import { CODE_TABLES_KEY } from '../settings';
import { S } from '../strings';
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
  /** The workbook as read by the last check, if any. */
  grid: Grid | null;
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

function SheetPicker({ source, sheet, onSheet }: { source: Grid; sheet: string; onSheet(name: string): void }) {
  return (
    <Field label={S.codesSheet}>
      <Dropdown placeholder={S.codesPickSheet} value={sheet} selectedOptions={sheet ? [sheet] : []} onOptionSelect={(_, d) => onSheet(d.optionValue ?? '')}>
        {source.sheets.map((s) => (
          <Option key={s.name} value={s.name}>{s.name}</Option>
        ))}
      </Dropdown>
    </Field>
  );
}

type Message = { intent: 'success' | 'error'; text: string } | null;

/** Sheet picker + year + import; imported tables are stored per workbook and used by the next check. */
export function CodeImport({ host, engine, grid, year }: CodeImportProps) {
  const styles = useStyles();
  const [source, setSource] = useState<Grid | null>(grid);
  const [sheet, setSheet] = useState<string>('');
  const [yearText, setYearText] = useState<string>(String(year ?? new Date().getFullYear()));
  const [message, setMessage] = useState<Message>(null);
  const [imported, saveImported] = useImported(host);
  const fail = (e: unknown): void => setMessage({ intent: 'error', text: `${S.codesFailed}${userMessage(e)}` });
  const yearOk = /^\d{4}$/.test(yearText.trim());

  useEffect(() => setSource((s) => s ?? grid), [grid]);
  const loadSheets = (): void => void host.readGrid().then(setSource, fail);
  const openFile = (f: File): void =>
    void readFileBytes(f).then(engine.readWorkbook).then((g) => {
      setSource(g);
      setSheet('');
    }, fail);
  const doImport = (): void => {
    const ws = source?.sheets.find((s) => s.name === sheet);
    if (!ws) return;
    Promise.resolve()
      .then(() => saveImported([...imported, engine.parseCodeTable(ws, Number(yearText))]))
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
