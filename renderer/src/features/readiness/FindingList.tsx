import { memo } from 'react';
import { Card, Empty, Flex, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { SEVERITIES, SEVERITY_LABELS, type Finding } from '#shared/checks/index.ts';
import { ArticleLink } from '#renderer/ui/ArticleLink.tsx';
import type { FindingRecord } from './records.ts';
import { SEVERITY_COLORS } from './severity.ts';

// A province database can produce thousands of findings; each group lists the first ones and says so.
const SHOWN = 200;
const SECONDARY = { color: 'rgba(0, 0, 0, 0.45)' };

interface FindingListProps {
  findings: Finding[];
  recordOf: (finding: Finding) => FindingRecord;
  /** Set in the 全部医院 view, so each finding says whose it is. */
  hospitalNames?: Map<string, string>;
}

function FindingRow({ finding: f, recordOf, hospitalNames }: { finding: Finding } & Omit<FindingListProps, 'findings'>) {
  const { label, path } = recordOf(f);
  return (
    <li
      data-testid={`readiness-finding-${f.ruleId}`}
      style={{ display: 'flex', gap: 12, alignItems: 'baseline', padding: '8px 4px', borderBottom: '1px solid #f0f0f0' }}
    >
      <Typography.Text code style={{ flex: 'none', fontSize: 12 }}>
        {f.ruleId}
      </Typography.Text>
      <span style={{ flex: 1 }}>
        {hospitalNames && f.hospitalId && <span style={SECONDARY}>{hospitalNames.get(f.hospitalId)} · </span>}
        {f.message}
        <span style={{ ...SECONDARY, marginInlineStart: 8, fontSize: 12 }}>
          <ArticleLink article={f.article} />
        </span>
      </span>
      {path ? (
        <Link to={path} style={{ flex: 'none' }} title={`打开${label}`} data-testid="open-record">
          打开
        </Link>
      ) : (
        <span style={{ ...SECONDARY, flex: 'none' }} title="该类记录的页面将在后续版本提供">
          {label}
        </span>
      )}
    </li>
  );
}

/** Findings grouped 阻断 → 警告 → 提示, each with its rule id, article, message and the record to fix. */
export const FindingList = memo(function FindingList({ findings, recordOf, hospitalNames }: FindingListProps) {
  if (findings.length === 0) {
    return (
      <Card size="small">
        <Empty
          image={<CheckCircleOutlined style={{ fontSize: 40, color: '#3fa69a' }} />}
          description="未发现问题，可以提交。"
        />
      </Card>
    );
  }
  return (
    <Flex vertical gap={16}>
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <Card
            key={severity}
            size="small"
            data-testid={`readiness-group-${severity}`}
            title={<span style={{ color: SEVERITY_COLORS[severity] }}>{`${SEVERITY_LABELS[severity]}（${group.length} 项）`}</span>}
          >
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {group.slice(0, SHOWN).map((f, i) => (
                <FindingRow key={`${f.ruleId}-${f.target.id}-${i}`} finding={f} recordOf={recordOf} hospitalNames={hospitalNames} />
              ))}
            </ul>
            {group.length > SHOWN && (
              <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: '8px 0 0' }}>
                另有 {group.length - SHOWN} 项未列出，请先处理以上问题或切换到单个医院查看。
              </Typography.Paragraph>
            )}
          </Card>
        );
      })}
    </Flex>
  );
});
