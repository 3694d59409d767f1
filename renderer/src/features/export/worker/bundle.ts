import { zipSync, type Zippable } from 'fflate';
import { suggestedFileName } from '../fileName.ts';
import { kindInfo } from '../kinds.ts';
import type { DocumentKind } from '../protocol.ts';
import type { BuilderRegistry, DocumentBuilder } from './serve.ts';

/** Each part's share of the bar; progress within a part is scaled into it. */
const STEPS_PER_PART = 1000;

/**
 * 全部: every part built in turn by its own builder and stored in one .zip under the name the part would get
 * when saved alone. Stored, not deflated: xlsx and PDF are compressed already, and storing is instant.
 */
export function bundleBuilder(parts: readonly DocumentKind[], registry: BuilderRegistry): DocumentBuilder {
  return async (tables, target, { signal, progress }) => {
    const hospitalName = tables.hospitals.find((h) => h.id === target.hospitalId)?.name ?? '医院';
    const total = parts.length * STEPS_PER_PART;
    const files: Zippable = {};
    for (const [index, kind] of parts.entries()) {
      signal.throwIfAborted();
      const build = registry[kind];
      const info = kindInfo(kind);
      if (!build) throw new Error(`导出失败：提交包缺少「${info.label}」`);
      const base = index * STEPS_PER_PART;
      progress(base, total, info.label);
      const built = await build(tables, { ...target, kind }, {
        signal,
        progress: (done, partTotal) => progress(base + Math.floor((STEPS_PER_PART * done) / Math.max(partTotal, 1)), total, info.label),
      });
      files[suggestedFileName(hospitalName, info, new Date(target.now))] = [built.bytes, { level: 0 }];
    }
    signal.throwIfAborted();
    return { bytes: zipSync(files), extension: 'zip' };
  };
}
