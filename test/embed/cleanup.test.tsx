/**
 * `embed.unmount()` leaves the document as it found it: `<head>` and `<body>` exactly as before `mount()`, including
 * input-otp's style marker once the last code input is gone (reference-counted across embeds), and never touching
 * a marker the host page had already. jsdom, over the reference backend's direct adapter.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '../../src/embed/index.ts';
import { createMemoryBackend } from '../../src/testing/index.ts';
import type { EmbedHandle } from '../../src/embed/types.ts';

const UNVERIFIED = { phoneNumber: '+12015550102', verification: null } as const;

/** What the page is made of: markup and the very node lists (a removed-and-re-added node would differ). */
function pageState() {
  return {
    head: document.head.innerHTML,
    body: document.body.innerHTML,
    headNodes: [...document.head.childNodes],
    bodyNodes: [...document.body.childNodes],
  };
}

const marker = () => document.getElementById('input-otp-style');

function hostElement(id: string): HTMLElement {
  const element = document.createElement('div');
  element.id = id;
  document.body.append(element);
  return element;
}

async function mountEmbed(host: HTMLElement): Promise<EmbedHandle> {
  const backend = createMemoryBackend({ code: '424242', phoneNumbers: [UNVERIFIED] });
  let embed: EmbedHandle | undefined;
  await act(async () => {
    embed = mount(host, { section: 'phone-numbers', adapter: backend.adapter, defaultCountry: 'US' });
  });
  return embed!;
}

/** Opens the code step for the unverified number, as a user would. */
async function openCodeStep(host: HTMLElement): Promise<void> {
  const user = userEvent.setup();
  const view = within(host);
  await user.click(await view.findByRole('button', { name: 'Actions for +1 201 555 0102' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Verify' }));
  await view.findByRole('textbox', { name: 'Verification code' });
}

function unmountEmbed(embed: EmbedHandle): void {
  act(() => embed.unmount());
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('embed.unmount()', () => {
  it('leaves <head> and <body> exactly as before mount(), after the code step was open', async () => {
    const host = hostElement('phones');
    const before = pageState();
    const embed = await mountEmbed(host);
    await openCodeStep(host);
    expect(marker()).toHaveAttribute('data-owner', 'phone-number-kit');
    unmountEmbed(embed);
    expect(pageState()).toEqual(before);
  });

  it('keeps the marker while another embed still shows a code input, and removes it with the last one', async () => {
    const first = hostElement('first');
    const second = hostElement('second');
    const before = pageState();
    const embeds = [await mountEmbed(first), await mountEmbed(second)];
    await openCodeStep(first);
    await openCodeStep(second);
    const claimed = marker();
    expect(claimed).toHaveAttribute('data-owner', 'phone-number-kit');

    unmountEmbed(embeds[0]!);
    expect(marker()).toBe(claimed);
    expect(within(second).getByRole('textbox', { name: 'Verification code' })).toBeInTheDocument();

    unmountEmbed(embeds[1]!);
    expect(marker()).toBeNull();
    expect(pageState()).toEqual(before);
  });

  it("never removes the host page's own input-otp style", async () => {
    const own = document.createElement('style');
    own.id = 'input-otp-style';
    document.head.append(own);
    const host = hostElement('phones');
    const before = pageState();
    const embed = await mountEmbed(host);
    await openCodeStep(host);
    expect(marker()).toBe(own);
    unmountEmbed(embed);
    expect(marker()).toBe(own);
    expect(pageState()).toEqual(before);
  });
});
