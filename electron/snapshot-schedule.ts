/** Hourly, as architecture.md asks; the final snapshot on quit covers the last partial hour. */
export const SNAPSHOT_INTERVAL_MS = 60 * 60 * 1000;
/** How long quitting waits for the renderer's final backup before giving up and quitting anyway. */
export const FINAL_SNAPSHOT_TIMEOUT_MS = 5000;

export interface SnapshotScheduler {
  /** Starts the hourly requests. */
  start(): void;
  stop(): void;
  /** The snapshot-write handler calls this, so whoever is waiting for a snapshot learns it arrived. */
  notifyWritten(): void;
  /** Asks for a snapshot now and resolves true when one was written, false after `timeoutMs`. */
  requestAndWait(timeoutMs: number): Promise<boolean>;
}

/**
 * IndexedDB lives in the renderer, so main cannot read the data itself: it sends a request (through
 * `requestSnapshot`) and the renderer answers by invoking snapshot-write.
 */
export function createSnapshotScheduler(requestSnapshot: () => void, intervalMs = SNAPSHOT_INTERVAL_MS): SnapshotScheduler {
  let timer: ReturnType<typeof setInterval> | undefined;
  const waiting = new Set<() => void>();
  return {
    start() {
      if (timer) return;
      timer = setInterval(requestSnapshot, intervalMs);
      timer.unref?.();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
    notifyWritten() {
      for (const resolve of waiting) resolve();
      waiting.clear();
    },
    requestAndWait(timeoutMs) {
      return new Promise<boolean>((resolve) => {
        const done = (written: boolean) => {
          clearTimeout(timeout);
          waiting.delete(onWritten);
          resolve(written);
        };
        const onWritten = () => done(true);
        const timeout = setTimeout(() => done(false), timeoutMs);
        waiting.add(onWritten);
        requestSnapshot();
      });
    },
  };
}

/**
 * The window's 'close' handler: the first close is held back until the final snapshot is written (or the
 * wait times out), then `proceed` closes for real. Closing again while waiting does not ask twice.
 */
export function createCloseGuard(finalSnapshot: () => Promise<unknown>, proceed: () => void) {
  let state: 'open' | 'waiting' | 'done' = 'open';
  return (event: { preventDefault(): void }) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'waiting') return;
    state = 'waiting';
    void finalSnapshot()
      .catch(() => undefined)
      .finally(() => {
        state = 'done';
        proceed();
      });
  };
}
