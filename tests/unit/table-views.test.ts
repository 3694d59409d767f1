import { describe, expect, it } from 'vitest';
import { budgetTotals, type AllTables } from '#shared/domain/index.ts';
import { NOT_REPORTED, TABLE_VIEW_IDS, buildTableView, type TableView } from '#shared/export/tables/index.ts';
import { DEMO_NO_QC_OFFICER, DEMO_UNCLASSIFIED, generateSample } from '#shared/sample/index.ts';
import { makeDiscipline, makeHospital } from '#tests/helpers/factories.ts';

const demo = generateSample({ size: 'demo' });
const hospitalId = demo.hospitals[0]!.id;
const view = (id: (typeof TABLE_VIEW_IDS)[number], tables: AllTables = demo, specialtyId?: string) =>
  buildTableView(id, tables, specialtyId === undefined ? { hospitalId } : { hospitalId, specialtyId });
const all = TABLE_VIEW_IDS.map((id) => view(id));
const column = (v: TableView, label: string) => {
  const col = v.columns.find((c) => c.label === label);
  if (!col) throw new Error(`${v.title} has no column ${label}`);
  return v.rows.map((r) => r[col.key]);
};

/** Text a number column may hold instead of a number: a missing value says why it is missing. */
const NUMBER_PLACEHOLDERS = new Set([NOT_REPORTED, '未评估', '未定', '合计', '待定性评分', '缺年度目标']);

