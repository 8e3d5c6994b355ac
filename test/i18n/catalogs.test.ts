/** The shipped translations are complete and keep every placeholder, so nothing falls back or breaks silently. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/index.ts';
import { es } from '../../src/i18n/locales/es.ts';
import { de } from '../../src/i18n/locales/de.ts';

/** Every leaf as `path → template`. */
function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') {
    out.set(prefix, node);
    return out;
  }
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    for (const [path, text] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
  }
  return out;
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['es', es],
  ['de', de],
])('the %s catalog', (_name, catalog) => {
  const english = leaves(en);
  const translated = leaves(catalog);

  it('has exactly the keys of English, errors included', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps the placeholders of every message', () => {
    const broken = [...english].filter(([path, template]) => {
      const other = translated.get(path);
      return other === undefined || placeholders(other).join() !== placeholders(template).join();
    });
    expect(broken.map(([path]) => path)).toEqual([]);
  });

  it('translates (no message left blank, and most differ from English)', () => {
    expect([...translated].filter(([, text]) => text.trim() === '')).toEqual([]);
    // Some strings are legitimately the same (" · ", "{country} (+{callingCode})", "International", "backup-codes.txt").
    const same = [...translated].filter(([path, text]) => english.get(path) === text).map(([path]) => path);
    expect(same.length).toBeLessThan(8);
  });
});

it('the translations are separate modules: the English entry does not import them', async () => {
  const index = await import('../../src/i18n/index.ts');
  expect(Object.keys(index)).not.toContain('es');
  expect(Object.keys(index)).not.toContain('de');
});
