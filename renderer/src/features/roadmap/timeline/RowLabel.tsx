import { memo } from 'react';
import type { TimelineRow } from './types.ts';

// Plain elements only: rows mount and unmount on every scroll frame, and antd's Tag and icons bring context
// reads and CSS-in-JS work with each mount.
const OverdueTag = ({ children }: { children: string }) => <span className="rt-tag-overdue">{children}</span>;

interface RowLabelProps {
  row: TimelineRow;
  top: number;
  height: number;
  /** A group row on screen is a Tab stop; one drawn off screen (overscan) is not. */
  tabbable: boolean;
  onToggle: (groupId: string) => void;
}

/** Left column: a specialty (click to fold) or a task with its owner; overdue tasks in red with a tag. */
export const RowLabel = memo(function RowLabel({ row, top, height, tabbable, onToggle }: RowLabelProps) {
  if (row.kind === 'group') {
    const { group, collapsed } = row;
    return (
      <div
        className="rt-label rt-label-group"
        style={{ top, height }}
        role="button"
        tabIndex={tabbable ? 0 : -1}
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
        <span className="rt-caret" aria-hidden="true">
          {collapsed ? '▸' : '▾'}
        </span>
        <span className="rt-label-title" title={group.sublabel ? `${group.label}（${group.sublabel}）` : group.label}>
          {group.label}
          {group.sublabel && <span style={{ color: '#8c8c8c', fontWeight: 'normal', marginLeft: 6 }}>{group.sublabel}</span>}
        </span>
        <span className="rt-label-owner">{group.tasks.length} 项</span>
        {row.overdue > 0 && (
          <OverdueTag>{`逾期 ${row.overdue}`}</OverdueTag>
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
        <OverdueTag>逾期</OverdueTag>
      )}
    </div>
  );
});
