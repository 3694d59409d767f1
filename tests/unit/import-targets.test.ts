import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraftContract, createTarget, describeRule, type ContractTarget } from '#shared/domain/index.ts';
import { analyzeSheet, buildReport, headerYear, issueLine, pickSheet, placeImportedTargets, readImportFile, targetImportRefusal, targetImportSpec } from '#shared/import/index.ts';
import { GOOD_TARGETS, officeTargetWorkbook, simpleWorkbook, type TargetLine } from '#tests/helpers/import-files.ts';

const TERM = { start: '2027-01-01', end: '2031-12-31' };
const spec = targetImportSpec(TERM);

async function reportFor(bytes: Uint8Array, name = '考核指标.xlsx') {
  const source = await readImportFile(name, bytes);
  const sheet = source.sheets[pickSheet(source.sheets, spec.fields)]!;
  const analysis = analyzeSheet(sheet, spec)!;
  let n = 0;
  const ctx = { contract: { id: 'c1', term: TERM }, at: '2026-10-08T08:00:00.000Z', newId: () => `t${++n}` };
  return { source, sheet, analysis, report: buildReport(spec, sheet, analysis.layout, analysis.mapping, ctx) };
}

const HEADER = ['指标名称', '维度', '单位', '方向', '基线年份', '基线值', '2027年目标', '2028年目标', '2029年目标', '2030年目标', '2031年目标', '权重', '计分方式', '计分参数'];
const flat = (rows: (string | number)[][], header = HEADER) => simpleWorkbook(header, rows);
const goals = (t: ContractTarget) => t.annualTargets.map((g) => (g.kind === 'VALUE' ? g.value : `${g.min}–${g.max}`));

