import { zipSync, type Zippable } from 'fflate';
import { suggestedFileName } from '../fileName.ts';
import { kindInfo } from '../kinds.ts';
import type { DocumentKind } from '../protocol.ts';
import type { BuilderRegistry, DocumentBuilder } from './serve.ts';

/** Each part's share of the bar; progress within a part is scaled into it. */
const STEPS_PER_PART = 1000;

/** A part the hospital has no content for (no plan text, no contracts yet); the message says which, in Chinese. */
export class MissingContentError extends Error {
  override readonly name = 'MissingContentError';
}

/** The note in the zip that says which parts were left out, and why. */
export const OMITTED_NOTE = '未包含的文件.txt';

/**
 * 全部: every part built in turn by its own builder and stored in one .zip under the name the part would get
 * when saved alone. Stored, not deflated: xlsx and PDF are compressed already, and storing is instant.
 * A part the hospital has nothing for (its builder throws MissingContentError) is left out and named in a
 * note inside the zip; any other failure fails the whole bundle.
 */
export function bundleBuilder(parts: readonly DocumentKind[], registry: BuilderRegistry): DocumentBuilder {
  return async (tables, target, { signal, progress }) => {
    const hospitalName = tables.hospitals.find((h) => h.id === target.hospitalId)?.name ?? '医院';
    const total = parts.length * STEPS_PER_PART;
    const files: Zippable = {};
    const omitted: string[] = [];
    for (const [index, kind] of parts.entries()) {
      signal.throwIfAborted();
      const build = registry[kind];
      const info = kindInfo(kind);
      if (!build) throw new Error(`导出失败：提交包缺少「${info.label}」`);
      const base = index * STEPS_PER_PART;
      progress(base, total, info.label);
      try {
        const built = await build(tables, { ...target, kind }, {
          signal,
          progress: (done, partTotal) => progress(base + Math.floor((STEPS_PER_PART * done) / Math.max(partTotal, 1)), total, info.label),
        });
        files[suggestedFileName(hospitalName, info, new Date(target.now))] = [built.bytes, { level: 0 }];
      } catch (error) {
        if (!(error instanceof MissingContentError)) throw error;
        omitted.push(`${info.label}：${error.message}`);
      }
    }
    signal.throwIfAborted();
    if (Object.keys(files).length === 0) throw new Error(`导出失败：没有可打包的文件（${omitted.join('；')}）`);
    if (omitted.length > 0) files[OMITTED_NOTE] = [new TextEncoder().encode(`${omitted.join('\r\n')}\r\n`), { level: 6 }];
    return { bytes: zipSync(files), extension: 'zip' };
  };
}
