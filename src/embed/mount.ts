'use client';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './EmbedApp.tsx';
import { createRenderTarget } from './renderTarget.ts';
import type { EmbedHandle, EmbedOptions } from './types.ts';

/**
 * Renders a kit section into `element` on any page, React or not (React ships inside this entry).
 *
 * @example
 * ```js
 * import { mount } from 'phone-number-kit/embed';
 * const embed = mount(document.getElementById('phones'), {
 *   section: 'account-settings',
 *   frontendApiUrl: 'https://clerk.example.com',
 *   sessionId: () => Clerk.session?.id,
 *   shadow: true,
 * });
 * embed.update({ locale: 'de' });
 * embed.unmount();
 * ```
 *
 * @throws TypeError when `element` is not an element, or when neither `adapter` nor `frontendApiUrl` is given.
 */
export function mount(element: HTMLElement, options: EmbedOptions): EmbedHandle {
  if (!(element instanceof HTMLElement)) throw new TypeError('phone-number-kit/embed: mount() needs an HTMLElement.');
  if (!options.adapter && !options.frontendApiUrl) {
    throw new TypeError('phone-number-kit/embed: pass `adapter` or `frontendApiUrl`.');
  }
  const shadow = options.shadow === true;
  const target = createRenderTarget(element, shadow, options.stylesheetUrl);
  const root = createRoot(target.container);
  let current: EmbedOptions = { ...options, shadow };
  let mounted = true;

  root.render(createElement(EmbedApp, { options: current }));

  return {
    update(changes) {
      if (!mounted) return;
      current = { ...current, ...changes, shadow };
      if ('stylesheetUrl' in changes) target.setStylesheet(current.stylesheetUrl);
      root.render(createElement(EmbedApp, { options: current }));
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
      target.dispose();
    },
  };
}
