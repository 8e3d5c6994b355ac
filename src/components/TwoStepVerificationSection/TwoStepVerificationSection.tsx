'use client';
import { useId } from 'react';
import { useAccountSecurity } from '../../hooks/useAccountSecurity.ts';
import { usePhoneNumbers } from '../../hooks/usePhoneNumbers.ts';
import { PolicyScope, usePolicy } from '../../hooks/usePolicy.tsx';
import type { KitPolicy } from '../../core/policy.ts';
import { signInSecondFactorOrder } from '../../model/signInOrder.ts';
import { AuthenticatorAppPanel } from '../AuthenticatorAppSection/AuthenticatorAppPanel.tsx';
import { SecondFactorNumbers } from '../DefaultSecondFactor/SecondFactorNumbers.tsx';
import { ListError } from '../common/ListError.tsx';
import { Skeleton } from '../common/Skeleton.tsx';
import type { HeadingLevel } from '../common/Heading.tsx';
import { SectionCard } from '../common/SectionCard.tsx';
import { ReverificationOutlet } from '../ReverificationDialog/ReverificationOutlet.tsx';
import { BackupCodesFactor } from './BackupCodesFactor.tsx';
import { FactorItem } from './FactorItem.tsx';
import { useTwoStepVerificationSectionMessages } from './messages.ts';
import { OrderStatus } from './OrderStatus.tsx';
import { visibleFactors, type TwoStepFactor } from './visibleFactors.ts';
import type { Appearance } from '../parts/appearance.ts';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import '../AuthenticatorAppSection/AuthenticatorAppSection.css';
import './TwoStepVerificationSection.css';

export type { TwoStepFactor } from './visibleFactors.ts';

/**
 * Props of {@link TwoStepVerificationSection}. Host policy props refine the provider's here: `factors`, `readOnly`
 * (every factor's state shows; no set up or remove, the switches are disabled, no "Make default", no new backup
 * codes) and `onBeforeAction` (asked before every change made in the card, instead of the provider's).
 */
export interface TwoStepVerificationSectionProps extends Pick<KitPolicy, 'readOnly' | 'onBeforeAction'> {
  /**
   * The factors to show: `'totp'` (authenticator app), `'sms'` (phone numbers), `'backup_codes'`. Default: the
   * provider's `factors`, else all.
   */
  factors?: readonly TwoStepFactor[];
  /** Names the app in the backup codes' download and print-out. */
  applicationName?: string;
  /** Names the account (e.g. the user's email) in the backup codes' download and print-out. */
  accountIdentifier?: string;
  /** Added to the root element's classes. */
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
  /** The level of the section's heading; each factor's heading is one below. Default 2. */
  headingLevel?: 2 | 3;
}

