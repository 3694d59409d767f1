import { describe, expect, it } from 'vitest';
import { makeHospital } from '#tests/helpers/factories.ts';
import { assessed, completeHospital, findingsOf, foundationChecks } from '#tests/fixtures/checks-tables.ts';

describe('checks: discipline rules', () => {
  it('a complete hospital has no findings at all', () => {
    expect(foundationChecks(completeHospital())).toEqual([]);
  });

  it('DISC-UNCLASSIFIED: blocks an unclassified discipline, naming it and pointing at its category', () => {
    const tables = completeHospital();
    const draft = assessed({ hospitalId: tables.hospitals[0]!.id, name: '日间手术中心', category: 'UNCLASSIFIED' });
    expect(findingsOf('DISC-UNCLASSIFIED', tables)).toEqual([]);
    expect(findingsOf('DISC-UNCLASSIFIED', { ...tables, disciplines: [...tables.disciplines, draft] })).toEqual([
      {
        ruleId: 'DISC-UNCLASSIFIED',
        severity: 'BLOCKER',
        article: '四.3',
        message: '学科「日间手术中心」尚未分类（基础/平台/优势/重点扶持）',
        target: { table: 'disciplines', id: draft.id, field: 'category' },
        hospitalId: tables.hospitals[0]!.id,
      },
    ]);
  });

  it('DISC-FACTORS-MISSING: warns when a classified discipline lacks any factor score, listing which', () => {
    const tables = completeHospital();
    const d = tables.disciplines[3]!;
    expect(findingsOf('DISC-FACTORS-MISSING', tables)).toEqual([]);
    d.factors = { ...d.factors, industryStanding: { score: null, evidence: '' }, clinicalCapability: { score: null, evidence: '' } };
    const [finding, ...rest] = findingsOf('DISC-FACTORS-MISSING', tables);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'WARNING', article: '四.3', target: { id: d.id, field: 'factors.industryStanding' } });
    expect(finding!.message).toBe('基础学科「儿科」缺少因素评分：行业地位、诊疗能力');
  });

  it('DISC-FACTORS-MISSING: leaves unclassified disciplines to the blocker', () => {
    const hospital = makeHospital();
    const draft = assessed({ hospitalId: hospital.id, category: 'UNCLASSIFIED', factors: completeHospital().disciplines[0]!.factors });
    draft.factors.talentTeam = { score: null, evidence: '' };
    expect(findingsOf('DISC-FACTORS-MISSING', { hospitals: [hospital], disciplines: [draft] })).toEqual([]);
  });

  it('DISC-RATIONALE-MISSING: warns for 优势/重点扶持 without a rationale, not for 基础', () => {
    const tables = completeHospital();
    const [advantage, basic] = tables.disciplines;
    basic!.rationale = '';
    expect(findingsOf('DISC-RATIONALE-MISSING', tables)).toEqual([]);
    advantage!.rationale = '   ';
    const support = assessed({ hospitalId: advantage!.hospitalId, name: '康复医学科', category: 'KEY_SUPPORT', rationale: '' });
    tables.disciplines.push(support);
    expect(findingsOf('DISC-RATIONALE-MISSING', tables).map((f) => [f.message, f.target.field])).toEqual([
      ['优势学科「内科」未填写分类理由', 'rationale'],
      ['重点扶持学科「康复医学科」未填写分类理由', 'rationale'],
    ]);
  });

  it('DISC-DUPLICATE-NAME: flags each later copy within one hospital, ignoring spacing and full-width forms', () => {
    const tables = completeHospital();
    const other = makeHospital({ name: '另一医院' });
    tables.hospitals.push(other);
    tables.disciplines.push(assessed({ hospitalId: other.id, name: '内科' })); // another hospital: fine
    expect(findingsOf('DISC-DUPLICATE-NAME', tables)).toEqual([]);
    const copy = assessed({ hospitalId: tables.hospitals[0]!.id, name: ' 内 科 ', category: 'BASIC' });
    tables.disciplines.push(copy);
    const findings = findingsOf('DISC-DUPLICATE-NAME', tables);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'WARNING', target: { id: copy.id, field: 'name' } });
    expect(findings[0]!.message).toContain('共 2 个');
  });

  it('DISC-HOSPITAL-MISSING: blocks a discipline whose hospital is not there', () => {
    const tables = completeHospital();
    expect(findingsOf('DISC-HOSPITAL-MISSING', tables)).toEqual([]);
    tables.disciplines.push(assessed({ hospitalId: 'gone', name: '孤儿学科' }));
    expect(findingsOf('DISC-HOSPITAL-MISSING', tables).map((f) => [f.severity, f.message, f.hospitalId])).toEqual([
      ['BLOCKER', '学科「孤儿学科」所属医院不存在（编号 gone）', null],
    ]);
  });
});

describe('checks: DISC-PARENT-INVALID', () => {
  function family() {
    const tables = completeHospital();
    const [internal] = tables.disciplines;
    const child = assessed({ hospitalId: internal!.hospitalId, name: '心血管内科', parentId: internal!.id });
    const grandchild = assessed({ hospitalId: internal!.hospitalId, name: '心脏康复组', parentId: child.id });
    tables.disciplines.push(child, grandchild);
    return { tables, internal: internal!, child, grandchild };
  }
  const messages = (tables: ReturnType<typeof family>['tables']) => findingsOf('DISC-PARENT-INVALID', tables).map((f) => f.message);

  it('accepts a valid tree', () => expect(messages(family().tables)).toEqual([]));

  it('blocks a parent that does not exist', () => {
    const { tables, child } = family();
    child.parentId = 'missing-id';
    const findings = findingsOf('DISC-PARENT-INVALID', tables);
    expect(findings.map((f) => f.message)).toEqual(['学科「心血管内科」的上级学科不存在（编号 missing-id）']);
    expect(findings[0]).toMatchObject({ severity: 'BLOCKER', target: { id: child.id, field: 'parentId' } });
  });

  it('blocks a discipline that is its own parent', () => {
    const { tables, child } = family();
    child.parentId = child.id;
    expect(messages(tables)).toEqual(['学科「心血管内科」的上级学科是它自己']);
  });

  it('blocks every member of a cycle, once each, showing the loop', () => {
    const { tables, internal, grandchild } = family();
    internal.parentId = grandchild.id;
    const found = messages(tables);
    expect(found).toHaveLength(3);
    expect(found[0]).toBe('学科「内科」的上级学科形成循环：内科 → 心脏康复组 → 心血管内科 → 内科');
  });

  it('blocks a parent that belongs to another hospital', () => {
    const { tables, child } = family();
    const other = makeHospital({ name: '另一医院' });
    const foreign = assessed({ hospitalId: other.id, name: '内科' });
    tables.hospitals.push(other);
    tables.disciplines.push(foreign);
    child.parentId = foreign.id;
    expect(messages(tables)).toEqual(['学科「心血管内科」的上级学科「内科」属于其他医院']);
  });
});
