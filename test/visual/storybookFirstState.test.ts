// @vitest-environment node
/**
 * Storybook opens every story in its first state, and the play functions stay tests: the story files Storybook
 * serves lose their `play`, only outside Vitest; and the preview's static files and module-mocking runtime are
 * served (no 404 on every story open).
 */
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../.storybook/main.ts';
import { playOnlyInTests } from '../../.storybook/playOnlyInTests.ts';

/** A story file as Storybook's server hands it to this plugin: TypeScript already stripped. */
const STORY_FILE = `
const meta = { title: 'Components/Example', play: async () => 'meta played' };
export default meta;
export const Default = { play: async () => 'played' };
export const WithArgs = { args: { label: 'x' } };
export const Plain = 'not a story';
`;

function transformed(code: string, id: string): string | null {
  const transform = playOnlyInTests().transform as (code: string, id: string) => { code: string } | null;
  return transform(code, id)?.code ?? null;
}

async function evaluate(code: string): Promise<Record<string, unknown>> {
  const file = join(mkdtempSync(join(tmpdir(), 'pnk-first-state-')), 'story.mjs');
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}

async function viteConfigFor(env: { VITEST?: string }): Promise<UserConfig> {
  const saved = process.env['VITEST'];
  if (env.VITEST === undefined) delete process.env['VITEST'];
  try {
    const viteFinal = config.viteFinal as (viteConfig: UserConfig, options: unknown) => UserConfig | Promise<UserConfig>;
    return await viteFinal({ root: process.cwd(), plugins: [] }, { configType: 'DEVELOPMENT' });
  } finally {
    if (saved !== undefined) process.env['VITEST'] = saved;
  }
}

const pluginNames = (viteConfig: UserConfig) => (viteConfig.plugins ?? []).flat().map((plugin) => (plugin as Plugin | null)?.name);

describe('stories open in their first state in Storybook', () => {

  it('drops `play` from the meta and every story of a story file, and keeps the rest', async () => {
    const code = transformed(STORY_FILE, '/repo/stories/Example.stories.tsx');
    expect(code).not.toBeNull();
    const module = await evaluate(code!);
    expect(module['default']).toEqual({ title: 'Components/Example' });
    expect(module['Default']).toEqual({});
    expect(module['WithArgs']).toEqual({ args: { label: 'x' } });
    expect(module['Plain']).toBe('not a story');
  });

  it('leaves every other module alone', () => {
    expect(transformed(STORY_FILE, '/repo/stories/support/backend.tsx')).toBeNull();
    expect(transformed(STORY_FILE, '/repo/src/components/Example.tsx')).toBeNull();
  });

  it('is installed for Storybook (`npm start`, `build-storybook`), not under Vitest, where the plays are the tests', async () => {
    expect(pluginNames(await viteConfigFor({}))).toContain('phone-number-kit:play-only-in-tests');
    expect(pluginNames(await viteConfigFor({ VITEST: 'true' }))).not.toContain('phone-number-kit:play-only-in-tests');
  });
});

describe('no 404 on a story open', () => {
  it('serves the node_modules where they really are (Storybook loads its mocking runtime by real path)', async () => {
    const allow = (await viteConfigFor({})).server?.fs?.allow ?? [];
    expect(allow).toContain(realpathSync(join(process.cwd(), 'node_modules')));
    expect(allow).toContain(process.cwd());
  });

  it('declares the story frame an icon, so the browser does not ask for /favicon.ico', () => {
    expect(readFileSync('.storybook/preview-head.html', 'utf8')).toMatch(/<link rel="icon" href="data:,"/);
  });
});
