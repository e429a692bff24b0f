// The outcome of the last ribbon command (一键校验 / 清除标注), repeated in the pane: the ribbon's function file
// stores it in the workbook's settings; the pane reads it when it opens and whenever it gets the focus back.
import { useCallback, useEffect, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { CommandStatus } from '../../host/command-status';
import { LAST_COMMAND_KEY } from '../../host/settings-keys';
import type { WorkbookHost } from '../host';
import { S } from '../strings';
import { Notice } from './notice';

const NAMES: Record<CommandStatus['command'], string> = { check: '一键校验', clear: '清除标注' };

function isStatus(v: unknown): v is CommandStatus {
  const s = v as Partial<CommandStatus> | null;
  return !!s && (s.command === 'check' || s.command === 'clear') && typeof s.message === 'string' && typeof s.at === 'string' && typeof s.ok === 'boolean';
}

function hhmm(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(d.getTime()) ? '' : `${d.getMonth() + 1}月${d.getDate()}日 ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The last ribbon outcome until the clerk closes it or the pane itself checks or clears later. */
export function LastCommand({ host, since }: { host: WorkbookHost; since: string | null }) {
  const [status, setStatus] = useState<CommandStatus | null>(null);
  const [closedAt, setClosedAt] = useState<string | null>(null);
  const refresh = useCallback(() => {
    host.loadSetting<unknown>(LAST_COMMAND_KEY).then(
      (v) => setStatus(isStatus(v) ? v : null),
      () => undefined,
    );
  }, [host]);
  useEffect(() => {
    refresh();
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [refresh]);
  if (!status || status.at === closedAt || (since !== null && status.at < since)) return null;
  const intent = !status.ok ? 'error' : status.outcome === 'found' || status.outcome === 'no-tables' ? 'warning' : 'success';
  return (
    <Notice
      intent={intent}
      testId="last-command"
      actions={<Button size="small" appearance="transparent" onClick={() => setClosedAt(status.at)}>{S.dismiss}</Button>}
    >
      {`${S.lastCommand(NAMES[status.command], hhmm(status.at))}${status.message}`}
    </Notice>
  );
}
