import type { PlanBlock, PlanTableSource } from '#shared/domain/index.ts';
import { PLAN_TABLE_SOURCES } from '#shared/domain/index.ts';

/**
 * PlanBlock[] ⇄ the editor's document (ProseMirror JSON as tiptap writes it). Pure, so the mapping is tested
 * without a browser. The editor knows exactly the nodes a PlanBlock can hold: headings 1–3, paragraphs, lists of
 * one-paragraph items and table references. Anything else that reaches a document (a pasted nested list, a
 * hard break) is flattened into those, never dropped silently and never stored richer than PlanBlock.
 *
 * Heading numbers (一、 / （一） / 1.) are GB/T 9704's and follow from the order of the headings, so the editor
 * shows them beside the text and they are written into the stored text on the way out, renumbered: moving a
 * heading can never leave 「（三）」 before 「（二）」. On the way in a leading number is taken off again.
 */

export interface EditorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  text?: string;
}

export interface EditorDocument {
  type: 'doc';
  content: EditorNode[];
}

export type HeadingLevel = 1 | 2 | 3;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers are written in Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** The GB/T 9704 number of the n-th heading (from 1) of a level: 一、 （一） 1. */
export function headingNumber(level: HeadingLevel, n: number): string {
  if (level === 1) return `${chineseNumeral(n)}、`;
  if (level === 2) return `（${chineseNumeral(n)}）`;
  return `${n}.`;
}

/**
 * Numbers for a sequence of heading levels, each level counted within its parent: a level-2 count restarts
 * after every level-1 heading, a level-3 count after every level-2 one.
 */
export function headingNumbers(levels: readonly HeadingLevel[]): string[] {
  const counts = [0, 0, 0];
  return levels.map((level) => {
    counts[level - 1]! += 1;
    for (let deeper = level; deeper < 3; deeper++) counts[deeper] = 0;
    return headingNumber(level, counts[level - 1]!);
  });
}

const NUMERAL = '[一二三四五六七八九十]+';
const LEADING_NUMBER: Record<HeadingLevel, RegExp> = {
  1: new RegExp(`^\\s*${NUMERAL}\\s*[、，,.．]\\s*`),
  2: new RegExp(`^\\s*[（(]\\s*${NUMERAL}\\s*[）)]\\s*`),
  3: /^\s*\d{1,3}\s*[.．、](?!\d)\s*/,
};

/** A heading's text without the number people type or paste in front of it ('（二）加强要素配置' → '加强要素配置'). */
export function stripHeadingNumber(level: HeadingLevel, text: string): string {
  return text.replace(LEADING_NUMBER[level], '');
}

const textNode = (text: string): EditorNode[] => (text === '' ? [] : [{ type: 'text', text }]);
const paragraph = (text: string): EditorNode => ({ type: 'paragraph', content: textNode(text) });

export function blocksToDocument(blocks: readonly PlanBlock[]): EditorDocument {
  const content = blocks.map((block): EditorNode => {
    switch (block.type) {
      case 'heading':
        return { type: 'heading', attrs: { level: block.level }, content: textNode(stripHeadingNumber(block.level, block.text)) };
      case 'paragraph':
        return paragraph(block.text);
      case 'list':
        return {
          type: block.ordered ? 'orderedList' : 'bulletList',
          content: block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
        };
      case 'table':
        return { type: 'planTable', attrs: { source: block.source } };
    }
  });
  // ProseMirror needs a place for the cursor: an empty section is one empty paragraph.
  return { type: 'doc', content: content.length > 0 ? content : [paragraph('')] };
}

/** The plain text of a node: text nodes joined, hard breaks as spaces (a PlanBlock text is one line). */
export function plainText(node: EditorNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(plainText).join('');
}

/** Every item of a list, nested lists flattened into the same list in document order. */
function listItems(list: EditorNode): string[] {
  const items: string[] = [];
  for (const item of list.content ?? []) {
    const own = (item.content ?? []).filter((c) => !isList(c)).map(plainText).join(' ').trim();
    if (own !== '') items.push(own);
    for (const nested of (item.content ?? []).filter(isList)) items.push(...listItems(nested));
  }
  return items;
}

const isList = (node: EditorNode) => node.type === 'bulletList' || node.type === 'orderedList';
const isTableSource = (value: unknown): value is PlanTableSource => PLAN_TABLE_SOURCES.includes(value as PlanTableSource);
const asLevel = (value: unknown): HeadingLevel => (value === 1 || value === 2 || value === 3 ? value : 3);

/**
 * The blocks of an editor document. Empty paragraphs, headings and list items are left out (they are what
 * pressing Enter leaves behind, and PlanBlock text is never empty); headings get their number.
 */
export function documentToBlocks(doc: EditorDocument): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  const visit = (node: EditorNode) => {
    if (node.type === 'heading') {
      const level = asLevel(node.attrs?.level);
      const text = stripHeadingNumber(level, plainText(node).trim());
      if (text !== '') blocks.push({ type: 'heading', level, text });
    } else if (node.type === 'paragraph') {
      const text = plainText(node).trim();
      if (text !== '') blocks.push({ type: 'paragraph', text });
    } else if (isList(node)) {
      const items = listItems(node);
      if (items.length > 0) blocks.push({ type: 'list', ordered: node.type === 'orderedList', items });
    } else if (node.type === 'planTable') {
      if (isTableSource(node.attrs?.source)) blocks.push({ type: 'table', source: node.attrs.source });
    } else {
      // A node the editor does not offer (a pasted blockquote): keep its words, as plain paragraphs.
      for (const child of node.content ?? []) visit(child.type === 'text' ? paragraph(child.text ?? '') : child);
    }
  };
  for (const node of doc.content) visit(node);
  return numberHeadings(blocks);
}

/** Writes each heading's GB/T 9704 number in front of its text, counted in document order. */
export function numberHeadings(blocks: readonly PlanBlock[]): PlanBlock[] {
  const headings = blocks.filter((b) => b.type === 'heading');
  const numbers = headingNumbers(headings.map((h) => h.level));
  let i = 0;
  return blocks.map((b) => (b.type === 'heading' ? { ...b, text: `${numbers[i++]}${stripHeadingNumber(b.level, b.text)}` } : b));
}
