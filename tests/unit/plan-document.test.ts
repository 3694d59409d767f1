import { describe, expect, it } from 'vitest';
import { PlanSectionsSchema, type PlanBlock } from '#shared/domain/index.ts';
import { DEFAULT_SAMPLE_SEED, generateSample } from '#shared/sample/index.ts';
import {
  blocksToDocument,
  chineseNumeral,
  documentToBlocks,
  headingNumbers,
  stripHeadingNumber,
  type EditorDocument,
  type EditorNode,
} from '#renderer/features/plan/planDocument.ts';

const p = (text: string): EditorNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h = (level: number, text: string): EditorNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const item = (...content: EditorNode[]): EditorNode => ({ type: 'listItem', content });

describe('GB/T 9704 heading numbers', () => {
  it('writes Chinese numerals the way documents do', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
    expect(chineseNumeral(100)).toBe('100');
  });

  it('counts each level within its parent', () => {
    expect(headingNumbers([1, 2, 2, 3, 3, 2, 3, 1, 2, 3])).toEqual(['一、', '（一）', '（二）', '1.', '2.', '（三）', '1.', '二、', '（一）', '1.']);
  });

  it('takes off a number typed or pasted in front of a heading, only the one of its level', () => {
    expect(stripHeadingNumber(1, '三、保障措施')).toBe('保障措施');
    expect(stripHeadingNumber(1, '十二，保障措施')).toBe('保障措施');
    expect(stripHeadingNumber(2, '(二) 加强要素配置')).toBe('加强要素配置');
    expect(stripHeadingNumber(2, '（十一）加强要素配置')).toBe('加强要素配置');
    expect(stripHeadingNumber(3, '3. 日间手术')).toBe('日间手术');
    expect(stripHeadingNumber(3, '2.5 倍床位')).toBe('2.5 倍床位');
    expect(stripHeadingNumber(2, '一、总体要求')).toBe('一、总体要求');
  });
});

describe('PlanBlock[] ⇄ editor document', () => {
  const blocks: PlanBlock[] = [
    { type: 'heading', level: 2, text: '（一）发展基础' },
    { type: 'paragraph', text: '医院编制床位 2200 张。' },
    { type: 'list', ordered: false, items: ['学科发展不均衡', '人才不足'] },
    { type: 'heading', level: 3, text: '1.胸痛中心' },
    { type: 'table', source: 'specialties' },
    { type: 'list', ordered: true, items: ['加强组织领导'] },
  ];

  it('maps every block kind into the editor nodes, numbers off the heading text', () => {
    const doc = blocksToDocument(blocks);
    expect(doc.content.map((n) => n.type)).toEqual(['heading', 'paragraph', 'bulletList', 'heading', 'planTable', 'orderedList']);
    expect(doc.content[0]).toEqual(h(2, '发展基础'));
    expect(doc.content[2]!.content).toEqual([item(p('学科发展不均衡')), item(p('人才不足'))]);
    expect(doc.content[4]).toEqual({ type: 'planTable', attrs: { source: 'specialties' } });
  });

  it('round-trips blocks unchanged', () => {
    expect(documentToBlocks(blocksToDocument(blocks))).toEqual(blocks);
  });

  it('round-trips the demo plan, section by section, and the result still passes the schema', () => {
    const [plan] = generateSample({ size: 'demo', seed: DEFAULT_SAMPLE_SEED }).plans;
    const sections = plan!.sections;
    const back = Object.fromEntries(Object.entries(sections).map(([key, list]) => [key, documentToBlocks(blocksToDocument(list))]));
    expect(back).toEqual(sections);
    expect(PlanSectionsSchema.safeParse(back).success).toBe(true);
  });

  it('gives an empty section one empty paragraph to type into, and reads it back as no blocks', () => {
    const doc = blocksToDocument([]);
    expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [] }] });
    expect(documentToBlocks(doc)).toEqual([]);
  });

  it('renumbers headings from their order, whatever number the text carried', () => {
    const doc: EditorDocument = { type: 'doc', content: [h(2, '（三）加强人才'), p('正文'), h(2, '加强质控'), h(1, '五、保障')] };
    expect(documentToBlocks(doc)).toEqual([
      { type: 'heading', level: 2, text: '（一）加强人才' },
      { type: 'paragraph', text: '正文' },
      { type: 'heading', level: 2, text: '（二）加强质控' },
      { type: 'heading', level: 1, text: '一、保障' },
    ]);
  });

  it('leaves out what Enter leaves behind: empty paragraphs, headings and list items', () => {
    const doc: EditorDocument = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [] }, p('   '), h(2, ''), { type: 'bulletList', content: [item(p('')), item(p(' 一项 '))] }, { type: 'orderedList', content: [item(p(''))] }],
    };
    expect(documentToBlocks(doc)).toEqual([{ type: 'list', ordered: false, items: ['一项'] }]);
  });

  it('flattens what is richer than a PlanBlock into plain blocks instead of losing words', () => {
    const nested = { type: 'bulletList', content: [item(p('甲'), { type: 'orderedList', content: [item(p('甲一')), item(p('甲二'))] }), item(p('乙'))] };
    const withBreak = { type: 'paragraph', content: [{ type: 'text', text: '第一行' }, { type: 'hardBreak' }, { type: 'text', text: '第二行' }] };
    const quote = { type: 'blockquote', content: [p('引文')] };
    const doc: EditorDocument = { type: 'doc', content: [nested, withBreak, quote, { type: 'planTable', attrs: { source: 'nonsense' } }] };
    expect(documentToBlocks(doc)).toEqual([
      { type: 'list', ordered: false, items: ['甲', '甲一', '甲二', '乙'] },
      { type: 'paragraph', text: '第一行 第二行' },
      { type: 'paragraph', text: '引文' },
    ]);
  });
});
