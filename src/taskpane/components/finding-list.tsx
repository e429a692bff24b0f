// The results list: a severity filter, 上一个/下一个问题, then findings grouped by table (each group can be folded),
// errors first; a click (or the keys) selects the cell. Judged findings are listed last in their group, dimmed.
// Thousands of rows render a batch per browser task, so the page never stalls on a long list.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { summarize, type Finding, type Report } from '../../engine/report';
import { judgmentOf, unjudged, type Judgment, type Judgments } from '../../host/judgments';
import { groupFindings, type SeverityFilter } from '../group-findings';
import { useFindingNavigation } from '../hooks/use-finding-navigation';
import { S, severityText } from '../strings';
import { FindingRow } from './finding-row';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  filter: { flexWrap: 'wrap' },
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `2px 0`,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
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
  judgments?: Judgments;
  onJudge?(f: Finding, j: Judgment | null): void;
}

function countsText(c: Report['summary'], judged: number): string {
  const parts: string[] = [];
  if (c.errors) parts.push(`${severityText('error')} ${c.errors}`);
  if (c.warnings) parts.push(`${severityText('warning')} ${c.warnings}`);
  if (c.infos) parts.push(`${severityText('info')} ${c.infos}`);
  if (judged) parts.push(`已复核 ${judged}`);
  return parts.join(' · ');
}

function SeverityFilterBar(props: { open: Report['summary']; total: number; value: SeverityFilter; onChange(v: SeverityFilter): void }) {
  const styles = useStyles();
  const { open, total } = props;
  const options: { value: SeverityFilter; label: string }[] = [
    { value: 'all', label: `${S.filterAll}（${total}）` },
    { value: 'error', label: `${severityText('error')}（${open.errors}）` },
    { value: 'warning', label: `${severityText('warning')}（${open.warnings}）` },
    { value: 'info', label: `${severityText('info')}（${open.infos}）` },
  ];
  return (
    <RadioGroup className={styles.filter} layout="horizontal" aria-label={S.filterLabel} value={props.value} onChange={(_, d) => props.onChange(d.value as SeverityFilter)}>
      {options.map((o) => (
        <Radio key={o.value} value={o.value} label={o.label} />
      ))}
    </RadioGroup>
  );
}

/** The default judgments, one object: a new `{}` per render would regroup the list and restart its slices. */
const NO_JUDGMENTS: Judgments = {};

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

/** Findings of a report, grouped, foldable and filterable; keyboard and screen-reader operable. */
export function FindingList({ report, onSelect, selectedExtra, judgments = NO_JUDGMENTS, onJudge }: FindingListProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [selected, setSelected] = useState<Finding | null>(null);
  const groups = useMemo(() => groupFindings(report, filter, judgments), [report, filter, judgments]);
  const openSummary = useMemo(() => summarize(unjudged(report.findings, judgments)), [report, judgments]);
  const activate = useCallback(
    (f: Finding): void => {
      setSelected(f);
      onSelect(f);
    },
    [onSelect],
  );
  const nav = useFindingNavigation(groups, judgments, selected, activate);
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  let budget = useRowsShown(total, groups);
  return (
    <div className={styles.root}>
      <SeverityFilterBar open={openSummary} total={report.findings.length} value={filter} onChange={setFilter} />
      <div className={styles.nav}>
        <Button size="small" icon={<ArrowUp16Regular />} aria-keyshortcuts="Alt+ArrowUp" onClick={() => nav.step(-1)}>{S.previousFinding}</Button>
        <Button size="small" icon={<ArrowDown16Regular />} aria-keyshortcuts="Alt+ArrowDown" onClick={() => nav.step(1)}>{S.nextFinding}</Button>
        <span className={styles.hint}>{S.navHint}</span>
      </div>
      {groups.length === 0 && <Text>{S.noFindingsForFilter}</Text>}
      <div role="region" aria-label={S.findingsLabel} className={styles.root} ref={nav.region} onKeyDown={nav.onKeyDown}>
        {groups.map((g, gi) => {
          const open = !nav.folded.has(g.key);
          const rows = open ? g.findings.slice(0, Math.max(0, budget)) : [];
          budget -= rows.length;
          return (
            <section key={g.key} className={styles.group} aria-labelledby={`finding-group-${gi}`}>
              <h3 id={`finding-group-${gi}`} className={styles.heading} data-testid="finding-group">
                <button type="button" className={styles.toggle} aria-expanded={open} aria-label={open ? S.collapseGroup(g.title) : S.expandGroup(g.title)} onClick={() => nav.toggle(g.key)}>
                  {open ? <ChevronDown16Regular aria-hidden /> : <ChevronRight16Regular aria-hidden />}
                  <span>{g.title}</span>
                  <span className={styles.counts}>{countsText(g.counts, g.judged)}</span>
                </button>
              </h3>
              {open && (
                <ul className={styles.list}>
                  {rows.map((f, i) => (
                    <li key={`${g.key}-${i}`}>
                      <FindingRow
                        ref={nav.rowRef(f)}
                        finding={f}
                        isSelected={selected === f}
                        onActivate={activate}
                        extra={selectedExtra}
                        judgment={judgmentOf(f, judgments)}
                        onJudge={onJudge}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
