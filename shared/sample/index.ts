import type { AllTables } from '../domain/index.ts';
import { generateDemo } from './demo.ts';
import { generateProvince } from './province.ts';

export type SampleSize = 'demo' | 'large';
export const SAMPLE_SIZES: readonly SampleSize[] = ['demo', 'large'];
export const DEFAULT_SAMPLE_SEED = 202322;

export interface SampleOptions {
  size: SampleSize;
  /** Same seed → byte-identical tables. Defaults to DEFAULT_SAMPLE_SEED. */
  seed?: number;
}

/**
 * Sample data for demos, tests and benchmarks; pure, so the renderer's 载入示例数据 and the CLI share it.
 *
 * Extension point: when a table is added to TABLE_SCHEMAS (specialties, contracts, KPI actuals …), AllTables
 * grows a key and this function stops compiling until a generator fills it. Give each new generator its own
 * `createRandom(seed, '<table>:…')` stream so existing tables keep their values for a seed.
 */
export function generateSample(options: SampleOptions): AllTables {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  return options.size === 'large' ? generateProvince(seed) : generateDemo(seed);
}

export { DEMO_HOSPITAL_NAME, DEMO_UNASSESSED_ADVANTAGE, DEMO_UNCLASSIFIED } from './demo.ts';
export { DEMO_NO_QC_OFFICER, DEMO_WEIGHT_95_UNIT } from './demo-extras.ts';
export { SAMPLE_DRG_VERSION } from './contract-kpis.ts';
export { DEMO_PLAN_DOC_NUMBER, DEMO_PLAN_TITLE } from './plan.ts';
export { SAMPLE_TODAY } from './specialties.ts';
export { CITIES, PROVINCE } from './province.ts';
export { SAMPLE_BASE_DATE, createRandom, type Random } from './random.ts';