describe('importing a draft contract’s targets', () => {
  it('reads an office sheet: two-level header under a merged title, years as columns, 合计 and note rows skipped', async () => {
    const { sheet, analysis, report } = await reportFor(await officeTargetWorkbook());
    expect(sheet.name).toBe('考核指标');
    expect(analysis.layout.headerRows).toEqual([2, 3]);
    expect(analysis.layout.dataStart).toBe(4);
    expect(analysis.layout.columns.slice(5, 9).map((c) => c.label)).toEqual(['基线 / 年份', '基线 / 数值', '年度目标 / 2027年', '年度目标 / 2028年']);
    expect(analysis.fields.map((f) => f.label)).toEqual([
      '指标名称', '维度', '单位', '方向', '指标定义', '基线年份', '基线值',
      '2027 年目标', '2028 年目标', '2029 年目标', '2030 年目标', '2031 年目标', '权重', '计分方式', '计分参数',
    ]);
    expect(analysis.mapping).toMatchObject({ kpi: 1, dimension: 2, unit: 3, direction: 4, baselineYear: 5, baselineValue: 6, y2027: 7, y2031: 11, weight: 12, rule: 13, ruleParams: 14, definition: null });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.skipped.map((s) => s.row)).toEqual([12, 13]);
    expect(report.good.map((g) => g.row)).toEqual([5, 6, 7, 8, 9, 10, 11]);
  });

  it('matches KPIs by catalogue name or id, keeps unknown names as custom KPIs, reads text numbers and percent cells', async () => {
    const { report } = await reportFor(await officeTargetWorkbook());
    const [discharges, grade3, stay, custom, cmi, culture, veto] = report.good.map((g) => g.value);
    expect(discharges).toMatchObject({ kpiId: 'discharges', name: '出院人次', baseline: { year: 2026, value: 3200 }, weight: 20, rule: { kind: 'PROPORTIONAL', cap: 1.2 } });
    expect(goals(discharges!)).toEqual([3300, 3400, 3500, 3600, 3700]);
    expect(grade3).toMatchObject({ kpiId: 'grade3-surgery-ratio', unit: '%', baseline: { year: 2026, value: 45 } });
    expect(goals(grade3!)).toEqual([46, 47, 48, 49, 50]);
    expect(stay!.rule).toEqual({ kind: 'TIERED', basis: 'VALUE', tiers: [{ from: null, to: 12, share: 1 }, { from: 12, to: 13, share: 0.6 }, { from: 13, to: null, share: 0 }] });
    expect(custom).toMatchObject({ kpiId: null, name: '康复治疗有效率', dimension: 'SERVICE', unit: '%', direction: 'UP', weight: 20, rule: { kind: 'THRESHOLD' } });
    expect(goals(custom!)).toEqual([86, 87, 88, 89, 90]);
    expect(cmi).toMatchObject({ kpiId: 'cmi', name: '病例组合指数 CMI', dimension: 'SERVICE', direction: 'UP' });
    expect(culture).toMatchObject({ kpiId: null, rule: { kind: 'QUALITATIVE' }, annualTargets: [], baseline: { year: 2026, value: null } });
    expect(veto).toMatchObject({ kpiId: null, unit: '起', direction: 'DOWN', weight: 0, rule: { kind: 'VETO' }, annualTargets: [] });
    expect(report.good.map((g) => [g.value.id, g.value.key, g.value.contractId, g.value.order])).toEqual(
      report.good.map((_, i) => [`t${i + 1}`, `t${i + 1}`, 'c1', i]),
    );
  });

  it('reports each bad cell with its row, column, value and the contract’s own Chinese message', async () => {
    const { report } = await reportFor(await flat([
      ['出院人次', '', '人次', '↑', '', '3200', 3300, '约3500', 3500, 3600, 3700, 20, '比例计分', ''],
      ['门诊随访率', '', '%', '不详', 2026, 60, 61, 62, 63, 64, 65, '二十', '加分制', ''],
      ['平均住院日', '效率', '天', '↑', 2028, 12, 12, 11.8, 11.6, 11.4, 11.2, 120, '达标计分', ''],
      ['床位使用率', '效率', '%', '监测', 2026, 90, 90, '85%–93%', '85–93', '85–93', '85–93', 10, '达标计分', ''],
      ['医疗纠纷', '医疗质量安全', '起', '↓', 2026, 0, '', '', '', '', '', 5, '一票否决', ''],
      ['出院人次', '医疗服务能力', '万人次', '↑', 2026, 0.32, 0.33, 0.34, 0.35, 0.36, 0.37, 10, '达标计分', ''],
      ['新技术新项目数', '', '项', '', 2026, 2, 0, 3, 3, 4, 4, 10, '比例计分', ''],
      ['三级手术比例', '', '', '', 2026, '45%', '46%', '47%', '48%', '49%', '50%', 10, '分档计分', '90分以上:满分'],
      ['三级手术比例', '', '', '', 2026, '45%', '46%', '47%', '48%', '49%', '50%', 10, '达标计分', ''],
    ]));
    expect(report.errors.map(issueLine)).toEqual([
      '第 2 行 H 列（2028 年目标）「约3500」：2028 年目标应为数字，监测指标可写区间如 80–90（输入的是「约3500」）',
      '第 2 行 E 列（基线年份）「」：指标「出院人次」缺少基线年份',
      '第 3 行 B 列（维度）「」：自定义指标「门诊随访率」须填写维度：医疗服务能力、医疗技术水平、医疗质量安全、效率、人才与科研、基层帮扶、患者体验',
      '第 3 行 D 列（方向）「不详」：无法识别的指标方向，应为 ↑（正向）、↓（逆向）或 监测',
      '第 3 行 M 列（计分方式）「加分制」：无法识别的计分方式，应为 达标计分、比例计分、分档计分、定性评价、一票否决',
      '第 3 行 L 列（权重）「二十」：权重应为数字（输入的是「二十」）',
      '第 4 行 L 列（权重）「120」：权重不能超过 100',
      '第 4 行 E 列（基线年份）「2028」：指标「平均住院日」的基线年份 2028 晚于任期开始年份 2027',
      '第 4 行 D 列（方向）「↑」：指标「平均住院日」的方向（↑）与指标库（↓）不一致',
      '第 5 行 G 列（2027 年目标）「90」：监测指标「床位使用率」的 2027 年目标应为区间（下限–上限）',
      '第 6 行 L 列（权重）「5」：一票否决指标「医疗纠纷」不计权重，权重应为 0（当前 5）',
      '第 7 行 C 列（单位）「万人次」：单位与指标库不一致（指标库为「人次」）；请按指标库的单位填写数值，或改用自定义指标名称',
      '第 7 行 A 列（指标名称）「出院人次」：与第 2 行是同一指标',
      '第 8 行 G 列（2027 年目标）「0」：指标「新技术新项目数」按比例计分，但 2027 年目标为 0，无法计算完成比例；请修改目标或改用达标计分',
      '第 9 行 N 列（计分参数）「90分以上:满分」：无法识别档位「90分以上」，如「≥90:100%；80–90:60%；<80:0」',
      '第 10 行 A 列（指标名称）「三级手术比例」：与第 9 行是同一指标',
    ]);
    expect(report.errorRows).toBe(9);
    expect(report.good).toEqual([]);
  });

  it('reads monitor ranges, tiers by completion rate as the app writes them, and years outside the term', async () => {
    const tiered = { kind: 'TIERED' as const, basis: 'ATTAINMENT' as const, tiers: [{ from: null, to: 80, share: 0 }, { from: 80, to: 100, share: 0.6 }, { from: 100, to: null, share: 1 }] };
    const { report } = await reportFor(await flat([
      ['床位使用率', '效率', '%', '监测', 2026, 90, '85%–93%', '85~93', '85-93', '85至93', '85–93', 10, '达标计分', ''],
      ['出院患者手术占比', '', '%', '', 2026, 30, 31, 32, 33, 34, 35, 85, describeRule(tiered, '%'), ''],
      ['MDT开展例数', '', '例', '', 2026, 40, 45, '', 50, 55, 60, 5, '达标计分', ''],
      ['论文数', '', '篇', '', 2026, 4, 4, 5, 5, 6, 6, 0, '达标计分', ''],
    ]));
    expect(report.errors.map(issueLine)).toEqual([
      '第 5 行 L 列（权重）「0」：指标「论文数」权重为 0，计分指标的权重应大于 0',
    ]);
    expect(goals(report.good[0]!.value)).toEqual(['85–93', '85–93', '85–93', '85–93', '85–93']);
    expect(report.good[1]!.value.rule).toEqual(tiered);
    expect(report.warnings.map(issueLine)).toEqual([
      '第 4 行 A 列（指标名称）「MDT开展例数」：指标「MDT开展例数」缺少 2028 年目标，可导入后在指标表中补填',
    ]);

    const outside = await reportFor(await flat([['出院人次', '', '', '', 2026, 3200, 3300, 3400, 3500, 3600, 3700, 3800, 100, '']], [...HEADER.slice(0, 11), '2032年目标', '权重', '计分方式']));
    expect(outside.analysis.fields.map((f) => f.label)).toContain('2032 年目标');
    expect(outside.report.errors.map(issueLine)).toEqual(['第 2 行 L 列（2032 年目标）「3800」：指标「出院人次」的 2032 年目标超出任期（2027–2031 年）']);
  });

  it('recognises year headers as offices write them, and not baselines or notes that mention a year', () => {
    expect(['2027', '2027年', '2027年度目标值', '目标值（2027年）', '2027年目标（%）', '年度目标 / 2027', '第一年（2027）'].map(headerYear)).toEqual(Array(7).fill(2027));
    expect(['2026年基线值', '备注（2024年修订）', '2025年实际完成', '基线年份', '权重'].map(headerYear)).toEqual([null, null, null, null, null]);
  });

  it('a GBK CSV with a two-level header: detected, decoded, the bad cell reported', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/import/targets-gbk.csv', import.meta.url)));
    const { source, analysis, report } = await reportFor(bytes, '考核指标.csv');
    expect(source.encoding).toBe('gb18030');
    expect(analysis.layout.headerRows).toEqual([1, 2]);
    expect(analysis.layout.columns[7]!.label).toBe('年度目标 / 2028');
    expect(report.good.map((g) => [g.value.name, g.value.rule])).toEqual([
      ['出院人次', { kind: 'PROPORTIONAL', cap: 1.2 }],
      ['康复治疗有效率', { kind: 'THRESHOLD' }],
    ]);
    expect(report.errors.map(issueLine)).toEqual(['第 5 行 K 列（2031 年目标）「十一点五」：2031 年目标应为数字，监测指标可写区间如 80–90（输入的是「十一点五」）']);
    expect(report.skipped).toEqual([{ row: 7, text: '合计' }]);
  });

  it('without a 计分方式 column every line is 达标计分; a remembered header layout is one per file shape', async () => {
    const lines: TargetLine[] = GOOD_TARGETS.slice(0, 2);
    const { report, analysis } = await reportFor(await flat([['出院人次', '', '', '', 2026, 1, 2, 3, 4, 5, 6, 100]], HEADER.slice(0, 12)));
    expect(report.good[0]!.value.rule).toEqual({ kind: 'THRESHOLD' });
    expect(analysis.layoutKey).toMatch(/^targets:[0-9a-f]{8}$/);
    const office = await reportFor(await officeTargetWorkbook(lines));
    expect(office.analysis.layoutKey).not.toBe(analysis.layoutKey);
  });
});

