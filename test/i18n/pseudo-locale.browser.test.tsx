/**
 * Every story, rendered in a pseudo-locale: any text in the kit's DOM (text, aria-label, title, placeholder…)
 * that did not come from the catalog is still plain English and fails the test. Pseudo strings have no ASCII
 * letters at all (every letter is accented) and are wrapped in […], so what remains after removing them must be
 * digits, punctuation and phone numbers. Backup codes (`<code>`) are data, not text.
 */
import { describe, expect, it } from 'vitest';
import { en, PhoneNumberKitLocalization } from '../../src/i18n/index.ts';
import { pseudoLocalize } from '../../src/i18n/pseudo.ts';
import { kitStories, settled } from './storyHarness.tsx';

const pseudo = pseudoLocalize(en);

/** The kit's root elements, styled or `unstyled`. */
const KIT_ROOTS = '.pnk, .pnk-unstyled';

const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Removes pseudo-localized strings, innermost first (a `{reason}` inside a message nests its brackets). */
function withoutPseudo(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/\[[^[\]]*\]/g, ' ');
  }
  return rest;
}

/** English left in the kit's DOM: `"<where>: <text>"` for each offender. */
export function englishIn(container: HTMLElement): string[] {
  const found: string[] = [];
  const roots = [...container.querySelectorAll<HTMLElement>(KIT_ROOTS)].filter((root) => !root.parentElement?.closest(KIT_ROOTS));
  for (const root of roots) {
    // Adjacent text nodes joined, so a message split around an element (a link inside a sentence) stays balanced.
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Data, not words: backup codes, the selected country's ISO code shown beside its flag, and what the page marks
      // translate="no" (a support agent's view of a user's name, email and ids).
      if (parent?.closest('code, [translate="no"]') || node.nodeValue === parent?.closest('[data-country]')?.getAttribute('data-country')) continue;
      text += node.nodeValue;
    }
    for (const match of withoutPseudo(text).matchAll(/[A-Za-z][A-Za-z'’ -]*/g)) found.push(`text: "${match[0].trim()}"`);
    for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      for (const name of TEXT_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value && /[A-Za-z]/.test(withoutPseudo(value))) found.push(`${element.tagName.toLowerCase()}[${name}]: "${value}"`);
      }
    }
  }
  return found;
}

describe('pseudo-locale: no English in any story', () => {
  it('found the stories', () => {
    expect(kitStories.length).toBeGreaterThan(40);
  });

  it.each(kitStories.map((story) => [story.name, story] as const))('%s', async (_name, story) => {
    const container = await story.render((node) => <PhoneNumberKitLocalization messages={pseudo}>{node}</PhoneNumberKitLocalization>);
    const english = new Set<string>();
    let roots = 0;
    // Checked at every change until the story settles: the loading state, then the loaded one.
    await settled(container, () => {
      roots = Math.max(roots, container.querySelectorAll(KIT_ROOTS).length);
      for (const offender of englishIn(container)) english.add(offender);
    });
    expect(roots, 'the story renders a kit component').toBeGreaterThan(0);
    expect([...english]).toEqual([]);
  });
});
