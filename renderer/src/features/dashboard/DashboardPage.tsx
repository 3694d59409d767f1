import { Card, Col, Empty, Flex, Row, Skeleton, Statistic } from 'antd';
import { Link } from 'react-router';
import { useReadiness } from '#renderer/features/readiness/useReadiness.ts';
import { useCurrentHospital } from '#renderer/features/hospital/useHospitals.ts';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { BudgetCharts, formatWan } from './BudgetCharts.tsx';
import { UPCOMING_DAYS } from './figures.ts';
import { GoalChart } from './GoalChart.tsx';
import { MilestoneList } from './MilestoneList.tsx';
import { ReadinessSummary } from './ReadinessSummary.tsx';
import { SpecialtyCharts } from './SpecialtyCharts.tsx';
import { useDashboardFigures } from './useDashboard.ts';

function Figure({ title, value, suffix, to, testId }: { title: string; value: number | string; suffix?: string; to: string; testId: string }) {
  return (
    <Card size="small" hoverable style={{ flex: '1 1 160px' }}>
      <Link to={to} data-testid={testId}>
        <Statistic title={title} value={value} suffix={suffix} />
      </Link>
    </Card>
  );
}

/** 总览: the selected hospital's specialties, goals, budget, roadmap dates and open readiness problems. */
export function DashboardPage() {
  const hospital = useCurrentHospital();
  const figures = useDashboardFigures(hospital?.id ?? null);
  const readiness = useReadiness(false);

  if (hospital === null) return <EmptyDatabase />;
  if (!hospital || !figures) return <Skeleton active />;

  const header = <PageHeader title="总览" article="四" description={`${hospital.name}的临床专科建设进展：专科布局、建设目标、经费预算、路线图节点和提交前检查。`} />;
  if (figures.specialtyCount === 0) {
    return (
      <>
        {header}
        <Card data-testid="dashboard-no-specialties">
          <Empty description="尚未建立临床专科：建立专科后，这里会显示专科布局、目标、经费和路线图">
            <Link to="/specialties">前往临床专科</Link>
          </Empty>
        </Card>
      </>
    );
  }

  return (
    <>
      {header}
      <Flex vertical gap={16}>
        <Flex gap={16} wrap data-testid="dashboard-figures">
          <Figure title="临床专科" value={figures.specialtyCount} suffix="个" to="/specialties" testId="figure-specialties" />
          <Figure title="建设目标" value={figures.goals.total} suffix="项" to="/specialties" testId="figure-goals" />
          <Figure title="经费预算合计" value={formatWan(figures.budget.total)} to="/specialties" testId="figure-budget" />
          <Figure title={`${UPCOMING_DAYS} 天内到期任务`} value={figures.upcoming.length} suffix="项" to="/roadmap" testId="figure-upcoming" />
          <Figure title="逾期任务" value={figures.overdue.length} suffix="项" to="/roadmap" testId="figure-overdue" />
        </Flex>
        <Row gutter={16}>
          <Col span={12}>
            <Card size="small" title="专科布局">
              <SpecialtyCharts byDiseaseArea={figures.byDiseaseArea} byType={figures.byType} />
            </Card>
          </Col>
          <Col span={12}>
            <Card size="small" title="建设目标完成情况（按关联路线图任务）">
              <GoalChart goals={figures.goals} />
            </Card>
          </Col>
        </Row>
        <Card size="small" title={`经费预算（合计 ${formatWan(figures.budget.total)}）`}>
          <BudgetCharts budget={figures.budget} />
        </Card>
        <Row gutter={16}>
          <Col span={8}>
            <Card size="small" title={`未来 ${UPCOMING_DAYS} 天到期`}>
              <MilestoneList items={figures.upcoming} kind="upcoming" />
            </Card>
          </Col>
          <Col span={8}>
            <Card size="small" title="已逾期">
              <MilestoneList items={figures.overdue} kind="overdue" />
            </Card>
          </Col>
          <Col span={8}>
            <Card size="small" title="提交前检查">
              <ReadinessSummary findings={readiness?.findings} />
            </Card>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
