import { PLAN_SECTIONS, type PlanBlock, type PlanSectionKey } from '#shared/domain/index.ts';
import { detectDamagedText } from '#shared/policy-text/index.ts';
import type { FieldIssue } from '#renderer/db/index.ts';

export type SectionMessages = Partial<Record<PlanSectionKey, string[]>>;

const blockTexts = (block: PlanBlock): string[] =>
  block.type === 'list' ? block.items : block.type === 'table' ? [] : [block.text];

/** 第 3 段（标题）: how a message names the block it is about, counted as the user sees the section. */
const where = (index: number, block: PlanBlock | undefined) => {
  const kind = block ? { heading: '标题', paragraph: '段落', list: '列表', table: '表格' }[block.type] : '段落';
  return `第 ${index + 1} 段（${kind}）`;
};

/** Save errors of the sections (field `sections.TASKS.3.text`) grouped under the section they belong to. */
export function sectionSaveIssues(issues: readonly FieldIssue[], sections: Record<PlanSectionKey, readonly PlanBlock[]>): SectionMessages {
  const out: SectionMessages = {};
  for (const issue of issues) {
    const [root, key, index] = issue.field.split('.');
    const section = PLAN_SECTIONS.find((s) => s === key);
    if (root !== 'sections' || !section) continue;
    const i = Number(index);
    const prefix = Number.isInteger(i) ? `${where(i, sections[section][i])}：` : '';
    (out[section] ??= []).push(`${prefix}${issue.message}`);
  }
  return out;
}

/** Text in a section that looks like a damaged conversion, one warning per block, naming the block. */
export function damagedBlocks(blocks: readonly PlanBlock[]): string[] {
  const found: string[] = [];
  blocks.forEach((block, i) => {
    for (const text of blockTexts(block)) {
      const { damaged, reasons } = detectDamagedText(text);
      if (damaged) {
        found.push(`${where(i, block)}疑似乱码或转换错误：${reasons.join('；')}，请核对原文`);
        break;
      }
    }
  });
  return found;
}
