import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS, DISCIPLINE_CATEGORIES, TABLE_NAMES, TABLE_SCHEMAS, type AllTables } from '#shared/domain/index.ts';
import { EXPECTED_DISCIPLINES, matchesExpected } from '#shared/checks/index.ts';
import { CITIES, DEMO_HOSPITAL_NAME, DEMO_UNASSESSED_ADVANTAGE, DEMO_UNCLASSIFIED, generateSample } from '#shared/sample/index.ts';

const demo = generateSample({ size: 'demo' });
const large = generateSample({ size: 'large' });

function expectValid(tables: AllTables) {
  for (const table of TABLE_NAMES) {
    for (const [i, row] of tables[table].entries()) {
      const result = TABLE_SCHEMAS[table].safeParse(row);
      expect(result.success, `${table} row ${i}: ${result.error?.message}`).toBe(true);
    }
  }
}

describe('sample: determinism', () => {
  it('gives byte-identical tables for the same seed', () => {
    expect(JSON.stringify(generateSample({ size: 'demo', seed: 42 }))).toBe(JSON.stringify(generateSample({ size: 'demo', seed: 42 })));
    expect(JSON.stringify(generateSample({ size: 'large', seed: 42 }))).toBe(JSON.stringify(generateSample({ size: 'large', seed: 42 })));
  });

  it('gives different ids and people for a different seed, same structure', () => {
    const other = generateSample({ size: 'demo', seed: 43 });
    expect(other.hospitals[0]!.id).not.toBe(demo.hospitals[0]!.id);
    expect(other.disciplines.map((d) => d.head)).not.toEqual(demo.disciplines.map((d) => d.head));
    expect(other.disciplines.map((d) => d.name)).toEqual(demo.disciplines.map((d) => d.name));
  });

  it('varies the province itself with the seed', () => {
    const other = generateSample({ size: 'large', seed: 43 });
    const names = (tables: AllTables) => tables.disciplines.map((d) => d.name).join();
    expect(names(other)).not.toBe(names(large));
    expect(other.hospitals.length).toBe(large.hospitals.length);
  });

  it('defaults to one fixed seed', () => {
    expect(generateSample({ size: 'demo' })).toEqual(demo);
  });

  it('makes UUID-shaped, unique ids', () => {
    const ids = [...large.hospitals, ...large.disciplines].map((r) => r.id);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('sample: demo hospital', () => {
  const hospital = demo.hospitals[0]!;
  const byName = new Map(demo.disciplines.map((d) => [d.name, d]));

  it('is 示例市第一人民医院, a 三级甲等 general hospital of about 2,200 beds in a city medical group', () => {
    expect(demo.hospitals).toHaveLength(1);
    expect(hospital).toMatchObject({ name: DEMO_HOSPITAL_NAME, level: '三级甲等', type: 'GENERAL', province: '示例省', city: '示例市' });
    expect(hospital.beds).toBeGreaterThanOrEqual(2000);
    expect(hospital.beds).toBeLessThanOrEqual(2400);
    expect(hospital.memberships).toContainEqual({ kind: '城市医疗集团', name: '示例市城市医疗集团', role: '牵头单位' });
    expect(hospital.memberships.some((m) => m.kind === '专科联盟')).toBe(true);
  });

  it('has about 40 disciplines across all four categories', () => {
    expect(demo.disciplines.length).toBeGreaterThanOrEqual(36);
    expect(demo.disciplines.length).toBeLessThanOrEqual(45);
    const categories = new Set(demo.disciplines.map((d) => d.category));
    for (const c of DISCIPLINE_CATEGORIES) expect(categories, CATEGORY_LABELS[c]).toContain(c);
    expect(new Set(demo.disciplines.map((d) => d.name)).size).toBe(demo.disciplines.length);
  });

  it('has every basic and platform discipline measure 5 expects', () => {
    for (const expected of EXPECTED_DISCIPLINES) {
      expect(demo.disciplines.some((d) => matchesExpected(d.name, expected)), expected.term).toBe(true);
    }
  });

  it('links sub-disciplines to their parents', () => {
    expect(byName.get('心血管内科')!.parentId).toBe(byName.get('内科')!.id);
    expect(byName.get('骨科')!.parentId).toBe(byName.get('外科')!.id);
  });

  it('assesses classified disciplines: heads, counts, four scored factors with evidence, a rationale', () => {
    const cardiology = byName.get('心血管内科')!;
    expect(cardiology.head).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    expect(cardiology.staffCount).toBeGreaterThan(0);
    expect(cardiology.bedCount).toBeGreaterThan(0);
    for (const factor of Object.values(cardiology.factors)) {
      expect(factor.score).toBeGreaterThanOrEqual(1);
      expect(factor.evidence).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(cardiology.rationale).toContain('1+N');
    const beds = demo.disciplines.reduce((sum, d) => sum + d.bedCount, 0);
    expect(beds).toBeLessThanOrEqual(hospital.beds);
  });

  it('carries the deliberate gaps: one unclassified discipline and one unassessed advantage discipline', () => {
    expect(demo.disciplines.filter((d) => d.category === 'UNCLASSIFIED').map((d) => d.name)).toEqual([DEMO_UNCLASSIFIED]);
    const gap = byName.get(DEMO_UNASSESSED_ADVANTAGE)!;
    expect(gap.category).toBe('ADVANTAGE');
    expect(Object.values(gap.factors).every((f) => f.score === null)).toBe(true);
    expect(gap.rationale).toBe('');
  });

  it('passes the record schemas', () => expectValid(demo));
});

describe('sample: large province', () => {
  it('has about 200 hospitals across 12 cities of 示例省 with about 8,000 disciplines', () => {
    expect(large.hospitals.length).toBeGreaterThanOrEqual(190);
    expect(large.hospitals.length).toBeLessThanOrEqual(210);
    expect(new Set(large.hospitals.map((h) => h.city))).toEqual(new Set(CITIES));
    expect(large.hospitals.every((h) => h.province === '示例省')).toBe(true);
    expect(large.disciplines.length).toBeGreaterThanOrEqual(7500);
    expect(large.disciplines.length).toBeLessThanOrEqual(8500);
  });

  it('mixes levels and types, each hospital with 25–50 disciplines', () => {
    expect(new Set(large.hospitals.map((h) => h.type))).toEqual(new Set(['GENERAL', 'SPECIALIZED', 'TCM']));
    const levels = new Set(large.hospitals.map((h) => h.level));
    expect(levels).toContain('三级甲等');
    expect(levels).toContain('二级甲等');
    const perHospital = new Map<string, number>();
    for (const d of large.disciplines) perHospital.set(d.hospitalId, (perHospital.get(d.hospitalId) ?? 0) + 1);
    for (const h of large.hospitals) {
      expect(perHospital.get(h.id), h.name).toBeGreaterThanOrEqual(25);
      expect(perHospital.get(h.id), h.name).toBeLessThanOrEqual(50);
    }
  });

  it('contains the demo hospital exactly, so the commission view finds it', () => {
    const [first] = large.hospitals;
    expect(first).toEqual(demo.hospitals[0]);
    expect(large.disciplines.filter((d) => d.hospitalId === first!.id)).toEqual(demo.disciplines);
  });

  it('keeps every reference inside the file and inside one hospital', () => {
    const hospitals = new Set(large.hospitals.map((h) => h.id));
    const disciplines = new Map(large.disciplines.map((d) => [d.id, d]));
    for (const d of large.disciplines) {
      expect(hospitals.has(d.hospitalId)).toBe(true);
      if (d.parentId !== null) expect(disciplines.get(d.parentId)?.hospitalId).toBe(d.hospitalId);
    }
  });

  it('passes the record schemas', () => expectValid(large));
});
