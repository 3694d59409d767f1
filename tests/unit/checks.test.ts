import { describe, expect, it } from 'vitest';
import { RULES, SEVERITIES, createRegistry, defineRule, describeReferences, referencesTo, runChecks } from '#shared/checks/index.ts';
import { findArticle } from '#shared/policy-text/index.ts';
import { DEMO_NO_QC_OFFICER, DEMO_UNCLASSIFIED, generateSample } from '#shared/sample/index.ts';
import { makeHospital, makeTables } from '#tests/helpers/factories.ts';
import { assessed, completeHospital, foundationChecks } from '#tests/fixtures/checks-tables.ts';

describe('checks: registry', () => {
  it('gives every rule an id, a severity, an article of the guidance and a Chinese title', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[A-Z]+(-[A-Z0-9]+)+$/);
      expect(SEVERITIES).toContain(rule.severity);
      expect(findArticle(rule.article), `${rule.id} cites ${rule.article}`).toBeDefined();
      expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('refuses an id registered twice', () => {
    const rule = defineRule({ id: 'X-ONE', severity: 'INFO', article: '四.3', title: '测试', check: () => undefined });
    expect(() => createRegistry([rule], [rule])).toThrow("Readiness rule 'X-ONE' is registered twice");
    expect(() => createRegistry(RULES, [RULES[0]!])).toThrow(/registered twice/);
  });
});

describe('checks: runChecks', () => {
  it('sorts BLOCKER, then WARNING, then INFO', () => {
    const tables = completeHospital(['内科']); // missing expected ones: WARNING
    tables.disciplines[0]!.category = 'BASIC'; // no lead: INFO
    tables.disciplines.push(assessed({ hospitalId: tables.hospitals[0]!.id, name: '日间手术中心', category: 'UNCLASSIFIED' }));
    const severities = foundationChecks(tables).map((f) => f.severity);
    expect(new Set(severities)).toEqual(new Set(SEVERITIES));
    expect(severities).toEqual([...severities].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b)));
  });

  it('limits findings to one hospital when asked', () => {
    const first = completeHospital();
    const other = makeHospital({ name: '另一医院' });
    const tables = { hospitals: [...first.hospitals, other], disciplines: first.disciplines };
    expect(foundationChecks(tables).some((f) => f.hospitalId === other.id)).toBe(true);
    expect(foundationChecks(tables, { hospitalId: first.hospitals[0]!.id })).toEqual([]);
    expect(foundationChecks(tables, { hospitalId: other.id }).every((f) => f.hospitalId === other.id)).toBe(true);
  });

  it('sees edits made between two runs on the same tables object', () => {
    const tables = completeHospital();
    expect(foundationChecks(tables)).toEqual([]);
    tables.disciplines.push(assessed({ hospitalId: tables.hospitals[0]!.id, name: '内科' }));
    expect(foundationChecks(tables).map((f) => f.ruleId)).toEqual(['DISC-DUPLICATE-NAME']);
  });

  it('reports exactly the demo hospital’s deliberate gaps', () => {
    expect(foundationChecks(generateSample({ size: 'demo' })).map((f) => `${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      `BLOCKER DISC-UNCLASSIFIED 学科「${DEMO_UNCLASSIFIED}」尚未分类（基础/平台/优势/重点扶持）`,
      'WARNING DISC-FACTORS-MISSING 优势学科「神经外科」缺少因素评分：发展水平、行业地位、人才队伍、诊疗能力',
      'WARNING DISC-RATIONALE-MISSING 优势学科「神经外科」未填写分类理由',
    ]);
  });

  it('reports the demo’s deliberate specialty gap and nothing else about its specialties and plan', () => {
    const findings = runChecks(generateSample({ size: 'demo' }));
    expect(findings.filter((f) => f.ruleId.startsWith('SPEC-')).map((f) => `${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      `BLOCKER SPEC-NO-QC-OFFICER 专科「${DEMO_NO_QC_OFFICER}」尚未设置质控专员（四.11）`,
    ]);
    expect(findings.map((f) => f.ruleId)).toEqual([
      'DISC-UNCLASSIFIED',
      'SPEC-NO-QC-OFFICER',
      'DISC-FACTORS-MISSING',
      'DISC-RATIONALE-MISSING',
      'CONTRACT-WEIGHTS',
    ]);
  });

  it('runs over the province sample with findings on its deliberate gaps and none on integrity', () => {
    const findings = foundationChecks(generateSample({ size: 'large' }));
    const rules = new Set(findings.map((f) => f.ruleId));
    for (const id of ['DISC-UNCLASSIFIED', 'HOSP-BASIC-MISSING', 'HOSP-PLATFORM-MISSING', 'HOSP-NO-LEAD-DISCIPLINE']) expect(rules).toContain(id);
    for (const id of ['DISC-PARENT-INVALID', 'DISC-HOSPITAL-MISSING', 'DISC-DUPLICATE-NAME']) expect(rules).not.toContain(id);
  });
});

describe('checks: referencesTo', () => {
  const tables = makeTables(completeHospital());
  const [internal, surgery] = tables.disciplines;
  const children = ['心血管内科', '消化内科', '肾内科'].map((name) => assessed({ hospitalId: internal!.hospitalId, name, parentId: internal!.id }));
  tables.disciplines.push(...children);

  it('lists the child disciplines of a discipline', () => {
    const refs = referencesTo(tables, 'disciplines', internal!.id);
    expect(refs.map((r) => [r.table, r.id, r.field, r.name])).toEqual(children.map((c) => ['disciplines', c.id, 'parentId', c.name]));
    expect(describeReferences(refs)).toBe('被 3 个下级学科引用');
  });

  it('lists nothing for a leaf, and a self-reference does not block deleting it', () => {
    expect(referencesTo(tables, 'disciplines', surgery!.id)).toEqual([]);
    const loop = assessed({ hospitalId: internal!.hospitalId, name: '自环', parentId: 'self' });
    loop.parentId = loop.id;
    expect(referencesTo({ ...tables, disciplines: [loop] }, 'disciplines', loop.id)).toEqual([]);
    expect(describeReferences([])).toBe('');
  });

  it('lists the disciplines of a hospital', () => {
    const refs = referencesTo(tables, 'hospitals', tables.hospitals[0]!.id);
    expect(refs).toHaveLength(tables.disciplines.length);
    expect(describeReferences(refs)).toBe(`被 ${tables.disciplines.length} 个学科引用`);
  });
});
