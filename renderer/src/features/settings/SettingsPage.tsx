import { Col, Row } from 'antd';
import { APP_NAME } from '#renderer/i18n/index.ts';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { AboutCard } from './AboutCard.tsx';
import { BackupCard } from './BackupCard.tsx';
import { SampleDataCard } from './SampleDataCard.tsx';
import { SnapshotsCard } from './SnapshotsCard.tsx';
import { useAppInfo } from './useAppInfo.ts';

/** 设置: sample data, backup and restore, and what this installation is. */
export function SettingsPage() {
  const info = useAppInfo();
  // The backup names the app version that wrote it, so a support person can tell old files apart.
  const producer = `${APP_NAME} ${info?.version ?? ''}`.trim();
  return (
    <>
      <PageHeader title="设置" description="示例数据、备份与恢复，以及本机安装的信息。" />
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <SampleDataCard />
        </Col>
        <Col span={12}>
          <BackupCard producer={producer} />
        </Col>
        <Col span={12}>
          <SnapshotsCard />
        </Col>
        <Col span={12}>
          <AboutCard info={info} />
        </Col>
      </Row>
    </>
  );
}
