import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Table, Typography } from 'antd';
import { HistoryOutlined, ReloadOutlined } from '@ant-design/icons';
import { parseBackup } from '#shared/backup/index.ts';
import { formatTime } from '#renderer/i18n/index.ts';
import { invoke, isElectron, type SnapshotInfo } from '#renderer/platform/index.ts';
import { summarizeTables } from './summarize.ts';
import { useReplaceAll } from './useReplaceAll.ts';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * 自动快照: the desktop app writes a backup every hour and on quit (keeping the last 30). Listed newest first
 * with time and size; restoring one goes through the same validation and confirm as a backup file.
 */
export function SnapshotsCard() {
  const { message } = App.useApp();
  const replaceAll = useReplaceAll();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);

  const refresh = useCallback(() => {
    invoke('snapshot-list').then(setSnapshots, (e: unknown) => setError(`无法读取快照列表：${e instanceof Error ? e.message : String(e)}`));
  }, []);
  useEffect(refresh, [refresh]);

  const restore = async (snapshot: SnapshotInfo) => {
    setRestoring(snapshot.name);
    setError(null);
    try {
      const parsed = parseBackup(await invoke('snapshot-read', { name: snapshot.name }));
      if (!parsed.ok) return setError(`快照「${formatTime(snapshot.createdAt)}」无法恢复，现有数据未作任何更改：${parsed.reason}`);
      const { tables } = parsed.backup;
      const replaced = await replaceAll({ next: tables, source: `${formatTime(snapshot.createdAt)} 的自动快照`, okText: '恢复' });
      if (replaced) void message.success(`已从自动快照恢复：${summarizeTables(tables)}`);
    } catch (e) {
      setError(`恢复失败，现有数据未更改：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setRestoring(null);
    }
  };

  return (
    <Card
      title="自动快照"
      data-testid="snapshots-card"
      extra={isElectron() && <Button size="small" icon={<ReloadOutlined />} onClick={refresh} aria-label="刷新快照列表" />}
    >
      {!isElectron() ? (
        <Typography.Text type="secondary">浏览器版不保存自动快照，请定期使用“导出备份”。桌面版每小时和退出时自动保存快照，保留最近 30 份。</Typography.Text>
      ) : (
        <Table<SnapshotInfo>
          size="small"
          rowKey="name"
          loading={snapshots === null && error === null}
          dataSource={snapshots ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '尚无自动快照：应用运行满一小时或退出时会自动保存' }}
          columns={[
            { title: '保存时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: '大小', dataIndex: 'bytes', align: 'right', width: 100, render: size },
            {
              title: '操作',
              width: 100,
              render: (_, s) => (
                <Button
                  size="small"
                  icon={<HistoryOutlined />}
                  loading={restoring === s.name}
                  disabled={restoring !== null}
                  onClick={() => void restore(s)}
                  data-testid={`restore-${s.name}`}
                >
                  恢复
                </Button>
              ),
            },
          ]}
        />
      )}
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} data-testid="snapshot-error" closable={{ onClose: () => setError(null) }} />}
    </Card>
  );
}
