import { z } from 'zod';
import { requiredText, text } from '../common.ts';

/** The seven dimensions of the KPI catalogue (domain.md); a contract's target table is grouped by them. */
export const KPI_DIMENSIONS = [
  'SERVICE',
  'TECHNOLOGY',
  'QUALITY_SAFETY',
  'EFFICIENCY',
  'TALENT_RESEARCH',
  'GRASSROOTS',
  'PATIENT_EXPERIENCE',
] as const;
export const KpiDimensionSchema = z.enum(KPI_DIMENSIONS, { error: '请选择指标维度' });
export type KpiDimension = z.infer<typeof KpiDimensionSchema>;
export const DIMENSION_LABELS: Record<KpiDimension, string> = {
  SERVICE: '医疗服务能力',
  TECHNOLOGY: '医疗技术水平',
  QUALITY_SAFETY: '医疗质量安全',
  EFFICIENCY: '效率',
  TALENT_RESEARCH: '人才与科研',
  GRASSROOTS: '基层帮扶',
  PATIENT_EXPERIENCE: '患者体验',
};

/**
 * UP: higher is better; DOWN: lower is better; MONITOR (监测比较): no better direction, so a contract gives
 * the indicator a target range instead of a number.
 */
export const KPI_DIRECTIONS = ['UP', 'DOWN', 'MONITOR'] as const;
export const KpiDirectionSchema = z.enum(KPI_DIRECTIONS, { error: '请选择指标方向' });
export type KpiDirection = z.infer<typeof KpiDirectionSchema>;
export const DIRECTION_LABELS: Record<KpiDirection, string> = { UP: '↑ 越高越好', DOWN: '↓ 越低越好', MONITOR: '监测（目标区间）' };
export const DIRECTION_ARROWS: Record<KpiDirection, string> = { UP: '↑', DOWN: '↓', MONITOR: '↔' };

/**
 * Units the catalogue uses, offered as choices for custom KPIs. '' is a dimensionless value (CMI, 总权重,
 * 消耗指数, 医护比); a custom KPI may name another unit, so the schema takes free text.
 */
export const KPI_UNITS = ['人次', '%', '例', '个', '项', '人', '次', '篇', '起', '天', '万元', '分', 'DDDs/百人天', ''] as const;
export const KpiUnitSchema = text('单位', 12);
export const unitLabel = (unit: string) => (unit === '' ? '无单位' : unit);

/** Catalogue ids are stable English slugs: contracts store them, so renaming one orphans signed targets. */
export const KpiIdSchema = z
  .string({ error: '指标编号应为文字' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: '指标编号只能由小写字母、数字和连字符组成' })
  .max(60, { error: '指标编号过长' });

/** What every KPI states, catalogue or custom: the target table copies these onto each target. */
export const KpiDefinitionSchema = z.object({
  name: requiredText('指标名称', 60),
  dimension: KpiDimensionSchema,
  unit: KpiUnitSchema,
  direction: KpiDirectionSchema,
  /** How the value is computed, in the hospital's words (numerator ÷ denominator, source). */
  definition: text('指标定义', 500),
});
export type KpiDefinition = z.infer<typeof KpiDefinitionSchema>;

export const KpiCatalogueEntrySchema = KpiDefinitionSchema.extend({
  id: KpiIdSchema,
  /** A 三级公立医院绩效考核 (国考) indicator: the hospital reports it nationally, so contracts should reuse it. */
  national: z.boolean(),
  /** The 国考 wording when the catalogue's short name differs from it; null when identical or not 国考. */
  nationalName: z.string().nullable(),
  /** Taken from the hospital's DRG system, never computed by the app; an actual must name the DRG version. */
  drg: z.boolean(),
});
export type KpiCatalogueEntry = z.infer<typeof KpiCatalogueEntrySchema>;

/** A KPI a hospital defines itself (e.g. 报告及时率 for a platform discipline): same fields, no flags. */
export const CustomKpiSchema = KpiDefinitionSchema;
export type CustomKpi = z.infer<typeof CustomKpiSchema>;
