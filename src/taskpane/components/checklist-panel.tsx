// The 「检查表」 tab: the reviewer's 预算公开情况检查表 of the last check, each item 是/否/不适用 with its evidence
// cells (a click selects the cell) and an export to the reviewer's .xlsx.
import { useEffect, useState } from 'react';
import { Badge, Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowDown20Regular } from '@fluentui/react-icons';
import { answerText, type ChecklistItem } from '../../engine/checklist/types';
import { documentDate } from '../../engine/narrative/builder';
import { saveBytes, withSuffix, XLSX_MIME } from '../download';
import type { EngineApi } from '../engine-api';
import { userMessage } from '../errors';
import type { WorkbookHost } from '../host';
import type { CheckControls } from '../hooks/use-check';
import { S } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: '4.5em 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  text: { display: 'flex', flexDirection: 'column', gap: '2px' },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  evidence: { fontSize: tokens.fontSizeBase200, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const BADGE = { 是: 'success', 否: 'danger', 不适用: 'informative' } as const;

function Item({ item, onSelect }: { item: ChecklistItem; onSelect(sheet: string, cell: string): void }) {
  const styles = useStyles();
  const answer = answerText(item.ok);
  return (
    <li className={styles.item} data-testid="checklist-item" data-answer={answer}>
      <Badge appearance="tint" color={BADGE[answer]}>{answer}</Badge>
      <span className={styles.text}>
        <Text weight="semibold">{item.item}</Text>
        <span className={styles.note}>{item.note}</span>
        {item.evidence.length > 0 && (
          <span className={styles.evidence}>
            {`${S.checklistEvidence}：`}
            {item.evidence.map((e) => (
              <Link key={`${e.sheet}!${e.cell}`} as="button" onClick={() => onSelect(e.sheet, e.cell)}>{`${e.sheet}!${e.cell}`}</Link>
            ))}
          </span>
        )}
      </span>
    </li>
  );
}

/** Checklist tab; a hint until a check has run. */
export function ChecklistPanel({ host, engine, check }: { host: WorkbookHost; engine: EngineApi; check: CheckControls }) {
  const styles = useStyles();
  const [error, setError] = useState<string | null>(null);
  const done = check.state.phase === 'done' ? check.state : null;
  const [items, setItems] = useState<ChecklistItem[] | null>(null);
  useEffect(() => {
    setItems(null);
    if (!done) return undefined;
    // The checklist reads the cells: asked of the view, which holds them (the web page's worker).
    let live = true;
    done.view.checklist(done.report.findings).then(
      (list) => live && setItems(list),
      (e: unknown) => live && setError(userMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [done]);
  if (!done || !items) return <Text>{S.checklistNeedsCheck}</Text>;
  const select = (sheet: string, cell: string) => host.selectCell(sheet, cell).catch((e: unknown) => setError(`${S.selectCellFailed}${userMessage(e)}`));
  const exportXlsx = () => {
    const meta = { entity: done.report.entity?.name ?? null, year: done.report.year, file: host.name(), date: documentDate(new Date()) };
    engine.checklistXlsx(items, meta).then(
      (bytes) => saveBytes(bytes, withSuffix(host.name(), S.checklistSuffix, '.xlsx'), XLSX_MIME),
      (e: unknown) => setError(`${S.checklistExportFailed}${userMessage(e)}`),
    );
  };
  const no = items.filter((i) => i.ok === false).length;
  return (
    <section className={styles.root} aria-label={S.checklistTitle}>
      <Button icon={<DocumentArrowDown20Regular />} onClick={exportXlsx}>{S.checklistExport}</Button>
      {error && <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      <Text role="status">{S.checklistSummary(no, items.length)}</Text>
      <ol className={styles.list}>
        {items.map((it) => <Item key={it.item} item={it} onSelect={(s, c) => void select(s, c)} />)}
      </ol>
    </section>
  );
}
