import type { AllTables, TableName } from '../domain/index.ts';

export const SEVERITIES = ['BLOCKER', 'WARNING', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { BLOCKER: '阻断', WARNING: '警告', INFO: '提示' };

/** Where the UI should go to fix a finding: the record, and the field when one field is at fault. */
export interface FindingTarget {
  table: TableName;
  id: string;
  field?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Article of 国卫医政发〔2023〕22号 section 四, e.g. '四.3'. */
  article: string;
  /** Chinese sentence naming the record, shown as is. */
  message: string;
  target: FindingTarget;
  /** Hospital the finding belongs to, for filtering and grouping; null when no hospital is known. */
  hospitalId: string | null;
}

export interface Rule {
  id: string;
  severity: Severity;
  article: string;
  title: string;
  run(tables: AllTables): Finding[];
}

export type Report = (message: string, target: FindingTarget, hospitalId: string | null) => void;

/** A rule written as "look at the tables, report what is wrong"; the finding's fixed fields come from the rule. */
export function defineRule(spec: Omit<Rule, 'run'> & { check: (tables: AllTables, report: Report) => void }): Rule {
  const { check, ...meta } = spec;
  return {
    ...meta,
    run(tables) {
      const findings: Finding[] = [];
      check(tables, (message, target, hospitalId) =>
        findings.push({ ruleId: meta.id, severity: meta.severity, article: meta.article, message, target, hospitalId }),
      );
      return findings;
    },
  };
}
