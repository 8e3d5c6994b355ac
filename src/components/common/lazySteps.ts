'use client';
/**
 * The steps the sections open on demand, loaded on first use: the add form (react-phone-number-input, its
 * metadata, react-hook-form) and the code step (input-otp). A page that only lists numbers ships neither.
 */
import type { AddPhoneNumberProps } from '../AddPhoneNumber/AddPhoneNumber.tsx';
import type { VerifyPhoneNumberProps } from '../VerifyPhoneNumber/VerifyPhoneNumber.tsx';
import { lazyComponent } from './lazyComponent.tsx';

/** `AddPhoneNumber`, loaded on first render or `preload()`. */
export const LazyAddPhoneNumber = lazyComponent<AddPhoneNumberProps>(() => import('../AddPhoneNumber/AddPhoneNumber.tsx').then((module) => module.AddPhoneNumber));

/** `VerifyPhoneNumber`, loaded on first render or `preload()`. */
export const LazyVerifyPhoneNumber = lazyComponent<VerifyPhoneNumberProps>(() =>
  import('../VerifyPhoneNumber/VerifyPhoneNumber.tsx').then((module) => module.VerifyPhoneNumber),
);
