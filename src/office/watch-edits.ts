// Optional re-check while the clerk edits: change events are debounced, and events caused by the add-in's own
// writes (fills, notes, the narrative sheet) are ignored so marking never triggers another check.

/** Options for createEditWatcher; `now` is injectable for tests. */
export interface EditWatcherOptions {
  /** Quiet time after the last edit before re-checking. */
  debounceMs?: number;
  /** Events arriving this long after our own write finished are still treated as ours. */
  ownEchoMs?: number;
  now?: () => number;
}

/** Debouncer fed by Excel change events; wraps our own writes so their echoes are dropped. */
export interface EditWatcher {
  /** Called for each change event Excel reports. */
  notify(): void;
  /** Run one of our own write batches; change events during it (and shortly after) are ignored. */
  ownWrite<T>(write: () => Promise<T>): Promise<T>;
  dispose(): void;
}

/** Make a watcher that calls `onEdit` once the user has stopped editing for `debounceMs`. */
export function createEditWatcher(onEdit: () => void, options: EditWatcherOptions = {}): EditWatcher {
  const { debounceMs = 1500, ownEchoMs = 1000, now = Date.now } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = 0;
  let echoUntil = 0;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    notify() {
      if (writing > 0 || now() < echoUntil) return;
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        onEdit();
      }, debounceMs);
    },
    async ownWrite(write) {
      writing++;
      try {
        return await write();
      } finally {
        writing--;
        echoUntil = now() + ownEchoMs;
      }
    },
    dispose: cancel,
  };
}
