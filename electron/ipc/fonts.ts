import type { MainHandlers } from '#shared/ipc/index.ts';
import { listSystemFonts } from '../system-fonts.ts';

export type FontHandlers = Pick<MainHandlers, 'pdf-system-fonts'>;

/** Which faces the export worker may fetch from app://planner/system-fonts/ (the same folder the protocol serves). */
export function createFontHandlers(fontsDir: string): FontHandlers {
  return { 'pdf-system-fonts': () => listSystemFonts(fontsDir) };
}
