import { describe, expect, it } from 'vitest';
import { isCountryAllowed } from '../../src/model/allowedCountries.ts';

describe('allowed countries', () => {
  it('no list allows every country; a list allows only its own', () => {
    expect(isCountryAllowed('DE', undefined)).toBe(true);
    expect(isCountryAllowed(undefined, undefined)).toBe(true);
    expect(isCountryAllowed('US', ['US', 'CA'])).toBe(true);
    expect(isCountryAllowed('DE', ['US', 'CA'])).toBe(false);
    expect(isCountryAllowed(undefined, ['US'])).toBe(false);
  });
});
