import { useMemo } from 'react';
import { Alert, Descriptions, Flex, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CSV_ENCODINGS, ENCODING_LABELS, describeDetection, isNoteRow, type ImportField, type ImportSource, type SheetAnalysis } from '#shared/import/index.ts';
import type { SourceState } from './useImportSource.ts';

const PREVIEW_ROWS = 8;

interface MappingStepProps {
  state: SourceState & { source: ImportSource };
  fields: readonly ImportField[];
  onEncoding: (encoding: (typeof CSV_ENCODINGS)[number]) => void;
  onSheet: (index: number) => void;
  onColumn: (field: string, column: number | null) => void;
}

type PreviewRow = { key: number; row: number; cells: string[] };

function previewRows(state: MappingStepProps['state'], analysis: SheetAnalysis): PreviewRow[] {
  const sheet = state.source.sheets[state.sheetIndex]!;
  const rows = sheet.rows;
  const out: PreviewRow[] = [];
  for (let r = analysis.layout.dataStart; r < rows.length && out.length < PREVIEW_ROWS; r++) {
    if (rows[r]!.some((c) => c !== '') && !isNoteRow(sheet, r)) out.push({ key: r, row: r + 1, cells: rows[r]! });
  }
  return out;
}

/** The file as read (format, encoding, sheet), the field ↔ column choices and the first rows under them. */
export function MappingStep({ state, fields, onEncoding, onSheet, onColumn }: MappingStepProps) {
  const { source, analysis } = state;
  const fieldByColumn = useMemo(() => {
    const map = new Map<number, ImportField>();
    for (const f of fields) {
      const c = state.mapping[f.key];
      if (c !== null && c !== undefined) map.set(c, f);
    }
    return map;
  }, [fields, state.mapping]);

  const columnOptions = (analysis?.layout.columns ?? []).map((c) => ({
    value: c.index,
    label: `${c.letter} 列 ${c.label || '（无表头）'}${c.hidden ? '（隐藏列）' : ''}`,
  }));

  const previewColumns: TableColumnsType<PreviewRow> = [
    { title: '行', dataIndex: 'row', width: 56, fixed: 'left' },
    ...(analysis?.layout.columns ?? []).map((c) => {
      const field = fieldByColumn.get(c.index);
      return {
        key: c.index,
        width: 150,
        title: (
          <Flex vertical gap={2}>
            <span>
              {c.letter} {c.label}
              {c.hidden && <Tag style={{ marginInlineStart: 4 }}>隐藏列</Tag>}
            </span>
            {field ? <Tag color="blue">→ {field.label}</Tag> : <Tag>不导入</Tag>}
          </Flex>
        ),
        render: (_: unknown, r: PreviewRow) => (
          <Typography.Text type={field ? undefined : 'secondary'} ellipsis style={{ maxWidth: 140 }}>
            {r.cells[c.index] ?? ''}
          </Typography.Text>
        ),
      };
    }),
  ];

  return (
    <Flex vertical gap={12}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="文件">{state.fileName}</Descriptions.Item>
        <Descriptions.Item label={source.format === 'csv' ? '编码' : '工作表'}>
          {source.format === 'csv' ? (
            <Flex gap={8} align="center" wrap>
              <Select
                aria-label="文件编码"
                data-testid="import-encoding"
                style={{ width: 240 }}
                value={source.encoding}
                onChange={onEncoding}
                options={CSV_ENCODINGS.map((e) => ({ value: e, label: ENCODING_LABELS[e] }))}
              />
              {source.detected && <Typography.Text type="secondary">自动识别：{describeDetection(source.detected)}</Typography.Text>}
            </Flex>
          ) : (
            <Select
              aria-label="工作表"
              data-testid="import-sheet"
              style={{ width: 240 }}
              value={state.sheetIndex}
              onChange={onSheet}
              options={source.sheets.map((s, i) => ({ value: i, label: `${s.name}${s.hidden ? '（隐藏）' : ''}` }))}
            />
          )}
        </Descriptions.Item>
      </Descriptions>
      {!analysis ? (
        <Alert type="warning" showIcon title={`在「${source.sheets[state.sheetIndex]!.name}」的前 30 行中找不到表头`} description={`表头应含有 ${fields.map((f) => f.label).join('、')} 等列名；请换一个工作表或编码。`} />
      ) : (
        <>
          <Typography.Text type="secondary" data-testid="import-header-info">
            表头在第 {analysis.layout.headerRows.map((r) => r + 1).join('–')} 行，数据从第 {analysis.layout.dataStart + 1} 行开始。
            {state.remembered ? '已按上次导入同样表头的文件时的列对应设置。' : '已按列名自动对应，可逐项调整。'}
          </Typography.Text>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 8 }} data-testid="import-mapping">
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="center">
                <Typography.Text style={{ width: 90, flex: 'none' }}>
                  {f.required && <Typography.Text type="danger">* </Typography.Text>}
                  {f.label}
                </Typography.Text>
                <Select<number | null>
                  aria-label={`${f.label} 对应的列`}
                  style={{ flex: 1, minWidth: 0 }}
                  value={state.mapping[f.key] ?? null}
                  onChange={(v) => onColumn(f.key, v)}
                  options={[{ value: null, label: '（不导入）' }, ...columnOptions]}
                />
              </Flex>
            ))}
          </div>
          <Table<PreviewRow>
            size="small"
            data-testid="import-preview"
            columns={previewColumns}
            dataSource={previewRows(state, analysis)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            title={() => `前 ${PREVIEW_ROWS} 行预览`}
          />
        </>
      )}
    </Flex>
  );
}
