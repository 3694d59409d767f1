import type { FileFilter } from '#renderer/platform/index.ts';
import type { DocumentKind, FileExtension } from './protocol.ts';

export interface KindInfo {
  kind: DocumentKind;
  label: string;
  description: string;
  extension: FileExtension;
  /** The word in the suggested file name: 示例市第一人民医院-<fileWord>-2026-12-01.xlsx. */
  fileWord: string;
  /** What the user may narrow the export to. */
  pick?: 'specialty' | 'contract';
  /** null when the kind can be exported; otherwise the plain Chinese reason it cannot yet. */
  unavailable: string | null;
}

/**
 * The kinds in the order the page lists them. `unavailable` must agree with the worker's registry
 * (worker/builders.ts); tests/unit/export-protocol.test.ts checks that they do.
 */
export const KIND_INFO: readonly KindInfo[] = [
  {
    kind: 'workbook',
    label: '数据工作簿',
    description: '全部数据表，每表一个工作表，含提交前检查结果（.xlsx）',
    extension: 'xlsx',
    fileWord: '临床专科建设规划',
    unavailable: null,
  },
  {
    kind: 'plan',
    label: '规划正文',
    description: '医院临床专科建设规划正文及附表，按公文格式排版（PDF）',
    extension: 'pdf',
    fileWord: '临床专科建设规划',
    unavailable: null,
  },
  {
    kind: 'specialties',
    label: '专科建设任务书',
    description: '每个临床专科一份任务书（PDF）',
    extension: 'pdf',
    fileWord: '专科建设任务书',
    pick: 'specialty',
    unavailable: null,
  },
  {
    kind: 'contracts',
    label: '目标责任书',
    description: '科主任任期目标责任书（PDF）',
    extension: 'pdf',
    fileWord: '目标责任书',
    pick: 'contract',
    unavailable: null,
  },
  {
    kind: 'all',
    label: '全部',
    description: '以上全部文件，打包为一个提交包（.zip）',
    extension: 'zip',
    fileWord: '临床专科建设规划提交包',
    unavailable: null,
  },
];

export function kindInfo(kind: DocumentKind): KindInfo {
  const info = KIND_INFO.find((k) => k.kind === kind);
  if (!info) throw new Error(`unknown export kind ${kind}`);
  return info;
}

const FILTERS: Record<FileExtension, FileFilter> = {
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  pdf: { name: 'PDF 文档', extensions: ['pdf'] },
  zip: { name: 'ZIP 压缩包', extensions: ['zip'] },
};

export function fileFilter(extension: FileExtension): FileFilter {
  return FILTERS[extension];
}
