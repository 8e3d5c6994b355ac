/**
 * The house rules, checked by `npm run check:layers` (part of `npm test`). docs/architecture.md explains them.
 *
 *   entries (src/*.ts)   embed   testing
 *          \               |       |
 *           components ──> theme, i18n
 *               |
 *             hooks
 *               |
 *            adapters
 *               |
 *             core
 *               |
 *             model
 *
 * Arrows point down only: a layer imports the layers below it, never one above, and nothing forms a circle.
 */
const layer = (name) => `^src/${name}/`;
const below = {
  model: [],
  core: ['model'],
  adapters: ['model', 'core'],
  hooks: ['model', 'core', 'adapters'],
  theme: [],
  i18n: ['model'],
  components: ['model', 'core', 'hooks', 'i18n', 'theme'],
  testing: ['model', 'core', 'adapters'],
  embed: ['model', 'core', 'adapters', 'hooks', 'i18n', 'theme', 'components'],
  // phone-number-kit/server holds the Clerk secret key: it needs the wire format and nothing of the browser kit.
  server: ['model'],
};

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circle, not even through `import type`.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...Object.entries(below).map(([name, allowed]) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `src/${name} may import only ${allowed.length ? allowed.map((l) => `src/${l}`).join(', ') : 'nothing else in src'} (and itself).`,
      from: { path: layer(name) },
      to: { path: '^src/', pathNot: [layer(name), ...allowed.map(layer)] },
    })),
    {
      name: 'core-is-framework-free',
      severity: 'error',
      comment: 'src/core is framework-free, like TanStack Query\'s query-core: no React at run time.',
      from: { path: '^src/(model|core)/' },
      to: { path: '^(react|react-dom|@tanstack/react-query)($|/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'components-never-reach-adapters',
      severity: 'error',
      comment: 'Components talk to the backend through hooks only.',
      from: { path: '^src/components/' },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'nothing-imports-server',
      severity: 'error',
      comment: 'src/server runs with the secret key; only its own entry (src/server.ts) may import it, so no browser entry can.',
      from: { path: '^src/', pathNot: ['^src/server/', '^src/server\\.ts$'] },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-runs-anywhere',
      severity: 'error',
      comment: 'src/server runs on Node, Deno, Bun and edge runtimes: no React, no DOM libraries, no Node built-ins.',
      from: { path: '^src/server(/|\\.ts$)' },
      to: { path: '^(react|react-dom|@tanstack/|msw|node:)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-entry-imports',
      severity: 'error',
      comment: 'The entry files (src/*.ts) are for users; nothing inside the kit imports them.',
      from: { path: '^src/.+/' },
      to: { path: '^src/[^/]+\\.tsx?$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
