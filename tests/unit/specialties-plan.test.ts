import { describe, expect, it } from 'vitest';
import {
  DocNumberSchema,
  PLAN_SECTIONS,
  PLAN_SECTION_ARTICLES,
  PLAN_SECTION_LABELS,
  PlanSchema,
  docNumberProblem,
  emptyPlanSections,
  normalizeDocNumber,
  planTransitionProblem,
  type Plan,
} from '#shared/domain/specialties/index.ts';
import { findArticle } from '#shared/policy-text/index.ts';

const plan: Plan = {
  id: 'p-1',
  updatedAt: '2024-01-08T09:30:00.000Z',
  version: 1,
  hospitalId: 'h-1',
  title: '示例市第一人民医院临床专科能力建设规划（2024—2030年）',
  docNumber: '示医发〔2024〕12号',
  issuingOrgan: '示例市第一人民医院',
  issueDate: '2024-01-08',
  period: { startYear: 2024, endYear: 2030 },
  sections: {
    ...emptyPlanSections(),
    GOALS: [
      { type: 'heading', level: 1, text: '一、建设目标' },
      { type: 'paragraph', text: '到 2025 年末，胸痛中心通过国家认证。' },
      { type: 'list', ordered: true, items: ['CMI 达到 1.2', '四级手术占比 25%'] },
      { type: 'table', source: 'goals' },
    ],
  },
  status: 'DRAFT',
};

const messages = (value: unknown) => {
  const result = PlanSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('plan: document number', () => {
  it('accepts the GB/T 9704 form and an empty number while drafting', () => {
    for (const ok of ['示医发〔2024〕12号', '国卫医政发〔2023〕22号', '']) expect(docNumberProblem(ok)).toBeNull();
  });

  it('says what is wrong with a malformed number', () => {
    expect(docNumberProblem('示医发[2024]12号')).toBe('文号「示医发[2024]12号」的年份应使用六角括号〔〕，如 示医发〔2024〕12号');
    expect(docNumberProblem('示医发〔24〕12号')).toBe('文号「示医发〔24〕12号」的年份应为 4 位数字，如 〔2024〕');
    expect(docNumberProblem('示医发〔2024〕012号')).toBe('文号「示医发〔2024〕012号」的序号前不加 0，如 〔2024〕12号');
    expect(docNumberProblem('〔2024〕12号')).toContain('格式应为 机关代字〔年份〕序号号');
    expect(docNumberProblem('示医发〔1024〕12号')).toBe('文号「示医发〔1024〕12号」的年份 1024 不合理');
    expect(DocNumberSchema.safeParse('示医发(2024)12号').error?.issues[0]?.message).toContain('六角括号');
  });

  it('normalises bracket variants and says what it changed', () => {
    for (const [input, bracket] of [['示医发[2024]12号', '[]'], ['示医发(2024)12号', '()'], ['示医发【2024】12号', '【】'], ['示医发（2024）12号', '（）'], ['示医发［2024］12号', '［］']]) {
      expect(normalizeDocNumber(input!)).toEqual({ value: '示医发〔2024〕12号', changes: [`年份的括号「${bracket}」改为六角括号「〔〕」`] });
    }
    expect(normalizeDocNumber('示医发〔2024〕12号')).toEqual({ value: '示医发〔2024〕12号', changes: [] });
  });

  it('fixes spaces, full-width digits, leading zeros, 第 and a missing 号 in one go', () => {
    const { value, changes } = normalizeDocNumber(' 示医发 【２０２４】第０１２ ');
    expect(value).toBe('示医发〔2024〕12号');
    expect(changes).toEqual([
      '删除了空格',
      '全角数字改为半角数字',
      '年份的括号「【】」改为六角括号「〔〕」',
      '删除了序号前的“第”',
      '删除了序号前的 0（012 → 12）',
      '补上了序号后的“号”',
    ]);
    expect(docNumberProblem(value)).toBeNull();
  });

  it('leaves what it cannot guess for the check to report', () => {
    const { value } = normalizeDocNumber('示医发[24]12号');
    expect(value).toBe('示医发[24]12号');
    expect(docNumberProblem(value)).not.toBeNull();
  });
});

describe('plan: schema', () => {
  it('accepts a plan with headings, paragraphs, lists and a pulled-in table', () => {
    expect(messages(plan)).toEqual([]);
  });

  it('rejects a period that ends before it starts or runs past ten years', () => {
    expect(messages({ ...plan, period: { startYear: 2030, endYear: 2024 } })).toEqual(['period.endYear: 规划期结束年份不能早于开始年份']);
    expect(messages({ ...plan, period: { startYear: 2024, endYear: 2035 } })).toEqual(['period.endYear: 规划期不能超过 10 年']);
  });

  it('rejects an unknown block, an empty list and a malformed number', () => {
    const sections = { ...emptyPlanSections(), TASKS: [{ type: 'image', src: 'x.png' }, { type: 'list', ordered: false, items: [] }] };
    expect(messages({ ...plan, sections, docNumber: '示医发〔2024〕012号' })).toEqual([
      'docNumber: 文号「示医发〔2024〕012号」的序号前不加 0，如 〔2024〕12号',
      'sections.TASKS.0.type: 未知的段落类型',
      'sections.TASKS.1.items: 列表至少需要一项',
    ]);
  });

  it('has the five standard sections, each tied to an article of the guidance', () => {
    expect(PLAN_SECTIONS.map((key) => PLAN_SECTION_LABELS[key])).toEqual(['背景与现状', '总体要求', '建设目标', '主要任务', '保障措施']);
    for (const key of PLAN_SECTIONS) expect(findArticle(PLAN_SECTION_ARTICLES[key]), key).toBeDefined();
  });
});

describe('plan: status', () => {
  it('moves DRAFT → INTERNAL_REVIEW → APPROVED → SUBMITTED', () => {
    expect(planTransitionProblem({ ...plan, status: 'DRAFT' }, 'INTERNAL_REVIEW')).toBeNull();
    expect(planTransitionProblem({ ...plan, status: 'INTERNAL_REVIEW' }, 'APPROVED')).toBeNull();
    expect(planTransitionProblem({ ...plan, status: 'APPROVED' }, 'SUBMITTED')).toBeNull();
  });

  it('lets review send a plan back, but never skips a step or reopens a submitted plan', () => {
    expect(planTransitionProblem({ ...plan, status: 'INTERNAL_REVIEW' }, 'DRAFT')).toBeNull();
    expect(planTransitionProblem({ ...plan, status: 'DRAFT' }, 'APPROVED')).toBe('规划不能从「草稿」改为「已批准」');
    expect(planTransitionProblem({ ...plan, status: 'SUBMITTED' }, 'DRAFT')).toBe('规划不能从「已报送」改为「草稿」');
  });

  it('needs the number and date before submitting', () => {
    expect(planTransitionProblem({ ...plan, status: 'APPROVED', docNumber: '' }, 'SUBMITTED')).toBe('报送前请填写文号和成文日期');
    expect(planTransitionProblem({ ...plan, status: 'APPROVED', issueDate: null }, 'SUBMITTED')).toBe('报送前请填写文号和成文日期');
  });
});
