export { runChecks, countBySeverity, type CheckInput, type CheckOptions } from './run.ts';
export { RULES, FOUNDATION_RULES, createRegistry } from './registry.ts';
export { referencesTo, describeReferences, type Reference } from './references.ts';
export { EXPECTED_DISCIPLINES, expectsMeasure5, matchesExpected, missingExpected, type ExpectedDiscipline } from './expected.ts';
export { SEVERITIES, SEVERITY_LABELS, defineRule, type Finding, type FindingTarget, type Rule, type Severity } from './types.ts';
