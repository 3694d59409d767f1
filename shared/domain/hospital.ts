import { z } from 'zod';
import { RecordMetaSchema, count, requiredText, text } from './common.ts';
import { GradeScaleSchema } from './contracts/grades.ts';

export const HOSPITAL_LEVELS = ['三级甲等', '三级乙等', '三级', '二级甲等', '二级乙等', '二级', '一级', '未定级'] as const;
export const HospitalLevelSchema = z.enum(HOSPITAL_LEVELS, { error: '请选择医院等级' });

export const HOSPITAL_TYPES = ['GENERAL', 'SPECIALIZED', 'TCM'] as const;
export const HospitalTypeSchema = z.enum(HOSPITAL_TYPES, { error: '请选择医院类型' });
export const HOSPITAL_TYPE_LABELS: Record<HospitalType, string> = {
  GENERAL: '综合医院',
  SPECIALIZED: '专科医院',
  TCM: '中医医院',
};

/** Measure 13: 城市医疗集团 / 紧密型县域医共体, plus the specialty alliances hospitals commonly join. */
export const MEMBERSHIP_KINDS = ['城市医疗集团', '县域医共体', '专科联盟', '远程医疗协作网'] as const;
export const MembershipSchema = z.object({
  kind: z.enum(MEMBERSHIP_KINDS, { error: '请选择组织类型' }),
  name: requiredText('组织名称', 100),
  role: z.enum(['牵头单位', '成员单位'], { error: '请选择角色' }),
});

export const HospitalSchema = RecordMetaSchema.extend({
  name: requiredText('医院名称', 100),
  code: text('机构代码', 40),
  level: HospitalLevelSchema,
  type: HospitalTypeSchema,
  province: requiredText('省份', 20),
  city: requiredText('城市', 40),
  beds: count('编制床位数', 20_000),
  memberships: z.array(MembershipSchema).max(50),
  /** The hospital's own 考核等级 bands for director contracts; absent means the default scale (domain.md). */
  gradeScale: GradeScaleSchema.optional(),
});

export type HospitalLevel = z.infer<typeof HospitalLevelSchema>;
export type HospitalType = z.infer<typeof HospitalTypeSchema>;
export type Membership = z.infer<typeof MembershipSchema>;
export type Hospital = z.infer<typeof HospitalSchema>;
