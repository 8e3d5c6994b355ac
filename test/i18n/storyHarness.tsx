/**
 * Renders Storybook stories in the browser test project: every story module, composed with the project's msw
 * loader (so each story's reference backend answers), loaded, then rendered under the given wrapper. The
 * project's other annotations are left out on purpose: its toolbar decorator sets its own locale and direction,
 * which would override the wrapper under test. Play functions are not run: they query English labels.
 */
import type { ComponentType, ReactNode } from 'react';
import { composeStories } from '@storybook/react-vite';
import { render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import preview from '../../.storybook/preview.ts';

const loadersOnly = { loaders: preview.loaders };

type StoryModule = Parameters<typeof composeStories>[0];

export interface LoadedStory {
  /** `Components/AddPhoneNumber › Default`. */
  name: string;
  title: string;
  /** The story's parameters, merged with its module's (`axe.disable`, …). */
  parameters: Record<string, unknown>;
  render: (wrap: (story: ReactNode) => ReactNode) => Promise<HTMLElement>;
}

const modules = import.meta.glob<StoryModule>('../../stories/*.stories.tsx', { eager: true });

/** The story named `Title › Export`. */
export function story(name: string): LoadedStory {
  const found = allStories.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No story ${name}`);
  return found;
}

/** Every story of every module in stories/. */
export const allStories: LoadedStory[] = Object.values(modules).flatMap((module) => {
  const title = (module as { default: { title: string } }).default.title;
  const stories = composeStories(module, loadersOnly) as unknown as Record<
    string,
    ComponentType & { load: () => Promise<void>; parameters: Record<string, unknown> }
  >;
  return Object.entries(stories).map(([exportName, Story]) => ({
    name: `${title} › ${exportName}`,
    title,
    parameters: Story.parameters,
    render: async (wrap) => {
      await Story.load();
      return render(<>{wrap(<Story />)}</>).container;
    },
  }));
});

/** The stories of the kit's components, without the headless-hooks playground (its markup is the story's own). */
export const kitStories: LoadedStory[] = allStories.filter((story) => !story.title.startsWith('Hooks/'));

/** What a kit component shows while it waits: a list still loading, a lazy step on its way, a request in flight. */
const WAITING = '[aria-busy="true"], [data-state="loading"]';

/**
 * Waits until nothing below `root` is loading or busy (the list arrived, the lazy steps loaded, the code was sent),
 * then until the DOM stops changing. For stories that end loaded; a busy machine only makes this take longer.
 */
export async function loaded(root: HTMLElement): Promise<void> {
  await waitFor(() => expect(root.querySelector(WAITING)).toBeNull(), { timeout: 30_000 });
  await settled(root, () => undefined);
}

/**
 * Waits until the DOM below `root` stops changing for `quietMs` (focus moved, a countdown drew), at most `maxMs`.
 * Quiet is not loaded: a slow answer looks quiet too, so a check that needs the loaded story uses {@link loaded}.
 */
export async function settled(root: HTMLElement, onChange: () => void, quietMs = 400, maxMs = 15_000): Promise<void> {
  const start = performance.now();
  let last = '';
  let quietSince = performance.now();
  while (performance.now() - start < maxMs) {
    const now = root.innerHTML;
    if (now !== last) {
      last = now;
      quietSince = performance.now();
      onChange();
    } else if (performance.now() - quietSince >= quietMs) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
