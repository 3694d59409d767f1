import { memo, useMemo } from 'react';
import { Button, Card, Empty, Flex, Listy, Spin, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { SEVERITY_LABELS, type Finding } from '#shared/checks/index.ts';
import { ArticleLink } from '#renderer/ui/ArticleLink.tsx';

const SEVERITY_COLORS: Record<Finding['severity'], string> = { BLOCKER: 'red', WARNING: 'orange', INFO: 'blue' };

const SECONDARY = { color: 'rgba(0, 0, 0, 0.45)' };

// A province-scale database can produce thousands of findings; the card shows the first ones and says so.
const SHOWN = 200;

// The list is virtual (only the rows in view are rendered: 200 findings were ~2,000 elements, the costliest part
// of opening 学科梳理 for every hospital). Listy's own item look is reset: each row draws its own.
const ITEM_RESET = { padding: 0, borderBottom: 'none', background: 'none' };
const ROW_STYLE = { display: 'flex', gap: 8, alignItems: 'baseline', padding: '8px 4px', borderBottom: '1px solid #f0f0f0' };

type Entry = { key: string; finding: Finding } | { key: 'more'; more: number };

interface DisciplineFindingsProps {
  findings: Finding[] | undefined;
  height: number;
  /** Set when several hospitals are shown at once, so each finding says whose it is. */
  hospitalNames?: Map<string, string>;
  onOpenDiscipline: (id: string) => void;
}

/** Readiness check for the inventory (measures 3 and 5), each finding with its article and a way to fix it. */
export const DisciplineFindings = memo(function DisciplineFindings({ findings, height, hospitalNames, onOpenDiscipline }: DisciplineFindingsProps) {
  const title = findings ? `就绪检查（${findings.length} 项）` : '就绪检查';
  // The note on what is not listed comes last in the scrolled list, as the end of it.
  const entries = useMemo((): Entry[] => {
    const shown = (findings ?? []).slice(0, SHOWN).map((finding, i) => ({ key: `${finding.ruleId}-${finding.target.id}-${i}`, finding }));
    return findings && findings.length > SHOWN ? [...shown, { key: 'more', more: findings.length - SHOWN }] : shown;
  }, [findings]);

  const renderEntry = (entry: Entry) => {
    if ('more' in entry) {
      return (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 8 }}>
          另有 {entry.more} 项未列出，可按医院筛选后查看。
        </Typography.Paragraph>
      );
    }
    const f = entry.finding;
    return (
      <div role="listitem" data-testid={`finding-${f.ruleId}`} style={ROW_STYLE}>
        <Tag color={SEVERITY_COLORS[f.severity]} style={{ marginInlineEnd: 0, flex: 'none' }}>
          {SEVERITY_LABELS[f.severity]}
        </Tag>
        <span style={{ flex: 1 }}>
          {hospitalNames && f.hospitalId && <span style={SECONDARY}>{hospitalNames.get(f.hospitalId)} · </span>}
          {f.message}
          <span style={{ ...SECONDARY, marginInlineStart: 8, fontSize: 12, whiteSpace: 'nowrap' }}>
            <ArticleLink article={f.article} />
          </span>
        </span>
        {f.target.table === 'disciplines' && (
          <Button type="link" size="small" style={{ flex: 'none' }} onClick={() => onOpenDiscipline(f.target.id)}>
            打开学科
          </Button>
        )}
      </div>
    );
  };

  return (
    <Card title={title} size="small" style={{ height: '100%' }} data-testid="discipline-findings">
      <div style={{ height }} role={findings && findings.length > 0 ? 'list' : undefined}>
        {!findings && (
          <Flex justify="center" style={{ paddingTop: 48 }}>
            <Spin />
          </Flex>
        )}
        {findings?.length === 0 && (
          <Empty
            image={<CheckCircleOutlined style={{ fontSize: 40, color: '#3fa69a' }} />}
            description="未发现问题：应有的基础学科、平台学科齐全，所有学科已分类并评分。"
          />
        )}
        {findings && findings.length > 0 && (
          <Listy<Entry> virtual items={entries} rowKey="key" height={height} styles={{ item: ITEM_RESET }} itemRender={renderEntry} />
        )}
      </div>
    </Card>
  );
});
