import { describe, expect, it } from 'vitest';
import { emptyTables } from '#shared/domain/index.ts';
import { ExportClient } from '#renderer/features/export/exportClient.ts';
import { spawnExportWorker } from '#renderer/features/export/spawnWorker.ts';

// The real module worker in Chromium: it loads, speaks the protocol, and terminate() really ends it.

describe('export worker', () => {
  it('answers a request for a kind it cannot build with a Chinese error', async () => {
    const client = new ExportClient(spawnExportWorker);
    const run = client.run({ kind: 'plan', hospitalId: 'h1', now: new Date().toISOString() }, emptyTables(), () => {});
    await expect(run).rejects.toThrow('导出失败');
    client.dispose();
  });
});
