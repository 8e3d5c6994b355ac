'use client';
/**
 * The add form's one value and its check: the number (E.164, or `null` while the field holds no digits), checked
 * with libphonenumber on submit and then on every change until it is fine. All this one-field form needs; a form
 * library cost the add step about 12 KB gzip under esbuild (test/budgets/bundle.test.ts).
 */
import { useRef, useState, type FormEvent } from 'react';
import type { CountryCode } from '../../model/countryCode.ts';
import { isCountryAllowed } from '../../model/allowedCountries.ts';
import { countryOfNumber } from './country.ts';
import { findPhoneProblem, type PhoneProblem } from './phoneProblem.ts';

/** What the form can find wrong: the number itself, or (host policy) its country. */
export type FormProblem = PhoneProblem | 'countryNotAllowed';

/** The form's side of the phone field, and its submit handler. */
export interface PhoneForm {
  /** What the last check found wrong with the number, if anything. */
  problem: FormProblem | undefined;
  get(): string | null;
  /** Keeps the number; checks it again once the form was submitted. */
  set(value: string | null): void;
  /** Handles the `<form>`'s submit: checks the number, then calls `onValid` with it or `onInvalid`. */
  submit(event: FormEvent, onValid: (phone: string) => void, onInvalid: () => void): void;
}

/** `allowedCountries`: the host's list (a valid number from elsewhere is refused, and kept as typed). */
export function usePhoneForm(allowedCountries?: readonly CountryCode[]): PhoneForm {
  const value = useRef<string | null>(null);
  const submitted = useRef(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const check = () => {
    const phone = value.current;
    const found = findPhoneProblem(phone) ?? (phone && !isCountryAllowed(countryOfNumber(phone), allowedCountries) ? 'countryNotAllowed' : undefined);
    setProblem(found);
    return found;
  };
  return {
    problem,
    get: () => value.current,
    set: (next) => {
      value.current = next;
      if (submitted.current) check();
    },
    submit: (event, onValid, onInvalid) => {
      event.preventDefault();
      submitted.current = true;
      if (check()) onInvalid();
      else onValid(value.current!);
    },
  };
}
