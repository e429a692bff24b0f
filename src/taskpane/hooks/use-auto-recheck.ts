// Optional re-check while the clerk edits (Excel only): the Excel host debounces change events and ignores
// the echoes of our own marks, so this only wires its watcher to the pane's check.
import { useEffect } from 'react';
import type { WorkbookHost } from '../host';

/** A host that can report the clerk's edits (ExcelHost in src/office/excel-host.ts). */
export interface EditWatchingHost extends WorkbookHost {
  watchEdits(onEdit: () => void, debounceMs?: number): Promise<() => Promise<void>>;
}

/** True when the host can watch edits, so the pane offers the switch. */
export function canWatchEdits(host: WorkbookHost | null): host is EditWatchingHost {
  return host !== null && typeof (host as Partial<EditWatchingHost>).watchEdits === 'function';
}

/** While `enabled`, run `recheck` after the clerk edits; stops watching when disabled or unmounted. */
export function useAutoRecheck(host: WorkbookHost | null, enabled: boolean, recheck: () => void): void {
  useEffect(() => {
    if (!enabled || !canWatchEdits(host)) return undefined;
    let live = true;
    let stop: (() => Promise<void>) | undefined;
    host.watchEdits(recheck).then(
      (s) => {
        if (live) stop = s;
        else void s().catch(() => undefined);
      },
      () => undefined,
    );
    return () => {
      live = false;
      void stop?.().catch(() => undefined);
    };
  }, [host, enabled, recheck]);
}
