import { useState } from 'react';
import { App, Button, Card, Empty, Skeleton } from 'antd';
import { v7 as uuidv7 } from 'uuid';
import { emptyPlanSections, type Hospital, type Plan } from '#shared/domain/index.ts';
import { useCurrentHospital } from '#renderer/features/hospital/useHospitals.ts';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { TablePreviewContext } from './tablePreviews.tsx';
import { useCurrentPlan, usePlanActions } from './usePlan.ts';
import { useTablePreviews } from './useTablePreviews.ts';

/** A first draft: this year and four more, the hospital as 发文机关, everything else still to write. */
function newPlan(hospital: Hospital): Plan {
  const year = new Date().getFullYear();
  return {
    id: uuidv7(),
    updatedAt: new Date().toISOString(),
    version: 0,
    hospitalId: hospital.id,
    title: `${hospital.name}临床专科能力建设规划（${year}—${year + 4}年）`,
    docNumber: '',
    issuingOrgan: hospital.name,
    issueDate: null,
    period: { startYear: year, endYear: year + 4 },
    sections: emptyPlanSections(),
    status: 'DRAFT',
  };
}

/**
 * 规划文本 (四.4): the hospital's 临床专科发展规划 as a 公文 — header fields, the 草稿 → 院内审议 → 已批准 → 已报送
 * workflow and the five standard sections, whose table blocks show the specialty tables live.
 */
export function PlanPage() {
  const { message } = App.useApp();
  const hospital = useCurrentHospital();
  const plan = useCurrentPlan(hospital?.id ?? null);
  const previews = useTablePreviews(hospital?.id ?? null);
  const actions = usePlanActions();
  const [creating, setCreating] = useState(false);

  if (hospital === null) return <EmptyDatabase />;

  const create = async (h: Hospital) => {
    setCreating(true);
    try {
      await actions.save(newPlan(h));
      void message.success('已起草新规划');
    } finally {
      setCreating(false);
    }
  };

  return (
    <>
      <PageHeader
        title="规划文本"
        article="四.4"
        description="按公文格式编写医院临床专科发展规划：标题按 GB/T 9704 自动编号，专科表格直接引用各专科页面的当前数据，无需重复录入。"
      />
      {/* The editors wait for the table previews too: tables arriving under a caret shift the page and the open
          menus while the user types. */}
      {!hospital || plan === undefined || (plan !== null && previews === undefined) ? (
        <Skeleton active />
      ) : plan === null ? (
        <Card>
          <Empty description="尚未起草临床专科发展规划">
            <Button type="primary" loading={creating} onClick={() => void create(hospital)} data-testid="plan-create">
              起草规划
            </Button>
          </Empty>
        </Card>
      ) : (
        <TablePreviewContext.Provider value={previews}>
          <PlanEditor key={plan.id} plan={plan} />
        </TablePreviewContext.Provider>
      )}
    </>
  );
}
