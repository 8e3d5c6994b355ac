import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';
import { searchForWorkspaceRoot } from 'vite';
import { playOnlyInTests } from './playOnlyInTests.ts';

/**
 * The project, and its node_modules where they really are: Storybook's preview loads its module-mocking runtime
 * (`/vite-inject-mocker-entry.js`) by its real path, which a linked node_modules (a worktree sharing another's)
 * puts outside the project, and Vite then answers 404 on every story open.
 */
function servedDirectories(root: string): string[] {
  return [searchForWorkspaceRoot(root), realpathSync(join(root, 'node_modules'))];
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest'],
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // The root vite.config.ts is merged in; its .d.ts plugin belongs to the library build only.
  // Under Vitest (`vitest --project storybook`, also when started from Storybook's test panel) the plays are the tests.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Added to what Storybook already allows (its own folders), not in their place.
    server: {
      ...viteConfig.server,
      fs: { ...viteConfig.server?.fs, allow: [...(viteConfig.server?.fs?.allow ?? []), ...servedDirectories(viteConfig.root ?? process.cwd())] },
    },
    plugins: [
      ...(viteConfig.plugins ?? []).flat().filter(
        (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'unplugin-dts'),
      ),
      ...(process.env['VITEST'] ? [] : [playOnlyInTests()]),
    ],
  }),
};

export default config;
