import { Button, Flex, Progress, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { progressPercent } from './protocol.ts';

interface ExportProgressProps {
  done: number;
  total: number;
  stage: string;
  onCancel: () => void;
}

/** The running export: how far the worker is, and a 取消 that stops it at once. */
export function ExportProgress({ done, total, stage, onCancel }: ExportProgressProps) {
  const percent = progressPercent(done, total);
  const step = total > 0 ? `（${done} / ${total}）` : '';
  return (
    <Flex vertical gap={4} data-testid="export-progress">
      <Typography.Text type="secondary">
        {stage ? `正在生成${stage}${step}` : '正在准备数据…'}
      </Typography.Text>
      <Flex gap={12} align="center">
        <Progress percent={percent} status="active" style={{ flex: 1, margin: 0 }} />
        <Button icon={<StopOutlined />} onClick={onCancel} data-testid="export-cancel">
          取消
        </Button>
      </Flex>
    </Flex>
  );
}
