/**
 * What buildWorkbook needs of an AbortSignal. Shared code is typed without the DOM and Node globals, so the
 * signal is described by shape; a real AbortSignal from the renderer or Node fits it.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Thrown when the caller aborts; `name` is 'AbortError' as fetch and DOM APIs use, so one check fits all. */
export class WorkbookAbortError extends Error {
  override readonly name = 'AbortError';
  constructor(readonly reason?: unknown) {
    super('导出已取消');
  }
}

export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw new WorkbookAbortError(signal.reason);
}

type TimerHost = { setTimeout?: (callback: () => void, ms: number) => unknown };

/**
 * Lets the event loop run (a worker's abort message, a progress post) between chunks of work. A macrotask,
 * not a microtask: queued messages are handled only when the current task ends.
 */
export function yieldToEventLoop(): Promise<void> {
  const host = globalThis as TimerHost;
  return new Promise((resolve) => (host.setTimeout ? host.setTimeout(resolve, 0) : resolve()));
}
