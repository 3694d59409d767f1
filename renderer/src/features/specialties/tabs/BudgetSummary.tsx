import { Card, Col, Row, Table } from 'antd';
import { FUNDING_SOURCES, RESOURCE_ELEMENTS, budgetTotals, type ResourceNeed } from '#shared/domain/index.ts';
import { formatAmount } from '../labels.ts';

interface Line {
  key: string;
  label: string;
  amount: number;
}

function TotalsCard({ title, lines, testId }: { title: string; lines: Line[]; testId: string }) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      <Table<Line>
        size="small"
        pagination={false}
        rowKey="key"
        showHeader={false}
        dataSource={lines}
        locale={{ emptyText: '—' }}
        columns={[
          { dataIndex: 'label' },
          { dataIndex: 'amount', align: 'right', render: (n: number) => `${formatAmount(n)} 万元` },
        ]}
      />
    </Card>
  );
}

/** Budget totals under the 资源需求 table: per element type, per year and per funding source (万元). */
export function BudgetSummary({ needs }: { needs: readonly ResourceNeed[] }) {
  const totals = budgetTotals(needs);
  return (
    <Row gutter={12} style={{ marginTop: 12 }} data-testid="budget-summary">
      <Col span={8}>
        <TotalsCard
          title={`按要素（合计 ${formatAmount(totals.total)} 万元）`}
          testId="budget-by-element"
          lines={RESOURCE_ELEMENTS.map((e) => ({ key: e, label: e, amount: totals.byElement[e] }))}
        />
      </Col>
      <Col span={8}>
        <TotalsCard title="按年度" testId="budget-by-year" lines={totals.byYear.map((y) => ({ key: String(y.year), label: `${y.year} 年`, amount: y.total }))} />
      </Col>
      <Col span={8}>
        <TotalsCard title="按经费来源" testId="budget-by-source" lines={FUNDING_SOURCES.map((s) => ({ key: s, label: s, amount: totals.bySource[s] }))} />
      </Col>
    </Row>
  );
}
