// Types for scripts/client-boundary.mjs (plain JavaScript, so check-dist can run it on Node without a build step).
export declare const DIRECTIVE: 'use client';
/** Top-level statements of a module that are the directive, and whether the first statement is one. */
export declare function directiveStatements(code: string, lang?: 'js' | 'jsx' | 'ts' | 'tsx'): { count: number; first: boolean; body: unknown[] };
/** Problems with the directive in `dist/`; `log` gets a one-line summary. */
export declare function clientBoundaryProblems(root: string, log?: (line: string) => void): string[];
