// What the check found about the workbook as a whole: entity, year, unit and the counts by severity.
import { makeStyles, tokens } from '@fluentui/react-components';
import { summarize, type Report } from '../../engine/report';
import { judgmentOf, unjudged, type Judgments } from '../../host/judgments';
import { S, severityText } from '../strings';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  summary: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontWeight: tokens.fontWeightSemibold },
  apart: { margin: `2px 0 0 0`, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Entity, year and unit as recognized, a one-line summary of the open findings (a test hook), judged ones apart. */
export function StatusBar({ report, judgments = {} }: { report: Report; judgments?: Judgments }) {
  const styles = useStyles();
  const entity = report.entity?.name ?? report.entity?.code ?? S.unknown;
  const open = unjudged(report.findings, judgments);
  const { errors, warnings, infos } = summarize(open);
  const reviewed = report.findings.filter((f) => judgmentOf(f, judgments) === 'reviewed').length;
  const notProblem = report.findings.filter((f) => judgmentOf(f, judgments) === 'not-a-problem').length;
  return (
    <div>
      <dl className={styles.facts} aria-label={S.workbook}>
        <dt className={styles.dt}>{S.workbook}</dt>
        <dd className={styles.dd}>{report.file}</dd>
        <dt className={styles.dt}>{S.entity}</dt>
        <dd className={styles.dd} data-testid="entity">{entity}</dd>
        <dt className={styles.dt}>{S.year}</dt>
        <dd className={styles.dd} data-testid="year">{report.year !== null ? `${report.year} 年` : S.unknown}</dd>
        <dt className={styles.dt}>{S.unit}</dt>
        <dd className={styles.dd}>{report.unit ?? S.unknown}</dd>
      </dl>
      <p className={styles.summary} role="status">
        共 <span data-testid="finding-count">{open.length}</span> 条结果：
        {`${severityText('error')} ${errors}，${severityText('warning')} ${warnings}，${severityText('info')} ${infos}`}
      </p>
      {reviewed + notProblem > 0 && <p className={styles.apart} data-testid="judged-count">{S.judgedCount(reviewed, notProblem)}</p>}
    </div>
  );
}
