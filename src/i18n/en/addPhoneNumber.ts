/** Strings of addPhoneNumber. `{country}` is a localized country name, `{callingCode}` digits without "+". */
export const addPhoneNumber = {
  formLabel: 'Add a phone number',
  phoneLabel: 'Phone number',
  phoneHint: 'Include the country code. We will text a verification code to this number.',
  countryLabel: 'Country',
  internationalOption: 'International',
  /** The picker's compact face when no country is picked. */
  internationalShort: 'Intl.',
  countryOption: '{country} (+{callingCode})',
  submit: 'Add phone number',
  submitting: 'Adding…',
  errorEmpty: 'Enter a phone number.',
  errorTooShort: 'This number is too short. Check that you entered every digit.',
  errorTooLong: 'This number is too long. Check for extra digits.',
  errorInvalid: 'This is not a valid phone number. Check the country code and the number.',
  /** Landlines, service numbers and mistyped numbers alike: the form takes mobile numbers only, in every country. */
  errorNotMobile: 'This is not a valid mobile number for {country}. Enter a mobile number that can receive text messages.',
  /** The host allows only some countries (`allowedCountries`); `{countries}` lists them, e.g. "United States or Canada". */
  errorCountryNotAllowed: 'Only numbers from {countries} can be added. Enter a number from one of these countries.',
};
