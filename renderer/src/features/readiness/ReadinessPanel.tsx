import { Card, Col, Flex, Row, Skeleton, Statistic } from 'antd';
import { SEVERITIES, SEVERITY_LABELS, countBySeverity, type Finding } from '#shared/checks/index.ts';
import { FindingList } from './FindingList.tsx';
import type { FindingRecord } from './records.ts';
import { FindingsChart } from './FindingsChart.tsx';
import { SEVERITY_COLORS, SEVERITY_HINTS } from './severity.ts';

interface ReadinessPanelProps {
  findings: Finding[] | undefined;
  recordOf: (finding: Finding) => FindingRecord;
  hospitalNames?: Map<string, string>;
}

/** 提交前检查: counts per severity, findings per article, then every finding with a way to fix it. */
export function ReadinessPanel({ findings, recordOf, hospitalNames }: ReadinessPanelProps) {
  if (!findings) return <Skeleton active paragraph={{ rows: 8 }} />;
  const counts = countBySeverity(findings);
  return (
    <Flex vertical gap={16} data-testid="readiness-panel">
      <Row gutter={16}>
        <Col span={10}>
          <Flex vertical gap={12} style={{ height: '100%' }}>
            {SEVERITIES.map((s) => (
              <Card key={s} size="small" data-testid={`readiness-count-${s}`} style={{ borderInlineStart: `4px solid ${SEVERITY_COLORS[s]}` }}>
                <Flex justify="space-between" align="center">
                  <Statistic title={SEVERITY_LABELS[s]} value={counts[s]} suffix="项" styles={{ content: { color: SEVERITY_COLORS[s] } }} />
                  <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>{SEVERITY_HINTS[s]}</span>
                </Flex>
              </Card>
            ))}
          </Flex>
        </Col>
        <Col span={14}>
          <Card size="small" title="各条款问题数" style={{ height: '100%' }}>
            <FindingsChart findings={findings} />
          </Card>
        </Col>
      </Row>
      <FindingList findings={findings} recordOf={recordOf} hospitalNames={hospitalNames} />
    </Flex>
  );
}
