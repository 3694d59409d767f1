import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Alert, Card, Col, Input, Row } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router';
import { findArticle, guidance, normalizeRef, searchPolicy } from '#shared/policy-text/index.ts';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { PolicySearchHits } from './PolicySearchHits.tsx';
import { PolicyText } from './PolicyText.tsx';
import { PolicyToc } from './PolicyToc.tsx';

const HIT_LIMIT = 100;
/** Header (64) + content padding (24): the side column stays in view below them while the text scrolls. */
const STICKY_TOP = 88;

/**
 * 政策依据: the guidance's full text, read offline from the bundle. `#/policy/四.11` opens it at measure 11 with
 * that article highlighted; `?q=` marks the text a search hit jumped from.
 */
export function PolicyPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const mark = search.get('q') ?? '';
  const doc = guidance();
  const ref = params.ref ? normalizeRef(params.ref) : null;
  const found = ref ? findArticle(ref) : undefined;
  const [query, setQuery] = useState(mark);
  const deferredQuery = useDeferredValue(query.trim());
  const hits = useMemo(() => (deferredQuery ? searchPolicy(deferredQuery, { limit: HIT_LIMIT }) : []), [deferredQuery]);

  useEffect(() => {
    // After the route changes, not during render: the target section must exist in the DOM first.
    const target = found ? document.getElementById(`article-${found.ref}`) : null;
    if (target) target.scrollIntoView({ block: 'start' });
    else window.scrollTo({ top: 0 });
  }, [found]);

  return (
    <>
      <PageHeader
        title="政策依据"
        description={`${doc.title}（${doc.docNumber}）全文，随软件提供，无需联网。各页面的“依据”标签链接到这里的对应条目。`}
      />
      {ref && !found && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`指导意见中没有条目“${params.ref ?? ''}”，已显示全文。`} />
      )}
      <Row gutter={16} align="top">
        <Col span={7} style={{ position: 'sticky', top: STICKY_TOP }}>
          <Card size="small" styles={{ body: { maxHeight: `calc(100vh - ${STICKY_TOP + 24}px)`, overflowY: 'auto' } }}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder="搜索指导意见全文"
              aria-label="搜索指导意见全文"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {deferredQuery ? (
              <PolicySearchHits query={deferredQuery} hits={hits} limit={HIT_LIMIT} />
            ) : (
              <PolicyToc articles={doc.articles} currentRef={found?.ref ?? null} />
            )}
          </Card>
        </Col>
        <Col span={17}>
          <Card>
            <PolicyText document={doc} currentRef={found?.ref ?? null} mark={mark} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
