import { useEffect, useState } from 'react';
import { Button, Flex, Progress, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { progressPercent } from './protocol.ts';

interface ExportProgressProps {
  done: number;
  total: number;
  stage: string;
  onCancel: () => void;
}

/** Seconds since the bar appeared: a PDF's final layout is one long step, and the clock shows it is still working. */
function useElapsedSeconds(): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds;
}

/** The running export: how far the worker is, and a 取消 that stops it at once. */
export function ExportProgress({ done, total, stage, onCancel }: ExportProgressProps) {
  const percent = progressPercent(done, total);
  const seconds = useElapsedSeconds();
  const what = stage ? `正在生成${stage}` : '正在准备数据和排版组件';
  return (
    <Flex vertical gap={4} data-testid="export-progress">
      <Typography.Text type="secondary">
        {what}…（已用时 {seconds} 秒，可随时取消）
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
