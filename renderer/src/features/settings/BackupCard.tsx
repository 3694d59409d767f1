import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { makeBackup, parseBackup } from '#shared/backup/index.ts';
import { readAllTables, useDatabase } from '#renderer/db/index.ts';
import { invoke } from '#renderer/platform/index.ts';
import { formatTime } from '#renderer/i18n/index.ts';
import { summarizeTables } from './summarize.ts';
import { useReplaceAll } from './useReplaceAll.ts';

const FILTERS = [{ name: '专科规划备份', extensions: ['json'] }];

interface RestoreError {
  file: string;
  reason: string;
}

/** 导出备份 / 恢复备份: one JSON file holds every table; a bad file is refused and the data stays untouched. */
export function BackupCard({ producer }: { producer: string }) {
  const db = useDatabase();
  const { message } = App.useApp();
  const replaceAll = useReplaceAll();
  const [busy, setBusy] = useState<'export' | 'restore' | null>(null);
  const [restoreError, setRestoreError] = useState<RestoreError | null>(null);

  const exportBackup = async () => {
    setBusy('export');
    try {
      const content = JSON.stringify(makeBackup(await readAllTables(db), producer), null, 2);
      const suggestedName = `专科规划备份-${dayjs().format('YYYYMMDD-HHmm')}.json`;
      const result = await invoke('file-save-dialog', { suggestedName, content, filters: FILTERS });
      if (result.saved) void message.success(`已导出备份：${result.path ?? result.name ?? suggestedName}`);
    } catch (error) {
      void message.error(`导出失败：${String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const restoreBackup = async () => {
    setBusy('restore');
    try {
      const file = await invoke('file-open-dialog', { filters: FILTERS });
      if (file.canceled || file.content === undefined) return;
      const name = file.name ?? '所选文件';
      const parsed = parseBackup(file.content);
      if (!parsed.ok) {
        setRestoreError({ file: name, reason: parsed.reason });
        return;
      }
      setRestoreError(null);
      const { backup } = parsed;
      const replaced = await replaceAll({ next: backup.tables, source: `备份「${name}」（导出于 ${formatTime(backup.exportedAt)}）`, okText: '恢复' });
      if (replaced) void message.success(`已从备份恢复：${summarizeTables(backup.tables)}`);
    } catch (error) {
      void message.error(`恢复失败，现有数据未更改：${String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="备份与恢复" data-testid="backup-card">
      <Typography.Paragraph type="secondary">
        备份文件为 JSON 格式，包含全部医院和学科数据，可在另一台电脑上恢复。桌面版另会在本机自动保存滚动快照。
      </Typography.Paragraph>
      <Flex gap={12}>
        <Button icon={<DownloadOutlined />} loading={busy === 'export'} disabled={busy !== null} onClick={() => void exportBackup()}>
          导出备份
        </Button>
        <Button icon={<UploadOutlined />} loading={busy === 'restore'} disabled={busy !== null} onClick={() => void restoreBackup()}>
          恢复备份
        </Button>
      </Flex>
      {restoreError && (
        <Alert
          data-testid="restore-error"
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          title={`无法恢复「${restoreError.file}」，现有数据未作任何更改`}
          description={restoreError.reason}
          closable={{ onClose: () => setRestoreError(null) }}
        />
      )}
    </Card>
  );
}
