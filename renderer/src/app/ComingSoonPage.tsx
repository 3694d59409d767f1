import { Card, Result, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { COMING_SOON } from '#renderer/i18n/index.ts';
import { ArticleLink } from '#renderer/ui/ArticleLink.tsx';
import type { NavItem } from './navigation.tsx';

/** Placeholder for a page of a later version: says so plainly, with no buttons that do nothing. */
export function ComingSoonPage({ item }: { item: NavItem }) {
  return (
    <Card data-testid="coming-soon">
      <Result
        icon={<ClockCircleOutlined style={{ color: '#0f6e6e' }} />}
        title={item.label}
        subTitle={COMING_SOON}
      >
        {item.comingSoon && (
          <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 0 }}>
            {item.comingSoon.purpose}
            <Typography.Text type="secondary">
              （<ArticleLink article={item.comingSoon.article} />）
            </Typography.Text>
          </Typography.Paragraph>
        )}
      </Result>
    </Card>
  );
}
