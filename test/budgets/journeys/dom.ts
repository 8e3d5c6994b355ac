/**
 * Cheap ways to read what is on screen. Role queries with a name compute accessible names through jsdom's slow
 * getComputedStyle, which on a whole section (the add form alone holds ~250 country options) costs tens of
 * milliseconds per query; these find the same controls by their visible text or label. Clicks and typing inside a
 * row, a panel or a code step still go through role and label queries, which are cheap there.
 */
import { within } from '@testing-library/react';

/** Buttons showing exactly this text (or matching it), like getAllByText(text, { selector: 'button' }). */
export function buttons(container: HTMLElement, text: string | RegExp): HTMLButtonElement[] {
  return within(container).queryAllByText<HTMLButtonElement>(text, { selector: 'button' });
}

export function button(container: HTMLElement, text: string | RegExp): HTMLButtonElement | null {
  return buttons(container, text)[0] ?? null;
}

/** The control a visible <label> names: what getByLabelText finds, without scanning every element of a big form. */
export function labelled<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, text: string): T | null {
  const label = within(container).queryAllByText<HTMLLabelElement>(text, { selector: 'label' })[0];
  return (label?.control as T | null | undefined) ?? null;
}

/** The `<section>` a heading with this text names (a region, found from its heading). */
export function sectionByHeading(container: HTMLElement, text: string): HTMLElement | null {
  const heading = within(container).queryAllByText(text, { selector: 'h1, h2, h3, h4, h5, h6' })[0];
  return heading?.closest('section') ?? null;
}

/** The `<fieldset>` a heading with this text names through `aria-labelledby` (a group). */
export function fieldsetByHeading(container: HTMLElement, text: string): HTMLFieldSetElement | null {
  const heading = within(container).queryAllByText(text, { selector: 'h1, h2, h3, h4, h5, h6' })[0];
  return heading ? container.querySelector<HTMLFieldSetElement>(`fieldset[aria-labelledby="${heading.id}"]`) : null;
}

/** The list with this accessible name (`aria-label`). */
export function listByLabel(container: HTMLElement, label: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[role="list"][aria-label="${label}"]`);
}
