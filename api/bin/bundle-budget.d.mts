// Types for bundle-budget.mjs (plain Node, run before anything is compiled), for its unit tests.

/** A chunk of client/dist/.vite/manifest.json, as far as the budget reads it. */
export interface ManifestChunk {
  file: string;
  name?: string;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface Sizes {
  raw: number;
  gzip: number;
}
export interface Measured extends Sizes {
  chunks: ({ file: string } & Sizes)[];
}
export interface Measurement {
  page: string;
  landing: Measured;
  lazy: ({ name: string; key: string } & Measured)[];
  pages: ({ page: string } & Measured)[];
}
export interface Budget {
  landing: { maxGzipKB: number };
  lazy: Record<string, number>;
  pages?: Record<string, number>;
}

export function staticClosure(manifest: Manifest, key: string): string[];
export function lazyName(manifest: Manifest, key: string): string;
export function measurePage(
  manifest: Manifest,
  sizeOf: (file: string) => Sizes,
  page?: string,
  otherPages?: string[],
): Measurement;
export function checkBudget(measured: Measurement, budget: Budget): string[];
export function formatReport(measured: Measurement, budget: Budget): string;
