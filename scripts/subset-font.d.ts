// subset-font 2.9 ships no types; this is the part scripts/subset-fonts.ts uses.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    noHinting?: boolean;
    preserveNameIds?: number[];
  }
  // eslint-disable-next-line no-restricted-syntax -- the package's own CommonJS export, typed as it is
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Uint8Array>;
}
