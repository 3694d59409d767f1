import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDANCE_2023_22_TEXT, childArticles, findArticle, guidance, normalizeRef, parseGuidance, searchPolicy } from '#shared/policy-text/index.ts';

// The handbook copy the module is generated from (tests may read ../shared deliberately, its README says).
const SOURCE = new URL('../../../shared/policy/guidance-2023-22.zh-CN.txt', import.meta.url);

const MEASURES = [
  '科学制定区域规划，优化临床专科布局',
  '强化综合政策保障，创造良好发展环境',
  '全面梳理医学学科发展现状',
  '科学制定临床专科发展规划',
  '夯实基础学科和平台学科能力',
  '谋划打造优势专科和特色专科',
  '完善临床专科管理制度和运行机制',
  '创新专科人员管理和绩效分配机制',
  '团队梯队并重筑牢专科发展基础',
  '多学科融合促进技术创新发展',
  '健全专科医疗质量安全管理体系',
  '培育专科特色文化凝聚发展力量',
  '支持基层医疗卫生服务',
];

describe('policy text: the shipped copy', () => {
  it('is the handbook text, so the app needs no ../shared at run time', () => {
    if (!existsSync(SOURCE)) throw new Error(`Handbook copy missing at ${SOURCE.pathname}: the freshness check needs it`);
    const handbook = readFileSync(SOURCE, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t\u3000]+$/gm, '').trim();
    expect(GUIDANCE_2023_22_TEXT).toBe(handbook);
  });

  it('reads the front matter and the signature', () => {
    const doc = guidance();
    expect(doc.title).toBe('国家卫生健康委关于推动临床专科能力建设的指导意见');
    expect(doc.docNumber).toBe('国卫医政发〔2023〕22号');
    expect([doc.published, doc.source]).toEqual(['2023-07-17', '医政司']);
    expect(doc.addressee).toBe('各省、自治区、直辖市及新疆生产建设兵团卫生健康委：');
    expect(doc.preamble).toHaveLength(1);
    expect(doc.signature).toEqual({ organ: '国家卫生健康委', date: '2023年7月12日' });
  });
});

describe('policy text: articles', () => {
  it('finds all 13 measures of section 四 with their titles, under the right sub-section', () => {
    MEASURES.forEach((title, i) => {
      const article = findArticle(`四.${i + 1}`);
      expect(article?.title, `四.${i + 1}`).toBe(title);
      expect(article!.paragraphs[0]!.startsWith(title)).toBe(true);
      expect(article!.parent).toBe(i < 2 ? '四.（一）' : i < 6 ? '四.（二）' : '四.（三）');
    });
    expect(findArticle('四.3')!.paragraphs[0]).toMatch(/^全面梳理医学学科发展现状。医疗机构要组织/);
    expect(findArticle('四.14')).toBeUndefined();
  });

  it('has the five sections and their sub-sections in reading order', () => {
    const doc = guidance();
    expect(doc.articles.filter((a) => a.level === 1).map((a) => `${a.label}${a.title}`)).toEqual(['一、总体要求', '二、目标任务', '三、工作原则', '四、主要措施', '五、工作要求']);
    expect(childArticles('三').map((a) => a.title)).toEqual(['坚持需求导向', '强化规划引领', '坚持守正创新', '强化考核评估']);
    expect(childArticles('五').map((a) => a.ref)).toEqual(['五.（一）', '五.（二）', '五.（三）']);
    expect(childArticles('四.（二）').map((a) => a.ref)).toEqual(['四.3', '四.4', '四.5', '四.6']);
    expect(doc.articles).toHaveLength(28);
    expect(findArticle('二')!.paragraphs.map((p) => p.slice(0, 6))).toEqual(['进一步强化各', '到 2025', '到 2030']);
  });

  it('mends the sentences the published page breaks in two', () => {
    expect(findArticle('一')!.paragraphs).toHaveLength(1);
    expect(findArticle('一')!.paragraphs[0]).toContain('质量安全水平，更好服务于');
    expect(findArticle('四.1')!.paragraphs[0]).toContain('临床专科建设，指导辖区内');
    expect(findArticle('四.6')!.paragraphs[0]).toContain('充分发挥临床专科内多学科');
    expect(findArticle('四.9')!.paragraphs[0]).toContain('选优配强临床专科主任');
    expect(findArticle('五.（三）')!.paragraphs[0]).toContain('实际工作中形成');
  });

  it('accepts the ways people write a reference', () => {
    expect(['四.3', '四、3', ' 四 3 ', '3', '四.3.'].map(normalizeRef)).toEqual(Array(5).fill('四.3'));
    expect(['三(一)', '三.(一)', '三（一）', '三.（一）'].map(normalizeRef)).toEqual(Array(4).fill('三.（一）'));
    expect(findArticle('11')!.title).toBe('健全专科医疗质量安全管理体系');
    expect(findArticle('五(一)')!.title).toBe('加强组织领导');
  });

  it('refuses a layout it does not know instead of guessing', () => {
    expect(() => parseGuidance('标题\n\n不是发布时间')).toThrow(/expected 发布时间\/来源/);
  });
});

describe('policy text: search', () => {
  it('finds 质控专员 in 四.11 with context', () => {
    const matches = searchPolicy('质控专员');
    expect(matches).toHaveLength(1);
    expect(matches[0]).toEqual({ ref: '四.11', title: '健全专科医疗质量安全管理体系', paragraph: 0, before: '化目标引领、问题导向和结果考核。指导临床专科设置', match: '质控专员', after: '，制定临床专科质控制度，加强医疗质量安全数据收集' });
  });

  it('ignores spaces and width, and reports the text as printed', () => {
    const [match] = searchPolicy('2025年末', { context: 2 });
    expect(match).toMatchObject({ ref: '二', paragraph: 1, before: '到 ', match: '2025 年末', after: '，进' });
    expect(searchPolicy('１＋Ｎ').map((m) => m.ref)).toEqual(['四.6']);
  });

  it('matches section headings, keeps reading order and honours the limit', () => {
    expect(searchPolicy('主要措施')).toMatchObject([{ ref: '四', paragraph: null, match: '主要措施' }]);
    const all = searchPolicy('临床专科', { limit: 1000 });
    expect(all.length).toBeGreaterThan(50);
    expect(all[0]!.ref).toBe('一');
    expect(searchPolicy('临床专科', { limit: 3 })).toHaveLength(3);
    expect(searchPolicy('  ')).toEqual([]);
    expect(searchPolicy('区块链')).toEqual([]);
  });
});
