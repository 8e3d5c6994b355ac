/**
 * input-otp appends a `<style id="input-otp-style">` to `document.head` on first mount, unless an element with that
 * id already exists. Under a strict CSP (`style-src` without `'unsafe-inline'`) the browser blocks it and reports a
 * violation, and inside a shadow root its rules would not reach the input anyway. The rules that matter (hide the
 * transparent input's selection and autofill tint) live in VerifyPhoneNumber.css instead, so the kit claims the id
 * with an inert `<template>`: no style is injected, by input-otp or by us.
 *
 * Side effect, by design: another input-otp on the same page no longer injects its style either.
 */
const INPUT_OTP_STYLE_ID = 'input-otp-style';

/** Makes input-otp skip its `<style>` injection in this document. Idempotent. Call before its effects run. */
export function claimInputOtpStyle(doc: Document): void {
  if (doc.getElementById(INPUT_OTP_STYLE_ID)) return;
  const marker = doc.createElement('template');
  marker.id = INPUT_OTP_STYLE_ID;
  marker.setAttribute('data-owner', 'phone-number-kit');
  doc.head.append(marker);
}
