import { App } from 'antd';
import type { AllTables } from '#shared/domain/index.ts';
import { isEmpty, readAllTables, replaceAllTables, setCurrentHospital, useDatabase } from '#renderer/db/index.ts';
import { summarizeTables } from './summarize.ts';

interface ReplaceRequest {
  /** What replaces the database (a sample, a backup, a snapshot). */
  next: AllTables;
  /** Where it comes from, for the dialog: "备份「x.json」（导出于 …）". */
  source: string;
  okText: string;
  /** Make the first hospital of `next` current (a sample); a restore keeps the one the backup had. */
  selectFirstHospital?: boolean;
}

/**
 * The one way data is replaced wholesale: say what goes and what comes, ask (unless the database is empty),
 * then replace in one transaction. Returns whether the replace happened; a failure leaves the data as it was.
 */
export function useReplaceAll() {
  const db = useDatabase();
  const { modal, message } = App.useApp();

  return async ({ next, source, okText, selectFirstHospital = false }: ReplaceRequest): Promise<boolean> => {
    try {
      if (!(await isEmpty(db))) {
        const current = await readAllTables(db);
        const confirmed = await modal.confirm({
          title: '替换现有数据？',
          content: `当前数据（${summarizeTables(current)}）将被${source}（${summarizeTables(next)}）全部替换，且无法撤销。如需保留现有数据，请先导出备份。`,
          okText,
          okButtonProps: { danger: true },
          cancelText: '取消',
        });
        if (!confirmed) return false;
      }
      await replaceAllTables(db, next);
      const first = next.hospitals[0];
      if (selectFirstHospital && first) await setCurrentHospital(db, first.id);
      return true;
    } catch (error) {
      void message.error(`替换失败，现有数据未更改：${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
}
