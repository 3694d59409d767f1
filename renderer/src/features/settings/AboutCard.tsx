import { useEffect, useState } from 'react';
import { Card, Descriptions, Typography } from 'antd';
import { CURRENT_SCHEMA_VERSION, DEFAULT_DATABASE_NAME, readAllTables, useLive } from '#renderer/db/index.ts';
import type { AppInfo } from '#renderer/platform/index.ts';
import { APP_NAME, POLICY_REF } from '#renderer/i18n/index.ts';
import { summarizeTables } from './summarize.ts';

/** Whether the browser promised not to evict our IndexedDB; undefined where the API is missing. */
function usePersisted(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted);
  }, []);
  return persisted;
}

function browserStorage(persisted: boolean | undefined): string {
  if (persisted === undefined) return '本机浏览器 IndexedDB';
  return persisted
    ? '本机浏览器 IndexedDB（已获持久存储）'
    : '本机浏览器 IndexedDB（未获持久存储：浏览器清理空间时可能删除，请定期导出备份）';
}

/** 关于: version, where it runs, and where the data lives — what support staff ask first. */
export function AboutCard({ info }: { info: AppInfo | undefined }) {
  const tables = useLive((db) => readAllTables(db), []);
  const persisted = usePersisted();
  const electron = info?.isElectron ?? false;
  const items = [
    { key: 'name', label: '应用', children: `${APP_NAME}（依据 ${POLICY_REF}）` },
    { key: 'version', label: '版本', children: info ? info.version || '未标注（开发构建）' : '…' },
    { key: 'runtime', label: '运行环境', children: electron ? `桌面版（Electron，${info?.platform}）` : '浏览器版' },
    {
      key: 'storage',
      label: '数据存储',
      children: electron ? `本机 IndexedDB，位于 ${info?.userDataPath}` : browserStorage(persisted),
    },
    ...(electron ? [{ key: 'snapshots', label: '自动快照', children: `每小时及退出时保存，保留最近 30 份：${info?.snapshotDir}` }] : []),
    { key: 'db', label: '数据库', children: `${DEFAULT_DATABASE_NAME}（结构版本 ${CURRENT_SCHEMA_VERSION}）` },
    { key: 'data', label: '数据量', children: tables ? summarizeTables(tables) : '…' },
    { key: 'network', label: '网络', children: '全部功能离线可用，不向外部服务器发送任何数据' },
  ];
  return (
    <Card title="关于" data-testid="about-card">
      <Descriptions column={1} size="small" items={items} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        所有数据只保存在本机。更换电脑或重装系统前，请在上方“备份与恢复”中导出备份。
      </Typography.Paragraph>
    </Card>
  );
}
