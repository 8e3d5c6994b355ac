'use client';
/**
 * The steps the sections open on demand, loaded on first use: the add form (react-phone-number-input and its
 * metadata) and the code step (input-otp). A page that only lists numbers ships neither.
 *
 * These are also the main entry's `AddPhoneNumber` and `VerifyPhoneNumber`: the implementation modules are reached
 * only through the `import()`s below, never statically from the main entry, so every bundler (Rollup, esbuild,
 * webpack) keeps them in chunks of their own (test/budgets/bundle.test.ts holds it to that).
 */
import type { AddPhoneNumberProps } from '../AddPhoneNumber/AddPhoneNumber.tsx';
import type { VerifyPhoneNumberProps } from '../VerifyPhoneNumber/VerifyPhoneNumber.tsx';
import { lazyComponent } from './lazyComponent.tsx';

/**
 * The "add a phone number" step: a country picker and an as-you-type formatted number field, checked with
 * libphonenumber before anything is sent, then created (and its code sent) through `useAddPhoneNumber`.
 *
 * Its code (the phone input and its metadata) loads on first render, or earlier with
 * `AddPhoneNumber.preload()` (e.g. when the user hovers or focuses what opens it); until then it shows a polite
 * "Loading…", and if the load fails it says so with a "Try again" button. Its parts (classes and `data-*`
 * attributes) are listed in `PART_REGISTRY.addPhoneNumber` (`phone-number-kit/parts`).
 */
export const LazyAddPhoneNumber = lazyComponent<AddPhoneNumberProps>(() => import('../AddPhoneNumber/AddPhoneNumber.tsx').then((module) => module.AddPhoneNumber));

/**
 * The code step: "Sent to +1 201 555 0123", the SMS code (input-otp, auto-submitted on the last digit), resend
 * with the server's cooldown, and a single "Get a new code" action once the code expired or attempts ran out.
 *
 * Its code (input-otp) loads on first render, or earlier with `VerifyPhoneNumber.preload()`; until then it shows a
 * polite "Loading…", and if the load fails it says so with a "Try again" button. Its parts (classes and `data-*`
 * attributes) are listed in `PART_REGISTRY.verifyPhoneNumber` (`phone-number-kit/parts`).
 */
export const LazyVerifyPhoneNumber = lazyComponent<VerifyPhoneNumberProps>(() =>
  import('../VerifyPhoneNumber/VerifyPhoneNumber.tsx').then((module) => module.VerifyPhoneNumber),
);
