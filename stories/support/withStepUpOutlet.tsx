/**
 * A story decorator that renders the step-up outlet (`ReverificationOutlet`, from `phone-number-kit/two-step`) after
 * the story, as a page showing only sections of the main entry does once, inside the provider.
 */
import type { Decorator } from '@storybook/react-vite';
import { ReverificationOutlet } from '../../src/components/ReverificationDialog/ReverificationOutlet.tsx';

export const withStepUpOutlet: Decorator = (Story) => (
  <>
    <Story />
    <ReverificationOutlet />
  </>
);
