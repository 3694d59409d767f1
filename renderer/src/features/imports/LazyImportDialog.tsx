import { Suspense, lazy } from 'react';
import { Modal, Skeleton } from 'antd';
import type { ImportDialogProps } from './ImportDialog.tsx';

// The dialog brings exceljs, papaparse and the zip guard (about 1 MB): loaded when 导入 is clicked, so
// opening 学科梳理 or a contract costs nothing extra.
const Dialog = lazy(() => import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })));

export function LazyImportDialog<T, C>(props: ImportDialogProps<T, C>) {
  return (
    <Suspense fallback={<Modal open title={props.title} footer={null} onCancel={props.onClose}><Skeleton active /></Modal>}>
      <Dialog {...(props as ImportDialogProps<unknown, unknown>)} />
    </Suspense>
  );
}
