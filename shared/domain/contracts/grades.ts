import { z } from 'zod';
import { requiredText } from '../common.ts';

/**
 * Grade bands, highest first: a total at or above `min` earns `label`; below every band earns `fail`.
 * Configurable per hospital (domain.md), so it is data with a schema rather than constants in the scorer.
 */
export const GradeScaleSchema = z
  .object({
    levels: z
      .array(z.object({ label: requiredText('等级名称', 10), min: z.number({ error: '分数线应为数字' }).min(0).max(200) }))
      .min(1, { error: '至少需要一个等级' })
      .max(8, { error: '等级不能超过 8 个' }),
    fail: requiredText('不合格等级名称', 10),
  })
  .superRefine((scale, ctx) => {
    for (let i = 1; i < scale.levels.length; i++) {
      const prev = scale.levels[i - 1]!;
      const next = scale.levels[i]!;
      if (next.min >= prev.min) {
        ctx.addIssue({ code: 'custom', message: `等级「${next.label}」的分数线应低于「${prev.label}」`, path: ['levels', i, 'min'] });
      }
    }
  });
export type GradeScale = z.infer<typeof GradeScaleSchema>;

export const DEFAULT_GRADES: GradeScale = {
  levels: [
    { label: '优秀', min: 90 },
    { label: '良好', min: 80 },
    { label: '合格', min: 60 },
  ],
  fail: '不合格',
};

export function gradeFor(total: number, scale: GradeScale = DEFAULT_GRADES): string {
  for (const level of scale.levels) if (total >= level.min) return level.label;
  return scale.fail;
}
