import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { emptyTables } from '#shared/domain/index.ts';
import { ExportClient, type WorkerLike } from '#renderer/features/export/exportClient.ts';
import { KIND_INFO } from '#renderer/features/export/kinds.ts';
import {
  describeExportError,
  isFromWorker,
  isToWorker,
  progressPercent,
  type ExportTarget,
  type FromWorker,
  type ToWorker,
} from '#renderer/features/export/protocol.ts';
import { BUILDERS } from '#renderer/features/export/worker/builders.ts';
import { bundleBuilder, MissingContentError, OMITTED_NOTE } from '#renderer/features/export/worker/bundle.ts';
import { serveExports, type BuilderRegistry, type WorkerPort } from '#renderer/features/export/worker/serve.ts';

// The page ↔ worker protocol, and both of its ends running against each other in one process: messages go
// through structuredClone (as postMessage does), asynchronously, and terminate() drops everything after it.

const TARGET: ExportTarget = { kind: 'workbook', hospitalId: 'h1', now: '2026-12-01T08:00:00.000Z' };

function inProcessWorker(registry: BuilderRegistry) {
  const toWorker = new EventTarget();
  const toPage = new EventTarget();
  let alive = true;
  const deliver = (target: EventTarget, data: unknown) =>
    setTimeout(() => {
      if (alive) target.dispatchEvent(new MessageEvent('message', { data }));
    });
  const port: WorkerPort = {
    postMessage: (message: FromWorker, transfer: Transferable[]) => deliver(toPage, structuredClone(message, { transfer })),
    addEventListener: (type, listener) => toWorker.addEventListener(type, listener as EventListener),
  };
  serveExports(port, registry);
  const worker: WorkerLike = {
    postMessage: (message: ToWorker) => deliver(toWorker, structuredClone(message)),
    addEventListener: (type, listener) => toPage.addEventListener(type, listener),
    terminate: () => {
      alive = false;
    },
  };
  return { worker, fail: (message: string) => toPage.dispatchEvent(Object.assign(new Event('error'), { message })) };
}

function clientWith(registry: BuilderRegistry) {
  const spawned: ReturnType<typeof inProcessWorker>[] = [];
  const client = new ExportClient(() => {
    const w = inProcessWorker(registry);
    spawned.push(w);
    return w.worker;
  });
  return { client, spawned };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('message guards', () => {
  it('accept the five messages and nothing malformed', () => {
    const tables = emptyTables();
    expect(isToWorker({ type: 'request', jobId: 1, target: TARGET, tables })).toBe(true);
    expect(isToWorker({ type: 'cancel', jobId: 1 })).toBe(true);
    expect(isToWorker({ type: 'request', jobId: 1, target: { ...TARGET, kind: 'docx' }, tables })).toBe(false);
    expect(isToWorker({ type: 'request', jobId: '1', target: TARGET, tables })).toBe(false);
    expect(isToWorker({ type: 'request', jobId: 1, target: { ...TARGET, specialtyId: 7 }, tables })).toBe(false);
    expect(isToWorker(null)).toBe(false);

    expect(isFromWorker({ type: 'progress', jobId: 1, done: 1, total: 3, stage: '数据工作簿' })).toBe(true);
    expect(isFromWorker({ type: 'done', jobId: 1, bytes: new Uint8Array(2), extension: 'xlsx' })).toBe(true);
    expect(isFromWorker({ type: 'error', jobId: 1, message: '出错' })).toBe(true);
    expect(isFromWorker({ type: 'done', jobId: 1, bytes: [1, 2], extension: 'xlsx' })).toBe(false);
    expect(isFromWorker({ type: 'done', jobId: 1, bytes: new Uint8Array(2), extension: 'exe' })).toBe(false);
    expect(isFromWorker({ type: 'cancel', jobId: 1 })).toBe(false);
  });

  it('survive structured cloning unchanged', () => {
    const message = { type: 'done', jobId: 3, bytes: new Uint8Array([80, 75, 3, 4]), extension: 'zip' };
    expect(isFromWorker(structuredClone(message))).toBe(true);
  });
});

describe('progress and error text', () => {
  it('keeps the bar between 0 and 99 until the document is done', () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(5, 0)).toBe(0);
    expect(progressPercent(Number.NaN, 10)).toBe(0);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(10, 10)).toBe(99);
    expect(progressPercent(12, 10)).toBe(99);
  });

  it('shows the builders’ Chinese messages as they are and wraps anything else', () => {
    expect(describeExportError(new Error('学科「心内科」缺少名称'))).toBe('学科「心内科」缺少名称');
    expect(describeExportError(new TypeError('x is undefined'))).toBe('导出失败：程序内部错误（x is undefined）');
    expect(describeExportError(undefined)).toBe('导出失败：程序内部错误');
  });
});

