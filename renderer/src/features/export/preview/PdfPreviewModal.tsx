import { useState } from 'react';
import { Alert, Button, Flex, Modal, Space, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined, SaveOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import type { BuiltFile } from '../useExport.ts';
import { PdfPageCanvas } from './PdfPageCanvas.tsx';
import { usePdfDocument } from './usePdfDocument.ts';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

interface PdfPreviewModalProps {
  file: BuiltFile;
  onSave: (file: BuiltFile) => void;
  onClose: () => void;
}

/** 打印预览: the generated PDF page by page, as it will print, before it is saved. */
export function PdfPreviewModal({ file, onSave, onClose }: PdfPreviewModalProps) {
  const pdf = usePdfDocument(file.bytes);
  const [page, setPage] = useState(1);
  const [zoomIndex, setZoomIndex] = useState(ZOOMS.indexOf(1));
  const zoom = ZOOMS[zoomIndex] ?? 1;
  const pages = pdf.status === 'ready' ? pdf.doc.numPages : 0;

  const toolbar = (
    <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
      <Space>
        <Button icon={<LeftOutlined />} disabled={page <= 1} onClick={() => setPage(page - 1)} data-testid="pdf-prev">
          上一页
        </Button>
        <Typography.Text data-testid="pdf-page-label">{pages ? `第 ${page} / ${pages} 页` : '—'}</Typography.Text>
        <Button disabled={page >= pages} onClick={() => setPage(page + 1)} data-testid="pdf-next">
          下一页 <RightOutlined />
        </Button>
      </Space>
      <Space>
        <Button icon={<ZoomOutOutlined />} disabled={zoomIndex <= 0} onClick={() => setZoomIndex(zoomIndex - 1)} aria-label="缩小" data-testid="pdf-zoom-out" />
        <Typography.Text style={{ minWidth: 48, display: 'inline-block', textAlign: 'center' }} data-testid="pdf-zoom">
          {Math.round(zoom * 100)}%
        </Typography.Text>
        <Button icon={<ZoomInOutlined />} disabled={zoomIndex >= ZOOMS.length - 1} onClick={() => setZoomIndex(zoomIndex + 1)} aria-label="放大" data-testid="pdf-zoom-in" />
      </Space>
    </Flex>
  );

  return (
    <Modal
      open
      width={960}
      title={`打印预览 · ${file.name}`}
      onCancel={onClose}
      data-testid="pdf-preview"
      footer={[
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
        <Button key="save" type="primary" icon={<SaveOutlined />} onClick={() => onSave(file)} data-testid="pdf-save">
          保存 PDF
        </Button>,
      ]}
    >
      {toolbar}
      <div style={{ background: '#e8e8e8', padding: 16, height: '68vh', overflow: 'auto' }} data-testid="pdf-viewport">
        {pdf.status === 'loading' && (
          <Flex justify="center" style={{ paddingTop: 80 }}>
            <Spin description="正在打开预览…" />
          </Flex>
        )}
        {pdf.status === 'error' && <Alert type="error" showIcon title={pdf.message} />}
        {pdf.status === 'ready' && <PdfPageCanvas doc={pdf.doc} pageNumber={page} zoom={zoom} />}
      </div>
    </Modal>
  );
}
