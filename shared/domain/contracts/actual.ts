import { z } from 'zod';
import { IdSchema, RecordMetaSchema, TimestampSchema, requiredText, text } from '../common.ts';
import { YearSchema, measure } from './fields.ts';

export const ACTUAL_SOURCES = ['MANUAL', 'IMPORT', 'HIS', 'DRG_SYSTEM', 'QC_PLATFORM'] as const;
export const ACTUAL_SOURCE_LABELS: Record<(typeof ACTUAL_SOURCES)[number], string> = {
  MANUAL: '手工填报',
  IMPORT: '文件导入',
  HIS: '医院信息系统',
  DRG_SYSTEM: 'DRG 系统',
  QC_PLATFORM: '质控平台',
};

/**
 * One year's measured value of a target. It points at the target line (`targetKey`, stable across
 * amendments) and the contract lineage (`contractRootId`), not at one version, so an amendment does not
 * lose what was entered. For VETO targets the value is the number of events (0 = none).
 */
export const ActualSchema = RecordMetaSchema.extend({
  contractRootId: IdSchema,
  targetKey: IdSchema,
  year: YearSchema,
  value: measure('实际值'),
  source: z.enum(ACTUAL_SOURCES, { error: '请选择数据来源' }),
  enteredBy: requiredText('填报人', 40),
  enteredAt: TimestampSchema,
  /** DRG version / reference set (e.g. CHS-DRG 2.0，省 2023 参考集); required for DRG KPIs by actualProblems. */
  drgVersion: text('DRG 版本', 60).nullable(),
  note: text('备注', 500),
});
export type Actual = z.infer<typeof ActualSchema>;

/**
 * The assessor's score of a QUALITATIVE target for one year. An empty reason is allowed while drafting, but
 * scoring treats it as not yet scored: the rule is "0..weight with a written reason".
 */
export const QualitativeScoreSchema = RecordMetaSchema.extend({
  contractRootId: IdSchema,
  targetKey: IdSchema,
  year: YearSchema,
  points: measure('定性评分').min(0, { error: '定性评分不能为负数' }),
  reason: text('评分理由', 1000),
  assessedBy: requiredText('考核人', 40),
  assessedAt: TimestampSchema,
});
export type QualitativeScore = z.infer<typeof QualitativeScoreSchema>;

/**
 * Actuals by target line, for scoring many contracts at once: built once, looked up per target without
 * building string keys. When two actuals share target and year (a correction), the later `enteredAt` wins.
 */
export class ActualIndex {
  private readonly byKey = new Map<string, Actual[]>();

  constructor(actuals: readonly Actual[]) {
    for (const actual of actuals) {
      const list = this.byKey.get(actual.targetKey);
      if (!list) {
        this.byKey.set(actual.targetKey, [actual]);
        continue;
      }
      let i = list.length - 1;
      while (i >= 0 && list[i]!.year !== actual.year) i--;
      if (i < 0) list.push(actual);
      else if (Date.parse(actual.enteredAt) >= Date.parse(list[i]!.enteredAt)) list[i] = actual;
    }
  }

  find(targetKey: string, year: number): Actual | undefined {
    const list = this.byKey.get(targetKey);
    if (!list) return undefined;
    for (let i = 0; i < list.length; i++) if (list[i]!.year === year) return list[i];
    return undefined;
  }
}

export type ParsedValue = { ok: true; value: number } | { ok: false; message: string };

/**
 * What a person types into an actual's field: '82.5', '82.5%', '1,234', full-width '８２．５'. Anything else is
 * refused at the field with the text quoted, rather than stored as 0 or NaN.
 */
export function parseMeasuredValue(input: string, label = '实际值'): ParsedValue {
  const normal = input.normalize('NFKC').trim().replace(/[,\s]/g, '').replace(/%$/, '');
  if (normal === '') return { ok: false, message: `请填写${label}` };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal)) return { ok: false, message: `${label}应为数字（输入的是「${input.trim()}」）` };
  const value = Number(normal);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `${label}超出可表示的范围` };
}