describe('table views of the demo hospital', () => {
  it('builds every registered view with a sheet-safe, unique Chinese title', () => {
    expect(TABLE_VIEW_IDS).toHaveLength(16);
    for (const v of all) {
      expect(v.title.length, v.id).toBeLessThanOrEqual(31);
      expect(v.title).not.toMatch(/[\\/?*[\]:]/);
      expect(v.title).toMatch(/\p{Script=Han}/u);
      expect(v.rows.length, v.id).toBeGreaterThan(0);
    }
    expect(new Set(all.map((v) => v.title)).size).toBe(all.length);
  });

  it('gives each row exactly its columns, numbers as numbers, dates as YYYY-MM-DD and enum values from the options', () => {
    for (const v of all) {
      const keys = v.columns.map((c) => c.key);
      expect(new Set(keys).size, v.id).toBe(keys.length);
      for (const row of v.rows) {
        expect(Object.keys(row).sort(), v.id).toEqual([...keys].sort());
        for (const col of v.columns) {
          const value = row[col.key];
          if (value === null || value === undefined) continue;
          const where = `${v.title}.${col.label} = ${String(value)}`;
          if (col.kind === 'date') expect(value, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          else if (col.kind !== 'text') expect(typeof value === 'number' || NUMBER_PLACEHOLDERS.has(value), where).toBe(true);
          if (col.options && value !== '') expect(col.options, where).toContain(value);
        }
      }
    }
  });

  it('shows enum values as their Chinese labels, never the stored keys', () => {
    expect(new Set(column(view('specialties'), '专科类型'))).toEqual(new Set(['优势专科', '特色专科']));
    expect(column(view('disciplines'), '学科类别')).toContain('重点扶持学科');
    expect(column(view('milestones'), '状态')).toContain('已完成');
    expect(new Set(column(view('contracts'), '状态'))).toEqual(new Set(['草稿', '审核中', '已签署', '执行中', '已考核', '已终止']));
    const storedKeys = /^(ADVANTAGE|FEATURE|DRAFT|PLANNED|BLOCKER|UP|DOWN|OTHER|GENERAL|LEADING)$/;
    for (const v of all) for (const row of v.rows) for (const value of Object.values(row)) expect(String(value)).not.toMatch(storedKeys);
  });

  it('marks the deliberate gaps of the demo: no 质控专员, an unclassified discipline, the readiness findings', () => {
    const specialties = view('specialties');
    const officer = specialties.rows.find((r) => r.name === DEMO_NO_QC_OFFICER)!;
    expect(officer.qcOfficer).toBe('未设置');
    const unclassified = view('disciplines').rows.find((r) => r.name === DEMO_UNCLASSIFIED)!;
    expect(unclassified.category).toBe('未分类');
    const readiness = view('readiness');
    expect(column(readiness, '规则')).toEqual(['DISC-UNCLASSIFIED', 'SPEC-NO-QC-OFFICER', 'DISC-FACTORS-MISSING', 'DISC-RATIONALE-MISSING', 'CONTRACT-WEIGHTS']);
    expect(column(readiness, '严重程度').slice(0, 2)).toEqual(['阻断', '阻断']);
  });

  it('lists disciplines parent first, and never shows an unscored factor as 0', () => {
    const names = column(view('disciplines'), '学科名称');
    expect(names.indexOf('内科')).toBeLessThan(names.indexOf('心血管内科'));
    const scores = view('disciplines').columns.filter((c) => c.label.endsWith('评分'));
    expect(scores).toHaveLength(4);
    const unscored = view('disciplines').rows.find((r) => r.name === DEMO_UNCLASSIFIED)!;
    for (const c of scores) expect(unscored[c.key]).not.toBe(0);
  });

  it('adds the budget up to the plan figure, per year and in a 合计 row', () => {
    const totals = view('budgetTotals');
    const last = totals.rows.at(-1)!;
    expect(last.year).toBe('合计');
    expect(last.total).toBe(budgetTotals(demo.resourceNeeds).total);
    const years = totals.rows.slice(0, -1).map((r) => r.total as number);
    expect(years.reduce((a, b) => a + b, 0)).toBeCloseTo(last.total as number, 4);
  });

  it('writes 未填报 for a QC indicator not yet observed and for a contract year with missing actuals, never 0', () => {
    const tables: AllTables = { ...demo, qcIndicators: demo.qcIndicators.map((q, i) => (i === 0 ? { ...q, observations: [] } : q)) };
    const first = view('qcIndicators', tables).rows.find((r) => r.name === demo.qcIndicators[0]!.name)!;
    expect(first.observed).toBe(NOT_REPORTED);
    expect(first.status).toBe('未填报');

    const assessments = view('contractAssessments');
    const incomplete = assessments.rows.filter((r) => (r.missing as number) > 0);
    expect(incomplete.length).toBeGreaterThan(0);
    for (const r of incomplete) {
      expect(r.total).toBe(NOT_REPORTED);
      expect(r.grade).toBe(NOT_REPORTED);
    }
    const graded = assessments.rows.filter((r) => typeof r.total === 'number');
    expect(graded.length).toBeGreaterThan(0);
    for (const r of graded) expect(['优秀', '良好', '合格', '不合格']).toContain(r.grade);
  });

  it('gives the grassroots table one column per planned year and the plan total', () => {
    const v = view('grassrootsActivities');
    const yearCols = v.columns.filter((c) => /^\d{4}年计划$/.test(c.label));
    expect(yearCols.length).toBeGreaterThanOrEqual(3);
    for (const row of v.rows) {
      const sum = yearCols.reduce((s, c) => s + ((row[c.key] as number | null) ?? 0), 0);
      expect(row.total).toBe(sum);
    }
  });

  it('narrows the specialty tables to one specialty for its task sheet', () => {
    const specialty = demo.specialties[0]!;
    for (const id of ['specialties', 'coreDiseases', 'goals', 'resourceNeeds', 'milestones', 'qcIndicators'] as const) {
      const v = view(id, demo, specialty.id);
      expect(v.rows.length, id).toBeGreaterThan(0);
      const names = id === 'specialties' ? column(v, '专科名称') : column(v, '专科');
      expect(new Set(names), id).toEqual(new Set([specialty.name]));
    }
    const needs = demo.resourceNeeds.filter((n) => n.specialtyId === specialty.id);
    expect(view('budgetTotals', demo, specialty.id).rows.at(-1)!.total).toBe(budgetTotals(needs).total);
  });

  it('shows only the scoped hospital’s rows when the tables hold several hospitals', () => {
    const other = makeHospital({ name: '另一家医院' });
    const tables: AllTables = { ...demo, hospitals: [...demo.hospitals, other], disciplines: [...demo.disciplines, makeDiscipline({ hospitalId: other.id, name: '别院学科' })] };
    expect(column(view('hospitals', tables), '医院名称')).toEqual([demo.hospitals[0]!.name]);
    expect(column(view('disciplines', tables), '学科名称')).not.toContain('别院学科');
    expect(buildTableView('disciplines', tables, { hospitalId: other.id }).rows.map((r) => r.name)).toEqual(['别院学科']);
  });
});
