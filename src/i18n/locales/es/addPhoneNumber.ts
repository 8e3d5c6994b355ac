import type { Messages } from '../../types.ts';

/** Spanish strings of addPhoneNumber (the keys and their notes: src/i18n/en/addPhoneNumber.ts). */
export const addPhoneNumber: Messages['addPhoneNumber'] = {
  formLabel: 'Añadir un número de teléfono',
  phoneLabel: 'Número de teléfono',
  phoneHint: 'Incluye el prefijo del país. Te enviaremos un código de verificación por SMS a este número.',
  countryLabel: 'País',
  internationalOption: 'Internacional',
  internationalShort: 'Int.',
  countryOption: '{country} (+{callingCode})',
  submit: 'Añadir número de teléfono',
  submitting: 'Añadiendo…',
  errorEmpty: 'Introduce un número de teléfono.',
  errorTooShort: 'Este número es demasiado corto. Comprueba que has introducido todos los dígitos.',
  errorTooLong: 'Este número es demasiado largo. Comprueba que no sobre ningún dígito.',
  errorInvalid: 'Este no es un número de teléfono válido. Comprueba el prefijo del país y el número.',
  errorNotMobile: 'Este no es un número móvil válido para {country}. Introduce un número móvil que pueda recibir SMS.',
  errorCountryNotAllowed: 'Solo se pueden añadir números de {countries}. Introduce un número de uno de estos países.',
};
