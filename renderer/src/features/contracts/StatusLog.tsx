import { Card, Table } from 'antd';
import { CONTRACT_STATUS_LABELS, type ContractStatusChange, type DirectorContract } from '#shared/domain/index.ts';
import { formatTime } from '#renderer/i18n/index.ts';

/** Who moved this version through the workflow and when, with the signatures. */
export function StatusLog({ contract }: { contract: DirectorContract }) {
  const { hospital, director } = contract.signatures;
  const signed = [hospital && `院方 ${hospital.name}（${hospital.date}）`, director && `科主任 ${director.name}（${director.date}）`].filter(Boolean);
  return (
    <Card size="small" title={`第 ${contract.versionNo} 版流程记录`} extra={signed.length > 0 ? `签署：${signed.join('；')}` : '尚未签署'}>
      <Table<ContractStatusChange>
        size="small"
        rowKey={(r) => `${r.at}-${r.to}`}
        pagination={false}
        dataSource={contract.statusLog}
        data-testid="status-log"
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatTime(v) },
          { title: '操作', key: 'step', width: 200, render: (_, r) => (r.from ? `${CONTRACT_STATUS_LABELS[r.from]} → ${CONTRACT_STATUS_LABELS[r.to]}` : `创建（${CONTRACT_STATUS_LABELS[r.to]}）`) },
          { title: '操作人', dataIndex: 'by', width: 120 },
          { title: '说明', dataIndex: 'note' },
        ]}
      />
    </Card>
  );
}
