// The web page's stand-in for Excel's selection: a small window of the sheet around the finding's cell, with each
// column's letter and its heading from the table (the text above the numbers), labels wrapped rather than cut.
import { makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter, parseA1 } from '../../engine/grid/address';
import type { Grid, Sheet } from '../../engine/grid/types';
import { findSheet, getCell } from '../../engine/grid/sheet';
import type { CellSelection } from '../browser-host';
import { S } from '../strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%' },
  th: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: '2px 4px',
    verticalAlign: 'bottom',
    overflowWrap: 'anywhere',
    textAlign: 'left',
  },
  rowHead: { width: '2.5em' },
  rowNumber: { verticalAlign: 'top' },
  td: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    overflowWrap: 'anywhere',
    verticalAlign: 'top',
  },
  label: { width: '40%' },
  target: { outline: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

function isLabel(sheet: Sheet, row: number, col: number): boolean {
  const cell = getCell(sheet, row, col);
  return cell?.value.kind === 'text' && !/^\s*\d+\s*$/.test(cell.text);
}

/** The row's label: the left neighbour when it is text, else the nearest text left of it (序号/栏次 digits skipped). */
function labelCol(sheet: Sheet, row: number, col: number): number {
  for (let c = col - 1; c >= 0; c--) if (isLabel(sheet, row, c)) return c;
  return 0;
}

function windowCols(sheet: Sheet, row: number, col: number): number[] {
  const cols = [labelCol(sheet, row, col), col - 1, col, col + 1].filter((c) => c >= 0);
  return [...new Set(cols)].sort((a, b) => a - b);
}

/** The table's header row for a column: the nearest row above `row` where that column holds text (within 30). */
function headerRow(sheet: Sheet, row: number, col: number): number | null {
  for (let r = row - 1; r >= 0 && r >= row - 30; r--) if (getCell(sheet, r, col)?.value.kind === 'text') return r;
  return null;
}

/** A column's heading in the header row (or up to two rows above it, for two-level headers); '' when none. */
export function columnHeading(sheet: Sheet, header: number | null, col: number): string {
  if (header === null) return '';
  for (let r = header; r >= 0 && r >= header - 2; r--) {
    const cell = getCell(sheet, r, col);
    if (cell?.value.kind === 'text') return cell.text.replace(/\s+/g, '');
  }
  return '';
}

/** Rows around the selected cell with the cell outlined; nothing when the cell cannot be found. */
export function CellPreview({ grid, selection }: { grid: Grid; selection: CellSelection }) {
  const styles = useStyles();
  const sheet = findSheet(grid, selection.sheet);
  const pos = parseA1(selection.cell);
  if (!sheet || !pos) return null;
  const rows = [pos.row - 1, pos.row, pos.row + 1].filter((r) => r >= 0);
  const cols = windowCols(sheet, pos.row, pos.col);
  const label = labelCol(sheet, pos.row, pos.col);
  const header = headerRow(sheet, pos.row, pos.col);
  return (
    <section className={styles.root} aria-labelledby="cell-preview" data-testid="cell-preview">
      <h3 id="cell-preview" className={styles.heading}>{`${S.cellPreview}：${selection.sheet}!${selection.cell}`}</h3>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={`${styles.th} ${styles.rowHead}`} scope="col" />
            {cols.map((c) => (
              <th key={c} className={c === label ? `${styles.th} ${styles.label}` : styles.th} scope="col" data-testid="preview-column">
                {S.columnHeader(columnLetter(c), columnHeading(sheet, header, c))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th className={`${styles.th} ${styles.rowNumber}`} scope="row">{r + 1}</th>
              {cols.map((c) => {
                const isTarget = r === pos.row && c === pos.col;
                const text = getCell(sheet, r, c)?.text ?? '';
                return (
                  <td key={c} className={isTarget ? `${styles.td} ${styles.target}` : styles.td}
                    aria-current={isTarget ? 'true' : undefined}>
                    {isTarget && text === '' ? S.cellEmpty : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
