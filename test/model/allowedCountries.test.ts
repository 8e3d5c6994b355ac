import { describe, expect, it } from 'vitest';
import { isCountryAllowed, isNumberInAllowedCountry } from '../../src/model/allowedCountries.ts';

describe('allowed countries', () => {
  it('no list allows every country; a list allows only its own', () => {
    expect(isCountryAllowed('DE', undefined)).toBe(true);
    expect(isCountryAllowed(undefined, undefined)).toBe(true);
    expect(isCountryAllowed('US', ['US', 'CA'])).toBe(true);
    expect(isCountryAllowed('DE', ['US', 'CA'])).toBe(false);
    expect(isCountryAllowed(undefined, ['US'])).toBe(false);
  });

  it("a number's country is the one its digits name, so +1 tells Canada from the US", () => {
    expect(isNumberInAllowedCountry('+14165550123', ['CA'])).toBe(true); // Toronto
    expect(isNumberInAllowedCountry('+14165550123', ['US'])).toBe(false);
    expect(isNumberInAllowedCountry('+12015550123', ['US'])).toBe(true);
    expect(isNumberInAllowedCountry('+4915123456789', ['US', 'CA'])).toBe(false);
    expect(isNumberInAllowedCountry('+4915123456789', undefined)).toBe(true);
  });

  it('a number whose country cannot be told is not in any list', () => {
    expect(isNumberInAllowedCountry('+999123', ['US'])).toBe(false);
  });
});
