import type { AllTables } from '#shared/domain/index.ts';
import {
  describeExportError,
  isAbortError,
  isToWorker,
  progressPercent,
  type DocumentKind,
  type ExportRequest,
  type ExportTarget,
  type FileExtension,
  type FromWorker,
} from '../protocol.ts';

export interface BuiltDocument {
  bytes: Uint8Array;
  extension: FileExtension;
}

export interface BuildContext {
  signal: AbortSignal;
  /** `stage` names the part being built in Chinese; the worker forwards only steps the bar can show. */
  progress: (done: number, total: number, stage: string) => void;
}

/** One document kind: the builders of the workbook and PDF helpers, wrapped to this signature in builders.ts. */
export type DocumentBuilder = (tables: AllTables, target: ExportTarget, context: BuildContext) => Promise<BuiltDocument>;

export type BuilderRegistry = Partial<Record<DocumentKind, DocumentBuilder>>;

/** The worker's global scope as far as this module needs it (the DOM lib types `self` as a Window). */
export interface WorkerPort {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/** A view that owns its whole buffer can be transferred as is; any other is copied first. */
function ownedBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}

/**
 * Answers export requests on `port` with the builders in `registry`. One job runs at a time: a new request
 * aborts the one before it. A cancelled job posts nothing more, so the page never receives a document it
 * gave up on (it also terminates the worker, which stops even a builder that never checks its signal).
 */
export function serveExports(port: WorkerPort, registry: BuilderRegistry): void {
  let running: { jobId: number; controller: AbortController } | null = null;

  const run = async ({ jobId, target, tables }: ExportRequest) => {
    running?.controller.abort();
    const controller = new AbortController();
    running = { jobId, controller };
    const post = (message: FromWorker, transfer: Transferable[] = []) => {
      if (!controller.signal.aborted) port.postMessage(message, transfer);
    };
    const builder = registry[target.kind];
    if (!builder) {
      post({ type: 'error', jobId, message: `导出失败：本版本尚不能生成「${target.kind}」类文件` });
      return;
    }
    let last = { stage: '', percent: -1 };
    const progress = (done: number, total: number, stage: string) => {
      const percent = progressPercent(done, total);
      if (stage === last.stage && percent === last.percent) return;
      last = { stage, percent };
      post({ type: 'progress', jobId, done, total, stage });
    };
    try {
      const built = await builder(tables, target, { signal: controller.signal, progress });
      const bytes = ownedBytes(built.bytes);
      post({ type: 'done', jobId, bytes, extension: built.extension }, [bytes.buffer]);
    } catch (error) {
      if (!isAbortError(error)) post({ type: 'error', jobId, message: describeExportError(error) });
    } finally {
      if (running?.jobId === jobId) running = null;
    }
  };

  port.addEventListener('message', (event) => {
    const message = event.data;
    if (!isToWorker(message)) return;
    if (message.type === 'cancel') {
      if (running?.jobId === message.jobId) running.controller.abort();
      return;
    }
    void run(message);
  });
}
