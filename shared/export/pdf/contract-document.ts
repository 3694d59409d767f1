import { View } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import { SELECTION_MODE_LABELS, type DirectorContract } from '#shared/domain/contracts/contract.ts';
import type { Hospital } from '#shared/domain/hospital.ts';
import type { TableView } from '#shared/export/tables/types.ts';
import { chineseNumeral, heading, paragraph } from './blocks.ts';
import { OfficialPage } from './page.ts';
import { documentDate } from './plan-document.ts';
import { printable } from './printable.ts';
import { signatureBlock } from './signatures.ts';
import type { OfficialStyles } from './styles.ts';
import { PdfTable } from './table.ts';
import { PText } from './text.ts';

export interface ContractInput {
  styles: OfficialStyles;
  hospital: Hospital;
  contract: DirectorContract;
  /** The shared 目标责任书 and 考核指标 views of the hospital. */
  contracts: TableView;
  targets: TableView;
}

/** The rows of one contract version: the contracts view names it in `title`, the targets view in `contract`. */
const sameVersion = (contract: DirectorContract, key: 'title' | 'contract') => (row: Record<string, unknown>) =>
  row[key] === contract.title && row.versionNo === contract.versionNo;

/** What a version is, under its title: an amendment says so, and a text not yet signed cannot pass for a signed one. */
const UNSIGNED_MARKS: Partial<Record<DirectorContract['status'], string>> = { DRAFT: '草稿', UNDER_REVIEW: '送审稿' };

function versionMark(contract: DirectorContract): string | null {
  const marks = [contract.versionNo > 1 ? `第${contract.versionNo}版\u3000补充协议` : null, UNSIGNED_MARKS[contract.status] ?? null].filter((m) => m !== null);
  return marks.length > 0 ? `（${marks.join('\u3000')}）` : null;
}

/**
 * 科主任任期目标责任书: the parties, the term, the director's duties, rights and obligations, the weighted
 * target table, veto items, rewards and penalties, and signature and date blocks for both sides.
 */
export function ContractDocument(input: ContractInput): ReactNode {
  const { styles, hospital, contract } = input;
  const summary = input.contracts.rows.find(sameVersion(contract, 'title'));
  const unit = typeof summary?.unit === 'string' ? summary.unit : '';
  const weight = typeof summary?.weightTotal === 'number' ? summary.weightTotal : null;
  const targets = printable(input.targets, { rows: sameVersion(contract, 'contract'), omit: ['contract', 'versionNo'] });
  const clauses: { title: string; items: readonly string[] }[] = [
    { title: '乙方职责', items: contract.duties },
    { title: '乙方权利', items: contract.rights },
    { title: '乙方义务', items: contract.obligations },
  ];
  let n = 1;
  const next = (title: string) => heading(styles, 1, `${chineseNumeral(n++)}、${title}`, title);
  // Keys carry the list's name: two lists sit side by side in the document's flow.
  const list = (name: string, items: readonly string[]) =>
    items.length === 0 ? [paragraph(styles, '无。', `${name}-none`)] : items.map((item, i) => paragraph(styles, `${i + 1}. ${item}${/[。；]$/.test(item) ? '' : '。'}`, `${name}${i}`));
  return h(
    OfficialPage,
    { styles },
    h(PText, { style: styles.title }, contract.title),
    versionMark(contract) ? h(PText, { style: styles.subtitle }, versionMark(contract)) : null,
    h(PText, { style: styles.plain }, `甲方：${hospital.name}（代表：${contract.hospitalSide}）`),
    h(PText, { style: styles.plain }, `乙方：${contract.director.name}（${unit}主任，${SELECTION_MODE_LABELS[contract.selectionMode]}）`),
    paragraph(styles, `为落实临床专科能力建设规划，明确${unit}主任任期内的目标和责任，甲乙双方经协商签订本责任书。`),
    next('任期'),
    paragraph(styles, `乙方任期自${documentDate(contract.term.start)}至${documentDate(contract.term.end)}。`),
    ...clauses.map((c) => h(View, { key: c.title }, next(c.title), ...list(c.title, c.items))),
    next('任期目标与考核指标'),
    paragraph(styles, `考核指标及权重如下表${weight === null ? '' : `，权重合计 ${weight} 分`}，按年度考核，考核结果与绩效分配、评优评先和续聘挂钩。`),
    h(PdfTable, { styles, view: targets }),
    next('一票否决事项'),
    ...list('veto', contract.vetoItems),
    next('奖励与处罚'),
    ...list('rewards', [...contract.rewards, ...contract.penalties]),
    ...(contract.amendmentNote ? [next('补充说明'), paragraph(styles, contract.amendmentNote)] : []),
    next('附则'),
    paragraph(styles, '本责任书一式两份，甲乙双方各执一份，自双方签字之日起生效。'),
    signatureBlock(styles, [
      { party: `甲方（盖章）：${hospital.name}`, signer: '代表（签字）', name: contract.signatures.hospital?.name ?? null, date: contract.signatures.hospital?.date ?? null },
      { party: `乙方：${unit}`, signer: '科主任（签字）', name: contract.signatures.director?.name ?? null, date: contract.signatures.director?.date ?? null },
    ]),
  );
}
