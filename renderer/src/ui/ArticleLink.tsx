import { Fragment } from 'react';
import { Tag } from 'antd';
import { Link } from 'react-router';
import { articleRef } from '#renderer/i18n/index.ts';

/**
 * Reader address of an article: '/policy/四.11'. The reader normalizes the ref ('四、11', '11'), so this file does
 * not import the guidance text: every page header renders a link, and the text should load with the reader only.
 */
export function policyPath(ref: string): string {
  return `/policy/${encodeURIComponent(ref)}`;
}

/**
 * '四.3、四.5' → ['四.3', '四.5']. A 、 followed by a digit is part of one ref as people write it ('四、3'), so
 * only a 、 before another numeral-led ref separates two refs.
 */
export function splitRefs(article: string): string[] {
  return article.split(/、(?=[一二三四五六七八九十])/).map((r) => r.trim()).filter((r) => r !== '');
}

interface ArticleLinkProps {
  /** One ref or several joined by 、, as rules and pages write them. */
  article: string;
  /** 'tag' for page headers, 'text' (default) for inline use in lists and sentences. */
  variant?: 'tag' | 'text';
}

/** 依据：四.3 where each ref opens the 政策依据 reader at that article. */
export function ArticleLink({ article, variant = 'text' }: ArticleLinkProps) {
  const refs = splitRefs(article);
  const parts = refs.map((ref, i) => (
    <Fragment key={ref}>
      {i > 0 && '、'}
      <Link to={policyPath(ref)} title={`在政策依据中查看 ${ref}`} data-testid="article-link">
        {ref}
      </Link>
    </Fragment>
  ));
  const content = (
    <>
      {articleRef('')}
      {parts}
    </>
  );
  if (variant === 'tag') return <Tag color="cyan">{content}</Tag>;
  return <span style={{ whiteSpace: 'nowrap' }}>{content}</span>;
}
