import { useState } from 'react';
import { App, Button } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import type { ContractVersion } from '#shared/domain/index.ts';
import { ACTUAL_IMPORT } from '#shared/import/index.ts';
import { importActuals, readLineage, useDatabase } from '#renderer/db/index.ts';
import { LazyImportDialog as ImportDialog } from './LazyImportDialog.tsx';

interface ActualImportProps {
  version: ContractVersion;
  /** 当前用户: recorded as 填报人 of every imported actual. */
  operator: string;
  drgVersion: string;
}

/** 年度考核's import: actuals of this contract's targets, one row per KPI name and year. */
export function ActualImportButton({ version, operator, drgVersion }: ActualImportProps) {
  const db = useDatabase();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const { contract, targets } = version;
  const start = () => {
    if (!operator.trim()) return void message.error('请先在左侧填写“当前用户”（填报人）');
    setOpen(true);
  };
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={start} data-testid="actual-import">
        导入实际值
      </Button>
      {open && (
        <ImportDialog
          title={`导入实际值 · ${contract.title}`}
          noun="实际值"
          spec={ACTUAL_IMPORT}
          hint="每行一个指标一个年度：需要 指标名称、年份、实际值 三列，可选 DRG 版本、备注。百分比可写 82.5 或 82.5%；同一指标同一年已有的实际值会被替换。"
          loadContext={async () => ({
            contract,
            targets,
            existing: (await readLineage(db, contract.rootId)).actuals,
            enteredBy: operator.trim(),
            enteredAt: new Date().toISOString(),
            defaultDrgVersion: drgVersion.trim() || null,
          })}
          onImport={(drafts, remembered) => importActuals(db, drafts, remembered)}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
