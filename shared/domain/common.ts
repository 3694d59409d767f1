import { z } from 'zod';

/** Record ids are UUIDs (v7 for new records, so they sort by creation time). */
export const IdSchema = z.string().min(1, { error: '缺少编号' }).max(64, { error: '编号过长' });
export type Id = z.infer<typeof IdSchema>;

/** ISO-8601 timestamp with offset, e.g. 2024-01-08T09:30:00.000Z. */
export const TimestampSchema = z.iso.datetime({ offset: true, error: '时间格式应为 ISO 8601' });

/** Free text a person typed: trimmed; `label` names the field in the Chinese error. */
export function text(label: string, max = 200) {
  return z.string({ error: `${label}应为文字` }).trim().max(max, { error: `${label}不能超过 ${max} 个字` });
}

export function requiredText(label: string, max = 200) {
  return text(label, max).min(1, { error: `请填写${label}` });
}

export function count(label: string, max = 100_000) {
  return z
    .number({ error: `${label}应为数字` })
    .int({ error: `${label}应为整数` })
    .min(0, { error: `${label}不能为负数` })
    .max(max, { error: `${label}不能超过 ${max}` });
}

/** Fields every stored record carries; `version` counts local edits (sync uses it as the base version). */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  updatedAt: TimestampSchema,
  version: z.number().int().min(1),
});

/** Calendar dates without time (terms, signatures, milestones): the text compares in date order. */
export const IsoDateSchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const YearSchema = z
  .number({ error: '年份应为数字' })
  .int({ error: '年份应为整数' })
  .min(2000, { error: '年份应在 2000–2100 之间' })
  .max(2100, { error: '年份应在 2000–2100 之间' });

/** A measured number (a rate, a count, an actual). zod 4 already refuses NaN and ±Infinity. */
export function measure(label: string) {
  return z.number({ error: `${label}应为数字` });
}
