import { beforeAll, describe, expect, it } from 'vitest';
import { isCountryAllowed } from '../../../src/model/allowedCountries.ts';
import { countryOfNumber } from '../../../src/components/AddPhoneNumber/country.ts';
import { loadPhoneLibrary, phoneLibrary } from '../../../src/components/AddPhoneNumber/loadPhoneLibrary.ts';

describe("a number's country, as the add form's allowed-countries check reads it", () => {
  it('the library must be loaded first: the form modules say so rather than guess', () => {
    expect(() => phoneLibrary()).toThrow(/before it has loaded/);
  });

  describe('once loaded', () => {
    beforeAll(() => loadPhoneLibrary());

    it('is the one its digits name, so +1 tells Canada from the US', () => {
      expect(isCountryAllowed(countryOfNumber('+14165550123'), ['CA'])).toBe(true); // Toronto
      expect(isCountryAllowed(countryOfNumber('+14165550123'), ['US'])).toBe(false);
      expect(isCountryAllowed(countryOfNumber('+12015550123'), ['US'])).toBe(true);
      expect(isCountryAllowed(countryOfNumber('+4915123456789'), ['US', 'CA'])).toBe(false);
      expect(isCountryAllowed(countryOfNumber('+4915123456789'), undefined)).toBe(true);
    });

    it('a number whose country cannot be told is not in any list', () => {
      expect(isCountryAllowed(countryOfNumber('+999123'), ['US'])).toBe(false);
    });
  });
});
