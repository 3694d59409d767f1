import { CONTRACT_RULES } from './contracts.ts';
import { DISCIPLINE_RULES } from './disciplines.ts';
import { HOSPITAL_RULES } from './hospital.ts';
import { SPECIALTY_RULES } from './specialties.ts';
import type { Rule } from './types.ts';

/** Collects rule groups into one list; an id registered twice is a programming error, caught at start-up. */
export function createRegistry(...groups: (readonly Rule[])[]): readonly Rule[] {
  const seen = new Set<string>();
  const rules = groups.flat();
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new Error(`Readiness rule '${rule.id}' is registered twice`);
    seen.add(rule.id);
  }
  return rules;
}

/** Every readiness rule (提交前检查). A new rule group is one file plus one entry here. */
export const RULES: readonly Rule[] = createRegistry(DISCIPLINE_RULES, HOSPITAL_RULES, SPECIALTY_RULES, CONTRACT_RULES);

/** The hospital and discipline rules alone (issue 4's 学科梳理 and the tests about them). */
export const FOUNDATION_RULES: readonly Rule[] = createRegistry(DISCIPLINE_RULES, HOSPITAL_RULES);
