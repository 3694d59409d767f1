import { Alert, Collapse, Flex, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CellIssue, ImportReport } from '#shared/import/index.ts';

const issueColumns = (reasonTitle: string): TableColumnsType<CellIssue & { key: number }> => [
  { title: '行', dataIndex: 'row', width: 64 },
  { title: '列', dataIndex: 'column', width: 56 },
  { title: '字段', dataIndex: 'field', width: 110 },
  { title: '值', dataIndex: 'value', width: 180, ellipsis: true },
  { title: reasonTitle, dataIndex: 'message' },
];

function IssueTable({ issues, testId, reasonTitle }: { issues: CellIssue[]; testId: string; reasonTitle: string }) {
  return (
    <Table
      size="small"
      data-testid={testId}
      columns={issueColumns(reasonTitle)}
      dataSource={issues.map((issue, key) => ({ ...issue, key }))}
      pagination={false}
      virtual
      scroll={{ y: 260 }}
    />
  );
}

/** Rows OK / with errors, each bad cell by Excel row and column; warnings and skipped note rows below. */
export function ReportStep<T>({ report, noun }: { report: ImportReport<T>; noun: string }) {
  if (report.mappingErrors.length > 0) {
    return <Alert type="error" showIcon title="列对应不完整，无法检查数据" description={report.mappingErrors.join('；')} data-testid="import-mapping-errors" />;
  }
  const extra = [
    report.warnings.length > 0 && {
      key: 'warnings',
      label: `提示 ${report.warnings.length} 处（仍可导入，建议逐条核对）`,
      children: <IssueTable issues={report.warnings} testId="import-warnings" reasonTitle="提示" />,
    },
    report.skipped.length > 0 && {
      key: 'skipped',
      label: `跳过说明行 ${report.skipped.length} 行`,
      children: report.skipped.map((s) => (
        <div key={s.row}>
          第 {s.row} 行：{s.text}
        </div>
      )),
    },
  ].filter((item) => item !== false);
  return (
    <Flex vertical gap={12} data-testid="import-report">
      <Flex gap={40}>
        <Statistic title="读取的数据行" value={report.total} />
        <Statistic title="可以导入" value={report.good.length} styles={{ content: { color: '#389e0d' } }} data-testid="import-good-count" />
        <Statistic title="有错误的行" value={report.errorRows} styles={{ content: { color: report.errorRows ? '#cf1322' : undefined } }} data-testid="import-error-count" />
      </Flex>
      {report.errors.length > 0 ? (
        <>
          <Typography.Text>以下单元格有错误，这些行不会导入；可以修改文件后重新选择，或只导入正确的{noun}。</Typography.Text>
          <IssueTable issues={report.errors} testId="import-errors" reasonTitle="原因" />
        </>
      ) : (
        report.total > 0 && <Alert type="success" showIcon title={`全部 ${report.total} 行检查通过`} />
      )}
      {report.total === 0 && <Alert type="warning" showIcon title="表头下没有数据行" />}
      {extra.length > 0 && <Collapse size="small" items={extra} />}
    </Flex>
  );
}
