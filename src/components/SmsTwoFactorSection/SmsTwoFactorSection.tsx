'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { CountryCode } from '../../model/countryCode.ts';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { PolicyScope, usePhoneNumbers, usePolicy, type KitPolicy } from '../../hooks/index.ts';
import { mayChange } from '../../core/policy.ts';
import { useSecondFactorChangePending } from '../../hooks/useSecondFactorChangePending.ts';
import { ListError } from '../common/ListError.tsx';
import { LiveRegion } from '../common/LiveRegion.tsx';
import { Skeleton } from '../common/Skeleton.tsx';
import { useAnnouncer } from '../common/useAnnouncer.ts';
import { useFocusAfterRender } from '../common/useFocusAfterRender.ts';
import { useListRetry } from '../common/useListRetry.ts';
import { BackupCodesPanel } from './BackupCodesPanel.tsx';
import { reservedNumbers } from './candidates.ts';
import { DisablePanel } from './DisablePanel.tsx';
import { EnableWizard } from './EnableWizard.tsx';
import type { HeadingLevel } from '../common/Heading.tsx';
import { SectionCard } from '../common/SectionCard.tsx';
import { OffView } from './OffView.tsx';
import { OnView } from './OnView.tsx';
import { StatusLine } from './StatusLine.tsx';
import type { Appearance } from '../parts/appearance.ts';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './SmsTwoFactorSection.css';
import { activeElementOf } from '../common/activeElement.ts';

/**
 * Props of {@link SmsTwoFactorSection}. Host policy props refine the provider's here: `readOnly` (the status and
 * numbers show; no enable, disable, backup-code or switch controls), `allowedCountries` (for a number added while
 * turning it on) and `onBeforeAction`.
 */
export interface SmsTwoFactorSectionProps extends Pick<KitPolicy, 'readOnly' | 'allowedCountries' | 'onBeforeAction'> {
  /** The country the "add a number" step starts with, e.g. `'US'`. */
  defaultCountry?: CountryCode;
  /** Names the app in the backup codes' download and print-out. */
  applicationName?: string;
  /** Names the account (e.g. the user's email) in the backup codes' download and print-out. */
  accountIdentifier?: string;
  /** Added to the root element's classes. */
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
  /** The level of the section's heading; the wizard's headings follow below it. Default 2. */
  headingLevel?: 2 | 3;
}

/** What the section is doing, beyond what the list says. */
type Mode = 'idle' | 'enabling' | 'disabling' | 'backup-codes';

