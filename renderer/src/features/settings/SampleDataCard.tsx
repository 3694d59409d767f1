import { useState } from 'react';
import { App, Button, Card, Flex, Typography } from 'antd';
import { DatabaseOutlined } from '@ant-design/icons';
import { generateSample } from '#shared/sample/index.ts';
import { summarizeTables } from './summarize.ts';
import { useReplaceAll } from './useReplaceAll.ts';

type SampleSize = 'demo' | 'large';

/** 载入示例数据: the demo hospital for trying the app, the province sample for commission-scale testing. */
export function SampleDataCard() {
  const { message } = App.useApp();
  const replaceAll = useReplaceAll();
  const [loading, setLoading] = useState<SampleSize | null>(null);

  const load = async (size: SampleSize) => {
    setLoading(size);
    const sample = generateSample({ size });
    const replaced = await replaceAll({ next: sample, source: '示例数据', okText: '替换并载入', selectFirstHospital: true });
    if (replaced) void message.success(`已载入示例数据：${summarizeTables(sample)}`);
    setLoading(null);
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
