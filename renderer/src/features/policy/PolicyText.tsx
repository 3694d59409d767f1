import { memo, type ReactNode } from 'react';
import { Typography } from 'antd';
import type { PolicyArticle, PolicyDocument } from '#shared/policy-text/index.ts';

const PARAGRAPH = { textIndent: '2em', lineHeight: 1.9, margin: '0 0 8px', fontSize: 15 } as const;
const CURRENT = { background: '#fff8e1', boxShadow: 'inset 3px 0 0 #f0a020', borderRadius: 4 } as const;

/** The text with every occurrence of `mark` wrapped in <mark>, so a search hit is visible where it lands. */
function marked(text: string, mark: string): ReactNode {
  if (mark === '' || !text.includes(mark)) return text;
  return text.split(mark).flatMap((part, i) => (i === 0 ? [part] : [<mark key={i}>{mark}</mark>, part]));
}

interface ArticleBlockProps {
  article: PolicyArticle;
  current: boolean;
  mark: string;
}

/**
 * One article as the document prints it: sections (一、) as headings; sub-sections and measures run their
 * title into the first paragraph in bold, the way GB/T 9704 levels 2–3 are set.
 */
const ArticleBlock = memo(function ArticleBlock({ article, current, mark }: ArticleBlockProps) {
  const [first = '', ...rest] = article.paragraphs;
  const inline = article.level > 1 && first.startsWith(article.title);
  return (
    <section
      id={`article-${article.ref}`}
      data-testid={`policy-article-${article.ref}`}
      data-current={current ? 'true' : undefined}
      // The header is sticky: without a margin the scrolled-to article would start underneath it.
      style={{ scrollMarginTop: 88, padding: '4px 12px', ...(current ? CURRENT : {}) }}
    >
      {article.level === 1 && (
        <Typography.Title level={4} style={{ margin: '20px 0 12px' }}>
          {article.label}
          {marked(article.title, mark)}
        </Typography.Title>
      )}
      {article.level > 1 && (
        <p style={PARAGRAPH}>
          <strong>
            {article.label}
            {marked(inline ? article.title : '', mark)}
          </strong>
          {marked(inline ? first.slice(article.title.length) : first, mark)}
        </p>
      )}
      {(article.level === 1 ? article.paragraphs : rest).map((p, i) => (
        <p key={i} style={PARAGRAPH}>
          {marked(p, mark)}
        </p>
      ))}
    </section>
  );
});

interface PolicyTextProps {
  document: PolicyDocument;
  currentRef: string | null;
  mark: string;
}

/** The full guidance, shipped in the bundle: title, 文号, addressee, preamble, articles, signature. */
export function PolicyText({ document: doc, currentRef, mark }: PolicyTextProps) {
  return (
    <div data-testid="policy-text" style={{ maxWidth: 860, margin: '0 auto' }}>
      <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
        {doc.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {doc.docNumber} · 发布时间：{doc.published} · 来源：{doc.source}
      </Typography.Paragraph>
      <p style={{ ...PARAGRAPH, textIndent: 0 }}>{doc.addressee}</p>
      {doc.preamble.map((p, i) => (
        <p key={i} style={PARAGRAPH}>
          {marked(p, mark)}
        </p>
      ))}
      {doc.articles.map((a) => (
        <ArticleBlock key={a.ref} article={a} current={a.ref === currentRef} mark={mark} />
      ))}
      <p style={{ ...PARAGRAPH, textAlign: 'right', marginTop: 24 }}>{doc.signature.organ}</p>
      <p style={{ ...PARAGRAPH, textAlign: 'right' }}>{doc.signature.date}</p>
    </div>
  );
}
