// Types for scripts/bundle-budgets.mjs (plain JavaScript, so check-dist can run it on Node without a build step).
export type Bundler = 'rollup' | 'esbuild' | 'webpack';
export interface BudgetRow {
  name: string;
  /** The app entry's code; it imports `phone-number-kit`. */
  code: string;
  /** gzip bytes. */
  budget: number;
  /** The budget an open issue set that the row is still over (gzip bytes); `budget` is then the ceiling meanwhile. */
  target?: number;
  /** `initial`: the budget covers what loads up front; `all`: every chunk, lazy ones included. */
  scope: 'initial' | 'all';
  /** The stylesheet's budget in gzip bytes (on the row that imports everything). */
  css?: number;
  /** Lazy chunks the entry can reach but never loads (matched against a chunk's module ids), left out of `all`. */
  neverLoads?: RegExp;
}
export interface Chunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  /** Chunks it imports statically (file names). */
  imports: string[];
  /** Chunks it loads through `import()` (file names). */
  dynamicImports: string[];
  /** Absolute paths of the modules it holds. */
  modules: string[];
}
export interface Measured {
  name: string;
  bundler: Bundler;
  /** gzip bytes the budget applies to (up front, or everything for `all` rows). */
  bytes: number;
  minBytes: number;
  /** gzip bytes of the chunks loaded through `import()` (0 for `all` rows, which count them in `bytes`). */
  lazyBytes: number;
  budget: number;
  /** Modules that load up front. */
  modules: string[];
  /** Modules that load through `import()`. */
  lazyModules: string[];
}
export interface Measurements {
  results: Measured[];
  css: { bytes: number; budget: number };
}
export interface App {
  dir: string;
  entry(code: string): string;
  remove(): void;
}
export const root: string;
export const HOOK_EXPORTS: string[];
export const ADAPTER_EXPORTS: string[];
export const BUNDLERS: Bundler[];
export const LAZY_ONLY: RegExp;
export function budgetRows(): BudgetRow[];
export function buildFreshPackage(): Promise<string>;
export function createApp(packageDir: string): App;
export function bundleWith(bundler: Bundler, file: string): Promise<Chunk[]>;
export function splitChunks(chunks: Chunk[]): { initial: Chunk[]; lazy: Chunk[] };
export function measure(row: BudgetRow, bundler: Bundler, app: App): Promise<Measured>;
export function measureCss(packageDir: string): number;
export function measureAll(packageDir: string, bundlers?: Bundler[]): Promise<Measurements>;
export function table(measured: Measurements): string;
export function overruns(measured: Measurements): string[];
export function staticReach(file: string): { files: Set<string>; bare: Set<string> };
