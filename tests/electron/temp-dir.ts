import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** A fresh folder per call, removed after the test (or, with 'file', after the test file) that made it. */
export function temporaryDirs(lifetime: 'test' | 'file' = 'test'): (prefix?: string) => string {
  const made: string[] = [];
  (lifetime === 'test' ? afterEach : afterAll)(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix = 'planner-') => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
