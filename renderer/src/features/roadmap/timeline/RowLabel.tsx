import { memo } from 'react';
import { CaretDownOutlined, CaretRightOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { TimelineRow } from './types.ts';

interface RowLabelProps {
  row: TimelineRow;
  top: number;
  height: number;
  onToggle: (groupId: string) => void;
}

/** Left column: a specialty (click to fold) or a task with its owner; overdue tasks in red with a tag. */
export const RowLabel = memo(function RowLabel({ row, top, height, onToggle }: RowLabelProps) {
  if (row.kind === 'group') {
    const { group, collapsed } = row;
    return (
      <div
        className="rt-label rt-label-group"
        style={{ top, height }}
        role="button"
        tabIndex={0}
        aria-expanded={!collapsed}
        aria-label={`${collapsed ? '展开' : '折叠'}${group.label}`}
        data-testid="roadmap-group"
        data-group-id={group.id}
        onClick={() => onToggle(group.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onToggle(group.id);
          }
        }}
      >
        {collapsed ? <CaretRightOutlined /> : <CaretDownOutlined />}
        <span className="rt-label-title" title={group.sublabel ? `${group.label}（${group.sublabel}）` : group.label}>
          {group.label}
          {group.sublabel && <span style={{ color: '#8c8c8c', fontWeight: 'normal', marginLeft: 6 }}>{group.sublabel}</span>}
        </span>
        <span className="rt-label-owner">{group.tasks.length} 项</span>
        {row.overdue > 0 && (
          <Tag color="error" style={{ marginInlineEnd: 0 }}>
            逾期 {row.overdue}
          </Tag>
        )}
      </div>
    );
  }
  const { task } = row;
  return (
    <div className="rt-label rt-label-task" style={{ top, height }} data-testid="roadmap-task" data-task-id={task.id} data-overdue={task.overdue ? 'true' : undefined}>
      <span className={`rt-label-title${task.overdue ? ' rt-overdue-text' : ''}`} title={task.title}>
        {task.start === task.end ? '◆ ' : ''}
        {task.title}
      </span>
      <span className="rt-label-owner">{task.owner}</span>
      {task.overdue && (
        <Tag color="error" style={{ marginInlineEnd: 0 }}>
          逾期
        </Tag>
      )}
    </div>
  );
});
