/**
 * The mobile walk: every story, 375 px wide, in English, Spanish and German (the longest strings), loaded, then
 * checked as a phone user meets it. It fails with a list of what is wrong, element by element: anything wider than
 * the screen (or text spilling out of its box), any control smaller than 24×24 CSS px (WCAG 2.5.8, without the
 * spacing exception), and axe's WCAG 2.2 A/AA violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { ReactNode } from 'react';
import { en, PhoneNumberKitLocalization, type Messages } from '../../src/i18n/index.ts';
import { de } from '../../src/i18n/locales/de.ts';
import { es } from '../../src/i18n/locales/es.ts';
import { assertNoAxeViolations } from '../../.storybook/axe.ts';
import { allStories, loaded, settled, type LoadedStory } from '../i18n/storyHarness.tsx';
import { overflowing, undersizedTargets } from './mobileChecks.ts';

const WIDTH = 375;
const HEIGHT = 740;

const locales: [string, Messages][] = [
  ['en', en],
  ['es', es],
  ['de', de],
];

let bodyMargin = '';
beforeAll(async () => {
  await page.viewport(WIDTH, HEIGHT);
  // Storybook's frame has no page margin; its `padded` layout gives the story 1rem, as the wrapper below does.
  bodyMargin = document.body.style.margin;
  document.body.style.margin = '0';
});
afterAll(() => {
  document.body.style.margin = bodyMargin;
});

/** Stories that show a wait on purpose (an answer that never comes) are checked in that state. */
const staysLoading = (story: LoadedStory) => / › Loading$/.test(story.name);

/** Renders the story in the language, and waits for the state it ends in. */
async function show(story: LoadedStory, locale: string, messages: Messages): Promise<HTMLElement> {
  const container = await story.render((node: ReactNode) => (
    <PhoneNumberKitLocalization messages={messages} locale={locale}>
      <div lang={locale} style={{ padding: '1rem' }}>
        {node}
      </div>
    </PhoneNumberKitLocalization>
  ));
  if (staysLoading(story)) await settled(container, () => undefined);
  else await loaded(container);
  return container;
}

describe.each(locales)('at 375 px, in %s', (locale, messages) => {
  it('found the stories', () => {
    expect(allStories.length).toBeGreaterThan(40);
  });

  it.each(allStories.map((story) => [story.name, story] as const))('%s', async (_name, story) => {
    const container = await show(story, locale, messages);
    expect(window.innerWidth, 'the viewport is a phone').toBe(WIDTH);
    const problems = [
      ...overflowing(container, WIDTH).map((found) => `overflow: ${found}`),
      ...undersizedTargets(container).map((found) => `target under 24×24: ${found}`),
    ];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
      problems.unshift(`overflow: the page scrolls sideways (${document.documentElement.scrollWidth} px wide in ${WIDTH})`);
    }
    const axeDisable = (story.parameters['axe'] as { disable?: string[] } | undefined)?.disable;
    try {
      await assertNoAxeViolations(container, axeDisable);
    } catch (error) {
      problems.push((error as Error).message);
    }
    expect(problems, `${story.name} in ${locale} at ${WIDTH} px:\n${problems.join('\n')}`).toEqual([]);
  });
});
