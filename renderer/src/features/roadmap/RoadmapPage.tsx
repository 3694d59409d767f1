import { useCallback, useMemo } from 'react';
import { App, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { brokenDependencyMessage } from '#shared/domain/index.ts';
import { moveMilestone, useDatabase } from '#renderer/db/index.ts';
import { useCurrentHospital, useHospitals } from '#renderer/features/hospital/useHospitals.ts';
import { useRoadmapFilters, type RoadmapScope } from '#renderer/stores/roadmapFilters.ts';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { RoadmapLegend } from './RoadmapLegend.tsx';
import { RoadmapToolbar } from './RoadmapToolbar.tsx';
import { RoadmapTimeline, type MoveHandler, type TimelineTask } from './timeline/RoadmapTimeline.tsx';
import { ROADMAP_MARKERS, todayIso, useOwners, useRoadmapData, useTimelineGroups } from './useRoadmap.ts';

/** A link may ask for every hospital (`#/roadmap?hospital=all`); it wins over the stored scope. */
function useScope(): [RoadmapScope, (scope: RoadmapScope) => void] {
  const stored = useRoadmapFilters((s) => s.scope);
  const setStored = useRoadmapFilters((s) => s.setScope);
  const [params, setParams] = useSearchParams();
  const scope: RoadmapScope = params.get('hospital') === 'all' ? 'ALL' : stored;
  const setScope = useCallback(
    (next: RoadmapScope) => {
      setStored(next);
      if (params.has('hospital')) setParams({}, { replace: true });
    },
    [setStored, params, setParams],
  );
  return [scope, setScope];
}

/**
 * 路线图 (五.（一） 制定时间表和路线图): every specialty's tasks and milestones on one timeline, against the
 * 2025年末 and 2030年 horizons of 二. Dragging a bar changes the task's dates; the database refuses dates outside
 * the plan period or an end before the start, and the bar snaps back with the reason.
 */
export function RoadmapPage() {
  const db = useDatabase();
  const { message } = App.useApp();
  const hospital = useCurrentHospital();
  const hospitals = useHospitals();
  const [scope, setScope] = useScope();
  const filters = useRoadmapFilters();
  const today = useMemo(todayIso, []);
  // Every hospital needs no hospital record first: the read starts with the page, not after another query.
  const hospitalId = scope === 'ALL' ? null : hospital === undefined ? undefined : (hospital?.id ?? undefined);
  const data = useRoadmapData(hospitalId);
  const groups = useTimelineGroups(data, { specialtyIds: filters.specialtyIds, owner: filters.owner, hospitals: scope === 'ALL' ? (hospitals ?? []) : null }, today);
  const owners = useOwners(data);

  const onMove = useCallback<MoveHandler>(
    async (task, start, end) => {
      try {
        const { broken } = await moveMilestone(db, task.id, start, end);
        message.success(start === end ? `已将「${task.title}」调整为 ${start}` : `已将「${task.title}」调整为 ${start} 至 ${end}`);
        // Allowed (plans slip), but said: the arrow turns red until one of the two moves.
        if (broken.length > 0) void message.warning({ content: `前置关系被打破：${broken.map(brokenDependencyMessage).join('；')}`, duration: 8 });
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    [db, message],
  );
  const onRefused = useCallback((reason: string) => void message.error({ content: `未能调整：${reason}`, duration: 6 }), [message]);
  const navigate = useNavigate();
  // Groups are specialties: a task opens in its specialty's 建设任务 tab.
  const onOpen = useCallback((_task: TimelineTask, specialtyId: string) => void navigate(`/specialties/${encodeURIComponent(specialtyId)}?tab=milestones`), [navigate]);

  if (hospital === null) return <EmptyDatabase />;
  if (!data || !hospitals) return <Skeleton active />;

  const shownTasks = groups.reduce((n, g) => n + g.tasks.length, 0);
  const overdue = groups.reduce((n, g) => n + g.tasks.filter((t) => t.overdue).length, 0);

  return (
    <>
      <PageHeader
        title="路线图"
        article="五.（一）"
        description="各临床专科建设任务与里程碑的时间表。拖动任务条调整时间，拖动两端调整开始或结束日期，选中后也可用方向键调整；任务须在规划期内，结束日期不得早于开始日期。"
      />
      {data.milestones.length === 0 ? (
        <Card>
          <Empty description="尚未制定建设任务">
            <Link to="/specialties">前往临床专科</Link>
          </Empty>
        </Card>
      ) : (
        <Flex vertical gap={12}>
          <RoadmapToolbar
            specialties={data.specialties}
            hospitals={hospitals}
            owners={owners}
            multiHospital={hospitals.length > 1}
            scope={scope}
            onScope={setScope}
            groupIds={groups.map((g) => g.id)}
          />
          <Flex justify="space-between" align="center" wrap gap={12}>
            <RoadmapLegend markers={ROADMAP_MARKERS} />
            <Typography.Text type="secondary" data-testid="roadmap-count">
              {groups.length} 个专科，{shownTasks} 项任务
              {overdue > 0 && <Typography.Text type="danger">，逾期 {overdue} 项</Typography.Text>}
            </Typography.Text>
          </Flex>
          {groups.length === 0 ? (
            <Card>
              <Empty description="没有符合筛选条件的任务" />
            </Card>
          ) : (
            <RoadmapTimeline
              groups={groups}
              zoom={filters.zoom}
              markers={ROADMAP_MARKERS}
              today={today}
              collapsed={filters.collapsed}
              onToggleGroup={filters.toggleGroup}
              onMove={onMove}
              onRefused={onRefused}
              onOpen={onOpen}
              height="calc(100vh - 290px)"
            />
          )}
        </Flex>
      )}
    </>
  );
}
