// @vitest-environment node
/**
 * formatPhoneNumber() must group numbers as libphonenumber-js's formatInternational() does, from a generated table
 * instead of libphonenumber at run time: exactly for every mobile example number and for mobile numbers drawn from
 * the metadata's mobile patterns, as often as the table allows for fixed-line numbers (libphonenumber-js ships no
 * fixed-line examples, so they are drawn from its fixed-line patterns too, with a fixed seed). The table must be what
 * the generator gives for the installed libphonenumber-js, and function + table must stay within 1.5 KB min+gzip.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/examples.mobile.json';
import max from 'libphonenumber-js/metadata.max.json';
import min from 'libphonenumber-js/metadata.min.json';
import { formatPhoneNumber } from '../../../src/components/common/formatPhoneNumber.ts';
import { compilePattern } from '../../../scripts/digit-patterns.mjs';
import { OUTPUT, generateDisplayFormats, loadLibphonenumber } from '../../../scripts/generate-display-formats.mjs';

const oracle = (e164: string) => parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
const callingCodes = Object.keys(min.country_calling_codes); // non-geographic ones (+800 …) included

/** Park–Miller, so the fixed-line sample is the same on every run. */
function seeded(seed: number) {
  return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
}

type Country = [string, unknown, unknown, number[], ...unknown[]];
type Type = [string, number[]?] | 0 | undefined;

/** `perCountry` numbers of each country drawn from its mobile or fixed-line pattern; those we format otherwise. */
function compare(kind: 'mobile' | 'fixed', perCountry: number) {
  const random = seeded(kind === 'mobile' ? 4242 : 20240611);
  const misses: string[] = [];
  let total = 0;
  for (const [country, data] of Object.entries(max.countries as unknown as Record<string, Country>)) {
    const [callingCode, , , lengths] = data, types = (data[11] ?? []) as Type[];
    // An empty mobile pattern means "same as fixed line" (FIXED_LINE_OR_MOBILE).
    const type = kind === 'fixed' ? types[0] : types[1] && types[1][0] === '' ? types[0] : types[1];
    if (!type || !type[0]) continue;
    const pattern = compilePattern(type[0]);
    const possible = (type[1] ?? lengths).filter((length) => pattern.countWithPrefix('', length) > 0);
    for (let i = 0; i < perCountry; i++) {
      const national = pattern.sample(possible[Math.floor(random() * possible.length)] ?? 0, random);
      if (!national) continue;
      const e164 = `+${callingCode}${national}`;
      total++;
      if (formatPhoneNumber(e164) !== oracle(e164)) misses.push(`${country} ${formatPhoneNumber(e164)} (libphonenumber: ${oracle(e164)})`);
    }
  }
  return { total, misses };
}

describe('formatPhoneNumber', () => {
  it('formats every mobile example number exactly as libphonenumber-js does', () => {
    const numbers = Object.entries(examples).map(([country, national]) => `+${getCountryCallingCode(country as never)}${national}`);
    expect(numbers.length).toBeGreaterThan(240);
    const mismatches = numbers.filter((e164) => formatPhoneNumber(e164) !== oracle(e164)).map((e164) => [e164, formatPhoneNumber(e164), oracle(e164)]);
    expect(mismatches).toEqual([]);
  });

  it('formats every sampled mobile number exactly as libphonenumber-js does', () => {
    const { total, misses } = compare('mobile', 20);
    expect(total).toBeGreaterThan(4000);
    expect(misses).toEqual([]);
  });

  it('matches libphonenumber-js for most fixed-line numbers', () => {
    const { total, misses } = compare('fixed', 20);
    const rate = (total - misses.length) / total;
    const countries = new Map(misses.map((miss) => [miss.slice(0, 2), miss]));
    console.log(`fixed-line: ${total - misses.length}/${total} = ${(100 * rate).toFixed(1)}% formatted as libphonenumber-js does; misses in ${countries.size} countries, e.g. ${[...countries.values()].slice(0, 4).join('; ')}`);
    expect(total).toBeGreaterThan(4000);
    expect(rate).toBeGreaterThan(0.8);
  });

  it('keeps every digit, in order, after the calling code, and never throws', () => {
    const e164 = fc
      .tuple(fc.constantFrom(...callingCodes), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 2, maxLength: 12 }))
      .filter(([code, national]) => code.length + national.length <= 15);
    fc.assert(
      fc.property(e164, ([code, national]) => {
        const formatted = formatPhoneNumber(`+${code}${national}`);
        expect(formatted.startsWith(`+${code} `)).toBe(true);
        expect(formatted.replace(/\D/g, '')).toBe(code + national);
        expect(formatted).toMatch(/^\+\d+( \d+)+$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns anything that is not an E.164 number of a known calling code as it is', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (!/^\+[1-9]\d{2,14}$/.test(text)) expect(formatPhoneNumber(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
    for (const text of ['', '+', '+1', '+44', '+441', '12015550123', '+1 201 555 0123', '+1201555012345678', '+999123456', '+0123456', '+2815550123', '+1201555ab23']) {
      expect(formatPhoneNumber(text)).toBe(text);
    }
  });

  it('formats the kit’s own examples', () => {
    expect(formatPhoneNumber('+12015550123')).toBe('+1 201 555 0123');
    expect(formatPhoneNumber('+447400123456')).toBe('+44 7400 123456');
  });
});

describe('bundle cost', () => {
  it('formatPhoneNumber with its table costs at most 1.5 KB min+gzip and loads no libphonenumber', async () => {
    const { build } = await import('vite');
    const entry = fileURLToPath(new URL('../../../src/components/common/formatPhoneNumber.ts', import.meta.url));
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'format' }, rolldownOptions: { output: { minify: true } } },
    });
    const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : [])).filter((o) => o.type === 'chunk');
    expect(chunks.flatMap((c) => c.moduleIds).filter((id) => id.includes('libphonenumber'))).toEqual([]);
    const bytes = chunks.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0);
    console.log(`formatPhoneNumber + displayFormats: ${chunks.reduce((n, c) => n + c.code.length, 0)} B min, ${bytes} B min+gzip`);
    expect(bytes).toBeLessThanOrEqual(1536);
  }, 60_000);
});

describe('displayFormats.ts', () => {
  it('is what scripts/generate-display-formats.mjs makes of the installed libphonenumber-js', () => {
    expect(readFileSync(OUTPUT, 'utf8'), 'run: node scripts/generate-display-formats.mjs').toBe(generateDisplayFormats(loadLibphonenumber()));
  }, 120_000);
});
