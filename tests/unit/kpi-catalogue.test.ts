import { describe, expect, it } from 'vitest';
import {
  CustomKpiSchema,
  DIMENSION_LABELS,
  KPI_BY_ID,
  KPI_CATALOGUE,
  KpiCatalogueEntrySchema,
  findKpi,
} from '#shared/domain/kpi/index.ts';

/** domain.md's catalogue, dimension by dimension, in its order and wording. */
const DOMAIN_MD: Record<string, string[]> = {
  医疗服务能力: ['门急诊人次', '出院人次', 'DRG组数', '病例组合指数 CMI', '总权重', 'DRG入组率', '疑难危重病例比例', 'MDT开展例数', '日间手术占择期手术比例', '下转患者人次'],
  医疗技术水平: ['出院患者手术占比', '三级手术比例', '出院患者四级手术比例', '微创手术占比', '新技术新项目数', '限制类技术开展例数'],
  医疗质量安全: ['低风险组病例死亡率', '手术患者并发症发生率', 'I类切口手术部位感染率', '非计划重返手术室再手术率', '住院患者31天内非计划再入院率', '单病种质控指标达标率', '病案首页主要诊断编码正确率', '抗菌药物使用强度 DDDs'],
  效率: ['平均住院日', '时间消耗指数', '费用消耗指数', '床位使用率'],
  人才与科研: ['高级职称占比', '博士学位占比', '医护比', '引进/培养高层次人才数', '住院医师首次参加医师资格考试通过率', '每百名卫生技术人员科研项目经费', '论文数', '成果转化金额/专利数'],
  基层帮扶: ['下沉人员人次', '远程会诊例数', '巡诊次数', '培训基层人员人次'],
  患者体验: ['门诊患者满意度', '住院患者满意度'],
};

const byName = (name: string) => KPI_CATALOGUE.find((k) => k.name === name)!;

describe('KPI catalogue', () => {
  it('holds exactly the indicators of domain.md, with its wording, under its dimensions', () => {
    const actual: Record<string, string[]> = {};
    for (const k of KPI_CATALOGUE) (actual[DIMENSION_LABELS[k.dimension]] ??= []).push(k.name);
    expect(actual).toEqual(DOMAIN_MD);
  });

  it('every entry passes its schema; ids and names are unique; lookups find each entry', () => {
    for (const k of KPI_CATALOGUE) expect(KpiCatalogueEntrySchema.parse(k)).toEqual(k);
    expect(new Set(KPI_CATALOGUE.map((k) => k.id)).size).toBe(KPI_CATALOGUE.length);
    expect(new Set(KPI_CATALOGUE.map((k) => k.name)).size).toBe(KPI_CATALOGUE.length);
    for (const k of KPI_CATALOGUE) expect(findKpi(k.id)).toBe(k);
    expect(KPI_BY_ID.size).toBe(KPI_CATALOGUE.length);
    expect(findKpi('no-such-kpi')).toBeUndefined();
  });

  it('directions follow domain.md: monitor only for the three range indicators, ↓ for rates of harm and efficiency', () => {
    expect(KPI_CATALOGUE.filter((k) => k.direction === 'MONITOR').map((k) => k.name)).toEqual(['日间手术占择期手术比例', '床位使用率', '医护比']);
    expect(KPI_CATALOGUE.filter((k) => k.direction === 'DOWN').map((k) => k.name)).toEqual([
      '低风险组病例死亡率',
      '手术患者并发症发生率',
      'I类切口手术部位感染率',
      '非计划重返手术室再手术率',
      '住院患者31天内非计划再入院率',
      '抗菌药物使用强度 DDDs',
      '平均住院日',
      '时间消耗指数',
      '费用消耗指数',
    ]);
  });

  it('marks the DRG-sourced figures, whose actuals must carry a DRG version', () => {
    expect(KPI_CATALOGUE.filter((k) => k.drg).map((k) => k.name)).toEqual([
      'DRG组数',
      '病例组合指数 CMI',
      '总权重',
      'DRG入组率',
      '低风险组病例死亡率',
      '时间消耗指数',
      '费用消耗指数',
    ]);
  });

  it('marks 国考 indicators conservatively, with the national wording where ours is shorter', () => {
    const national = KPI_CATALOGUE.filter((k) => k.national).map((k) => k.name);
    expect(national).toEqual([
      '日间手术占择期手术比例',
      '下转患者人次',
      '出院患者手术占比',
      '出院患者四级手术比例',
      '微创手术占比',
      '低风险组病例死亡率',
      '手术患者并发症发生率',
      'I类切口手术部位感染率',
      '抗菌药物使用强度 DDDs',
      '医护比',
      '住院医师首次参加医师资格考试通过率',
      '每百名卫生技术人员科研项目经费',
      '门诊患者满意度',
      '住院患者满意度',
    ]);
    // Related to 国考 but not the indicator itself: left unmarked on purpose.
    for (const name of ['平均住院日', '病例组合指数 CMI', '床位使用率', '单病种质控指标达标率', '门急诊人次', '高级职称占比']) {
      expect(national).not.toContain(name);
    }
    expect(byName('微创手术占比').nationalName).toBe('出院患者微创手术占比');
    expect(byName('抗菌药物使用强度 DDDs').nationalName).toBe('抗菌药物使用强度（DDDs）');
    expect(byName('出院患者手术占比').nationalName).toBeNull();
    expect(KPI_CATALOGUE.filter((k) => !k.national && k.nationalName !== null)).toEqual([]);
  });

  it('units fit the indicator: rates in %, counts in 人次/例, satisfaction in 分, CMI without unit', () => {
    expect(byName('出院患者四级手术比例').unit).toBe('%');
    expect(byName('出院人次').unit).toBe('人次');
    expect(byName('MDT开展例数').unit).toBe('例');
    expect(byName('平均住院日').unit).toBe('天');
    expect(byName('每百名卫生技术人员科研项目经费').unit).toBe('万元');
    expect(byName('住院患者满意度').unit).toBe('分');
    expect(byName('病例组合指数 CMI').unit).toBe('');
  });

  it('a custom KPI needs a name, a dimension and a direction, refused in Chinese', () => {
    const ok = CustomKpiSchema.safeParse({ name: '报告及时率', dimension: 'SERVICE', unit: '%', direction: 'UP', definition: '' });
    expect(ok.success).toBe(true);
    const bad = CustomKpiSchema.safeParse({ name: '  ', dimension: 'NOPE', unit: '%', direction: 'SIDEWAYS', definition: '' });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['请填写指标名称', '请选择指标维度', '请选择指标方向']);
  });
});
