import { useMemo } from 'react';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { SEVERITY_LABELS, runChecks, type Finding } from '#shared/checks/index.ts';
import type { ChildTableName } from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { ArticleLink } from '#renderer/ui/ArticleLink.tsx';
import type { TabKey } from './labels.ts';

const SEVERITY_COLORS: Record<Finding['severity'], string> = { BLOCKER: 'red', WARNING: 'orange', INFO: 'blue' };

/** Which tab fixes a finding about a child table, or about a missing kind of child row (by rule id). */
const TAB_OF_TABLE: Partial<Record<ChildTableName, TabKey>> = { coreDiseases: 'diseases', goals: 'goals', resourceNeeds: 'needs', technologyProjects: 'tech', talentEntries: 'talent', grassrootsActivities: 'grassroots', qcIndicators: 'qc', milestones: 'milestones' };
const TAB_OF_RULE: Record<string, TabKey> = {
  'SPEC-NO-CORE-DISEASE': 'diseases', 'SPEC-NO-GOAL-2025': 'goals', 'SPEC-NO-GOAL-2030': 'goals', 'SPEC-NO-RESOURCE-NEED': 'needs',
  'SPEC-NO-TECH': 'tech', 'SPEC-NO-TALENT-ECHELON': 'talent', 'SPEC-NO-GRASSROOTS': 'grassroots', 'SPEC-NO-QC-BASELINE': 'qc',
};

interface SpecialtyFindingsProps {
  detail: SpecialtyDetail;
  onOpenTab: (tab: TabKey) => void;
  onEdit: () => void;
}

/** The readiness rules (提交前检查) run over this specialty alone, each finding with a way to the fix. */
export function SpecialtyFindings({ detail, onOpenTab, onEdit }: SpecialtyFindingsProps) {
  const findings = useMemo(() => {
    const { specialty, specialties, disciplines, children, plans } = detail;
    // The siblings are there for SPEC-LEAD-TWICE; only findings about this specialty and its rows are shown.
    const own = new Set([specialty.id, ...Object.values(children).flatMap((rows) => rows.map((r) => r.id))]);
    return runChecks({ disciplines, specialties, ...children, plans }).filter((f) => own.has(f.target.id));
  }, [detail]);

  if (findings.length === 0) {
    return (
      <Typography.Paragraph type="success" data-testid="specialty-findings">
        <CheckCircleOutlined /> 提交前检查未发现该专科的问题
      </Typography.Paragraph>
    );
  }
  const fix = (f: Finding) => {
    const tab = TAB_OF_RULE[f.ruleId] ?? TAB_OF_TABLE[f.target.table as ChildTableName];
    if (tab) return onOpenTab(tab);
    if (f.target.table === 'specialties') onEdit();
  };
  return (
    <Card size="small" title={`提交前检查（${findings.length} 项）`} style={{ marginBottom: 16 }} data-testid="specialty-findings">
      <div style={{ maxHeight: 150, overflowY: 'auto' }}>
        {findings.map((f, i) => (
          <Flex key={`${f.ruleId}-${f.target.id}-${i}`} gap={8} align="baseline" style={{ padding: '3px 0' }} data-testid={`specialty-finding-${f.ruleId}`}>
            <Tag color={SEVERITY_COLORS[f.severity]} style={{ flex: 'none' }}>
              {SEVERITY_LABELS[f.severity]}
            </Tag>
            <span style={{ flex: 1 }}>
              {f.message} <ArticleLink article={f.article} />
            </span>
            <Button type="link" size="small" onClick={() => fix(f)}>
              去处理
            </Button>
          </Flex>
        ))}
      </div>
    </Card>
  );
}
