'use client';
import { useId, useRef } from 'react';
import type { CountryCode } from '../../model/countryCode.ts';
import { PolicyScope, usePhoneNumbers, usePolicy, type KitPolicy } from '../../hooks/index.ts';
import { mayAdd, mayChange, mayRemove } from '../../core/policy.ts';
import { usePrimaryPhoneNumberId } from './usePrimaryPhoneNumberId.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import { LiveRegion } from '../common/index.ts';
import { PlusIcon } from '../common/icons.tsx';
import { ListError } from '../common/ListError.tsx';
import { Skeleton } from '../common/Skeleton.tsx';
import { useListRetry } from '../common/useListRetry.ts';
import { AddPhoneNumberFlow } from './AddPhoneNumberFlow.tsx';
import { LazyAddPhoneNumber, LazyVerifyPhoneNumber } from '../common/lazySteps.ts';
import { PhoneNumbersList } from './PhoneNumbersList.tsx';
import { useSectionController } from './useSectionController.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './PhoneNumbersSection.css';

/**
 * Props of {@link PhoneNumbersSection}. The host policy props (`readOnly`, `allowAdd`, `allowRemove`,
 * `allowedCountries`, `onBeforeAction`) refine the provider's for this section only.
 */
export interface PhoneNumbersSectionProps extends Omit<KitPolicy, 'factors'> {
  /** The country the add form starts with, e.g. `'US'`. Default: the add form's own default. */
  defaultCountry?: CountryCode;
  /**
   * The user's primary phone number (Clerk's `user.primaryPhoneNumberId`), which gets the "Primary" badge. The
   * phone-number list does not say which number is primary: given, it is the starting value and costs no request;
   * left out, the section reads the account (`GET /v1/me`, one more request). Once the user sets another number as
   * primary ("Set as primary" in a row's menu), or the account is read anyway, the account's answer wins.
   */
  primaryPhoneNumberId?: string;
  /** Extra classes on the root, next to `pnk pnk-phone-numbers-section`. */
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
  /** The level of the section's heading, to fit the page's outline. Default 2. */
  headingLevel?: 2 | 3;
}

/** Both steps of the add card: the code step follows the form within seconds. */
function preloadAddFlow() {
  void LazyAddPhoneNumber.preload();
  void LazyVerifyPhoneNumber.preload();
}

