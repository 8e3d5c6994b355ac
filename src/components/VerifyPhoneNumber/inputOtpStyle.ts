/**
 * input-otp appends a `<style id="input-otp-style">` to `document.head` on first mount, unless an element with that
 * id already exists. Under a strict CSP (`style-src` without `'unsafe-inline'`) the browser blocks it and reports a
 * violation, and inside a shadow root its rules would not reach the input anyway. The rules that matter (hide the
 * transparent input's selection and autofill tint) live in VerifyPhoneNumber.css instead, so the kit claims the id
 * with an inert `<template>`: no style is injected, by input-otp or by us.
 *
 * The marker is reference-counted per document: it stays while any of the kit's code inputs is mounted and goes with
 * the last one, so the page is left as it was (input-otp only looks for the id when an input mounts). A marker or
 * style the page had already is never touched. Side effect, by design: another input-otp mounted on the page while
 * ours is shown injects no style either.
 */
const INPUT_OTP_STYLE_ID = 'input-otp-style';

interface Claims {
  count: number;
  /** The marker this module added, or `null` when the id belonged to the page already. */
  marker: Element | null;
}

const claimsByDocument = new WeakMap<Document, Claims>();

/**
 * Makes input-otp skip its `<style>` injection in this document. Call before its effects run (from the input's ref).
 * Returns the release function; the marker is removed when every claim is released. Releasing twice is harmless.
 */
export function claimInputOtpStyle(doc: Document): () => void {
  let claims = claimsByDocument.get(doc);
  if (!claims) {
    claims = { count: 0, marker: null };
    claimsByDocument.set(doc, claims);
  }
  const held = claims;
  held.count += 1;
  if (!doc.getElementById(INPUT_OTP_STYLE_ID)) {
    const marker = doc.createElement('template');
    marker.id = INPUT_OTP_STYLE_ID;
    marker.setAttribute('data-owner', 'phone-number-kit');
    doc.head.append(marker);
    held.marker = marker;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.count -= 1;
    if (held.count === 0 && held.marker) {
      held.marker.remove();
      held.marker = null;
    }
  };
}
