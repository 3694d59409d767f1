import { memo } from 'react';
import { Empty, Typography } from 'antd';
import { Link } from 'react-router';
import type { PolicyMatch } from '#shared/policy-text/index.ts';
import { policyPath } from '#renderer/ui/ArticleLink.tsx';

interface PolicySearchHitsProps {
  query: string;
  hits: PolicyMatch[];
  limit: number;
}

/** Search results with context; each opens the reader at its article with the query marked there. */
export const PolicySearchHits = memo(function PolicySearchHits({ query, hits, limit }: PolicySearchHitsProps) {
  if (hits.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`未找到“${query}”`} />;
  return (
    <div data-testid="policy-hits">
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {hits.length >= limit ? `前 ${limit} 处匹配` : `共 ${hits.length} 处匹配`}
      </Typography.Text>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {hits.map((hit, i) => (
          <li key={i} style={{ borderBottom: '1px solid #f0f0f0' }}>
            <Link
              // The text as printed, not as typed: the search folds spaces and width, the marking in the reader does not.
              to={`${policyPath(hit.ref)}?q=${encodeURIComponent(hit.match)}`}
              data-testid="policy-hit"
              style={{ display: 'block', padding: '6px 4px', color: 'inherit' }}
            >
              <Typography.Text strong style={{ color: '#0f6e6e' }}>
                {hit.ref} {hit.title}
              </Typography.Text>
              <div style={{ fontSize: 13, lineHeight: 1.7 }}>
                …{hit.before}
                <mark>{hit.match}</mark>
                {hit.after}…
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
});
