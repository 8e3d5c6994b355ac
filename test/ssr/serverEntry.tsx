/**
 * The server side of the SSR tests: a Node program (bundled by serverRenderCommand.ts, one React for everything)
 * that renders the account-settings page as a server would and prints the markup and the dehydrated data as JSON.
 * Node has no `window` and no `document`: a component that touches either while rendering throws here.
 */
import { version, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
// The web-streams renderer (Next.js and edge hosts use it); React 18 has it in server.browser only.
import { renderToReadableStream } from 'react-dom/server.browser';
import { QueryClient } from '@tanstack/react-query';
import { AccountSettingsPage, prefetchList, seededBackend, toTransport } from './accountSettingsPage.tsx';
import type { ServerRenderRequest, ServerRenderResult } from './serverRender.ts';

async function render({ renderer, data, variant }: ServerRenderRequest): Promise<ServerRenderResult> {
  const logged: string[] = [];
  const keep = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  console.error = keep;
  console.warn = keep;
  const backend = seededBackend();
  const queryClient = new QueryClient();
  if (data === 'seeded') await prefetchList(queryClient, backend.adapter);
  const page = <AccountSettingsPage adapter={backend.adapter} queryClient={queryClient} variant={variant} />;
  const html = renderer === 'renderToString' ? renderToString(page) : await streamToString(page);
  const noDom = !('window' in globalThis) && !('document' in globalThis);
  return { ok: true, html, transported: toTransport(queryClient), logged, noDom, reactVersion: version };
}

/** Read to the end once everything is ready (the kit suspends nowhere, so nothing would stream in late anyway). */
async function streamToString(page: ReactElement): Promise<string> {
  let failure: unknown = null;
  const stream = await renderToReadableStream(page, { onError: (error) => void (failure ??= error) });
  await stream.allReady;
  const html = await new Response(stream).text();
  if (failure) throw failure;
  return html;
}

/** One request per process: exits once the answer is written (React 19.0's server renderer leaves a handle open). */
function answer(result: ServerRenderResult): void {
  process.stdout.write(JSON.stringify(result), () => process.exit(0));
}

render(JSON.parse(process.argv[2] ?? '{}') as ServerRenderRequest).then(answer, (error: unknown) =>
  answer({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
