import { Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MilestoneItem } from './figures.ts';

interface MilestoneListProps {
  items: MilestoneItem[];
  kind: 'upcoming' | 'overdue';
}

const SHOWN = 6;

/** Roadmap tasks due soon or overdue, each opening its specialty's roadmap tab. */
export function MilestoneList({ items, kind }: MilestoneListProps) {
  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={kind === 'overdue' ? '没有逾期任务' : '未来 90 天内没有到期任务'} />;
  }
  return (
    <>
      <List
        size="small"
        data-testid={`milestones-${kind}`}
        dataSource={items.slice(0, SHOWN)}
        renderItem={(m) => (
          <List.Item
            extra={
              <Tag color={kind === 'overdue' ? 'red' : 'blue'}>{kind === 'overdue' ? `逾期 ${-m.days} 天` : m.days === 0 ? '今天到期' : `${m.days} 天后`}</Tag>
            }
          >
            <List.Item.Meta
              title={
                <Link to={`/specialties/${encodeURIComponent(m.specialtyId)}?tab=milestones`} data-testid="milestone-link">
                  {m.title}
                </Link>
              }
              description={`${m.specialtyName} · 截止 ${m.end}`}
            />
          </List.Item>
        )}
      />
      {items.length > SHOWN && (
        <Typography.Text type="secondary">
          另有 {items.length - SHOWN} 项，<Link to="/roadmap">在路线图中查看全部</Link>
        </Typography.Text>
      )}
    </>
  );
}
