import type { PlannerDatabase } from './database.ts';

// Choices of this installation, kept in the meta table beside the current hospital: they are not part of
// the hospital's data, so backups neither carry nor replace them.

const USE_SYSTEM_FONTS_KEY = 'pdf-use-system-fonts';

/** 使用系统字体 on the export page: on unless the user turned it off here (a damaged entry counts as on). */
export async function loadUseSystemFonts(db: PlannerDatabase): Promise<boolean> {
  const entry = await db.meta.get(USE_SYSTEM_FONTS_KEY);
  return typeof entry?.value === 'boolean' ? entry.value : true;
}

export async function saveUseSystemFonts(db: PlannerDatabase, useSystem: boolean): Promise<void> {
  await db.meta.put({ key: USE_SYSTEM_FONTS_KEY, value: useSystem });
}
