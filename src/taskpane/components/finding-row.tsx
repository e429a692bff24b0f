// One finding: severity, message, expected vs actual; activating it selects the cell and shows the details.
import { useId } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../engine/report';
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

function Details({ finding, id }: { finding: Finding; id: string }) {
  const styles = useStyles();
  const related = (finding.related ?? []).map((r) => `${r.sheet}!${r.cell}`).join('、');
  return (
    <dl className={styles.details} id={id} data-testid="finding-details">
      <dt>{S.position}</dt>
      <dd className={styles.dd}>{`${finding.sheet}!${finding.cell}`}</dd>
      <dt>{S.rule}</dt>
      <dd className={styles.dd}>{finding.rule}</dd>
      {related && <dt>{S.related}</dt>}
      {related && <dd className={styles.dd}>{related}</dd>}
    </dl>
  );
}

export interface FindingRowProps {
  finding: Finding;
  isSelected: boolean;
  onActivate(f: Finding): void;
  /** Shown under the details of the selected finding (the web page's cell preview). */
  extra?: React.ReactNode;
}

/** A finding as a native button (Enter/Space work), with details shown once selected. */
export function FindingRow({ finding, isSelected, onActivate, extra }: FindingRowProps) {
  const styles = useStyles();
  const detailsId = useId();
  const hasValues = finding.expected != null || finding.actual != null;
  return (
    <>
    <button
      type="button"
      data-testid="finding"
      data-severity={finding.severity}
      data-cell={`${finding.sheet}!${finding.cell}`}
      className={mergeClasses(styles.button, isSelected && styles.selected)}
      aria-expanded={isSelected}
      aria-controls={isSelected ? detailsId : undefined}
      onClick={() => onActivate(finding)}
    >
      <SeverityIcon severity={finding.severity} />
      <span className={styles.body}>
        <span>
          <span className={styles.hidden}>{`${severityText(finding.severity)}：`}</span>
          {finding.message}
        </span>
        {hasValues && (
          <span className={styles.values}>
            {`${S.expected} ${finding.expected ?? '—'}，${S.actual} ${finding.actual ?? '—'}`}
          </span>
        )}
        <span className={styles.meta}>{`${finding.sheet}!${finding.cell}`}</span>
      </span>
    </button>
    {isSelected && <Details finding={finding} id={detailsId} />}
    {isSelected && extra}
    </>
  );
}
