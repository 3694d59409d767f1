import { View } from '@react-pdf/renderer';
import { PText } from './text.ts';
import { createElement as h, type ReactNode } from 'react';
import type { PlanBlock } from '#shared/domain/specialties/plan.ts';
import type { TableView } from '#shared/export/tables/types.ts';
import { LINE_PITCH } from './geometry.ts';
import type { OfficialStyles } from './styles.ts';
import { PdfTable } from './table.ts';

/** Chinese numerals for level-1 headings (一、二、…) up to 99. */
export function chineseNumeral(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/** A heading keeps at least two body lines after it on its page (no orphaned heading at a page foot). */
const KEEP_WITH_NEXT = 2 * LINE_PITCH + 1;

export function heading(styles: OfficialStyles, level: 1 | 2 | 3, text: string, key?: string): ReactNode {
  const style = level === 1 ? styles.heading1 : level === 2 ? styles.heading2 : styles.heading3;
  return h(PText, { key, style, minPresenceAhead: KEEP_WITH_NEXT }, text);
}

export function paragraph(styles: OfficialStyles, text: string, key?: string): ReactNode {
  return h(PText, { key, style: styles.paragraph }, text);
}

/**
 * The blocks of one plan section. Lists print as numbered paragraphs (1. … for ordered lists, the level-4
 * （1）style would be wrong at this depth); `table` blocks print the table the view builder gives.
 */
export function planBlocks(
  styles: OfficialStyles,
  blocks: readonly PlanBlock[],
  tableFor: (block: Extract<PlanBlock, { type: 'table' }>) => TableView,
  keyPrefix = 'b',
): ReactNode[] {
  // Blocks stay siblings (no wrapping view): a heading's minPresenceAhead only sees its own siblings.
  return blocks.map((block, index) => {
    const key = `${keyPrefix}${index}`;
    switch (block.type) {
      case 'heading':
        return heading(styles, block.level, block.text, key);
      case 'paragraph':
        return paragraph(styles, block.text, key);
      case 'list':
        return h(
          View,
          { key },
          block.items.map((item, i) => paragraph(styles, `${block.ordered ? `${i + 1}. ` : ''}${item}${/[。；！？]$/.test(item) ? '' : block.ordered || i === block.items.length - 1 ? '。' : '；'}`, `i${i}`)),
        );
      case 'table': {
        const view = tableFor(block);
        return h(PdfTable, { key, styles, view, caption: view.title });
      }
    }
  });
}
