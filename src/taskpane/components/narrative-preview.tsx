// The drafted 信息公开情况说明, section by section, as the clerk will paste or export it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { sectionBlocks } from '../../engine/narrative/draft';
import type { DraftTable, NarrativeDraft } from '../../engine/narrative/types';
import { S } from '../strings';

const useStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    maxHeight: '60vh',
    overflowY: 'auto',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  title: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase400, textAlign: 'center' },
  h1: { margin: `${tokens.spacingVerticalS} 0 2px 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightBold },
  h2: { margin: `${tokens.spacingVerticalXS} 0 2px 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  p: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, textIndent: '2em', overflowWrap: 'anywhere' },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  h3: { margin: `${tokens.spacingVerticalXS} 0 2px 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  table: { borderCollapse: 'collapse', margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase200, width: '100%' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 4px', verticalAlign: 'top' },
  caption: { fontWeight: tokens.fontWeightSemibold, textAlign: 'center' },
  signature: { textAlign: 'right', margin: `${tokens.spacingVerticalM} 0 0 0` },
});

function Table({ table }: { table: DraftTable }) {
  const styles = useStyles();
  return (
    <>
      <table className={styles.table}>
        {table.caption && <caption className={styles.caption}>{table.caption}</caption>}
        <thead>
          <tr>{table.header.map((h, i) => <th key={i} className={styles.cell}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>{table.header.map((_, j) => <td key={j} className={styles.cell}>{r[j] ?? ''}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {table.note && <Paragraph text={table.note} />}
    </>
  );
}

const PLACEHOLDER_RE = /(【请填写：[^】]*】)/;

function Paragraph({ text }: { text: string }) {
  const styles = useStyles();
  const parts = text.split(PLACEHOLDER_RE);
  return (
    <p className={styles.p}>
      {parts.map((part, i) =>
        PLACEHOLDER_RE.test(part) ? (
          <mark key={i} className={styles.placeholder}>{part}</mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}

/** Read-only preview of a draft (test hook `narrative`); placeholders still to fill are highlighted. */
export function NarrativePreview({ draft }: { draft: NarrativeDraft }) {
  const styles = useStyles();
  return (
    <article className={styles.root} data-testid="narrative" aria-label={S.narrativePreview} tabIndex={0}>
      <h3 className={styles.title}>{draft.title}</h3>
      {(draft.intro ?? []).map((p, i) => (
        <Paragraph key={`intro-${i}`} text={p} />
      ))}
      {draft.sections.map((s, i) => (
        <section key={i}>
          {s.level === 1 && <h4 className={styles.h1}>{s.heading}</h4>}
          {s.level === 2 && <h5 className={styles.h2}>{s.heading}</h5>}
          {s.level === 3 && <h6 className={styles.h3}>{s.heading}</h6>}
          {sectionBlocks(s).map((b, j) => (b.kind === 'paragraph' ? <Paragraph key={j} text={b.text} /> : <Table key={j} table={b.table} />))}
        </section>
      ))}
      {draft.signature && (
        <p className={styles.signature} data-testid="signature">
          {draft.signature.unit}
          <br />
          {draft.signature.date}
        </p>
      )}
    </article>
  );
}
