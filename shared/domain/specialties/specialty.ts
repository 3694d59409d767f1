import { z } from 'zod';
import { IdSchema, RecordMetaSchema, requiredText, text } from '../common.ts';
import { DiseaseAreaSchema, SpecialtyTypeSchema } from './enums.ts';

/** Measures 7, 8 and 12: how the specialty is run, written as notes for the plan's 保障措施 and task sheet. */
export const ManagementNotesSchema = z.object({
  /** 四.7 组织管理架构、日常运行和考核机制. */
  orgStructure: text('组织管理架构', 2000),
  /** 四.7 专科负责人的责任、权利与义务, kept apart so each can be reviewed and exported on its own. */
  headDuties: text('负责人责任', 2000),
  headRights: text('负责人权利', 2000),
  headObligations: text('负责人义务', 2000),
  /** 四.8 学科专科双聘: who is appointed to the specialty while their home discipline keeps research/teaching. */
  dualAppointment: text('学科专科双聘', 2000),
  /** 四.8 以临床专科为单元的绩效分配、二次分配. */
  performanceAllocation: text('绩效分配', 2000),
  /** 四.12 专科特色文化. */
  culture: text('专科文化', 2000),
});
export type ManagementNotes = z.infer<typeof ManagementNotesSchema>;
export const MANAGEMENT_LABELS: Record<keyof ManagementNotes, string> = {
  orgStructure: '组织管理架构',
  headDuties: '负责人责任',
  headRights: '负责人权利',
  headObligations: '负责人义务',
  dualAppointment: '学科专科双聘',
  performanceAllocation: '绩效分配',
  culture: '专科文化',
};

export function emptyManagementNotes(): ManagementNotes {
  return { orgStructure: '', headDuties: '', headRights: '', headObligations: '', dualAppointment: '', performanceAllocation: '', culture: '' };
}

/** The sentence the schema and participantProblems share, so the form and the check say the same. */
export function participantListProblem(leadId: string, participantIds: readonly string[]): string | null {
  if (participantIds.includes(leadId)) return '牵头学科不能同时作为参与学科（“1+N”中的“1”与“N”不重复）';
  if (new Set(participantIds).size !== participantIds.length) return '参与学科不能重复选择';
  return null;
}

/**
 * A clinical specialty (临床专科) built on a "1+N" discipline group (measure 6).
 *
 * What the schema rejects and what it leaves to the readiness check: a lead repeated among the participants
 * and duplicate participants are never meaningful, so they are rejected. An empty participant list and a
 * missing 质控专员 are states a draft passes through (the group is assembled, the officer appointed later),
 * so they are stored and the readiness check blocks them (SPEC-NO-PARTICIPANT, SPEC-NO-QC-OFFICER) — the
 * same split discipline.ts makes for UNCLASSIFIED. Whether the lead is 优势/重点扶持 needs the discipline
 * table, so it is a cross-record check (leadProblem, SPEC-LEAD-CATEGORY).
 */
export const ClinicalSpecialtySchema = RecordMetaSchema.extend({
  hospitalId: IdSchema,
  name: requiredText('专科名称', 60),
  type: SpecialtyTypeSchema,
  diseaseArea: DiseaseAreaSchema,
  /** The hospital's own words for an OTHER area (e.g. 消化系统疾病); ignored for the four major areas. */
  diseaseAreaLabel: text('疾病领域名称', 40),
  leadDisciplineId: IdSchema,
  participantDisciplineIds: z.array(IdSchema).max(30, { error: '参与学科不能超过 30 个' }),
  headName: text('专科负责人', 40),
  /** 四.11 质控专员; null until appointed. */
  qcOfficer: text('质控专员', 40).nullable(),
  management: ManagementNotesSchema,
}).superRefine((s, ctx) => {
  const problem = participantListProblem(s.leadDisciplineId, s.participantDisciplineIds);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['participantDisciplineIds'] });
  if (s.diseaseArea === 'OTHER' && s.diseaseAreaLabel.trim() === '') {
    ctx.addIssue({ code: 'custom', message: '选择“其他”疾病领域时请填写领域名称', path: ['diseaseAreaLabel'] });
  }
});
export type ClinicalSpecialty = z.infer<typeof ClinicalSpecialtySchema>;

/** The area as a person reads it: the major area's name, or the hospital's label for OTHER. */
export function diseaseAreaName(s: Pick<ClinicalSpecialty, 'diseaseArea' | 'diseaseAreaLabel'>): string {
  return s.diseaseArea === 'OTHER' ? s.diseaseAreaLabel.trim() || '其他' : s.diseaseArea;
}

/** An empty or blank 质控专员 counts as not appointed: '  ' is what a cleared field often holds. */
export const hasQcOfficer = (s: Pick<ClinicalSpecialty, 'qcOfficer'>): boolean => (s.qcOfficer ?? '').trim() !== '';
