// Text beyond GB 2312 that the documents are known to print: every string of the demo and province samples
// (names, diseases, plan text). Characters outside the subset would print as empty boxes.
import { generateSample } from '#shared/sample/index.ts';

export function sampleStrings(): Promise<string[]> {
  const strings: string[] = [];
  for (const size of ['demo', 'large'] as const) {
    JSON.stringify(generateSample({ size }), (_key, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
  }
  return Promise.resolve(strings);
}
