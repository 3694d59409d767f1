/**
 * A file the import will not read at all (not a spreadsheet, damaged, hostile, too large). The message is
 * the Chinese sentence shown to the user as is; nothing has been written when this is thrown.
 */
export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}

export const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};

/** Any failure while reading a file, as the sentence the user sees. */
export function refusalMessage(error: unknown): string {
  if (error instanceof ImportRefusedError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `无法读取该文件，文件可能已损坏（${detail.slice(0, 200)}）`;
}
