import { z } from 'zod';
import { IdSchema, RecordMetaSchema } from '../common.ts';
import { KpiDefinitionSchema, KpiIdSchema } from '../kpi/types.ts';
import { YearSchema, measure, plainNumber } from './fields.ts';

/**
 * One band of a tiered rule: [from, to) → share of the weight. `from` is inclusive and `to` exclusive, so a
 * value on a boundary belongs to the upper band; null means open-ended (−∞ / +∞).
 */
export const TierSchema = z
  .object({
    from: measure('档位下限').nullable(),
    to: measure('档位上限').nullable(),
    share: measure('得分比例').min(0, { error: '得分比例应在 0–1 之间' }).max(1, { error: '得分比例应在 0–1 之间' }),
  })
  .refine((t) => t.from === null || t.to === null || t.from < t.to, { error: '档位下限应小于上限', path: ['to'] });
export type Tier = z.infer<typeof TierSchema>;

export const tierLabel = (t: Tier, suffix = '') =>
  t.from === null ? `< ${plainNumber(t.to ?? Infinity)}${suffix}` : t.to === null ? `≥ ${plainNumber(t.from)}${suffix}` : `${plainNumber(t.from)}–${plainNumber(t.to)}${suffix}`;

/** Tiers may leave gaps (a value there earns 0), never overlap: one value must have one share. */
function tierOverlap(tiers: readonly Tier[]): string | null {
  const sorted = [...tiers].sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i]!;
    if ((prev.to ?? Infinity) > (next.from ?? -Infinity)) return `档位 ${tierLabel(prev)} 与 ${tierLabel(next)} 重叠`;
  }
  return null;
}

/**
 * How a target turns an actual into points (domain.md, "Contract scoring rules"). TIERED bands apply to the
 * actual value, or with basis ATTAINMENT to the completion rate in percent (actual ÷ target for ↑,
 * target ÷ actual for ↓), which lets one band table serve every year of the term.
 */
export const ScoringRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('THRESHOLD') }),
    z.object({
      kind: z.literal('PROPORTIONAL'),
      /** Over-achievement earns at most cap × weight; above 1 lets a contract reward it, 2 is a sanity bound. */
      cap: measure('封顶系数').min(1, { error: '封顶系数应在 1–2 之间' }).max(2, { error: '封顶系数应在 1–2 之间' }).default(1),
    }),
    z
      .object({
        kind: z.literal('TIERED'),
        basis: z.enum(['VALUE', 'ATTAINMENT'], { error: '请选择分档依据' }).default('VALUE'),
        tiers: z.array(TierSchema).min(1, { error: '分档计分至少需要一个档位' }).max(10, { error: '档位不能超过 10 个' }),
      })
      .superRefine((rule, ctx) => {
        const overlap = tierOverlap(rule.tiers);
        if (overlap) ctx.addIssue({ code: 'custom', message: overlap, path: ['tiers'] });
      }),
    z.object({ kind: z.literal('QUALITATIVE') }),
    z.object({ kind: z.literal('VETO') }),
  ],
  { error: '请选择计分方式' },
);
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
export type RuleKind = ScoringRule['kind'];
export const SCORING_RULE_LABELS: Record<RuleKind, string> = {
  THRESHOLD: '达标计分',
  PROPORTIONAL: '比例计分',
  TIERED: '分档计分',
  QUALITATIVE: '定性评价',
  VETO: '一票否决',
};

/** One year's target: a number for ↑/↓ KPIs, a range (inclusive both ends) for monitor KPIs. */
export const AnnualTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('VALUE'), year: YearSchema, value: measure('目标值') }),
    z
      .object({ kind: z.literal('RANGE'), year: YearSchema, min: measure('目标下限'), max: measure('目标上限') })
      .refine((r) => r.min <= r.max, { error: '目标下限不能大于上限', path: ['max'] }),
  ],
  { error: '请选择目标类型' },
);
export type AnnualTarget = z.infer<typeof AnnualTargetSchema>;

/** Weights are entered with at most two decimals, so sums are checked exactly in hundredths. */
const WeightSchema = measure('权重')
  .min(0, { error: '权重不能为负数' })
  .max(100, { error: '权重不能超过 100' })
  .refine((w) => Math.abs(w * 100 - Math.round(w * 100)) < 1e-6, { error: '权重最多保留两位小数' });

/**
 * 考核指标. The KPI's name, dimension, unit and direction are copied from the catalogue when the target is
 * created, so a signed contract keeps the wording it was signed with; `kpiId` null marks a custom KPI.
 * `key` is stable across amendments (an amendment copies it to the new version's target), so actuals entered
 * against version 1 still count for version 2 and the version diff can match targets.
 */
export const ContractTargetSchema = RecordMetaSchema.extend(KpiDefinitionSchema.shape).extend({
  contractId: IdSchema,
  key: IdSchema,
  order: z.number().int().min(0),
  kpiId: KpiIdSchema.nullable(),
  baseline: z.object({ year: YearSchema.nullable(), value: measure('基线值').nullable() }),
  annualTargets: z.array(AnnualTargetSchema).max(12, { error: '年度目标不能超过 12 个' }),
  weight: WeightSchema,
  rule: ScoringRuleSchema,
});
export type ContractTarget = z.infer<typeof ContractTargetSchema>;

/** The year's target, or undefined. Annual targets are few (one per term year), so a scan beats a map. */
export function goalFor(target: ContractTarget, year: number): AnnualTarget | undefined {
  const goals = target.annualTargets;
  for (let i = 0; i < goals.length; i++) if (goals[i]!.year === year) return goals[i];
  return undefined;
}
