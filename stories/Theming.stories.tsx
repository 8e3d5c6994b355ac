/**
 * The kit under different looks, each given as plain `appearance` data: the three example brands, the built-in
 * dark theme, and unstyled (structure and state attributes only). The toolbar's Theme menu applies the same
 * objects to every other story.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PhoneNumbersSection, SmsTwoFactorSection } from '../src/components/index.ts';
import { PhoneNumberKitAppearance, type Appearance } from '../src/components/parts/appearance.ts';
import { backendHandlers, KitDecorator, withBackend } from './support/backend.tsx';
import { bankBrand, devToolBrand, playfulBrand } from './support/brands.ts';

// A type alias, not an interface: Storybook's loaders want an index-signature-compatible args type.
type ShowcaseArgs = { appearance: Appearance };

function Showcase({ appearance }: ShowcaseArgs) {
  const dark = appearance.theme === 'dark';
  const page = dark ? (appearance.variables?.colorBackground ?? '#15171c') : '#ffffff';
  return (
    <PhoneNumberKitAppearance appearance={appearance}>
      <div style={{ display: 'grid', gap: 32, maxWidth: '44rem', padding: 24, background: page }}>
        <PhoneNumbersSection primaryPhoneNumberId="idn_primary" defaultCountry="US" />
        <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
      </div>
    </PhoneNumberKitAppearance>
  );
}

const meta = {
  title: 'Theming/Brands',
  component: Showcase,
  decorators: [KitDecorator],
  parameters: { msw: backendHandlers, layout: 'fullscreen' },
  loaders: [
    withBackend({
      phoneNumbers: [
        { id: 'idn_primary', phoneNumber: '+12015550100', verified: true, primary: true },
        { id: 'idn_work', phoneNumber: '+447400123456', verified: false },
      ],
    }),
  ],
} satisfies Meta<typeof Showcase>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Waits for the list, then checks the primary button carries the brand's colour and corner radius. */
async function expectBrand(canvasElement: HTMLElement, appearance: Appearance, rgb: string) {
  const canvas = within(canvasElement);
  await canvas.findByText('+1 201 555 0100');
  const enable = await canvas.findByRole('button', { name: 'Enable SMS verification' });
  await expect(getComputedStyle(enable).backgroundColor).toBe(rgb);
  await expect(getComputedStyle(enable).borderTopLeftRadius).toBe(appearance.variables?.borderRadius ?? '8px');
  for (const root of canvasElement.querySelectorAll('.pnk-phone-numbers-section, .pnk-sms-two-factor-section')) {
    await expect(root).toHaveAttribute('data-theme', appearance.theme ?? 'light');
  }
}

export const Bank: Story = {
  args: { appearance: bankBrand },
  play: async ({ canvasElement, args }) => expectBrand(canvasElement, args.appearance, 'rgb(11, 79, 60)'),
};

export const Playful: Story = {
  args: { appearance: playfulBrand },
  play: async ({ canvasElement, args }) => expectBrand(canvasElement, args.appearance, 'rgb(194, 24, 91)'),
};

export const DevTool: Story = {
  args: { appearance: devToolBrand },
  play: async ({ canvasElement, args }) => expectBrand(canvasElement, args.appearance, 'rgb(61, 220, 151)'),
};

/** The built-in dark theme with no other change. */
export const Dark: Story = {
  args: { appearance: { theme: 'dark' } },
  play: async ({ canvasElement, args }) => expectBrand(canvasElement, args.appearance, 'rgb(141, 162, 255)'),
};

/** Structure, classes and data attributes only: the browser's default look, ready for the host's own CSS. */
export const Unstyled: Story = {
  args: { appearance: { unstyled: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('+1 201 555 0100');
    const section = canvasElement.querySelector('.pnk-phone-numbers-section')!;
    await expect(section).toHaveClass('pnk-unstyled');
    await expect(section).not.toHaveClass('pnk');
    await expect(section).toHaveAttribute('data-state', 'ready');
  },
};
