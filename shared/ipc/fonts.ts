import { z } from 'zod';
import { FONT_FACES } from '../export/pdf/font-files.ts';
import { defineChannels } from './contract.ts';

/**
 * Where the desktop app serves the official system fonts to the export worker: `<route><face>`, e.g.
 * app://planner/system-fonts/fang. Main maps the face to its whitelisted file; the URL never names a path.
 */
export const SYSTEM_FONT_ROUTE = '/system-fonts/';

export const SystemFontSchema = z.object({
  face: z.enum(FONT_FACES),
  /** The file's name in the fonts folder, e.g. simfang.ttf. */
  file: z.string().min(1),
  /** What the user is told, e.g. "仿宋 simfang.ttf（系统字体）". */
  label: z.string().min(1),
  /** Picks the face inside a .ttc collection (simsun.ttc → SimSun). */
  postscriptName: z.string().min(1).optional(),
});
export type SystemFont = z.infer<typeof SystemFontSchema>;

export const FONT_CHANNELS = defineChannels({
  /** The faces this machine has an official system font for; none in the browser or without the files. */
  'pdf-system-fonts': { args: z.undefined(), result: z.array(SystemFontSchema) },
});
