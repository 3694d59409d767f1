import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Flex, Modal, Radio, Spin, Steps, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { buildReport, type ImportReport, type ImportSpec } from '#shared/import/index.ts';
import type { RememberedMapping } from '#renderer/db/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { MappingStep } from './MappingStep.tsx';
import { ReportStep } from './ReportStep.tsx';
import { useImportSource } from './useImportSource.ts';

/** One way of writing the good rows, when there is more than one (replace or append a draft's targets). */
export interface ImportMode<T> {
  value: string;
  label: string;
  /** What the choice leads to, shown under the choices (the weight total after the import). */
  outcome?: (values: T[]) => ReactNode;
}

export interface ImportDialogProps<T, C> {
  title: string;
  /** What one row becomes, for the sentences: 学科, 实际值. */
  noun: string;
  spec: ImportSpec<T, C>;
  /** A sentence under the file button: which columns the file should have. */
  hint: string;
  /** Read when the report is built, so it sees the records as they are now (names to update, targets). */
  loadContext: () => Promise<C>;
  /** The ways the rows can be written, the first preselected; with one, only its outcome is shown. */
  modes?: readonly ImportMode<T>[];
  /** Writes the good rows in one transaction (in the chosen mode); resolves to how many were saved. */
  onImport: (values: T[], remembered: RememberedMapping, mode: string | undefined) => Promise<number>;
  onClose: () => void;
}

/**
 * The import flow every table shares: pick a file (through the platform bridge), see the encoding or sheet,
 * adjust the column mapping over a preview, read the report, then import the good rows or nothing.
 */
export function ImportDialog<T, C>({ title, noun, spec, hint, loadContext, modes, onImport, onClose }: ImportDialogProps<T, C>) {
  const { message } = App.useApp();
  const flow = useImportSource(spec);
  const { state } = flow;
  const [report, setReport] = useState<ImportReport<T> | null>(null);
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [mode, setMode] = useState(modes?.[0]?.value);
  const chosen = modes?.find((m) => m.value === mode);
  const step = report ? 2 : state.source ? 1 : 0;

  const check = async () => {
    if (!state.source || !state.analysis) return;
    setBusy(true);
    try {
      const sheet = state.source.sheets[state.sheetIndex]!;
      setReport(buildReport(spec, sheet, state.analysis.layout, state.mapping, await loadContext()));
    } finally {
      setBusy(false);
    }
  };

  const importGood = async () => {
    if (!report || !state.analysis) return;
    setBusy(true);
    setWriteError(null);
    try {
      const saved = await onImport(report.good.map((g) => g.value), { layoutKey: state.analysis.layoutKey, mapping: state.mapping }, mode);
      void message.success(`已导入 ${saved} 个${noun}`);
      onClose();
    } catch (error) {
      setWriteError(`未导入任何数据：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const discard = () => {
    void message.info('未导入任何数据');
    onClose();
  };

  const footer =
    step === 0 ? (
      <Button onClick={onClose}>{COMMON.cancel}</Button>
    ) : step === 1 ? (
      <Flex justify="space-between">
        <Button onClick={() => (flow.reset(), setReport(null))}>重新选择文件</Button>
        <Button type="primary" disabled={!state.analysis} loading={busy} onClick={() => void check()} data-testid="import-check">
          检查数据
        </Button>
      </Flex>
    ) : (
      <Flex justify="space-between">
        <Button onClick={() => setReport(null)}>返回修改列对应</Button>
        <Flex gap={8}>
          <Button onClick={discard} data-testid="import-discard">
            全部不导入
          </Button>
          <Button type="primary" disabled={!report || report.good.length === 0} loading={busy} onClick={() => void importGood()} data-testid="import-apply">
            导入正确的行（{report?.good.length ?? 0} 行）
          </Button>
        </Flex>
      </Flex>
    );

  return (
    <Modal open title={title} width={1080} onCancel={onClose} footer={footer} maskClosable={false} destroyOnHidden>
      <Steps size="small" current={step} style={{ marginBottom: 16 }} items={[{ title: '选择文件' }, { title: '列对应与预览' }, { title: '检查结果' }]} />
      {step === 0 && (
        <Flex vertical gap={12} align="flex-start" data-testid="import-pick">
          <Button type="primary" icon={<UploadOutlined />} loading={state.reading} onClick={() => void flow.pick()} data-testid="import-pick-file">
            选择 Excel 或 CSV 文件…
          </Button>
          <Typography.Text type="secondary">{hint}</Typography.Text>
          {state.reading && <Spin description={`正在读取「${state.fileName}」…`} />}
          {state.refused && (
            <Alert type="error" showIcon title={`未能导入「${state.fileName}」`} description={`${state.refused}。未写入任何数据。`} data-testid="import-refused" />
          )}
        </Flex>
      )}
      {step === 1 && state.source && (
        <MappingStep state={{ ...state, source: state.source }} fields={state.analysis?.fields ?? spec.fields} onEncoding={flow.setEncoding} onSheet={flow.setSheet} onColumn={flow.setColumn} />
      )}
      {step === 2 && report && (
        <Flex vertical gap={12}>
          <ReportStep report={report} noun={noun} />
          {modes && report.good.length > 0 && (
            <Flex vertical gap={8} data-testid="import-mode">
              {modes.length > 1 && (
                <Flex gap={8} align="center">
                  <Typography.Text>写入方式：</Typography.Text>
                  <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as string)} options={modes.map((m) => ({ value: m.value, label: m.label }))} />
                </Flex>
              )}
              {chosen?.outcome?.(report.good.map((g) => g.value))}
            </Flex>
          )}
          {writeError && <Alert type="error" showIcon title={writeError} />}
        </Flex>
      )}
    </Modal>
  );
}
