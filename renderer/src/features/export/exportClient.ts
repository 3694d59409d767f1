import type { AllTables } from '#shared/domain/index.ts';
import { isFromWorker, type ExportProgress, type ExportTarget, type FileExtension, type ToWorker } from './protocol.ts';

/** What the client needs of a Worker, so tests can stand an in-process one in its place. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export type ExportOutcome = { status: 'done'; bytes: Uint8Array<ArrayBuffer>; extension: FileExtension } | { status: 'cancelled' };

interface Job {
  id: number;
  onProgress: (progress: Omit<ExportProgress, 'type' | 'jobId'>) => void;
  resolve: (outcome: ExportOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * The page's side of the export worker. One worker is kept between exports (the PDF builder registers its
 * fonts once per worker); cancelling terminates it, which stops the build wherever it is, and the next
 * export starts a fresh one.
 */
export class ExportClient {
  private worker: WorkerLike | null = null;
  private job: Job | null = null;
  private nextJobId = 1;

  constructor(private readonly spawn: () => WorkerLike) {}

  get busy(): boolean {
    return this.job !== null;
  }

  run(target: ExportTarget, tables: AllTables, onProgress: Job['onProgress']): Promise<ExportOutcome> {
    if (this.job) return Promise.reject(new Error('已有导出正在进行，请等待完成或先取消'));
    return new Promise<ExportOutcome>((resolve, reject) => {
      const job: Job = { id: this.nextJobId++, onProgress, resolve, reject };
      this.job = job;
      try {
        this.ensureWorker().postMessage({ type: 'request', jobId: job.id, target, tables });
      } catch (error) {
        this.fail(new Error(`导出失败：数据无法交给导出线程（${error instanceof Error ? error.message : String(error)}）`));
      }
    });
  }

  /** Stops the running export at once; its promise resolves as cancelled. Returns false when nothing was running. */
  cancel(): boolean {
    const job = this.job;
    if (!job) return false;
    this.worker?.postMessage({ type: 'cancel', jobId: job.id });
    this.dropWorker();
    this.job = null;
    job.resolve({ status: 'cancelled' });
    return true;
  }

  dispose(): void {
    if (!this.cancel()) this.dropWorker();
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.addEventListener('message', (event) => this.receive(worker, (event as MessageEvent<unknown>).data));
    worker.addEventListener('messageerror', () => this.fail(new Error('导出失败：导出线程返回的数据无法读取')));
    worker.addEventListener('error', (event) => {
      // An ErrorEvent when the script threw or failed to load; read it without naming the class (absent in Node).
      const text = (event as Partial<ErrorEvent>).message;
      const detail = typeof text === 'string' && text ? `（${text}）` : '';
      this.fail(new Error(`导出失败：导出线程未能启动或意外退出${detail}`));
    });
    this.worker = worker;
    return worker;
  }

  private receive(from: WorkerLike, message: unknown): void {
    const job = this.job;
    if (from !== this.worker || !job) return;
    if (!isFromWorker(message)) {
      this.fail(new Error('导出失败：导出线程返回了无法识别的消息'));
      return;
    }
    if (message.jobId !== job.id) return;
    if (message.type === 'progress') {
      job.onProgress({ done: message.done, total: message.total, stage: message.stage });
      return;
    }
    this.job = null;
    if (message.type === 'done') job.resolve({ status: 'done', bytes: message.bytes, extension: message.extension });
    else job.reject(new Error(message.message));
  }

  /** A broken worker is not reused: the next export gets a new one. */
  private fail(error: Error): void {
    const job = this.job;
    this.job = null;
    this.dropWorker();
    job?.reject(error);
  }

  private dropWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
