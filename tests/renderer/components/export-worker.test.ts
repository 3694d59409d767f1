import { describe, expect, it } from 'vitest';
import { generateSample } from '#shared/sample/index.ts';
import { ExportClient } from '#renderer/features/export/exportClient.ts';
import { spawnExportWorker } from '#renderer/features/export/spawnWorker.ts';

// The real module worker in Chromium: it loads, builds a workbook from posted tables with progress, and
// answers a bad request in Chinese.

describe('export worker', () => {
  it('builds the demo workbook with progress, and names a hospital that is not there', async () => {
    const tables = generateSample({ size: 'demo' });
    const client = new ExportClient(spawnExportWorker);
    const now = new Date().toISOString();
    const steps: number[] = [];
    const outcome = await client.run({ kind: 'workbook', hospitalId: tables.hospitals[0]!.id, now }, tables, (p) => steps.push(p.done));
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') {
      expect(outcome.extension).toBe('xlsx');
      expect(String.fromCharCode(...outcome.bytes.subarray(0, 2))).toBe('PK'); // a zip container
    }
    expect(steps.length).toBeGreaterThan(1);
    await expect(client.run({ kind: 'plan', hospitalId: 'gone', now }, tables, () => {})).rejects.toThrow('gone');
    client.dispose();
  }, 120_000); // the first run loads exceljs and the PDF renderer through Vite's dev transforms
});
