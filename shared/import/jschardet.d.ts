// jschardet 4 ships no type declarations; this is the part of its API the import uses.
declare module 'jschardet' {
  export interface DetectResult {
    encoding: string | null;
    confidence: number;
  }
  export function detect(input: Uint8Array | string, options?: { detectEncodings?: string[]; minimumThreshold?: number }): DetectResult;
}
