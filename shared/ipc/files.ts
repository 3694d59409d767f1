import { z } from 'zod';
import { defineChannels } from './contract.ts';

/** Exported workbooks and documents stay far below this; the bound keeps a bad call from filling memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(60),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,10}$/, { error: '扩展名只能含字母和数字，且不带点' }))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

const FiltersSchema = z.array(FileFilterSchema).max(10).default([]);

/** Text (JSON, CSV) or bytes (xlsx, pdf): both cross IPC by structured clone. */
const FileContentSchema = z.union(
  [
    z.string().max(MAX_FILE_BYTES, { error: '文件过大' }),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, { error: '文件过大' }),
  ],
  { error: '文件内容应为文字或字节' },
);

/** A bare file name: the user picks the folder in the dialog, the renderer never names a path. */
const SuggestedNameSchema = z
  .string()
  .min(1, { error: '请提供文件名' })
  .max(200, { error: '文件名过长' })
  .refine((name) => !/[\\/]/.test(name) && name !== '.' && name !== '..', { error: '文件名不能包含路径' });

export const FILE_CHANNELS = defineChannels({
  'file-save-dialog': {
    args: z.object({ suggestedName: SuggestedNameSchema, content: FileContentSchema, filters: FiltersSchema }),
    /** path: where it was written (Electron only; a browser download does not say). name: the file's name. */
    result: z.object({ saved: z.boolean(), path: z.string().optional(), name: z.string().optional() }),
  },
  'file-open-dialog': {
    args: z.object({ filters: FiltersSchema, read: z.enum(['text', 'bytes']).default('text') }),
    result: z.object({
      canceled: z.boolean(),
      name: z.string().optional(),
      /** Set when read is 'text' (UTF-8). */
      content: z.string().optional(),
      /** Set when read is 'bytes'. */
      bytes: z.instanceof(Uint8Array).optional(),
    }),
  },
});
