import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { assertNoAxeViolations } from './axe.ts';
import '../src/theme/tokens.css';

const preview: Preview = {
  // Stories answer the kit's requests with the reference backend's msw handlers (`parameters.msw`),
  // served by the service worker in public/.
  loaders: [mswLoader()],
  parameters: {
    layout: 'padded',
  },
  // Every story, in every state its play function reaches, must pass axe's WCAG 2.2 A/AA rules.
  afterEach: async ({ canvasElement, parameters }) => {
    const axeParameters = parameters['axe'] as { disable?: string[] } | undefined;
    await assertNoAxeViolations(canvasElement, axeParameters?.disable);
  },
};

export default preview;
