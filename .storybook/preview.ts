import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { assertNoAxeViolations } from './axe.ts';
import { withThemeLocaleDirection } from './decorators.tsx';
import { LazyAddPhoneNumber, LazyVerifyPhoneNumber } from '../src/components/common/lazySteps.ts';
import '../src/theme/tokens.css';

/**
 * The add form and code step load on first use (their loading and failure states have stories of their own); they
 * are loaded before each story here, so play functions never race a cold dev server compiling them mid-interaction.
 */
async function loadLazySteps() {
  await Promise.all([LazyAddPhoneNumber.preload(), LazyVerifyPhoneNumber.preload()]);
  return {};
}

// Play functions' findBy*/waitFor give up after 1 s by default: too short on a busy machine (`npm run test:loaded`),
// where a request's answer or a re-render can take seconds. A ceiling, not a wait: they resolve once the state holds.
configure({ asyncUtilTimeout: 30_000 });

const preview: Preview = {
  // Stories answer the kit's requests with the reference backend's msw handlers (`parameters.msw`),
  // served by the service worker in public/.
  loaders: [mswLoader(), loadLazySteps],
  decorators: [withThemeLocaleDirection],
  parameters: {
    layout: 'padded',
  },
  // The toolbar: every story in any theme (built-in or an example brand), language and direction.
  globalTypes: {
    theme: {
      description: 'Kit theme (appearance)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
          { value: 'bank', title: 'Brand: bank' },
          { value: 'playful', title: 'Brand: playful' },
          { value: 'devtool', title: 'Brand: dev tool (dark)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Kit language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'de', title: 'Deutsch' },
          { value: 'pseudo', title: 'Pseudo-locale' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
  // Every story, in every state its play function reaches, must pass axe's WCAG 2.2 A/AA rules.
  afterEach: async ({ canvasElement, parameters }) => {
    const axeParameters = parameters['axe'] as { disable?: string[] } | undefined;
    await assertNoAxeViolations(canvasElement, axeParameters?.disable);
  },
};

export default preview;
