import { useState } from 'react';
import { Button } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { DISCIPLINE_IMPORT } from '#shared/import/index.ts';
import { importDisciplines, listDisciplines, useDatabase } from '#renderer/db/index.ts';
import { LazyImportDialog as ImportDialog } from './LazyImportDialog.tsx';

/** 学科梳理's 导入 button: a 学科清单 into one hospital; a name already there updates that discipline. */
export function DisciplineImportButton({ hospitalId, hospitalName }: { hospitalId: string; hospitalName: string }) {
  const db = useDatabase();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)} data-testid="discipline-import">
        导入
      </Button>
      {open && (
        <ImportDialog
          title={`导入学科清单 · ${hospitalName}`}
          noun="学科"
          spec={DISCIPLINE_IMPORT}
          hint="支持 .xlsx 和 .csv（UTF-8、GBK、Big5）。需要“学科名称”列，可选 类别、学科带头人、床位数、人员数、分类理由；与已有学科同名的行会更新该学科。"
          loadContext={async () => ({ hospitalId, existing: await listDisciplines(db, hospitalId) })}
          onImport={(drafts, remembered) => importDisciplines(db, drafts, remembered)}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