/** What the section shows as a whole. */
type PhoneNumbersSectionState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * The account-settings card of the user's phone numbers: the primary number first, each number formatted with its
 * quiet badges (Primary, Default for sign-in codes, Unverified), a per-number actions menu (Verify, Remove) and an
 * "Add phone number" flow (add → code → done). Cards open inline under what they are about, one at a time; removal is optimistic and
 * warns first when the number carries two-step verification. Results are announced politely. Escape inside a card
 * closes it; after a removal the heading takes focus.
 *
 * Parts: generated from `PART_REGISTRY.phoneNumbersSection` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-phone-numbers-section` (`phoneNumbersSection.root`): the `<section>` (also `pnk-card`); `data-state="loading|ready|empty|error"`, `data-theme`, `data-density`
 * - `pnk-phone-numbers-section__heading` (`phoneNumbersSection.heading`): the section heading (also `pnk-card__title`)
 * - `pnk-phone-numbers-section__description` (`phoneNumbersSection.description`): one line on what the numbers are for, under the heading (also `pnk-card__description`)
 * - `pnk-phone-numbers-section__empty` (`phoneNumbersSection.empty`): "No phone numbers yet"
 * - `pnk-phone-numbers-section__list` (`phoneNumbersSection.list`): the `<ul>` of numbers
 * - `pnk-phone-numbers-section__row` (`phoneNumbersSection.row`): one `<li>`; `data-state="idle|verifying|removing|pending"`, `data-phone-number-id`, `data-verification="verified|unverified|expired|failed|none"`
 * - `pnk-phone-numbers-section__summary` (`phoneNumbersSection.summary`): the row's top: its info, and the menu pinned top-right
 * - `pnk-phone-numbers-section__info` (`phoneNumbersSection.info`): the number, then its badges and note (these wrap under the number on a narrow row)
 * - `pnk-phone-numbers-section__number` (`phoneNumbersSection.number`): holds the formatted number (`pnk-phone-number`)
 * - `pnk-phone-numbers-section__badges` (`phoneNumbersSection.badges`): holds `pnk-badge` elements
 * - `pnk-phone-numbers-section__note` (`phoneNumbersSection.note`): why an unverified number's code no longer works
 * - `pnk-phone-numbers-section__actions` (`phoneNumbersSection.actions`): holds the row menu (`pnk-menu`)
 * - `pnk-phone-numbers-section__inline` (`phoneNumbersSection.inline`): inline card under a row or the list; `data-kind="add|verify|remove|alert"`, `data-step="form|code"`
 * - `pnk-phone-numbers-section__warning` (`phoneNumbersSection.warning`): a line of the removal warning; `data-kind="two-step|default|last-second-factor"`
 * - `pnk-phone-numbers-section__add-button` (`phoneNumbersSection.addButton`): "+ Add phone number", under the list (also `pnk-button`); `data-variant="secondary"`
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function PhoneNumbersSection(props: PhoneNumbersSectionProps) {
  return (
    <PolicyScope overrides={props}>
      <PhoneNumbersSectionContent {...props} />
    </PolicyScope>
  );
}

function PhoneNumbersSectionContent(props: PhoneNumbersSectionProps) {
  const { defaultCountry, className, appearance, headingLevel = 2 } = props;
  // Inside the scope: the provider's policy refined by this section's props.
  const policy = usePolicy();
  const kitRoot = useKitRoot('phoneNumbersSection', appearance, className);
  const { part, common } = kitRoot;
  const { messages } = usePhoneNumbersSectionMessages();
  const text = messages.phoneNumbersSection;
  const list = usePhoneNumbers();
  const { phoneNumbers, isLoading, isLoaded } = list;
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const controller = useSectionController({ heading, addButton });
  const primaryPhoneNumberId = usePrimaryPhoneNumberId(props.primaryPhoneNumberId, controller.pendingPrimaryId);
  // "Try again" disappears once the list loads; the heading takes focus so it is not lost to the page.
  const { error, retrying, retry } = useListRetry(list, heading);
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  const state: PhoneNumbersSectionState = error && !isLoaded
    ? 'error'
    : isLoading
      ? 'loading'
      : phoneNumbers.length === 0
        ? 'empty'
        : 'ready';

  const { inline } = controller;
  const listed = state === 'ready' || state === 'empty';
  return (
    <AppearanceScope value={kitRoot.appearance}>
      <section
        {...kitRoot.props}
        className={`${kitRoot.props.className} ${common('card')}`}
        aria-labelledby={headingId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
      >
        <div className={common('cardHeader')}>
          <Heading ref={heading} id={headingId} className={part('heading', 'cardTitle')} tabIndex={-1}>
            {text.heading}
          </Heading>
          <p className={part('description', 'cardDescription')}>{text.description}</p>
        </div>
        {state === 'loading' && <Skeleton label={text.loading} />}
        {error && <ListError title={text.listFailed} error={error} retrying={retrying} onRetry={retry} />}
        {state === 'empty' && <p className={part('empty')}>{text.empty}</p>}
        {state === 'ready' && (
          <PhoneNumbersList
            phoneNumbers={phoneNumbers}
            primaryPhoneNumberId={primaryPhoneNumberId}
            labelledBy={headingId}
            controller={controller}
            canChange={mayChange(policy)}
            canRemove={mayRemove(policy)}
          />
        )}
        {listed &&
          (inline?.kind === 'add' ? (
            <AddPhoneNumberFlow
              step={inline}
              defaultCountry={defaultCountry}
              onAdded={controller.add.added}
              onVerified={controller.add.verified}
              onChangeNumber={controller.add.changeNumber}
              onCancel={controller.add.cancel}
            />
          ) : mayAdd(policy) && (
            <button
              ref={addButton}
              type="button"
              className={part('addButton', 'button')}
              data-variant="secondary"
              onClick={controller.add.open}
              // The form's code (phone input and metadata) starts loading when the user heads for the button.
              onPointerEnter={preloadAddFlow}
              onFocus={preloadAddFlow}
            >
              <PlusIcon />
              {text.addButton}
            </button>
          ))}
        <LiveRegion message={controller.announcement} />
      </section>
    </AppearanceScope>
  );
}
