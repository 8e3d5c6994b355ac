// @vitest-environment node
/**
 * One formatting for input and display: every number the add form accepts (libphonenumber's `mobile` metadata
 * calls it valid: phoneProblem.ts) is shown in the list by formatPhoneNumber() exactly as libphonenumber-js's
 * formatInternational() shows it, and exactly as the input (AsYouType, the formatter react-phone-number-input
 * types with) shows it once the whole number is typed. Numbers come from every country libphonenumber knows:
 * its example mobile numbers, and numbers drawn (fixed seed) from each country's whole national number pattern,
 * of every type and length, kept when the form would accept them. The list view formats from a generated table,
 * without libphonenumber; only this test loads it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AsYouType, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.mobile.json';
import { formatPhoneNumber } from '../../src/components/common/formatPhoneNumber.ts';
import { findPhoneProblem } from '../../src/components/AddPhoneNumber/phoneProblem.ts';
import { compilePattern } from '../../scripts/digit-patterns.mjs';
import { loadPhoneLibrary } from '../../src/components/AddPhoneNumber/loadPhoneLibrary.ts';

/** Park–Miller, so the sample is the same on every run. */
function seeded(seed: number) {
  return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
}

/** What the input shows after the whole number is typed. */
function typed(e164: string): string {
  return new AsYouType().input(e164);
}

/** `"<country> <e164>: list …, libphonenumber …, input …"` for each number shown differently. */
function mismatches(numbers: [country: string, e164: string][]): string[] {
  return numbers.flatMap(([country, e164]) => {
    const list = formatPhoneNumber(e164), international = parsePhoneNumberFromString(e164)!.formatInternational(), input = typed(e164);
    return list === international && input === international ? [] : [`${country} ${e164}: list ${list}, libphonenumber ${international}, input ${input}`];
  });
}

type Country = [string, unknown, string, number[], ...unknown[]];

// The add form's modules read the phone library as they render; the add step's loader awaits it, these tests load it.
beforeAll(() => loadPhoneLibrary());

describe('the number the form accepts is shown as it was typed', () => {
  it('for the example mobile number of every country', () => {
    const numbers = Object.entries(examples).map(([country, national]) => [country, `+${getCountryCallingCode(country as never)}${national}`] as [string, string]);
    expect(numbers.length).toBeGreaterThan(240);
    expect(numbers.filter(([, e164]) => findPhoneProblem(e164) !== null)).toEqual([]);
    expect(mismatches(numbers)).toEqual([]);
  });

  it('for numbers of every type and length drawn from every country’s numbering plan, where the form accepts them', () => {
    const random = seeded(20261206);
    const accepted: [string, string][] = [];
    let drawn = 0;
    for (const [country, data] of Object.entries(metadata.countries as unknown as Record<string, Country>)) {
      const [callingCode, , pattern, lengths] = data;
      // The whole plan (every type), and the type patterns `mobile` metadata keeps (where the accepted numbers are).
      const types = ((data[11] ?? []) as ([string, number[]?] | 0)[]).filter((type) => type && type[0]) as [string, number[]?][];
      for (const [source, sourceLengths] of [[pattern, lengths], ...types] as [string, number[]?][]) {
        const plan = compilePattern(source);
        for (const length of sourceLengths ?? lengths) {
          for (let i = 0; i < 20; i++) {
            const national = plan.sample(length, random);
            if (!national) break;
            drawn++;
            const e164 = `+${callingCode}${national}`;
            if (findPhoneProblem(e164) === null) accepted.push([country, e164]);
          }
        }
      }
    }
    console.log(`${accepted.length} of ${drawn} drawn numbers are accepted by the form; each is checked`);
    expect(accepted.length).toBeGreaterThan(5000);
    expect(new Set(accepted.map(([country]) => country)).size).toBeGreaterThan(230);
    expect(mismatches(accepted)).toEqual([]);
  });
});