describe('placing imported targets in the draft', () => {
  const AT = '2026-10-08T08:00:00.000Z';
  const line = (id: string, kpi: Parameters<typeof createTarget>[0]['kpi'], order: number) =>
    createTarget({ id, contractId: 'c1', order, at: AT, kpi, weight: 10, rule: { kind: 'THRESHOLD' } });
  const existing = [line('old-1', 'discharges', 0), line('old-2', { name: '康复治疗有效率', dimension: 'SERVICE', unit: '%', direction: 'UP', definition: '' }, 3)];
  existing[0]!.key = 'line-discharges';
  const imported = [line('new-1', 'cmi', 0), line('new-2', 'discharges', 1)];

  it('replace: the old lines go, except that a line for the same KPI keeps its id and key', () => {
    const { save, remove } = placeImportedTargets(existing, imported, 'replace');
    expect(save.map((t) => [t.id, t.key, t.kpiId, t.order])).toEqual([['new-1', 'new-1', 'cmi', 0], ['old-1', 'line-discharges', 'discharges', 1]]);
    expect(remove).toEqual(['old-2']);
  });

  it('append: the new lines are numbered after the existing ones, nothing is removed', () => {
    const { save, remove } = placeImportedTargets(existing, imported, 'append');
    expect(save.map((t) => [t.id, t.order])).toEqual([['new-1', 4], ['new-2', 5]]);
    expect(remove).toEqual([]);
  });

  it('only a draft takes an import: review and signed contracts are refused with the reason', () => {
    const draft = createDraftContract({ id: 'c1', hospitalId: 'h1', title: '责任书', hospitalSide: '院长', director: { name: '李' }, unit: { kind: 'DISCIPLINE', id: 'd1' }, selectionMode: 'COMPETITION', term: TERM, by: 'x', at: AT });
    expect(targetImportRefusal(draft)).toBeNull();
    expect(targetImportRefusal({ ...draft, status: 'UNDER_REVIEW' })?.message).toBe('责任书审核中，只有草稿可以导入指标；如需修改请先退回草稿');
    expect(targetImportRefusal({ ...draft, status: 'SIGNED' })?.message).toBe('责任书已签署，不能修改；请通过补充协议变更');
    expect(targetImportRefusal({ ...draft, status: 'ASSESSED' })?.message).toBe('责任书已完成任期考核，不能修改');
  });
});