/**
 * The whole "Two-step verification" card: every factor the user has (authenticator app, SMS numbers, backup codes)
 * and, truthfully, which one sign-in asks for first, from the model's `signInSecondFactorOrder`: Clerk starts with
 * the authenticator app when it is on, so then the SMS default is said as the fallback ("If you can't use your
 * authenticator app, we text …"), never as the first factor. The authenticator app is set up and removed here as
 * in `AuthenticatorAppSection`; the numbers are `DefaultSecondFactor`'s list (switch, default, "Make default").
 *
 * Parts: generated from `PART_REGISTRY.twoStepVerificationSection` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-two-step-verification-section` (`twoStepVerificationSection.root`): the `<section>` (also `pnk-card`); `data-state="loading|error|off|on"`, `data-first="totp|phone_code|none"`, `data-theme`, `data-density`
 * - `pnk-two-step-verification-section__heading` (`twoStepVerificationSection.heading`): the section heading (also `pnk-card__title`)
 * - `pnk-two-step-verification-section__description` (`twoStepVerificationSection.description`): one line on what two-step verification does (also `pnk-card__description`)
 * - `pnk-two-step-verification-section__status` (`twoStepVerificationSection.status`): what sign-in asks for first, and what it falls back to; `data-state="off|on"`
 * - `pnk-two-step-verification-section__status-state` (`twoStepVerificationSection.statusState`): the one emphasised word when off
 * - `pnk-two-step-verification-section__order` (`twoStepVerificationSection.order`): one sentence of the order: first factor, fallback number, backup codes
 * - `pnk-two-step-verification-section__factors` (`twoStepVerificationSection.factors`): the list of factors (`role="list"`, named)
 * - `pnk-two-step-verification-section__factor` (`twoStepVerificationSection.factor`): one factor; `data-factor="totp|sms|backup_codes"`, `data-state="on|off"`, `data-first`
 * - `pnk-two-step-verification-section__factor-heading` (`twoStepVerificationSection.factorHeading`): the factor's name, a heading one level below the section's
 * - `pnk-two-step-verification-section__first-badge` (`twoStepVerificationSection.firstBadge`): "Used first", beside the factor sign-in asks for first (also `pnk-badge`)
 * - `pnk-two-step-verification-section__factor-note` (`twoStepVerificationSection.factorNote`): a quiet line about the factor ("No phone number receives sign-in codes.")
 * - `pnk-two-step-verification-section__actions` (`twoStepVerificationSection.actions`): a row of buttons
 * - `pnk-two-step-verification-section__backup-codes-button` (`twoStepVerificationSection.backupCodesButton`): shows the backup codes (also `pnk-button`); `data-variant="secondary"`
 * - `pnk-two-step-verification-section__backup-codes` (`twoStepVerificationSection.backupCodes`): wraps `BackupCodes`
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function TwoStepVerificationSection(props: TwoStepVerificationSectionProps) {
  return (
    <PolicyScope overrides={props}>
      <TwoStepVerificationSectionContent {...props} />
    </PolicyScope>
  );
}

function TwoStepVerificationSectionContent({ applicationName, accountIdentifier, className, appearance, headingLevel = 2 }: TwoStepVerificationSectionProps) {
  // Inside the scope: the section's own `factors` win over the provider's; neither set means all.
  const shown = visibleFactors(usePolicy().factors);
  const root = useKitRoot('twoStepVerificationSection', appearance, className);
  const { part } = root;
  const { messages } = useTwoStepVerificationSectionMessages();
  const t = messages.twoStepVerificationSection;
  const headingId = useId();
  const accountQuery = useAccountSecurity();
  const list = usePhoneNumbers();
  const { account } = accountQuery;
  const { phoneNumbers } = list;

  const error = (!account && accountQuery.error) || (!list.isLoaded && list.error) || null;
  const ready = account !== null && list.isLoaded;
  const order = account ? signInSecondFactorOrder(account, phoneNumbers) : [];
  const first = order[0]?.strategy ?? 'none';
  const state = error ? 'error' : !ready ? 'loading' : order.length > 0 ? 'on' : 'off';
  const factorLevel = (headingLevel + 1) as HeadingLevel;
  const innerLevel = (headingLevel + 2) as HeadingLevel;
  const smsOn = order.some((factor) => factor.strategy === 'phone_code');

  const retry = () => {
    if (accountQuery.error) accountQuery.refetch();
    if (list.error) void list.refetch();
  };

  return (
    <SectionCard root={root} headingId={headingId} headingLevel={headingLevel} text={t} state={state} data={{ 'data-first': first }}>
      {error && <ListError title={t.loadError} error={error} retrying={accountQuery.isFetching || list.isFetching} onRetry={retry} />}
      {!error && !ready && <Skeleton label={t.loading} rows={3} />}
      {!error && ready && account && (
        <>
          <OrderStatus order={order} phoneNumbers={phoneNumbers} />
          {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- Safari drops list semantics from lists styled without bullets. */}
          <ul role="list" aria-label={t.factorsLabel} className={part('factors')}>
            {shown.has('totp') && (
              <FactorItem factor="totp" title={t.totpTitle} on={account.totpEnabled} first={first === 'totp'} headingLevel={factorLevel}>
                <AuthenticatorAppPanel headingLevel={innerLevel} applicationName={applicationName} accountIdentifier={accountIdentifier} signInOrderShown />
              </FactorItem>
            )}
            {shown.has('sms') && (
              <FactorItem factor="sms" title={t.smsTitle} on={smsOn} first={first === 'phone_code'} headingLevel={factorLevel}>
                {!smsOn && <p className={part('factorNote')}>{t.smsNone}</p>}
                <SecondFactorNumbers />
              </FactorItem>
            )}
            {shown.has('backup_codes') && (
              <FactorItem factor="backup_codes" title={t.backupCodesTitle} on={account.backupCodeEnabled} first={false} headingLevel={factorLevel}>
                <BackupCodesFactor
                  on={account.backupCodeEnabled}
                  headingLevel={innerLevel}
                  applicationName={applicationName}
                  accountIdentifier={accountIdentifier}
                />
              </FactorItem>
            )}
          </ul>
        </>
      )}
      {/* The step-up dialog lives in this entry; the two-step cards bring it, so alone on a page they still can ask. */}
      <ReverificationOutlet />
    </SectionCard>
  );
}
