import { useState } from 'react';
import { App, Button, Card, Flex, Typography } from 'antd';
import { DatabaseOutlined } from '@ant-design/icons';
import { generateSample } from '#shared/sample/index.ts';
import { isEmpty, readAllTables, replaceAllTables, setCurrentHospital, useDatabase } from '#renderer/db/index.ts';
import { summarizeTables } from './summarize.ts';

type SampleSize = 'demo' | 'large';

/** 载入示例数据: the demo hospital for trying the app, the province sample for commission-scale testing. */
export function SampleDataCard() {
  const db = useDatabase();
  const { modal, message } = App.useApp();
  const [loading, setLoading] = useState<SampleSize | null>(null);

  const load = async (size: SampleSize) => {
    setLoading(size);
    try {
      const sample = generateSample({ size });
      // Replacing data is not undoable: ask first and say exactly what goes and what comes.
      if (!(await isEmpty(db))) {
        const current = await readAllTables(db);
        const confirmed = await modal.confirm({
          title: '替换现有数据？',
          content: `当前数据（${summarizeTables(current)}）将被示例数据（${summarizeTables(sample)}）全部替换，且无法撤销。如需保留现有数据，请先导出备份。`,
          okText: '替换并载入',
          okButtonProps: { danger: true },
          cancelText: '取消',
        });
        if (!confirmed) return;
      }
      await replaceAllTables(db, sample);
      const first = sample.hospitals[0];
      if (first) await setCurrentHospital(db, first.id);
      void message.success(`已载入示例数据：${summarizeTables(sample)}`);
    } catch (error) {
      void message.error(`载入失败，现有数据未更改：${String(error)}`);
    } finally {
      setLoading(null);
    }
  };

  return (
    <Card title="示例数据" data-testid="sample-data-card">
      <Typography.Paragraph type="secondary">
        载入后可直接体验学科梳理等功能。示例数据会替换数据库中的全部现有数据，替换前会先询问。
      </Typography.Paragraph>
      <Flex vertical gap={12}>
        <Flex gap={12} align="center">
          <Button
            type="primary"
            icon={<DatabaseOutlined />}
            loading={loading === 'demo'}
            disabled={loading !== null}
            onClick={() => void load('demo')}
            data-testid="load-demo-sample"
          >
            载入示例医院
          </Button>
          <Typography.Text type="secondary">示例市第一人民医院：三级甲等综合医院，约 40 个学科</Typography.Text>
        </Flex>
        <Flex gap={12} align="center">
          <Button
            icon={<DatabaseOutlined />}
            loading={loading === 'large'}
            disabled={loading !== null}
            onClick={() => void load('large')}
            data-testid="load-large-sample"
          >
            载入省级大样本
          </Button>
          <Typography.Text type="secondary">约 200 家医院、8,000 个学科，用于卫健委端与性能测试</Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
