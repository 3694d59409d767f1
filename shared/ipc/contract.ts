import type { z } from 'zod';

/**
 * The building blocks of the IPC contract. Every call the renderer may make is a named channel with a zod
 * schema for its arguments and one for its result; main validates both, the renderer gets the types.
 */
export interface ChannelSchemas<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
}

export type ContractShape = Record<string, ChannelSchemas>;

/** Identity helper: keeps each channel's literal schema types while checking the shape. */
export function defineChannels<const T extends ContractShape>(channels: T): T {
  return channels;
}

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
  ? I
  : never;

/**
 * Merges one handler map per feature into the single contract (Actual Budget's `Handlers`). A name that two
 * features both claim is a programming error caught at start-up, not a silent override.
 */
export function mergeContracts<const T extends readonly ContractShape[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: ContractShape = {};
  for (const part of parts) {
    for (const [name, schemas] of Object.entries(part)) {
      if (Object.hasOwn(merged, name)) throw new Error(`IPC channel "${name}" is registered twice`);
      merged[name] = schemas;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

/** A payload that does not match the contract. The message is shown to the user, so it is Chinese. */
export class IpcValidationError extends Error {
  override readonly name = 'IpcValidationError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}：${issue.message}` : issue.message))
    .join('；');
}

/** Parses `value` with `schema`, or throws an IpcValidationError naming the channel and every bad field. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  channel: string,
  what: '参数' | '返回值',
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new IpcValidationError(`IPC 调用 "${channel}" 的${what}无效：${describeIssues(parsed.error)}`);
  }
  return parsed.data;
}
