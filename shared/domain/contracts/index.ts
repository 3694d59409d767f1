// Field helpers (measure, IsoDateSchema …) stay internal: other features define their own, and `export *` of
// both into shared/domain/index.ts would collide. Only the value formatter is public.
export { withUnit as formatKpiValue, plainNumber as formatPlainNumber } from './fields.ts';
export * from './contract.ts';
export * from './target.ts';
export * from './actual.ts';
export * from './create.ts';
export * from './rules.ts';
export * from './grades.ts';
export * from './scoring.ts';
export * from './explain.ts';
export * from './versioning.ts';
export * from './workflow.ts';
export * from './diff.ts';
export * from './templates.ts';