describe('page and worker together', () => {
  it('forwards progress in order and returns the built bytes', async () => {
    const { client } = clientWith({
      workbook: async (tables, target, { progress }) => {
        for (let i = 1; i <= 4; i++) progress(i, 4, '数据工作簿');
        await wait(1);
        return { bytes: new TextEncoder().encode(`${target.hospitalId}:${tables.hospitals.length}`), extension: 'xlsx' };
      },
    });
    const seen: string[] = [];
    const outcome = await client.run(TARGET, emptyTables(), (p) => seen.push(`${p.stage} ${p.done}/${p.total}`));
    expect(seen).toEqual(['数据工作簿 1/4', '数据工作簿 2/4', '数据工作簿 3/4', '数据工作簿 4/4']);
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') {
      expect(outcome.extension).toBe('xlsx');
      expect(new TextDecoder().decode(outcome.bytes)).toBe('h1:0');
    }
    expect(client.busy).toBe(false);
  });

  it('sends no more progress than the bar can show', async () => {
    const { client } = clientWith({
      workbook: (_t, _x, { progress }) => {
        for (let i = 1; i <= 10_000; i++) progress(i, 10_000, '数据工作簿');
        return Promise.resolve({ bytes: new Uint8Array(1), extension: 'xlsx' });
      },
    });
    let messages = 0;
    await client.run(TARGET, emptyTables(), () => messages++);
    expect(messages).toBeLessThanOrEqual(100);
  });

  it('cancel resolves at once, stops the builder and lets nothing of the job through', async () => {
    let aborted = false;
    let finished = false;
    const { client, spawned } = clientWith({
      workbook: async (_t, _x, { signal, progress }) => {
        signal.addEventListener('abort', () => (aborted = true));
        progress(1, 2, '数据工作簿');
        await wait(30);
        finished = true;
        return { bytes: new Uint8Array([1]), extension: 'xlsx' };
      },
    });
    const progress: number[] = [];
    let started: () => void = () => {};
    const firstProgress = new Promise<void>((resolve) => (started = resolve));
    const running = client.run(TARGET, emptyTables(), (p) => {
      progress.push(p.done);
      started();
    });
    await firstProgress;
    expect(client.cancel()).toBe(true);
    expect(await running).toEqual({ status: 'cancelled' });
    await wait(50);
    expect(finished).toBe(true); // the fake cannot kill its builder; a real worker's terminate() does
    expect(aborted).toBe(false); // terminate() comes before the cancel message is delivered
    expect(progress).toEqual([1]);

    // The next export gets a fresh worker and works.
    const next = await client.run(TARGET, emptyTables(), () => {});
    expect(next.status).toBe('done');
    expect(spawned).toHaveLength(2);
  });

  it('the worker aborts a job whose cancel message reaches it, and posts nothing for it', async () => {
    const posted: FromWorker[] = [];
    const target = new EventTarget();
    let aborted: Promise<void> = Promise.resolve();
    serveExports(
      { postMessage: (m) => posted.push(m), addEventListener: (type, l) => target.addEventListener(type, l as EventListener) },
      {
        workbook: (_t, _x, { signal }) => {
          aborted = new Promise((resolve) => signal.addEventListener('abort', () => resolve()));
          return aborted.then(() => Promise.reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
        },
      },
    );
    target.dispatchEvent(new MessageEvent('message', { data: { type: 'request', jobId: 9, target: TARGET, tables: emptyTables() } }));
    target.dispatchEvent(new MessageEvent('message', { data: { type: 'cancel', jobId: 9 } }));
    await aborted;
    await wait(1);
    expect(posted).toEqual([]);
  });

  it('reports a builder’s failure in Chinese and a missing kind by name', async () => {
    const { client } = clientWith({ workbook: () => Promise.reject(new Error('第 3 行：缺少学科名称')) });
    await expect(client.run(TARGET, emptyTables(), () => {})).rejects.toThrow('第 3 行：缺少学科名称');
    await expect(client.run({ ...TARGET, kind: 'plan' }, emptyTables(), () => {})).rejects.toThrow('本版本尚不能生成「plan」类文件');
  });

  it('a worker that fails to start rejects in Chinese, and the next export starts a new one', async () => {
    const { client, spawned } = clientWith({ workbook: () => wait(20).then(() => ({ bytes: new Uint8Array(1), extension: 'xlsx' })) });
    const first = client.run(TARGET, emptyTables(), () => {});
    spawned[0]!.fail('Failed to fetch dynamically imported module');
    await expect(first).rejects.toThrow('导出失败：导出线程未能启动或意外退出（Failed to fetch dynamically imported module）');
    expect((await client.run(TARGET, emptyTables(), () => {})).status).toBe('done');
    expect(spawned).toHaveLength(2);
  });

  it('runs one export at a time', async () => {
    const { client } = clientWith({ workbook: () => wait(10).then(() => ({ bytes: new Uint8Array(1), extension: 'xlsx' })) });
    const first = client.run(TARGET, emptyTables(), () => {});
    await expect(client.run(TARGET, emptyTables(), () => {})).rejects.toThrow('已有导出正在进行');
    expect((await first).status).toBe('done');
  });
});

