import type { WorkerLike } from './exportClient.ts';

/**
 * A module worker from the production bundle. Vite rewrites this `new URL(…, import.meta.url)` to the
 * worker's chunk relative to the page, so the same build works from app://planner/ and from 127.0.0.1.
 */
export function spawnExportWorker(): WorkerLike {
  return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: '导出' });
}
