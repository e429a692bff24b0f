// Which standard tables the check recognized (with their sheets) and which of the 15 are missing.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../../engine/report';
import { kindName } from '../../engine/tables/kind-names';
import { S } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase300 },
  item: { overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Found and missing standard tables; an empty table is flagged as such. */
export function TableList({ report }: { report: Report }) {
  const styles = useStyles();
  const missing = report.missing ?? [];
  return (
    <div className={styles.root}>
      <section aria-labelledby="tables-found">
        <h3 id="tables-found" className={styles.heading}>{`${S.tablesFound}（${report.tables.length}）`}</h3>
        <ul className={styles.list} data-testid="tables-found">
          {report.tables.map((t, i) => (
            <li key={`${t.sheet}-${t.kind}-${i}`} className={styles.item}>
              {kindName(t.kind)}
              <span className={styles.note}>{`（${t.sheet}!${t.range}${t.empty ? `，${S.emptyTable}` : ''}）`}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tables-missing">
        <h3 id="tables-missing" className={styles.heading}>{`${S.tablesMissing}（${missing.length}）`}</h3>
        {missing.length === 0 ? (
          <p className={styles.note}>{S.tablesNoneMissing}</p>
        ) : (
          <ul className={styles.list} data-testid="tables-missing">
            {missing.map((k) => (
              <li key={k} className={styles.item}>{kindName(k)}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
