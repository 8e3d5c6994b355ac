/**
 * Renders Storybook stories in the browser test project: every story module, composed with the project's msw
 * loader (so each story's reference backend answers), loaded, then rendered under the given wrapper. The
 * project's other annotations are left out on purpose: its toolbar decorator sets its own locale and direction,
 * which would override the wrapper under test. Play functions are not run: they query English labels.
 */
import type { ComponentType, ReactNode } from 'react';
import { composeStories } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import preview from '../../.storybook/preview.ts';

const loadersOnly = { loaders: preview.loaders };

type StoryModule = Parameters<typeof composeStories>[0];

export interface LoadedStory {
  /** `Components/AddPhoneNumber › Default`. */
  name: string;
  title: string;
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
  const stories = composeStories(module, loadersOnly) as unknown as Record<string, ComponentType & { load: () => Promise<void> }>;
  return Object.entries(stories).map(([exportName, Story]) => ({
    name: `${title} › ${exportName}`,
    title,
    render: async (wrap) => {
      await Story.load();
      return render(<>{wrap(<Story />)}</>).container;
    },
  }));
});

/** Waits until the DOM below `root` stops changing for `quietMs` (data loaded, focus moved), at most `maxMs`. */
export async function settled(root: HTMLElement, onChange: () => void, quietMs = 400, maxMs = 4000): Promise<void> {
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
