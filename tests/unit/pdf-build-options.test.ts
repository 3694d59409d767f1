import { describe, expect, it } from 'vitest';
import { emptyTables } from '#shared/domain/tables.ts';
import { buildPdf, currentContracts, PdfContentError } from '#shared/export/pdf/index.ts';
import { nodePdfFonts } from '#shared/node/pdf-fonts.ts';
import { generateSample } from '#shared/sample/index.ts';

const fonts = nodePdfFonts({ preferSystem: false });

describe('buildPdf options', () => {
  it('stops before any work when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(buildPdf(emptyTables(), { hospitalId: 'x', doc: 'plan', fonts, signal: controller.signal })).rejects.toThrow(/aborted|取消/);
  });

  it('says in Chinese what is missing instead of writing an empty document', async () => {
    const tables = generateSample({ size: 'demo' });
    const hospital = tables.hospitals[0]!;
    await expect(buildPdf(tables, { hospitalId: 'no-such-id', doc: 'plan', fonts })).rejects.toThrow('备份中没有该医院');
    const noPlan = { ...tables, plans: [] };
    await expect(buildPdf(noPlan, { hospitalId: hospital.id, doc: 'plan', fonts })).rejects.toBeInstanceOf(PdfContentError);
    await expect(buildPdf(noPlan, { hospitalId: hospital.id, doc: 'plan', fonts })).rejects.toThrow(`${hospital.name}还没有规划文本`);
    await expect(buildPdf({ ...tables, contracts: [] }, { hospitalId: hospital.id, doc: 'contracts', fonts })).rejects.toThrow('还没有目标责任书');
  });

  it('prints the newest version of each contract lineage once', () => {
    const tables = generateSample({ size: 'demo' });
    const hospitalId = tables.hospitals[0]!.id;
    const current = currentContracts(tables.contracts, hospitalId);
    const roots = new Set(tables.contracts.filter((c) => c.hospitalId === hospitalId).map((c) => c.rootId));
    expect(current).toHaveLength(roots.size);
    for (const c of current) {
      const versions = tables.contracts.filter((x) => x.rootId === c.rootId).map((x) => x.versionNo);
      expect(c.versionNo).toBe(Math.max(...versions));
    }
  });
});
