import { useCallback, useState } from 'react';
import {
  analyzeSheet,
  applyRemembered,
  pickSheet,
  readImportFile,
  refusalMessage,
  type ColumnMapping,
  type CsvEncoding,
  type ImportSource,
  type ImportSpec,
  type SheetAnalysis,
} from '#shared/import/index.ts';
import { loadImportMapping, useDatabase } from '#renderer/db/index.ts';
import { invoke } from '#renderer/platform/index.ts';

const FILTERS = [{ name: 'Excel 工作簿或 CSV', extensions: ['xlsx', 'xlsm', 'csv', 'txt'] }];

/** What the flow knows about the picked file; `refused` holds the Chinese reason a file was not read. */
export interface SourceState {
  fileName: string;
  reading: boolean;
  refused: string | null;
  source: ImportSource | null;
  sheetIndex: number;
  analysis: SheetAnalysis | null;
  mapping: ColumnMapping;
  /** The mapping came from the last import of a file with the same headers. */
  remembered: boolean;
}

const EMPTY: SourceState = { fileName: '', reading: false, refused: null, source: null, sheetIndex: 0, analysis: null, mapping: {}, remembered: false };

/** Picking, reading and mapping a file for one import kind; nothing here writes to the database. */
export function useImportSource<T, C>(spec: ImportSpec<T, C>) {
  const db = useDatabase();
  const [state, setState] = useState<SourceState>(EMPTY);
  const [bytes, setBytes] = useState<Uint8Array | null>(null);

  const analyze = useCallback(
    async (source: ImportSource, sheetIndex: number, fileName: string) => {
      const analysis = analyzeSheet(source.sheets[sheetIndex]!, spec);
      const stored = analysis ? await loadImportMapping(db, analysis.layoutKey) : undefined;
      const mapping = analysis ? applyRemembered(analysis.mapping, stored, analysis.layout) : {};
      setState({ fileName, reading: false, refused: null, source, sheetIndex, analysis, mapping, remembered: stored !== undefined });
    },
    [db, spec],
  );

  const read = useCallback(
    async (fileName: string, content: Uint8Array, encoding?: CsvEncoding) => {
      setState({ ...EMPTY, fileName, reading: true });
      try {
        const source = await readImportFile(fileName, content, encoding);
        await analyze(source, pickSheet(source.sheets, spec.fields), fileName);
      } catch (error) {
        setState({ ...EMPTY, fileName, refused: refusalMessage(error) });
      }
    },
    [analyze, spec.fields],
  );

  const pick = useCallback(async () => {
    const picked = await invoke('file-open-dialog', { read: 'bytes', filters: FILTERS });
    if (picked.canceled || !picked.bytes) return;
    setBytes(picked.bytes);
    await read(picked.name ?? '未命名', picked.bytes);
  }, [read]);

  const setEncoding = useCallback((encoding: CsvEncoding) => bytes && void read(state.fileName, bytes, encoding), [bytes, read, state.fileName]);
  const setSheet = useCallback((index: number) => state.source && void analyze(state.source, index, state.fileName), [analyze, state.source, state.fileName]);
  const setColumn = useCallback((field: string, column: number | null) => setState((s) => ({ ...s, mapping: { ...s.mapping, [field]: column } })), []);
  const reset = useCallback(() => (setState(EMPTY), setBytes(null)), []);

  return { state, pick, setEncoding, setSheet, setColumn, reset };
}
