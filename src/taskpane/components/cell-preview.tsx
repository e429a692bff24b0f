// The web page's stand-in for Excel's selection: a small window of the sheet around the finding's cell, with each
// column's letter and its heading from the table (the text above the numbers), labels wrapped rather than cut. The
// window is computed where the Grid lives (workbook-view.ts), in the web page's worker or on the pane's thread.
import { useEffect, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CellSelection } from '../browser-host';
import type { PreviewWindow, WorkbookView } from '../workbook-view';
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

/** Rows around the selected cell with the cell outlined; nothing when the cell cannot be found. */
export function CellPreview({ view, selection }: { view: WorkbookView; selection: CellSelection }) {
  const styles = useStyles();
  const [win, setWin] = useState<PreviewWindow | null>(null);
  useEffect(() => {
    let live = true;
    view.preview(selection.sheet, selection.cell).then(
      (w) => live && setWin(w),
      () => live && setWin(null),
    );
    return () => {
      live = false;
    };
  }, [view, selection.sheet, selection.cell]);
  if (!win || win.sheet !== selection.sheet || win.cell !== selection.cell) return null;
  return (
    <section className={styles.root} aria-labelledby="cell-preview" data-testid="cell-preview">
      <h3 id="cell-preview" className={styles.heading}>{`${S.cellPreview}：${selection.sheet}!${selection.cell}`}</h3>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={`${styles.th} ${styles.rowHead}`} scope="col" />
            {win.cols.map((c, j) => (
              <th key={c} className={c === win.label ? `${styles.th} ${styles.label}` : styles.th} scope="col" data-testid="preview-column">
                {S.columnHeader(win.letters[j], win.headings[j])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.rows.map((r, i) => (
            <tr key={r}>
              <th className={`${styles.th} ${styles.rowNumber}`} scope="row">{r + 1}</th>
              {win.cols.map((c, j) => {
                const isTarget = r === win.target.row && c === win.target.col;
                const text = win.texts[i][j];
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
