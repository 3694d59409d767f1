import { View } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import { LINE_PITCH } from './geometry.ts';
import { documentDate } from './plan-document.ts';
import type { OfficialStyles } from './styles.ts';
import { PText } from './text.ts';

export interface SignatureSide {
  /** 甲方（盖章）：示例市第一人民医院 */
  party: string;
  /** 代表（签字） */
  signer: string;
  /** The signatory's name once signed; null leaves a line for the pen. */
  name: string | null;
  /** ISO date once signed; null leaves the blanks for a pen. */
  date: string | null;
}

/** Two signature and date blocks side by side, kept on one page together. */
export function signatureBlock(styles: OfficialStyles, sides: readonly SignatureSide[]): ReactNode {
  return h(
    View,
    { style: { flexDirection: 'row', marginTop: LINE_PITCH, justifyContent: 'space-between' }, wrap: false, minPresenceAhead: 0 },
    sides.map((side) =>
      h(
        View,
        { key: side.party, style: { width: '48%' } },
        h(PText, { style: styles.plain }, side.party),
        h(PText, { style: [styles.plain, { marginTop: LINE_PITCH / 2 }] }, `${side.signer}：${side.name ?? ''}`),
        h(PText, { style: [styles.plain, { marginTop: LINE_PITCH / 2 }] }, `日期：${documentDate(side.date)}`),
      ),
    ),
  );
}
