/**
 * The add form's phone library (`phoneLibrary.ts`), loaded once on first use and then read synchronously by the
 * form's modules (`phoneLibrary()`), which render only once it has loaded (`usePhoneLibraryLoaded`). The add step's
 * loader awaits it, so the form is there on its first render, and a failed load fails the step's load (which offers
 * Try again).
 */
import type * as PhoneLibrary from './phoneLibrary.ts';
import { createValueStore } from '../../core/valueStore.ts';

const loaded = createValueStore<typeof PhoneLibrary | null>(null);
let loading: Promise<void> | null = null;

/** Loads the library (once; again after a failure, which rejects). */
export function loadPhoneLibrary(): Promise<void> {
  // Each name picked out, not the module object kept: webpack then needs no runtime to build a namespace object.
  loading ??= import('./phoneLibrary.ts').then(
    ({ AsYouType, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength, metadata, PhoneInput }) =>
      loaded.set({ AsYouType, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength, metadata, PhoneInput }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The loaded library; only the form's modules call it, and only once it has loaded. */
export function phoneLibrary(): typeof PhoneLibrary {
  const library = loaded.get();
  if (!library) throw new Error('phone-number-kit: the phone library is used before it has loaded (await loadPhoneLibrary()).');
  return library;
}

/** Calls `listener` once the library has loaded; returns the unsubscribe. */
export const subscribeToPhoneLibrary = loaded.subscribe;

/** Whether the library has loaded. */
export const isPhoneLibraryLoaded = (): boolean => loaded.get() !== null;
