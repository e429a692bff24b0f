// What the pane shows while Office starts it: 「正在连接 Excel…」, then the app. If Excel does not answer in time
// the clerk gets a retry button, never the web page's file picker (that would look as if the workbook were gone).
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { OfficeWait } from '../../office/office-ready';
import { S } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, alignItems: 'flex-start' },
});

export interface OfficeStartupProps {
  /** Wait for Office up to `timeoutMs` (waitForOffice). */
  wait(timeoutMs: number): Promise<OfficeWait>;
  /** The app once Excel is ready. */
  renderExcel(): ReactElement;
  /** How long one wait lasts before the retry button appears. */
  timeoutMs?: number;
}

type Phase = 'waiting' | 'slow' | 'other' | 'excel';

/** Waits for Excel, with a retry; renders the app once Office says the host is Excel. */
export function OfficeStartup({ wait, renderExcel, timeoutMs = 15_000 }: OfficeStartupProps) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>('waiting');
  const live = useRef(true);
  const connect = useCallback(() => {
    setPhase('waiting');
    void wait(timeoutMs).then((r) => {
      if (!live.current) return;
      setPhase(r === 'excel' ? 'excel' : r === 'other' ? 'other' : 'slow');
    });
  }, [wait, timeoutMs]);
  useEffect(() => {
    live.current = true;
    connect();
    return () => {
      live.current = false;
    };
  }, [connect]);
  if (phase === 'excel') return renderExcel();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        {phase === 'waiting' && <Spinner size="small" label={S.connecting} labelPosition="after" />}
        {phase === 'slow' && (
          <>
            <MessageBar intent="warning" layout="multiline"><MessageBarBody>{S.connectSlow}</MessageBarBody></MessageBar>
            <Button appearance="primary" onClick={connect}>{S.retry}</Button>
          </>
        )}
        {phase === 'other' && (
          <MessageBar intent="error" layout="multiline" role="alert"><MessageBarBody>{S.notExcel}</MessageBarBody></MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
