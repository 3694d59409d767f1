import { describe, expect, it } from 'vitest';
import { EXPECTED_DISCIPLINES, expectsMeasure5, matchesExpected } from '#shared/checks/index.ts';
import { makeHospital } from '#tests/helpers/factories.ts';
import { assessed, completeHospital, findingsOf } from '#tests/fixtures/checks-tables.ts';

const ALL_EXPECTED = ['内科', '外科', '妇产科', '儿科', '急诊医学科', '精神科', '麻醉科', '医学影像科', '检验科', '重症医学科', '病理科'];

describe('checks: measure 5 expected disciplines', () => {
  it('HOSP-BASIC-MISSING: one warning per missing basic discipline, on the hospital', () => {
    expect(findingsOf('HOSP-BASIC-MISSING', completeHospital())).toEqual([]);
    const tables = completeHospital(ALL_EXPECTED.filter((n) => n !== '精神科' && n !== '急诊医学科'));
    const findings = findingsOf('HOSP-BASIC-MISSING', tables);
    expect(findings.map((f) => f.message)).toEqual([
      '示例医院缺少基础学科「急诊医学科」（二级以上综合医院应具备）',
      '示例医院缺少基础学科「精神科」（二级以上综合医院应具备）',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'WARNING', article: '四.5', target: { table: 'hospitals', id: tables.hospitals[0]!.id } });
  });

  it('HOSP-PLATFORM-MISSING: one warning per missing platform discipline', () => {
    expect(findingsOf('HOSP-PLATFORM-MISSING', completeHospital())).toEqual([]);
    const tables = completeHospital(ALL_EXPECTED.filter((n) => n !== '病理科'));
    expect(findingsOf('HOSP-PLATFORM-MISSING', tables).map((f) => [f.severity, f.article, f.message])).toEqual([
      ['WARNING', '四.5', '示例医院缺少平台学科「病理科」（二级以上综合医院应具备）'],
    ]);
  });

  it('matches the names hospitals really use, sub-disciplines included', () => {
    const names = ['心血管内科', '普通外科', '产科', '新生儿科', '急诊科', '心理卫生科', '麻醉科', '放射科', '医学检验科', 'ICU', '病理科'];
    expect(findingsOf('HOSP-BASIC-MISSING', completeHospital(names))).toEqual([]);
    expect(findingsOf('HOSP-PLATFORM-MISSING', completeHospital(names))).toEqual([]);
    const radiotherapy = EXPECTED_DISCIPLINES.find((e) => e.term === '影像')!;
    expect(matchesExpected('放射治疗科', radiotherapy)).toBe(false); // radiotherapy is not imaging
  });

  it('applies only to general hospitals graded 二级 or 三级', () => {
    const bare = (overrides: Parameters<typeof makeHospital>[0]) => ({ hospitals: [makeHospital(overrides)], disciplines: [] });
    expect(findingsOf('HOSP-BASIC-MISSING', bare({ type: 'GENERAL', level: '二级' }))).toHaveLength(6);
    expect(findingsOf('HOSP-BASIC-MISSING', bare({ type: 'SPECIALIZED' }))).toEqual([]);
    expect(findingsOf('HOSP-BASIC-MISSING', bare({ type: 'TCM' }))).toEqual([]);
    expect(findingsOf('HOSP-PLATFORM-MISSING', bare({ type: 'GENERAL', level: '一级' }))).toEqual([]);
    expect(expectsMeasure5(makeHospital({ level: '未定级' }))).toBe(false);
  });
});

describe('checks: hospital profile and 1+N lead', () => {
  it('HOSP-PROFILE-INCOMPLETE: lists what is missing and points at the first field', () => {
    expect(findingsOf('HOSP-PROFILE-INCOMPLETE', completeHospital())).toEqual([]);
    const tables = completeHospital();
    Object.assign(tables.hospitals[0]!, { level: '未定级', beds: 0 });
    const findings = findingsOf('HOSP-PROFILE-INCOMPLETE', tables);
    expect(findings.map((f) => [f.severity, f.message, f.target.field])).toEqual([
      ['WARNING', '医院「示例医院」基本信息不完整：医院等级、编制床位数', 'level'],
    ]);
  });

  it('HOSP-NO-LEAD-DISCIPLINE: an INFO when no discipline is 优势 or 重点扶持', () => {
    const tables = completeHospital();
    expect(findingsOf('HOSP-NO-LEAD-DISCIPLINE', tables)).toEqual([]);
    tables.disciplines[0]!.category = 'BASIC';
    expect(findingsOf('HOSP-NO-LEAD-DISCIPLINE', tables).map((f) => [f.severity, f.article, f.message])).toEqual([
      ['INFO', '四.6', '示例医院尚无优势学科或重点扶持学科，无法牵头组建“1+N”学科群（四.4、四.6）'],
    ]);
    tables.disciplines.push(assessed({ hospitalId: tables.hospitals[0]!.id, name: '康复医学科', category: 'KEY_SUPPORT' }));
    expect(findingsOf('HOSP-NO-LEAD-DISCIPLINE', tables)).toEqual([]);
  });
});
