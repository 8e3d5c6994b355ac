// Types for scripts/bundle-budgets.mjs (plain JavaScript, so check-dist can run it on Node without a build step).
export interface BudgetRow {
  name: string;
  code: string;
  budget: number;
  initial: boolean;
  css?: number;
  cssFile?: string;
}
export interface Measured {
  name: string;
  bytes: number;
  minBytes: number;
  budget: number;
  lazyBytes: number;
  cssBytes: number;
  cssBudget: number | undefined;
  modules: string[];
}
export interface OutputChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
}
export interface OutputAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
export const root: string;
export const HOOK_EXPORTS: string[];
export const ADAPTER_EXPORTS: string[];
export function entryFile(from?: 'src' | 'dist', name?: string): string;
export function budgetRows(from?: 'src' | 'dist'): BudgetRow[];
export function bundle(code: string): Promise<(OutputChunk | OutputAsset)[]>;
export function measure(row: BudgetRow): Promise<Measured>;
export function table(results: Measured[]): string;
export function overruns(results: Measured[]): string[];
