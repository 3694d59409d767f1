import { App, Flex, Tag, Typography } from 'antd';
import { hasQcOfficer, type ClinicalSpecialty } from '#shared/domain/index.ts';
import { saveQcOfficer, useDatabase } from '#renderer/db/index.ts';
import { ArticleLink } from '#renderer/ui/ArticleLink.tsx';

/** The specialty's 质控专员, editable in place; a missing one is shown as the gap the readiness check blocks. */
export function QcOfficer({ specialty }: { specialty: ClinicalSpecialty }) {
  const db = useDatabase();
  const { message } = App.useApp();
  const appointed = hasQcOfficer(specialty);

  const save = (name: string) => {
    if (name.length > 40) return void message.error('质控专员姓名不能超过 40 个字');
    void saveQcOfficer(db, specialty.id, name).then(
      () => message.success(name.trim() ? `已设置质控专员：${name.trim()}` : '已清除质控专员'),
      (error: unknown) => message.error(error instanceof Error ? error.message : String(error)),
    );
  };

  return (
    <Flex align="center" gap={8} data-testid={`qc-officer-${specialty.id}`}>
      <Typography.Text type="secondary">质控专员：</Typography.Text>
      <Typography.Text editable={{ onChange: save, tooltip: '修改质控专员', text: specialty.qcOfficer ?? '' }}>
        {appointed ? specialty.qcOfficer : ''}
      </Typography.Text>
      {!appointed && (
        <>
          <Tag color="error">未设置</Tag>
          <ArticleLink article="四.11" />
        </>
      )}
    </Flex>
  );
}
