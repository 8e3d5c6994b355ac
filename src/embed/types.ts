import type { CountryCode } from '../model/countryCode.ts';
import type { PhoneNumberAdapter } from '../adapters/types.ts';
import type { StringSource } from '../adapters/stringSource.ts';
import type { PhoneNumberKitCallbacks } from '../core/events.ts';
import type { DeepPartial, Messages } from '../i18n/types.ts';
import type { Appearance } from '../components/parts/appearance.ts';

/** What {@link mount} renders: one section, or both as an account-settings page. */
export type EmbedSection = 'phone-numbers' | 'sms-two-factor' | 'account-settings';

/** Options of {@link mount}. Give either `adapter`, or `frontendApiUrl` (and usually `sessionId`). */
export interface EmbedOptions extends PhoneNumberKitCallbacks {
  section: EmbedSection;
  /** Any backend. Wins over `frontendApiUrl`. */
  adapter?: PhoneNumberAdapter;
  /** Convenience: the embed creates the Clerk Frontend API adapter for this origin. */
  frontendApiUrl?: string;
  /** The active session id (or a getter), sent with every Frontend API request. */
  sessionId?: StringSource;
  /** Theme, variables and per-part classes: the same JSON as the components' `appearance` prop. */
  appearance?: Appearance;
  /** A full catalog to start from (e.g. the Spanish one). Default English. */
  messages?: Messages;
  /** Overrides deep-merged over `messages`. */
  localization?: DeepPartial<Messages>;
  /** BCP 47 locale for numbers, dates and country names. Default `en`. */
  locale?: string;
  /** The country the add-a-number forms start with, e.g. `'US'`. */
  defaultCountry?: CountryCode;
  /** The user's primary phone number id, which gets the "Primary" badge. */
  primaryPhoneNumberId?: string;
  /** Names the app in the backup codes' download and print-out. */
  applicationName?: string;
  /** Names the account in the backup codes' download and print-out. */
  accountIdentifier?: string;
  /** The level of the sections' headings. Default 2. */
  headingLevel?: 2 | 3;
  /**
   * Render inside an open shadow root on `element`, isolated from the page's CSS. Fixed at mount. The kit's CSS is
   * then loaded by a `<link rel="stylesheet">` inside the root (see `stylesheetUrl`), never by an inline `<style>`.
   */
  shadow?: boolean;
  /**
   * The kit's stylesheet (`phone-number-kit/styles.css`). With `shadow`, defaults to the `styles.css` next to the
   * embed script. Without `shadow`, a link is added only when given (otherwise link the CSS in your page).
   */
  stylesheetUrl?: string;
}

/** What {@link mount} returns. */
export interface EmbedHandle {
  /** Removes what was rendered (and the shadow root's content); the handle is dead afterwards. */
  unmount(): void;
  /** Re-renders with these options merged over the current ones. `shadow` cannot change. */
  update(options: Partial<EmbedOptions>): void;
}
