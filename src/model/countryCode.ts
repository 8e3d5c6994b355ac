/**
 * The kit's one country type. A type-only re-export of libphonenumber-js's (react-phone-number-input's `Country` is
 * the same union), so it adds no bytes to any chunk and every layer names a country the same way.
 */
export type { CountryCode } from 'libphonenumber-js/min';
