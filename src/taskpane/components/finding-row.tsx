// One finding: severity, message, expected vs actual; activating it selects the cell and shows the details, where
// the clerk can record a judgment (reviewed / not a problem). A judged finding is shown dimmed.
import { forwardRef, useId } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { ruleName } from '../../engine/messages/rule-names';
import type { Finding, Severity } from '../../engine/report';
import { JUDGMENT_TEXT } from '../../host/findings-table';
import type { Judgment } from '../../host/judgments';
import { S, severityText } from '../strings';

const useStyles = makeStyles({
  button: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: {
    border: `1px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  judged: { opacity: 0.6 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, gridColumn: '1 / -1', marginTop: tokens.spacingVerticalXS },
  icon: { flexShrink: 0, marginTop: '2px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  body: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  values: { fontSize: tokens.fontSizeBase200 },
  details: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXL}`,
    fontSize: tokens.fontSizeBase200,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalS,
  },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const cls = mergeClasses(styles.icon, styles[severity]);
  if (severity === 'error') return <ErrorCircle16Filled className={cls} aria-hidden />;
  if (severity === 'warning') return <Warning16Filled className={cls} aria-hidden />;
  return <Info16Filled className={cls} aria-hidden />;
}

function Details({ finding, id, judgment, onJudge }: { finding: Finding; id: string; judgment?: Judgment; onJudge?: (j: Judgment | null) => void }) {
  const styles = useStyles();
  const related = (finding.related ?? []).map((r) => `${r.sheet}!${r.cell}`).join('、');
  return (
    <dl className={styles.details} id={id} data-testid="finding-details">
      <dt>{S.position}</dt>
      <dd className={styles.dd}>{`${finding.sheet}!${finding.cell}`}</dd>
      <dt>{S.rule}</dt>
      <dd className={styles.dd}>{ruleName(finding.rule)}</dd>
      {related && <dt>{S.related}</dt>}
      {related && <dd className={styles.dd}>{related}</dd>}
      {onJudge && (
        <div className={styles.actions}>
          {judgment ? (
            <Button size="small" onClick={() => onJudge(null)}>{S.judgeUndo}</Button>
          ) : (
            <>
              <Button size="small" onClick={() => onJudge('reviewed')}>{S.judgeReviewed}</Button>
              <Button size="small" onClick={() => onJudge('not-a-problem')}>{S.judgeNotProblem}</Button>
            </>
          )}
        </div>
      )}
    </dl>
  );
}

export interface FindingRowProps {
  finding: Finding;
  isSelected: boolean;
  onActivate(f: Finding): void;
  /** Shown under the details of the selected finding (the web page's cell preview). */
  extra?: React.ReactNode;
  /** The clerk's judgment of this finding, if any. */
  judgment?: Judgment;
  /** Record or undo a judgment. */
  onJudge?(f: Finding, j: Judgment | null): void;
}

/** A finding as a native button (Enter/Space work), with details shown once selected. */
export const FindingRow = forwardRef<HTMLButtonElement, FindingRowProps>(function FindingRow({ finding, isSelected, onActivate, extra, judgment, onJudge }, ref) {
  const styles = useStyles();
  const detailsId = useId();
  const hasValues = finding.expected != null || finding.actual != null;
  return (
    <>
    <button
      ref={ref}
      type="button"
      data-testid="finding"
      data-severity={finding.severity}
      data-judged={judgment ?? undefined}
      data-cell={`${finding.sheet}!${finding.cell}`}
      className={mergeClasses(styles.button, isSelected && styles.selected, judgment && styles.judged)}
      aria-expanded={isSelected}
      aria-controls={isSelected ? detailsId : undefined}
      onClick={() => onActivate(finding)}
    >
      <SeverityIcon severity={finding.severity} />
      <span className={styles.body}>
        <span>
          <span className={styles.hidden}>{`${severityText(finding.severity)}：`}</span>
          {finding.message}
          {judgment && <span className={styles.meta}>{S.judgedLabel(JUDGMENT_TEXT[judgment])}</span>}
        </span>
        {hasValues && (
          <span className={styles.values}>
            {`${S.expected} ${finding.expected ?? '—'}，${S.actual} ${finding.actual ?? '—'}`}
          </span>
        )}
        <span className={styles.meta}>{`${finding.sheet}!${finding.cell}`}</span>
      </span>
    </button>
    {isSelected && <Details finding={finding} id={detailsId} judgment={judgment} onJudge={onJudge && ((j) => onJudge(finding, j))} />}
    {isSelected && extra}
    </>
  );
});
