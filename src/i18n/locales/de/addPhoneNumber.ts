import type { Messages } from '../../types.ts';

/** German strings of addPhoneNumber (the keys and their notes: src/i18n/en/addPhoneNumber.ts). */
export const addPhoneNumber: Messages['addPhoneNumber'] = {
  formLabel: 'Eine Telefonnummer hinzufügen',
  phoneLabel: 'Telefonnummer',
  phoneHint: 'Mit Ländervorwahl. Wir senden einen Bestätigungscode per SMS an diese Nummer.',
  countryLabel: 'Land',
  internationalOption: 'International',
  internationalShort: 'Int.',
  countryOption: '{country} (+{callingCode})',
  submit: 'Telefonnummer hinzufügen',
  submitting: 'Wird hinzugefügt…',
  errorEmpty: 'Geben Sie eine Telefonnummer ein.',
  errorTooShort: 'Diese Nummer ist zu kurz. Prüfen Sie, ob Sie alle Ziffern eingegeben haben.',
  errorTooLong: 'Diese Nummer ist zu lang. Prüfen Sie, ob Sie Ziffern zu viel eingegeben haben.',
  errorInvalid: 'Dies ist keine gültige Telefonnummer. Prüfen Sie die Ländervorwahl und die Nummer.',
  errorNotMobile: 'Dies ist keine gültige Mobilnummer für {country}. Geben Sie eine Mobilnummer ein, die SMS empfangen kann.',
  errorCountryNotAllowed: 'Es können nur Nummern aus {countries} hinzugefügt werden. Geben Sie eine Nummer aus einem dieser Länder ein.',
};
