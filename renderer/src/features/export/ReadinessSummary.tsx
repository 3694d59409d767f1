import { Alert, Flex, Skeleton, Tag } from 'antd';
import { SEVERITIES, SEVERITY_LABELS, countBySeverity, type Finding } from '#shared/checks/index.ts';
import { SEVERITY_COLORS } from '#renderer/features/readiness/severity.ts';

/** The check's verdict at the export button: counts per severity, and a warning while anything blocks. */
export function ReadinessSummary({ findings }: { findings: Finding[] | undefined }) {
  if (!findings) return <Skeleton active title={false} paragraph={{ rows: 1 }} />;
  const counts = countBySeverity(findings);
  return (
    <Flex vertical gap={8} data-testid="export-readiness">
      <Flex gap={4} wrap>
        {SEVERITIES.map((s) => (
          <Tag key={s} color={SEVERITY_COLORS[s]} data-testid={`export-readiness-${s}`}>
            {SEVERITY_LABELS[s]} {counts[s]} 项
          </Tag>
        ))}
      </Flex>
      {counts.BLOCKER > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={`有 ${counts.BLOCKER} 项阻断问题，正式提交前须处理`}
          description="仍可导出草稿供内部审阅；处理后重新导出正式文件。"
        />
      ) : (
        <Alert type="success" showIcon title="没有阻断问题，可以导出正式文件" />
      )}
    </Flex>
  );
}
