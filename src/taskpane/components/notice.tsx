// A message bar that always wraps: Fluent's MessageBar starts single-line (white-space: nowrap) and only reflows
// where ResizeObserver notices, so a long message (a sheet name, an error code) widened the pane past its edge.
import { MessageBar, MessageBarActions, MessageBarBody, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  bar: { minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  body: { minWidth: 0, overflowWrap: 'anywhere', wordBreak: 'break-word', whiteSpace: 'normal' },
});

/** Intents the pane uses. */
export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

/** A wrapping message; errors are announced as alerts, the rest as status. */
export function Notice({ intent, children, actions, testId }: { intent: NoticeIntent; children: ReactNode; actions?: ReactNode; testId?: string }) {
  const styles = useStyles();
  return (
    <MessageBar className={styles.bar} intent={intent} layout="multiline" role={intent === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <MessageBarBody className={styles.body}>{children}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