/**
 * The "Two-step verification (SMS)" card of a security page: a one-line description, then where things stand.
 * Off: "Enable SMS verification", which opens an inline wizard, one titled step at a time (choose or add a
 * number → verify → reserve → save backup codes). On: one list of the verified numbers, each with its switch and
 * the default badge or "Make default" (`DefaultSecondFactor`'s list), then quiet "backup codes" and "Disable"
 * buttons. When the wizard finishes, focus goes to the status sentence.
 *
 * Parts: generated from `PART_REGISTRY.smsTwoFactorSection` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-sms-two-factor-section` (`smsTwoFactorSection.root`): the `<section>`; `data-state="loading|off|on|enabling|disabling|error"`, `data-theme`, `data-density`
 * - `pnk-sms-two-factor-section__heading` (`smsTwoFactorSection.heading`): the section heading (also `pnk-card__title`)
 * - `pnk-sms-two-factor-section__description` (`smsTwoFactorSection.description`): one line on what SMS two-step verification does (also `pnk-card__description`)
 * - `pnk-sms-two-factor-section__status` (`smsTwoFactorSection.status`): where things stand, in regular weight; `data-state="off|on"`
 * - `pnk-sms-two-factor-section__status-state` (`smsTwoFactorSection.statusState`): the one emphasised word of the status: "on" or "off"
 * - `pnk-sms-two-factor-section__explanation` (`smsTwoFactorSection.explanation`): where the codes go, in the last step
 * - `pnk-sms-two-factor-section__alert` (`smsTwoFactorSection.alert`): an alert that takes focus (a failed step whose button lost it)
 * - `pnk-sms-two-factor-section__actions` (`smsTwoFactorSection.actions`): a row of buttons
 * - `pnk-sms-two-factor-section__enable-button` (`smsTwoFactorSection.enableButton`): "Turn on" (also `pnk-button`); `data-variant="primary"`
 * - `pnk-sms-two-factor-section__disable-button` (`smsTwoFactorSection.disableButton`): "Disable" (also `pnk-button`); quiet: danger colour shows in its confirmation only; `data-variant="secondary"`
 * - `pnk-sms-two-factor-section__backup-codes-button` (`smsTwoFactorSection.backupCodesButton`): shows backup codes (also `pnk-button`); `data-variant="secondary"`
 * - `pnk-sms-two-factor-section__inline` (`smsTwoFactorSection.inline`): inline panel under the buttons; `data-panel="disable|backup-codes"`
 * - `pnk-sms-two-factor-section__backup-codes` (`smsTwoFactorSection.backupCodes`): wraps `BackupCodes`
 * - `pnk-sms-two-factor-section__wizard` (`smsTwoFactorSection.wizard`): the enable wizard; `data-step="choose|add|verify|reserving|backup-codes|done"`
 * - `pnk-sms-two-factor-section__progress` (`smsTwoFactorSection.progress`): "Turning on SMS verification…"
 * - `pnk-sms-two-factor-section__step-count` (`smsTwoFactorSection.stepCount`): "Step 2 of 4", above the step's title
 * - `pnk-sms-two-factor-section__step` (`smsTwoFactorSection.step`): the wizard's current step; `data-step="choose|add|verify|reserving|backup-codes|done"`, `data-state="idle|pending|error|success"`
 * - `pnk-sms-two-factor-section__step-heading` (`smsTwoFactorSection.stepHeading`): the step's title, its only heading
 * - `pnk-sms-two-factor-section__choices` (`smsTwoFactorSection.choices`): fieldset of numbers to choose from (named by the step title)
 * - `pnk-sms-two-factor-section__hint` (`smsTwoFactorSection.hint`): a hint line
 * - `pnk-sms-two-factor-section__choice` (`smsTwoFactorSection.choice`): one option (a `<label>`); `data-verified="true|false"`
 * - `pnk-sms-two-factor-section__choice-text` (`smsTwoFactorSection.choiceText`): the option's name and hint
 * - `pnk-sms-two-factor-section__choice-label` (`smsTwoFactorSection.choiceLabel`): the option's name: the number (and its badge), or "Use a new phone number"
 * - `pnk-sms-two-factor-section__choice-hint` (`smsTwoFactorSection.choiceHint`): under an unverified number, inside its option: it is verified first
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function SmsTwoFactorSection(props: SmsTwoFactorSectionProps) {
  return (
    <PolicyScope overrides={props}>
      <SmsTwoFactorSectionContent {...props} />
    </PolicyScope>
  );
}

function SmsTwoFactorSectionContent({ defaultCountry, applicationName, accountIdentifier, className, appearance, headingLevel = 2 }: SmsTwoFactorSectionProps) {
  const canChange = mayChange(usePolicy());
  const root = useKitRoot('smsTwoFactorSection', appearance, className);
  const { part } = root;
  const { messages } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  const headingId = useId();
  const backupCodesPanelId = useId();
  const list = usePhoneNumbers();
  const { phoneNumbers, isLoading, isLoaded } = list;
  const [mode, setMode] = useState<Mode>('idle');
  const [announcement, announce] = useAnnouncer();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const refs = {
    status: statusRef,
    enable: useRef<HTMLButtonElement>(null),
    disable: useRef<HTMLButtonElement>(null),
    backupCodes: useRef<HTMLButtonElement>(null),
  };
  const focusAfterRender = useFocusAfterRender();
  // Once a retry brings the list, focus goes to the sentence that replaced the error.
  const { error, retrying, retry } = useListRetry(list, statusRef);

  const reserved = reservedNumbers(phoneNumbers);
  // A change in flight (say, the last switch turned off in DefaultSecondFactor) keeps the "on" view, with the
  // control that made it, until the server answers: if it fails, that control is still there to say so.
  const changePending = useSecondFactorChangePending();
  const isOn = reserved.length > 0 || changePending;
  const failed = error !== null && !isLoaded;
  const state = failed ? 'error' : isLoading ? 'loading' : mode === 'enabling' ? 'enabling' : mode === 'disabling' ? 'disabling' : isOn ? 'on' : 'off';

  // Turned off from elsewhere (the last switch in DefaultSecondFactor): the focused control is gone with the
  // "on" view, so hand focus to the Enable button instead of leaving it on the page's body.
  const wasOn = useRef(isOn);
  useEffect(() => {
    const turnedOff = wasOn.current && !isOn;
    wasOn.current = isOn;
    const ownRun = mode === 'enabling' || mode === 'disabling';
    const active = activeElementOf(refs.enable.current);
    if (turnedOff && !ownRun && (active === null || active === document.body)) refs.enable.current?.focus();
  });

  const closeTo = (target: keyof typeof refs) => {
    setMode('idle');
    focusAfterRender(refs[target]);
  };

  const wizardLevel = (headingLevel + 1) as HeadingLevel;

  // While disabling, the optimistic list may already say "off": the confirmation stays until the run ends.
  const view = mode === 'enabling' ? 'enabling' : mode === 'disabling' || isOn ? 'on' : 'off';

  const body = () => {
    if (failed && error) return <ListError title={t.listError} error={error} retrying={retrying} onRetry={retry} />;
    if (state === 'loading') return <Skeleton label={t.loading} rows={2} />;
    return (
      <>
        <StatusLine reserved={reserved} statusRef={refs.status} />
        {view === 'off' && canChange && <OffView enableButtonRef={refs.enable} onEnable={() => setMode('enabling')} />}
        {view === 'enabling' && (
          <EnableWizard
            headingLevel={wizardLevel}
            defaultCountry={defaultCountry}
            applicationName={applicationName}
            accountIdentifier={accountIdentifier}
            onEnabled={() => announce(t.announceOn)}
            onCancel={() => closeTo('enable')}
            onFinish={() => closeTo('status')}
          />
        )}
        {view === 'on' && (
          <OnView
            disableButtonRef={refs.disable}
            backupCodesButtonRef={refs.backupCodes}
            showActions={mode !== 'disabling' && canChange}
            backupCodesOpen={mode === 'backup-codes'}
            backupCodesPanelId={backupCodesPanelId}
            onDisable={() => setMode('disabling')}
            onToggleBackupCodes={() => setMode(mode === 'backup-codes' ? 'idle' : 'backup-codes')}
          >
            {mode === 'disabling' && (
              <div className={part('inline')} data-panel="disable">
                <DisablePanel
                  reserved={reserved}
                  onCancel={() => closeTo('disable')}
                  onDisabled={() => {
                    announce(t.announceOff);
                    closeTo('enable');
                  }}
                />
              </div>
            )}
            {mode === 'backup-codes' && (
              <BackupCodesPanel
                id={backupCodesPanelId}
                headingLevel={wizardLevel}
                applicationName={applicationName}
                accountIdentifier={accountIdentifier}
                onDone={() => closeTo('backupCodes')}
              />
            )}
          </OnView>
        )}
      </>
    );
  };

  return (
    <SectionCard root={root} headingId={headingId} headingLevel={headingLevel} text={t} state={state}>
      {body()}
      <LiveRegion message={announcement} />
    </SectionCard>
  );
}
