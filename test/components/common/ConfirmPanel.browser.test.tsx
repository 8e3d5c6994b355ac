/**
 * Confirmations and programmatic focus in Chromium, driven by the keyboard: a confirmation opened near the bottom
 * of a tall page comes fully into view, buttons included; and every element that takes focus programmatically (a
 * confirmation's heading, a section heading after a removal) shows the focus ring.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { loaded, story } from '../../i18n/storyHarness.tsx';

afterEach(() => {
  cleanup();
  window.scrollTo(0, 0);
});

/** The story between two screens of page, so it can sit anywhere in the viewport. */
const onTallPage = (node: ReactNode) => (
  <>
    <div style={{ height: '150vh' }} />
    {node}
    <div style={{ height: '150vh' }} />
  </>
);

/** Scrolls so that `element`'s bottom sits `gap` px above the viewport's bottom edge. */
function placeNearBottom(element: Element, gap: number) {
  window.scrollBy(0, element.getBoundingClientRect().bottom - (window.innerHeight - gap));
}

/** Inside the viewport, give or take the sub-pixel an edge-aligned scroll leaves. */
function expectInViewport(element: Element) {
  const box = element.getBoundingClientRect();
  expect(box.top).toBeGreaterThanOrEqual(-1);
  expect(box.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
}

/** The focused element shows a ring: an outline that is drawn (not `none`) and has a width. */
function expectFocusRing(element: Element) {
  expect(element).toHaveFocus();
  const style = getComputedStyle(element);
  expect(style.outlineStyle).not.toBe('none');
  expect(parseFloat(style.outlineWidth)).toBeGreaterThan(0);
}

/** Opens the row menu of `number` from the keyboard and picks its last item, Remove. */
async function removeFromKeyboard(number: string) {
  const trigger = screen.getByRole('button', { name: `Actions for ${number}` });
  placeNearBottom(trigger.closest('li')!, 100);
  trigger.focus({ preventScroll: true });
  await userEvent.keyboard('{ArrowDown}');
  const menu = await screen.findByRole('menu', { name: `Actions for ${number}` });
  await userEvent.keyboard('{End}');
  await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Remove' })).toHaveFocus());
  await userEvent.keyboard('{Enter}');
  return screen.findByRole('region', { name: 'Remove phone number' });
}

describe('ConfirmPanel', () => {
  it('scrolls the whole confirmation into view when it opens below the fold, then focuses its heading', async () => {
    await loaded(await story('Sections/PhoneNumbersSection › OneVerified').render(onTallPage));
    const panel = await removeFromKeyboard('+1 201 555 0100');
    const heading = within(panel).getByRole('heading', { name: 'Remove phone number' });
    await waitFor(() => expect(heading).toHaveFocus());
    expectInViewport(panel);
    expectInViewport(within(panel).getByRole('button', { name: 'Cancel' }));
  });
});

describe('programmatic focus shows a ring', () => {
  it("on a confirmation's heading in the SMS two-step section", async () => {
    await loaded(await story('Sections/SmsTwoFactorSection › DisableConfirm').render((node) => node));
    const disable = screen.getByRole('button', { name: 'Disable SMS verification' });
    disable.focus();
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Disable SMS verification?' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading).toHaveAttribute('tabindex', '-1');
    expectFocusRing(heading);
  });

  it('on the section heading after a removal', async () => {
    await loaded(await story('Sections/PhoneNumbersSection › OneVerified').render(onTallPage));
    const panel = await removeFromKeyboard('+1 201 555 0100');
    within(panel).getByRole('button', { name: 'Remove' }).focus();
    await userEvent.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { name: 'Phone numbers' });
    await waitFor(() => expect(heading).toHaveFocus());
    expectFocusRing(heading);
  });
});
