import type { BuilderRegistry } from './serve.ts';

/**
 * Which document kinds this build can produce, and how. The builders themselves live in shared/export
 * (workbook, pdf) and are imported lazily, so the worker loads exceljs or the PDF renderer and its fonts
 * only for the kind asked for. kinds.ts marks every kind missing here as unavailable.
 */
export const BUILDERS: BuilderRegistry = {};
