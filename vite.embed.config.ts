/**
 * The second library build (`npm run build` runs it after the main one): `dist/embed.js`, the non-React entry
 * with React, react-dom and TanStack Query bundled in. The CSS it would emit is the same set of rules as
 * `styles.css` from the main build, so it is dropped unless `keepCss` asks for it (the CSP test builds alone).
 */
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

export interface EmbedBuildOptions {
  outDir?: string;
  /** Emit the CSS as `styles.css` next to `embed.js` (for a build without the main one). Default false. */
  keepCss?: boolean;
}

/** Removes CSS assets from the bundle, since the main build already ships them as `styles.css`. */
function dropCss(): Plugin {
  return {
    name: 'pnk-embed-drop-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
    },
  };
}

export function embedBuildConfig({ outDir = 'dist', keepCss = false }: EmbedBuildOptions = {}): InlineConfig {
  return {
    configFile: false,
    plugins: [react(), ...(keepCss ? [] : [dropCss()])],
    // Library builds keep `process.env.NODE_ENV`; a browser has no `process`, and React must pick its production build.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: true,
      minify: true,
      lib: { entry: { embed: 'src/embed/index.ts' }, formats: ['es'], cssFileName: 'styles' },
      // Everything is bundled: the host page brings nothing.
      // A final bundle, not a library others re-bundle: whitespace goes too (Vite keeps it for `es` libraries).
      // One file for a `<script type="module">`: the lazily loaded steps are inlined, not split into chunks.
      rollupOptions: { external: [], output: { minify: true, codeSplitting: false } },
    },
  };
}

export default defineConfig(embedBuildConfig());
