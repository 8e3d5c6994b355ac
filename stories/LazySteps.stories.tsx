/**
 * The add form and the code step load on first use. These stories show what stands in for a step meanwhile:
 * "Loading…" as a polite status, and, when the load fails (offline, a new deploy), an alert with "Try again",
 * which takes focus because the button that opened the step is gone.
 */
import { useState, type ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { AddPhoneNumberProps } from '../src/components/AddPhoneNumber/AddPhoneNumber.tsx';
import { lazyComponent } from '../src/components/common/lazyComponent.tsx';
import { backendHandlers, KitDecorator, withBackend } from './support/backend.tsx';

type Loader = () => Promise<ComponentType<AddPhoneNumberProps>>;

const loadAddPhoneNumber: Loader = () =>
  import('../src/components/common/steps.ts').then(async (module) => {
    await module.loadPhoneLibrary();
    return module.AddPhoneNumber;
  });

/** How the story's network treats the step's code: never answers, or fails the first time only. */
type Network = 'hangs' | 'fails once';

function loaderFor(network: Network): Loader {
  if (network === 'hangs') return () => new Promise(() => undefined);
  let attempts = 0;
  return () => (attempts++ === 0 ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : loadAddPhoneNumber());
}

/** A fresh lazy add form per render, so each story starts from "not loaded". */
function LazyAddForm({ network }: { network: Network }) {
  const [Lazy] = useState(() => lazyComponent(loaderFor(network)));
  return (
    <div className="pnk" style={{ maxWidth: '32rem' }}>
      <Lazy defaultCountry="US" />
    </div>
  );
}

const meta = {
  title: 'Sections/Lazy steps',
  component: LazyAddForm,
  decorators: [KitDecorator],
  loaders: [withBackend()],
  parameters: { msw: backendHandlers },
} satisfies Meta<typeof LazyAddForm>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The step's code is still on its way. */
export const Loading: Story = {
  args: { network: 'hangs' },
  play: async ({ canvasElement }) => {
    const status = await within(canvasElement).findByRole('status');
    await expect(status).toHaveTextContent('Loading…');
  },
};

/** The first load fails; "Try again" (focused) loads the form, which takes focus in turn. */
export const LoadFailedThenRetry: Story = {
  args: { network: 'fails once' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent("This step couldn't load. Check your connection and try again.");
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await expect(retry).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const field = await canvas.findByRole('textbox', { name: 'Phone number' });
    await expect(field).toHaveFocus();
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};
