import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Radio, Select, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import type { AllTables, Hospital } from '#shared/domain/index.ts';
import { countBySeverity, type Finding } from '#shared/checks/index.ts';
import { ExportProgress } from './ExportProgress.tsx';
import { suggestedFileName } from './fileName.ts';
import { KIND_INFO, kindInfo } from './kinds.ts';
import { PdfFontsInfo } from './PdfFontsInfo.tsx';
import { PdfPreviewModal } from './preview/PdfPreviewModal.tsx';
import type { DocumentKind } from './protocol.ts';
import { ReadinessSummary } from './ReadinessSummary.tsx';
import { contractOptions, specialtyOptions, type SubjectOption } from './subjects.ts';
import { useExport } from './useExport.ts';
import { usePdfFonts } from './usePdfFonts.ts';

interface ExportPanelProps {
  hospital: Hospital;
  /** The current hospital's findings; undefined while the check runs. */
  findings: Finding[] | undefined;
  tables: AllTables | undefined;
}

const ALL = '__all__';

/** 导出正式文件: pick a document, see what the readiness check says about it, build it off the UI thread, save. */
export function ExportPanel({ hospital, findings, tables }: ExportPanelProps) {
  const { modal } = App.useApp();
  const job = useExport();
  const pdfFonts = usePdfFonts();
  const firstAvailable = KIND_INFO.find((k) => k.unavailable === null)?.kind ?? 'workbook';
  const [kind, setKind] = useState<DocumentKind>(firstAvailable);
  const [subject, setSubject] = useState<string>(ALL);
  const info = kindInfo(kind);
  const subjects: SubjectOption[] = useMemo(() => {
    if (info.pick === 'specialty') return specialtyOptions(tables, hospital.id);
    if (info.pick === 'contract') return contractOptions(tables, hospital.id);
    return [];
  }, [info.pick, tables, hospital.id]);
  const picked = subjects.find((s) => s.value === subject);
  const blockers = findings ? countBySeverity(findings).BLOCKER : 0;
  const busy = job.phase.state !== 'idle';
  const makesPdf = info.extension === 'pdf' || kind === 'all';

  const run = async () => {
    if (blockers > 0) {
      const draft = await modal.confirm({
        title: `尚有 ${blockers} 项阻断问题`,
        content: '阻断问题须在正式提交卫生健康行政部门前处理。现在导出的文件只能作为草稿供内部审阅，仍要导出吗？',
        okText: '仍然导出草稿',
        cancelText: '取消',
      });
      if (!draft) return;
    }
    await job.start(
      {
        kind,
        hospitalId: hospital.id,
        ...(picked && info.pick === 'specialty' ? { specialtyId: picked.value } : {}),
        ...(picked && info.pick === 'contract' ? { contractId: picked.value } : {}),
        ...(makesPdf ? { fonts: pdfFonts.choice } : {}),
      },
      (now) => suggestedFileName(hospital.name, info, now, picked?.fileLabel),
    );
  };

  return (
    <Card title="导出正式文件" data-testid="export-panel">
      <Flex vertical gap={16}>
        <ReadinessSummary findings={findings} />
        <Radio.Group
          value={kind}
          disabled={busy}
          onChange={(e) => {
            setKind(e.target.value as DocumentKind);
            setSubject(ALL);
          }}
          data-testid="export-kind"
        >
          <Flex vertical gap={10}>
            {KIND_INFO.map((k) => (
              <Radio key={k.kind} value={k.kind} disabled={k.unavailable !== null} data-testid={`export-kind-${k.kind}`}>
                <Typography.Text strong={k.kind === kind}>{k.label}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {k.unavailable ?? k.description}
                </Typography.Text>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
        {info.pick && (
          <Select
            value={subject}
            disabled={busy}
            onChange={setSubject}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="export-subject"
            options={[{ value: ALL, label: info.pick === 'specialty' ? '全部临床专科' : '全部目标责任书' }, ...subjects]}
          />
        )}
        <Button
          type="primary"
          icon={<ExportOutlined />}
          // A PDF waits the moment it takes main to say which system fonts exist, so the choice shown is the one used.
          disabled={busy || info.unavailable !== null || (makesPdf && pdfFonts.available === undefined)}
          loading={job.phase.state === 'reading' || job.phase.state === 'saving'}
          onClick={() => void run()}
          data-testid="export-start"
        >
          {info.extension === 'pdf' ? '生成并打印预览' : `导出${info.label}`}
        </Button>
        {job.phase.state === 'building' && <ExportProgress {...job.phase} onCancel={job.cancel} />}
        {job.error && <Alert type="error" showIcon title={job.error} data-testid="export-error" />}
        {/* Below the button, which stays in view on a laptop screen; the fonts are detail most users never change. */}
        {makesPdf && <PdfFontsInfo fonts={pdfFonts} disabled={busy} />}
      </Flex>
      {job.phase.state === 'preview' && (
        <PdfPreviewModal file={job.phase.file} onSave={(file) => void job.save(file)} onClose={job.closePreview} />
      )}
    </Card>
  );
}
