import { useMemo, useState } from 'react';
import { Col, Row, Segmented, Skeleton } from 'antd';
import { COMMON } from '#renderer/i18n/index.ts';
import { ExportPanel } from '#renderer/features/export/ExportPanel.tsx';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { ReadinessPanel } from './ReadinessPanel.tsx';
import { useReadiness } from './useReadiness.ts';

type Scope = 'CURRENT' | 'ALL';

/**
 * 导出与提交 (#/export, #/readiness): the readiness check a plan must pass before it is submitted, and beside
 * it the export of the formal documents (features/export), which always exports the current hospital.
 */
export function ReadinessPage() {
  const [scope, setScope] = useState<Scope>('CURRENT');
  const readiness = useReadiness(scope === 'ALL');
  const hospitals = readiness?.hospitals;
  const hospitalNames = useMemo(() => new Map((hospitals ?? []).map((h) => [h.id, h.name])), [hospitals]);
  const currentId = readiness?.current?.id;
  const findings = readiness?.findings;
  const currentFindings = useMemo(() => findings?.filter((f) => f.hospitalId === currentId), [findings, currentId]);

  if (!readiness) return <Skeleton active />;
  const multi = readiness.hospitals.length > 1;
  const header = (
    <PageHeader
      title="提交前检查"
      description="按指导意见逐条检查规划数据：阻断项须在提交卫生健康行政部门前处理，警告和提示供完善规划参考。数据一经修改，检查结果随即更新。"
      extra={
        multi && (
          <Segmented<Scope>
            data-testid="readiness-scope"
            value={scope}
            onChange={setScope}
            options={[
              { value: 'CURRENT', label: readiness.current?.name ?? '当前医院' },
              { value: 'ALL', label: COMMON.allHospitals },
            ]}
          />
        )
      }
    />
  );
  if (!readiness.current) {
    return (
      <>
        {header}
        <EmptyDatabase />
      </>
    );
  }
  return (
    <>
      {header}
      <Row gutter={16} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <ReadinessPanel
            findings={readiness.findings}
            recordOf={readiness.recordOf}
            hospitalNames={multi && scope === 'ALL' ? hospitalNames : undefined}
          />
        </Col>
        <Col flex="360px">
          <div style={{ position: 'sticky', top: 16 }}>
            <ExportPanel hospital={readiness.current} findings={currentFindings} tables={readiness.tables} />
          </div>
        </Col>
      </Row>
    </>
  );
}
