import { z } from 'zod';
import { requiredText } from '../common.ts';

export { IsoDateSchema, YearSchema, measure } from '../common.ts';

/** Clauses of a contract (职责、权利、义务 …): each item one sentence a person typed. */
export function clauseList(label: string, maxItems = 30) {
  return z.array(requiredText(label, 500)).max(maxItems, { error: `${label}不能超过 ${maxItems} 条` });
}

/** Numbers as a person writes them: no trailing zeros, at most four decimals ('12000', '0.85', '1.2'). */
export function plainNumber(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

/** A proportional cap as the contract text writes it: '1.0', '1.2'. */
export const capText = (cap: number) => (Number.isInteger(cap) ? cap.toFixed(1) : plainNumber(cap));

/** A value with its unit for Chinese sentences: '82.0%', '12000 人次', '1.25' (dimensionless). */
export function withUnit(value: number, unit: string): string {
  if (unit === '%' || unit === '‰') {
    const text = plainNumber(value);
    return `${text.includes('.') ? text : value.toFixed(1)}${unit}`;
  }
  return unit === '' ? plainNumber(value) : `${plainNumber(value)} ${unit}`;
}

/**
 * Deep copy of JSON data (every record here is plain JSON). Shared code has no DOM/Node typings, so not the
 * global structuredClone; the copy is what keeps callers from aliasing a stored record's arrays.
 */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
