import { View } from '@react-pdf/renderer';
import { createElement as h, type ReactNode } from 'react';
import type { Hospital } from '#shared/domain/hospital.ts';
import type { ClinicalSpecialty } from '#shared/domain/specialties/specialty.ts';
import type { TableView, TableViewId } from '#shared/export/tables/types.ts';
import { chineseNumeral, heading, paragraph } from './blocks.ts';
import { OfficialPage } from './page.ts';
import { particulars, printable } from './printable.ts';
import { signatureBlock } from './signatures.ts';
import type { OfficialStyles } from './styles.ts';
import { PdfTable } from './table.ts';
import { PText } from './text.ts';

/** The sections of a 建设任务书, each one table of the specialty (its 1+N group first). */
const SECTIONS: { title: string; views: TableViewId[] }[] = [
  { title: '核心病种', views: ['coreDiseases'] },
  { title: '建设目标', views: ['goals'] },
  { title: '要素需求与经费预算', views: ['resourceNeeds', 'budgetTotals'] },
  { title: '建设路线图', views: ['milestones'] },
  { title: '人才梯队', views: ['talentEntries'] },
  { title: '医疗技术', views: ['technologyProjects'] },
  { title: '质控指标', views: ['qcIndicators'] },
  { title: '基层帮扶', views: ['grassrootsActivities'] },
];

export interface TaskSheetInput {
  styles: OfficialStyles;
  hospital: Hospital;
  specialty: ClinicalSpecialty;
  period: string;
  /** The shared view, scoped to this specialty. */
  table: (id: TableViewId) => TableView;
}

/** 建设任务书 of one specialty: its 1+N group and every plan table of it, signed by both sides. */
export function TaskSheetDocument(input: TaskSheetInput): ReactNode {
  const { styles, hospital, specialty } = input;
  const group = input.table('specialties');
  const sections = SECTIONS.map((section, i) => {
    const views = section.views.map((id) => printable(input.table(id), { omit: ['specialty'] }));
    return h(
      View,
      { key: section.title },
      heading(styles, 1, `${chineseNumeral(i + 2)}、${section.title}`),
      views.map((view) =>
        view.rows.length === 0 ? h(PText, { key: view.id, style: styles.paragraph }, `${view.title}：暂无。`) : h(PdfTable, { key: view.id, styles, view, caption: section.views.length > 1 ? view.title : undefined }),
      ),
    );
  });
  return h(
    OfficialPage,
    { styles },
    h(PText, { style: styles.title }, `${specialty.name}建设任务书`),
    h(PText, { style: styles.subtitle }, `${hospital.name}\u3000${input.period}`),
    paragraph(styles, `为落实医院临床专科能力建设规划，明确${specialty.name}在规划期内的建设任务、目标和保障，制定本任务书。专科负责人对任务完成情况负责，医院按年度组织考核。`),
    heading(styles, 1, '一、专科基本情况（“1+N”学科组成）'),
    h(PdfTable, { styles, view: particulars(group, group.rows[0], '专科基本情况') }),
    ...sections,
    signatureBlock(styles, [
      { party: `医院（盖章）：${hospital.name}`, signer: '院长（签字）', name: null, date: null },
      { party: `专科：${specialty.name}`, signer: '专科负责人（签字）', name: null, date: null },
    ]),
  );
}
