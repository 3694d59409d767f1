import { memo } from 'react';
import { Link } from 'react-router';
import type { PolicyArticle } from '#shared/policy-text/index.ts';
import { policyPath } from '#renderer/ui/ArticleLink.tsx';

const INDENT: Record<PolicyArticle['level'], number> = { 1: 0, 2: 12, 3: 24 };

/** Table of contents by section, sub-section and measure; the open article is marked. */
export const PolicyToc = memo(function PolicyToc({ articles, currentRef }: { articles: PolicyArticle[]; currentRef: string | null }) {
  return (
    <nav aria-label="目录" data-testid="policy-toc">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {articles.map((a) => {
          const current = a.ref === currentRef;
          return (
            <li key={a.ref} style={{ paddingInlineStart: INDENT[a.level] }}>
              <Link
                to={policyPath(a.ref)}
                aria-current={current ? 'location' : undefined}
                style={{
                  display: 'block',
                  padding: '3px 8px',
                  borderRadius: 4,
                  fontWeight: a.level === 1 ? 600 : 400,
                  color: current ? '#0f6e6e' : 'rgba(0, 0, 0, 0.78)',
                  background: current ? '#e3f2f0' : undefined,
                }}
              >
                {a.label}
                {a.title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
