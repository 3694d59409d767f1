import { describe, expect, it } from 'vitest';
import { generateSample } from '#shared/sample/index.ts';
import { suggestedFileName } from '#renderer/features/export/fileName.ts';
import { kindInfo } from '#renderer/features/export/kinds.ts';
import { contractOptions, specialtyOptions } from '#renderer/features/export/subjects.ts';
import { scopeToTarget } from '#renderer/features/export/worker/scope.ts';

const NOW = new Date(2026, 11, 1, 9, 30);

describe('suggested file names', () => {
  it('name the hospital, the document and the local date', () => {
    expect(suggestedFileName('示例市第一人民医院', kindInfo('workbook'), NOW)).toBe('示例市第一人民医院-临床专科建设规划-2026-12-01.xlsx');
    expect(suggestedFileName('示例市第一人民医院', kindInfo('specialties'), NOW, '心血管内科')).toBe(
      '示例市第一人民医院-心血管内科-专科建设任务书-2026-12-01.pdf',
    );
    expect(suggestedFileName('示例市第一人民医院', kindInfo('contracts'), NOW, '心内科主任任期目标责任书（2027—2031年）')).toBe(
      '示例市第一人民医院-心内科主任任期目标责任书（2027—2031年）-2026-12-01.pdf',
    );
    expect(suggestedFileName('示例市第一人民医院', kindInfo('all'), NOW)).toMatch(/^示例市第一人民医院-.+-2026-12-01\.zip$/);
  });

  it('never contain a path separator or a character Windows refuses, and keep the date when long', () => {
    const name = suggestedFileName('某院/分院: "东区"', kindInfo('contracts'), NOW, `${'很长的责任书名称'.repeat(30)}?`);
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name.endsWith('-2026-12-01.pdf')).toBe(true);
  });
});

describe('one specialty or one contract', () => {
  const tables = generateSample({ size: 'demo' });
  const hospitalId = tables.hospitals[0]!.id;

  it('offers the hospital’s specialties and the newest version of each contract', () => {
    const specialties = specialtyOptions(tables, hospitalId);
    expect(specialties.length).toBe(tables.specialties.filter((s) => s.hospitalId === hospitalId).length);
    const contracts = contractOptions(tables, hospitalId);
    const lineages = new Set(tables.contracts.filter((c) => c.hospitalId === hospitalId).map((c) => c.rootId));
    expect(contracts).toHaveLength(lineages.size);
    for (const option of contracts) {
      const picked = tables.contracts.find((c) => c.id === option.value)!;
      const newest = Math.max(...tables.contracts.filter((c) => c.rootId === picked.rootId).map((c) => c.versionNo));
      expect(picked.versionNo).toBe(newest);
    }
  });

  it('narrows the tables to the pick, and names a pick that no longer exists', () => {
    const specialty = tables.specialties[0]!;
    const scoped = scopeToTarget(tables, { kind: 'specialties', hospitalId, specialtyId: specialty.id, now: NOW.toISOString() });
    expect(scoped.specialties).toEqual([specialty]);
    expect(scoped.goals).toBe(tables.goals);
    expect(() => scopeToTarget(tables, { kind: 'contracts', hospitalId, contractId: 'gone', now: NOW.toISOString() })).toThrow(
      '所选目标责任书已不存在',
    );
  });
});