describe('the kinds the page offers', () => {
  it('are exactly the kinds the worker can build', () => {
    const available = KIND_INFO.filter((k) => k.unavailable === null).map((k) => k.kind);
    expect(available.sort()).toEqual(Object.keys(BUILDERS).sort());
  });
});

describe('全部: the submission bundle', () => {
  it('zips every part under its own file name, with progress across the parts', async () => {
    const tables = emptyTables();
    tables.hospitals.push({ id: 'h1', name: '示例市第一人民医院' } as (typeof tables.hospitals)[number]);
    const registry: BuilderRegistry = {
      workbook: (_t, _x, { progress }) => {
        progress(1, 2, 'x');
        return Promise.resolve({ bytes: new TextEncoder().encode('xlsx bytes'), extension: 'xlsx' });
      },
      plan: () => Promise.resolve({ bytes: new TextEncoder().encode('%PDF-1.7'), extension: 'pdf' }),
    };
    const seen: string[] = [];
    const built = await bundleBuilder(['workbook', 'plan'], registry)(tables, { ...TARGET, kind: 'all', now: '2026-12-01T04:00:00.000Z' }, {
      signal: new AbortController().signal,
      progress: (done, total, stage) => seen.push(`${stage} ${done}/${total}`),
    });
    expect(built.extension).toBe('zip');
    const files = unzipSync(built.bytes);
    expect(Object.keys(files).sort()).toEqual(['示例市第一人民医院-临床专科建设规划-2026-12-01.pdf', '示例市第一人民医院-临床专科建设规划-2026-12-01.xlsx']);
    expect(new TextDecoder().decode(files['示例市第一人民医院-临床专科建设规划-2026-12-01.pdf'])).toBe('%PDF-1.7');
    expect(seen).toEqual(['数据工作簿 0/2000', '数据工作簿 500/2000', '规划正文 1000/2000']);
  });

  it('stops between parts once aborted', async () => {
    const controller = new AbortController();
    let planBuilt = false;
    const registry: BuilderRegistry = {
      workbook: () => {
        controller.abort();
        return Promise.resolve({ bytes: new Uint8Array(1), extension: 'xlsx' });
      },
      plan: () => {
        planBuilt = true;
        return Promise.resolve({ bytes: new Uint8Array(1), extension: 'pdf' });
      },
    };
    const run = bundleBuilder(['workbook', 'plan'], registry)(emptyTables(), { ...TARGET, kind: 'all' }, { signal: controller.signal, progress: () => {} });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(planBuilt).toBe(false);
  });
});

describe('全部 when the hospital lacks a part', () => {
  it('leaves the part out and says so in a note; fails only when nothing is left', async () => {
    const registry: BuilderRegistry = {
      workbook: () => Promise.resolve({ bytes: new Uint8Array([1]), extension: 'xlsx' }),
      contracts: () => Promise.reject(new MissingContentError('示例医院还没有目标责任书')),
    };
    const context = { signal: new AbortController().signal, progress: () => {} };
    const built = await bundleBuilder(['workbook', 'contracts'], registry)(emptyTables(), { ...TARGET, kind: 'all' }, context);
    const files = unzipSync(built.bytes);
    expect(Object.keys(files)).toHaveLength(2);
    expect(new TextDecoder().decode(files[OMITTED_NOTE])).toBe('目标责任书：示例医院还没有目标责任书\r\n');
    await expect(bundleBuilder(['contracts'], registry)(emptyTables(), { ...TARGET, kind: 'all' }, context)).rejects.toThrow('没有可打包的文件');
  });
});
