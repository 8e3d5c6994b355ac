/**
 * A Vitest browser command (runs in Node) for the SSR tests: bundles serverEntry.tsx with esbuild for Node, with
 * react and react-dom aliased to the React of the run (`PNK_REACT`, test/react/reactMatrix.ts) so the page, React
 * Query and react-dom all share that one React, then renders each request in a fresh Node process.
 */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserCommand } from 'vitest/node';
import { reactMatrix } from '../react/reactMatrix.ts';
import type { ServerRenderRequest, ServerRenderResult } from './serverRender.ts';

const run = promisify(execFile);
/**
 * Newer React's stream renderers check ArrayBuffer.prototype.detached and warn about the environment where it is
 * missing: Node 22 has it, Node 20 only behind this V8 flag. The warning is about Node, not the page, so the server
 * runs as on Node 22 and any other warning still fails the test.
 */
const NODE_FLAGS = 'detached' in ArrayBuffer.prototype ? [] : ['--harmony-rab-gsab-transfer'];
let bundle: Promise<string> | null = null;

/** Built once per test run, under os.tmpdir() (never into the work tree). */
async function bundled(): Promise<string> {
  const matrix = reactMatrix();
  const outfile = join(tmpdir(), 'phone-number-kit-tests', `ssr-react-${matrix.version}`, 'server.cjs');
  const { build } = await import('esbuild');
  const aliases = { react: matrix.packages.react, 'react-dom': matrix.packages.reactDom };
  await build({
    entryPoints: [join(import.meta.dirname, 'serverEntry.tsx')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    jsx: 'automatic',
    // Styles are the host bundler's business on a server; the markup carries only class names.
    loader: { '.css': 'empty' },
    alias: matrix.packages.react === 'react' ? {} : aliases,
    // Development React, as in the browser tests: it is the build that reports hydration mismatches.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  return outfile;
}

const serverRender: BrowserCommand<[ServerRenderRequest]> = async (_context, request): Promise<ServerRenderResult> => {
  bundle ??= bundled();
  const script = await bundle;
  const { stdout } = await run(process.execPath, [...NODE_FLAGS, script, JSON.stringify(request)], { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return JSON.parse(stdout) as ServerRenderResult;
};

export const ssrCommands = { serverRender };

declare module 'vitest/browser' {
  interface BrowserCommands {
    serverRender: (request: ServerRenderRequest) => Promise<ServerRenderResult>;
  }
}
