// The 「校验」 and 「清除标注」 buttons with the progress of a running check.
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular, Dismiss20Regular, Eraser20Regular } from '@fluentui/react-icons';
import type { CheckState } from '../hooks/use-check';
import { S } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CheckToolbarProps {
  state: CheckState;
  onCheck(): void;
  /** 清除标注; absent on the web page, where the workbook itself is never marked. */
  onClear?(): void;
  /** Stops the running check; the 「取消」 button shows only when given. */
  onCancel?(): void;
  /** Extra buttons (the web page's 下载标注版). */
  children?: React.ReactNode;
}

/** Buttons of the results tab; 校验 is disabled while a check runs, which shows a labelled progress bar. */
export function CheckToolbar({ state, onCheck, onClear, onCancel, children }: CheckToolbarProps) {
  const styles = useStyles();
  const running = state.phase === 'running';
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<CheckmarkCircle20Regular />} disabled={running} onClick={onCheck}>
          {running ? S.checking : S.checkButton}
        </Button>
        {onClear && (
          <Button icon={<Eraser20Regular />} disabled={running} onClick={onClear}>
            {S.clearMarks}
          </Button>
        )}
        {running && onCancel && (
          <Button icon={<Dismiss20Regular />} onClick={onCancel} data-testid="cancel-check">
            {S.cancelCheck}
          </Button>
        )}
        {children}
      </div>
      {state.phase === 'running' && (
        <Field validationMessage={state.progress.label} validationState="none">
          <ProgressBar value={state.progress.fraction} max={1} aria-label={state.progress.label} />
        </Field>
      )}
    </div>
  );
}
