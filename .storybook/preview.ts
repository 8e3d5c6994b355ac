import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';

const preview: Preview = {
  // Stories answer the kit's requests with the reference backend's msw handlers (`parameters.msw`),
  // served by the service worker in public/.
  loaders: [mswLoader()],
  parameters: {
    layout: 'padded',
  },
};

export default preview;
