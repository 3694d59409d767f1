import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { ArticleLink } from './ArticleLink.tsx';

interface PageHeaderProps {
  title: string;
  /** Guidance article the page serves, shown as 依据：四.3 so users see why the page exists. */
  article?: string;
  description?: ReactNode;
  extra?: ReactNode;
}

export function PageHeader({ title, article, description, extra }: PageHeaderProps) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} style={{ marginBottom: 16 }}>
      <div style={{ flex: '1 1 auto', minWidth: 0 }}>
        <Flex align="center" gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {article && <ArticleLink article={article} variant="tag" />}
        </Flex>
        {description && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {description}
          </Typography.Paragraph>
        )}
      </div>
      {extra && (
        <Flex gap={8} align="center" style={{ flex: 'none' }}>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
