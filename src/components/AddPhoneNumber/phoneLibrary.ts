'use client';

/**
 * What the add form uses of libphonenumber-js (mobile metadata) and react-phone-number-input, and nothing of the
 * kit's: loaded on its own (`loadPhoneLibrary.ts`), so the code steps, which share a chunk with the add form, never
 * load the phone metadata, and an app's esbuild, which cuts shared code by which lazy chunks reach it, finds no kit
 * module here to cut the page's first chunks once more for. A client module: react-phone-number-input needs React's
 * client build.
 */
export { AsYouType, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/mobile';
export { default as metadata } from 'libphonenumber-js/mobile/metadata';
export { default as PhoneInput } from 'react-phone-number-input/input-core';
