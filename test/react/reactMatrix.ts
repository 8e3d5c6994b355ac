/**
 * The React the browser tests run on. `PNK_REACT=18.3` or `PNK_REACT=19.0` swaps every import of react and
 * react-dom (the kit's, @tanstack/react-query's, testing-library's, input-otp's, Storybook's
 * renderer's) for the npm aliases of that version, so one React of that version runs the whole page. Unset: the
 * newest React, as installed. Used by vite.config.ts; Node only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The aliased packages of each older React the peer range (^18.2.0 || ^19.0.0) covers; see package.json. */
const ALIASED: Record<string, { react: string; reactDom: string }> = {
  '18.3': { react: 'react-18', reactDom: 'react-dom-18' },
  '19.0': { react: 'react-19-0', reactDom: 'react-dom-19-0' },
};

export interface ReactMatrix {
  /** The packages serving `react` and `react-dom` (for bundlers with package-level aliases, e.g. esbuild). */
  packages: { react: string; reactDom: string };
  /** `resolve.alias` entries: exact matches, so `react-dom` is not taken for `react` + "-dom". */
  alias: { find: RegExp; replacement: string }[];
  /** The version the page must report (React.version), read from the package that will be served. */
  version: string;
  /** A dep-optimizer cache per React, so a run on one React never serves another's pre-bundled copy. */
  cacheDir: string | undefined;
}

export function reactMatrix(requested = process.env.PNK_REACT): ReactMatrix {
  if (!requested) return { packages: { react: 'react', reactDom: 'react-dom' }, alias: [], version: installedVersion('react'), cacheDir: undefined };
  const packages = ALIASED[requested];
  if (!packages) throw new Error(`PNK_REACT=${requested}: expected one of ${Object.keys(ALIASED).join(', ')} (unset for the newest React)`);
  return {
    packages,
    alias: [
      { find: /^react$/, replacement: packages.react },
      { find: /^react\/(.+)$/, replacement: `${packages.react}/$1` },
      { find: /^react-dom$/, replacement: packages.reactDom },
      { find: /^react-dom\/(.+)$/, replacement: `${packages.reactDom}/$1` },
    ],
    version: installedVersion(packages.react),
    cacheDir: `node_modules/.vite-react-${requested}`,
  };
}

function installedVersion(name: string): string {
  const manifest = fileURLToPath(new URL(`../../node_modules/${name}/package.json`, import.meta.url));
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
