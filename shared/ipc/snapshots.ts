import { z } from 'zod';
import { defineChannels } from './contract.ts';

/**
 * snapshot-20240108T093000123Z.json: UTC time to the millisecond, fixed width, so sorting names sorts by
 * time. The pattern also keeps a requested name from ever naming a path outside the snapshot folder.
 */
export const SNAPSHOT_NAME_PATTERN = /^snapshot-\d{8}T\d{9}Z\.json$/;

/** A backup of a large hospital is a few MB; this bound only stops a runaway payload. */
export const MAX_SNAPSHOT_CHARS = 200 * 1024 * 1024;

export const SnapshotNameSchema = z.string().regex(SNAPSHOT_NAME_PATTERN, { error: '快照文件名无效' });

export const SnapshotInfoSchema = z.object({
  name: SnapshotNameSchema,
  createdAt: z.iso.datetime(),
  bytes: z.number().int().min(0),
});
export type SnapshotInfo = z.infer<typeof SnapshotInfoSchema>;

export const SnapshotWrittenSchema = SnapshotInfoSchema.extend({
  /** Full path of the file; '' in the browser, which keeps no snapshots. */
  path: z.string(),
  name: z.union([SnapshotNameSchema, z.literal('')]),
});
export type SnapshotWritten = z.infer<typeof SnapshotWrittenSchema>;

/** The backup itself is checked against BackupSchema by the snapshot store, which owns that invariant. */
const BackupPayloadSchema = z.union(
  [
    z.string().min(1, { error: '快照内容为空' }).max(MAX_SNAPSHOT_CHARS, { error: '快照内容过大' }),
    z.record(z.string(), z.unknown()),
  ],
  { error: '快照内容应为备份 JSON 文本或对象' },
);

export const SNAPSHOT_CHANNELS = defineChannels({
  'snapshot-write': { args: z.object({ backup: BackupPayloadSchema }), result: SnapshotWrittenSchema },
  /** Newest first. */
  'snapshot-list': { args: z.undefined(), result: z.array(SnapshotInfoSchema) },
  /** The backup JSON text of one snapshot, for restore. */
  'snapshot-read': { args: z.object({ name: SnapshotNameSchema }), result: z.string() },
});
