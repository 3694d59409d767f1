import { MILESTONE_STATUS_LABELS } from '#shared/domain/index.ts';
import { chineseDate, dayNumber } from './scale.ts';
import type { TimelineTask } from './types.ts';

interface TaskTooltipProps {
  task: TimelineTask;
  /** The dates shown: the preview while dragging, else the task's own. */
  start: string;
  end: string;
  x: number;
  y: number;
  dependencyTitles: string[];
}

/** Hover card of a task, in Chinese; follows the drag so the user sees the dates before letting go. */
export function TaskTooltip({ task, start, end, x, y, dependencyTitles }: TaskTooltipProps) {
  const days = dayNumber(end) - dayNumber(start) + 1;
  const left = Math.min(x + 14, window.innerWidth - 340);
  return (
    <div className="rt-tooltip" role="tooltip" data-testid="roadmap-tooltip" style={{ left, top: y + 16 }}>
      <div className="rt-tooltip-title">{task.title}</div>
      {start === end ? (
        <div>里程碑日期：{chineseDate(start)}</div>
      ) : (
        <div>
          起止：{chineseDate(start)} 至 {chineseDate(end)}（{days > 0 ? `${days} 天` : '结束早于开始'}）
        </div>
      )}
      <div>负责人：{task.owner || '未指定'}</div>
      <div>
        状态：{MILESTONE_STATUS_LABELS[task.status]}
        {task.overdue && <span style={{ color: '#ff7875' }}>（已逾期）</span>}
      </div>
      {dependencyTitles.length > 0 && <div>前置任务：{dependencyTitles.join('、')}</div>}
      <div style={{ color: '#bfbfbf' }}>拖动可调整时间，拖动两端可调整起止日期；双击或按 Enter 打开任务</div>
    </div>
  );
}
