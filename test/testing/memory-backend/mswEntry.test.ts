/**
 * `phone-number-kit/testing` imports no msw (an optional peer); the handlers come from `phone-number-kit/testing/msw`.
 * The packed package is checked the same way by scripts/check-packed.mjs, in a folder without msw.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/testing/index.ts';
import { createMemoryBackendHandlers } from '../../../src/testing/msw.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every bare package a module reaches through static imports and re-exports, following relative ones. */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!));
      else packages.add(specifier!);
    }
  };
  visit(resolve(root, entry));
  return packages;
}

describe('phone-number-kit/testing without msw', () => {
  it('the testing entry reaches no msw module; the msw entry does', () => {
    const fromTesting = [...packagesReachedFrom('src/testing/index.ts')];
    expect(fromTesting.filter((name) => /^msw($|\/)/.test(name))).toEqual([]);
    expect([...packagesReachedFrom('src/testing/msw.ts')]).toContain('msw');
  });

  it('gives each backend one handler list over its own state', () => {
    const backend = createMemoryBackend();
    const handlers = createMemoryBackendHandlers(backend);
    expect(handlers.length).toBeGreaterThan(0);
    expect(createMemoryBackendHandlers(backend)).toBe(handlers);
    expect(createMemoryBackendHandlers(createMemoryBackend())).not.toBe(handlers);
  });

  it('refuses an object that is not a memory backend', () => {
    const lookalike = { ...createMemoryBackend() };
    expect(() => createMemoryBackendHandlers(lookalike)).toThrow(TypeError);
  });
});
