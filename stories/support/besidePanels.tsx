/**
 * The row a section story renders: the section in its column and the demo's panels (SMS outbox, authenticator
 * app, …) beside it, wrapping under it when the canvas is narrow. Each panel reads the story's own backend.
 */
import type { ComponentType } from 'react';
import type { MemoryBackend } from '../../src/testing/index.ts';
import { storyBackend } from './backend.tsx';

/** A demo panel: shows (or changes) something on the story's backend. */
type Panel = ComponentType<{ backend: MemoryBackend }>;

/**
 * How the section's column is drawn: `main` is the page's main landmark; `list` is a plain column capped at
 * 40rem, as the phone-number list stories have it.
 */
type Column = 'main' | 'list';

/** A story `render` showing `Section` with the story's args, and `panels` beside it. */
export function besidePanels<Args extends object>(Section: ComponentType<Args>, panels: readonly Panel[], column: Column = 'main') {
  return function render(args: Args, { loaded }: { loaded: Record<string, unknown> }) {
    const backend = storyBackend(loaded);
    const section = <Section {...args} />;
    return (
      <div style={{ display: 'flex', gap: 24, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        {column === 'main' ? <main style={{ flex: '1 1 28rem' }}>{section}</main> : <div style={{ flex: '1 1 28rem', maxWidth: '40rem' }}>{section}</div>}
        {panels.map((Panel, index) => (
          <Panel key={index} backend={backend} />
        ))}
      </div>
    );
  };
}
