/** The messages between the hydration test and the Worker that server-renders the page. */
import type { InitialData, PageVariant } from './accountSettingsPage.tsx';

export type Renderer = 'renderToString' | 'renderToReadableStream';

export interface ServerRenderRequest {
  renderer: Renderer;
  data: InitialData;
  variant: PageVariant;
}

export type ServerRenderResult =
  | {
      ok: true;
      html: string;
      /** The QueryClient's dehydrated state, as JSON (what a framework puts in the page). */
      transported: string;
      /** What the render logged through console.error or console.warn (React's server warnings go there). */
      logged: string[];
      /** The global scope the render ran in had neither `window` nor `document`. */
      noDom: boolean;
      reactVersion: string;
    }
  | { ok: false; error: string };
