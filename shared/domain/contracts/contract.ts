import { z } from 'zod';
import { IdSchema, RecordMetaSchema, TimestampSchema, requiredText, text } from '../common.ts';
import { IsoDateSchema, clauseList } from './fields.ts';

/** Measure 9: how the director got the post. */
export const SELECTION_MODES = ['OPEN_CALL', 'COMPETITION', 'APPOINTMENT'] as const;
export const SelectionModeSchema = z.enum(SELECTION_MODES, { error: '请选择选拔方式' });
export type SelectionMode = z.infer<typeof SelectionModeSchema>;
export const SELECTION_MODE_LABELS: Record<SelectionMode, string> = {
  OPEN_CALL: '揭榜挂帅',
  COMPETITION: '竞争上岗',
  APPOINTMENT: '任命',
};

export const CONTRACT_STATUSES = ['DRAFT', 'UNDER_REVIEW', 'SIGNED', 'ACTIVE', 'ASSESSED', 'TERMINATED'] as const;
export const ContractStatusSchema = z.enum(CONTRACT_STATUSES, { error: '请选择责任书状态' });
export type ContractStatus = z.infer<typeof ContractStatusSchema>;
export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  DRAFT: '草稿',
  UNDER_REVIEW: '审核中',
  SIGNED: '已签署',
  ACTIVE: '执行中',
  ASSESSED: '已考核',
  TERMINATED: '已终止',
};

/** The contract binds either a discipline (学科) or a clinical specialty (临床专科). */
export const CONTRACT_UNIT_KINDS = ['DISCIPLINE', 'SPECIALTY'] as const;
export const UNIT_KIND_LABELS: Record<(typeof CONTRACT_UNIT_KINDS)[number], string> = { DISCIPLINE: '学科', SPECIALTY: '临床专科' };
export const ContractUnitSchema = z.object({
  kind: z.enum(CONTRACT_UNIT_KINDS, { error: '请选择责任单位类型' }),
  id: IdSchema,
});

export const ContractSignatureSchema = z.object({
  name: requiredText('签署人', 40),
  date: IsoDateSchema,
});
export type ContractSignature = z.infer<typeof ContractSignatureSchema>;

/** One step of the workflow: who moved the contract, when, from which status to which. */
export const ContractStatusChangeSchema = z.object({
  from: ContractStatusSchema.nullable(),
  to: ContractStatusSchema,
  by: requiredText('操作人', 40),
  at: TimestampSchema,
  note: text('说明', 500),
});
export type ContractStatusChange = z.infer<typeof ContractStatusChangeSchema>;

export const ContractTermSchema = z.object({ start: IsoDateSchema, end: IsoDateSchema });
export type ContractTerm = z.infer<typeof ContractTermSchema>;

/** Longer terms are almost certainly a typo (2204 for 2024), and would make the target table unusable. */
export const MAX_TERM_YEARS = 10;

/** The sentence used both by the schema and by contractProblems, so the form and the check say the same. */
export function termProblem(term: ContractTerm): string | null {
  if (term.end <= term.start) return `任期结束日期（${term.end}）应晚于开始日期（${term.start}）`;
  const years = Number(term.end.slice(0, 4)) - Number(term.start.slice(0, 4)) + 1;
  if (years > MAX_TERM_YEARS) return `任期跨 ${years} 个年度，不能超过 ${MAX_TERM_YEARS} 个年度`;
  return null;
}

/** Calendar years the term touches: assessments and annual targets are per calendar year. */
export function termYears(term: ContractTerm): { first: number; last: number } {
  return { first: Number(term.start.slice(0, 4)), last: Number(term.end.slice(0, 4)) };
}

/**
 * The calendar years a contract is assessed in: its term's years, ending with the year it was terminated in
 * (a terminated contract has no results to give after it ended).
 */
export function assessmentYears(contract: Pick<DirectorContract, 'term' | 'status' | 'statusLog'>): number[] {
  const { first, last } = termYears(contract.term);
  const ended = contract.status === 'TERMINATED' ? contract.statusLog.findLast((step) => step.to === 'TERMINATED') : undefined;
  const end = ended ? Math.max(first, Math.min(last, Number(ended.at.slice(0, 4)))) : last;
  return Array.from({ length: end - first + 1 }, (_, i) => first + i);
}

/** The latest of a contract's assessment years with an entered value (the year the list grades and the page opens on). */
export function latestReportedYear(contract: Pick<DirectorContract, 'term' | 'status' | 'statusLog'>, actuals: readonly { year: number }[]): number | undefined {
  const offered = new Set(assessmentYears(contract));
  let latest: number | undefined;
  for (const a of actuals) if (offered.has(a.year) && (latest === undefined || a.year > latest)) latest = a.year;
  return latest;
}

/**
 * 科主任/专科主任任期目标责任书. Targets live in their own table (ContractTarget.contractId), so the list
 * page reads contracts without their targets.
 *
 * Versions: each amendment (补充协议) is a new record; `rootId` is the id of version 1 and groups a contract's
 * versions, `previousVersionId` links to the version it amends. `versionNo` counts amendments; RecordMeta's
 * `version` counts local edits for sync and is a different thing.
 */
export const DirectorContractSchema = RecordMetaSchema.extend({
  hospitalId: IdSchema,
  rootId: IdSchema,
  versionNo: z.number().int().min(1, { error: '版本号应从 1 开始' }),
  previousVersionId: IdSchema.nullable(),
  amendmentNote: text('补充协议说明', 1000),
  title: requiredText('责任书名称', 100),
  /** The hospital's signatory, normally the 院长. */
  hospitalSide: requiredText('院方代表', 40),
  director: z.object({
    name: requiredText('科主任姓名', 40),
    /** The Person record when the talent feature has one; null until then. */
    personId: IdSchema.nullable(),
  }),
  unit: ContractUnitSchema,
  selectionMode: SelectionModeSchema,
  term: ContractTermSchema,
  duties: clauseList('职责'),
  rights: clauseList('权利'),
  obligations: clauseList('义务'),
  vetoItems: clauseList('一票否决事项'),
  rewards: clauseList('奖励条款'),
  penalties: clauseList('处罚条款'),
  signatures: z.object({ hospital: ContractSignatureSchema.nullable(), director: ContractSignatureSchema.nullable() }),
  status: ContractStatusSchema,
  statusLog: z.array(ContractStatusChangeSchema).max(100),
}).superRefine((c, ctx) => {
  const term = termProblem(c.term);
  if (term) ctx.addIssue({ code: 'custom', message: term, path: ['term', 'end'] });
  if (c.versionNo === 1 && (c.previousVersionId !== null || c.rootId !== c.id)) {
    ctx.addIssue({ code: 'custom', message: '第 1 版责任书不应有上一版本', path: ['previousVersionId'] });
  }
  if (c.versionNo > 1 && c.previousVersionId === null) {
    ctx.addIssue({ code: 'custom', message: `第 ${c.versionNo} 版责任书缺少上一版本`, path: ['previousVersionId'] });
  }
});
export type DirectorContract = z.infer<typeof DirectorContractSchema>;
