// The results list: a severity filter, then findings grouped by table, errors first; a click selects the cell.
import { useEffect, useMemo, useState } from 'react';
import { Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Report } from '../../engine/report';
import { groupFindings, type SeverityFilter } from '../group-findings';
import { S, severityText } from '../strings';
import { FindingRow } from './finding-row';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filter: { flexWrap: 'wrap' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  counts: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
});

export interface FindingListProps {
  report: Report;
  /** Called when the clerk activates a finding; the pane selects its cell. */
  onSelect(f: Finding): void;
  /** Extra content under the selected finding (the web page's cell preview). */
  selectedExtra?: React.ReactNode;
}

function countsText(c: Report['summary']): string {
  const parts: string[] = [];
  if (c.errors) parts.push(`${severityText('error')} ${c.errors}`);
  if (c.warnings) parts.push(`${severityText('warning')} ${c.warnings}`);
  if (c.infos) parts.push(`${severityText('info')} ${c.infos}`);
  return parts.join(' · ');
}

function SeverityFilterBar(props: { report: Report; value: SeverityFilter; onChange(v: SeverityFilter): void }) {
  const styles = useStyles();
  const { summary, findings } = props.report;
  const options: { value: SeverityFilter; label: string }[] = [
    { value: 'all', label: `${S.filterAll}（${findings.length}）` },
    { value: 'error', label: `${severityText('error')}（${summary.errors}）` },
    { value: 'warning', label: `${severityText('warning')}（${summary.warnings}）` },
    { value: 'info', label: `${severityText('info')}（${summary.infos}）` },
  ];
  return (
    <RadioGroup
      className={styles.filter}
      layout="horizontal"
      aria-label={S.filterLabel}
      value={props.value}
      onChange={(_, d) => props.onChange(d.value as SeverityFilter)}
    >
      {options.map((o) => (
        <Radio key={o.value} value={o.value} label={o.label} />
      ))}
    </RadioGroup>
  );
}

/** Rows rendered per browser task: a few thousand Fluent rows at once hold the page for most of a second. */
const ROWS_PER_TASK = 150;

/** How many rows to render: ROWS_PER_TASK more after each paint until all are there (restarts per list). */
function useRowsShown(total: number, key: unknown): number {
  const [shown, setShown] = useState(ROWS_PER_TASK);
  useEffect(() => setShown(ROWS_PER_TASK), [key]);
  useEffect(() => {
    if (shown >= total) return undefined;
    const t = setTimeout(() => setShown((n) => n + ROWS_PER_TASK), 0);
    return () => clearTimeout(t);
  }, [shown, total]);
  return shown;
}

/** Findings of a report, grouped and filterable; keyboard and screen-reader operable. */
export function FindingList({ report, onSelect, selectedExtra }: FindingListProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [selected, setSelected] = useState<Finding | null>(null);
  const groups = useMemo(() => groupFindings(report, filter), [report, filter]);
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  let budget = useRowsShown(total, groups);
  const activate = (f: Finding): void => {
    setSelected(f);
    onSelect(f);
  };
  return (
    <div className={styles.root}>
      <SeverityFilterBar report={report} value={filter} onChange={setFilter} />
      {groups.length === 0 && <Text>{S.noFindingsForFilter}</Text>}
      <div role="region" aria-label={S.findingsLabel} className={styles.root}>
        {groups.map((g, gi) => {
          const rows = g.findings.slice(0, Math.max(0, budget));
          budget -= rows.length;
          return (
          <section key={g.key} className={styles.group} aria-labelledby={`finding-group-${gi}`}>
            <h3 id={`finding-group-${gi}`} className={styles.heading} data-testid="finding-group">
              <span>{g.title}</span>
              <span className={styles.counts}>{countsText(g.counts)}</span>
            </h3>
            <ul className={styles.list}>
              {rows.map((f, i) => (
                <li key={`${g.key}-${i}`}>
                  <FindingRow finding={f} isSelected={selected === f} onActivate={activate} extra={selectedExtra} />
                </li>
              ))}
            </ul>
          </section>
          );
        })}
      </div>
    </div>
  );
}
