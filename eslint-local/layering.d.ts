import type { ESLint } from 'eslint';
export function checkImport(relFile: string, spec: string): string | null;
export const localPlugin: ESLint.Plugin;
