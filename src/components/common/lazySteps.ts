'use client';
/**
 * The steps the sections open on demand, loaded on first use from their one lazy module (`steps.ts`): the add form,
 * with its phone library (react-phone-number-input and the mobile metadata) loaded beside it, and the code step
 * (input-otp). A page that only lists numbers ships none of them.
 *
 * These are also the main entry's `AddPhoneNumber` and `VerifyPhoneNumber`: the implementation modules are reached
 * only through the `import()`s below, never statically from the main entry, so every bundler (Rollup, esbuild,
 * webpack) keeps them in chunks of their own (test/budgets/bundle.test.ts holds it to that). So a user hovering
 * `AddPhoneNumber` from the main entry sees the docs below: they repeat the component's first paragraph and carry
 * the same generated parts list (test/theme/partsTsDoc.test.ts keeps both so).
 */
import type { AddPhoneNumberProps } from '../AddPhoneNumber/AddPhoneNumber.tsx';
import type { VerifyPhoneNumberProps } from '../VerifyPhoneNumber/VerifyPhoneNumber.tsx';
import { lazyComponent } from './lazyComponent.tsx';

/**
 * The "add a phone number" step: a country picker and an as-you-type formatted number field, checked with
 * libphonenumber before anything is sent (and as typed after the first submit), then created (and its code sent)
 * through `useAddPhoneNumber`.
 *
 * Its code (the phone input and its metadata) loads on first render, or earlier with
 * `AddPhoneNumber.preload()` (e.g. when the user hovers or focuses what opens it); until then it shows a polite
 * "Loading…", and if the load fails it says so with a "Try again" button.
 *
 * Parts: generated from `PART_REGISTRY.addPhoneNumber` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-add-phone-number` (`addPhoneNumber.root`): the `<form>`; `data-state="idle|pending|error|success"`, `data-theme`, `data-density`
 * - `pnk-add-phone-number__field` (`addPhoneNumber.field`): label, hint, control and error; `data-invalid`
 * - `pnk-add-phone-number__label` (`addPhoneNumber.label`): the field label
 * - `pnk-add-phone-number__hint` (`addPhoneNumber.hint`): format hint under the label
 * - `pnk-add-phone-number__control` (`addPhoneNumber.control`): country picker and number input side by side
 * - `pnk-add-phone-number__country` (`addPhoneNumber.country`): the country picker's face; `data-country="GB|…|international"`, `data-disabled`
 * - `pnk-add-phone-number__country-select` (`addPhoneNumber.countrySelect`): the transparent native `<select>` over the face
 * - `pnk-add-phone-number__country-code` (`addPhoneNumber.countryCode`): region code, e.g. "GB" (a short "International" when none)
 * - `pnk-add-phone-number__calling-code` (`addPhoneNumber.callingCode`): calling code of the picked country, e.g. "+44"
 * - `pnk-add-phone-number__chevron` (`addPhoneNumber.chevron`): the picker arrow
 * - `pnk-add-phone-number__input` (`addPhoneNumber.input`): the `<input type="tel">`
 * - `pnk-add-phone-number__error` (`addPhoneNumber.error`): the field's message (also `pnk-field-error`)
 * - `pnk-add-phone-number__actions` (`addPhoneNumber.actions`): the buttons
 * - `pnk-add-phone-number__submit` (`addPhoneNumber.submit`): submit button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-add-phone-number__cancel` (`addPhoneNumber.cancel`): cancel button (also `pnk-button`); `data-variant="secondary"`
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export const LazyAddPhoneNumber = lazyComponent<AddPhoneNumberProps>(() =>
  import('./steps.ts').then(async (module) => {
    // The phone library's loader comes with the steps' module: a page that only lists numbers ships no loader.
    await module.loadPhoneLibrary();
    return module.AddPhoneNumber;
  }),
);

/**
 * The code step, verifying a phone number with the code sent to it by SMS: "Sent to +1 201 555 0123", the SMS code
 * (input-otp, auto-submitted on the last digit), resend with the server's cooldown, and a single "Get a new code"
 * action once the code expired or attempts ran out. Sending, the new-code state and success are announced politely.
 *
 * Its code (input-otp) loads on first render, or earlier with `VerifyPhoneNumber.preload()`; until then it shows a
 * polite "Loading…", and if the load fails it says so with a "Try again" button.
 *
 * Parts: generated from `PART_REGISTRY.verifyPhoneNumber` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-verify-phone-number` (`verifyPhoneNumber.root`): the step; `data-state="loading|idle|pending|error|success"`, `data-status="none|unverified|expired|failed|verified|…"`, `data-needs-new-code`, `data-theme`, `data-density`
 * - `pnk-verify-phone-number__loading` (`verifyPhoneNumber.loading`): shown until the number is known
 * - `pnk-verify-phone-number__sent-to` (`verifyPhoneNumber.sentTo`): "Sent to …" and "Change number" side by side, the link wrapping whole to its own line when narrow
 * - `pnk-verify-phone-number__sent-to-text` (`verifyPhoneNumber.sentToText`): the sentence "Sent to +1 201 555 0123" (the number a `pnk-phone-number`)
 * - `pnk-verify-phone-number__change-number` (`verifyPhoneNumber.changeNumber`): link-styled button, at least 24 px tall (also `pnk-button`); `data-variant="link"`
 * - `pnk-verify-phone-number__form` (`verifyPhoneNumber.form`): the code form
 * - `pnk-verify-phone-number__field` (`verifyPhoneNumber.field`): label, hint, code and error; `data-invalid`
 * - `pnk-verify-phone-number__label` (`verifyPhoneNumber.label`): the code label
 * - `pnk-verify-phone-number__hint` (`verifyPhoneNumber.hint`): hint under the label
 * - `pnk-verify-phone-number__code` (`verifyPhoneNumber.code`): the `dir="ltr"` group around input and slots
 * - `pnk-verify-phone-number__slots-container` (`verifyPhoneNumber.slotsContainer`): input-otp's container
 * - `pnk-verify-phone-number__input` (`verifyPhoneNumber.input`): the one real `<input autocomplete="one-time-code">`
 * - `pnk-verify-phone-number__slots` (`verifyPhoneNumber.slots`): the row of digit boxes (`aria-hidden`)
 * - `pnk-verify-phone-number__slot` (`verifyPhoneNumber.slot`): one digit box; `data-active`, `data-filled`
 * - `pnk-verify-phone-number__caret` (`verifyPhoneNumber.caret`): the blinking caret in the active slot
 * - `pnk-verify-phone-number__error` (`verifyPhoneNumber.error`): the field's message (also `pnk-field-error`)
 * - `pnk-verify-phone-number__expiry` (`verifyPhoneNumber.expiry`): "Code expires in 9:58"
 * - `pnk-verify-phone-number__last-attempt` (`verifyPhoneNumber.lastAttempt`): "One attempt left…", under the field's error when one more wrong code uses up the code; an alert, and part of the field's description
 * - `pnk-verify-phone-number__actions` (`verifyPhoneNumber.actions`): the buttons
 * - `pnk-verify-phone-number__verify` (`verifyPhoneNumber.verify`): submit button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-verify-phone-number__resend` (`verifyPhoneNumber.resend`): resend button with countdown (also `pnk-button`); `data-state="ready|waiting|pending"`, `data-variant`
 * - `pnk-verify-phone-number__get-new-code` (`verifyPhoneNumber.getNewCode`): "Get a new code" (also `pnk-button`); `data-state="ready|waiting|pending"`, `data-variant`
 * - `pnk-verify-phone-number__cancel` (`verifyPhoneNumber.cancel`): cancel button (also `pnk-button`); `data-variant="secondary"`
 * - `pnk-verify-phone-number__new-code` (`verifyPhoneNumber.newCode`): shown instead of the form when a new code is needed
 * - `pnk-verify-phone-number__new-code-reason` (`verifyPhoneNumber.newCodeReason`): why a new code is needed; an alert (also `pnk-alert`) when too many wrong codes used it up; `data-variant="error"`
 * - `pnk-verify-phone-number__success` (`verifyPhoneNumber.success`): "Phone number verified"
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export const LazyVerifyPhoneNumber = lazyComponent<VerifyPhoneNumberProps>(() =>
  import('./steps.ts').then((module) => module.VerifyPhoneNumber),
);
