'use client';
import { useEffect, useState } from 'react';
import type { CountryCode } from '../../model/countryCode.ts';
import { useSmsTwoFactorSectionMessages } from './messages.ts';
import { useBackupCodes, usePhoneNumbers, useReserveForSecondFactor } from '../../hooks/index.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { isVerified } from '../../model/secondFactor.ts';
import { LazyAddPhoneNumber, LazyVerifyPhoneNumber } from '../common/lazySteps.ts';
import { candidateNumbers } from './candidates.ts';
import { ChooseNumberStep, NEW_NUMBER } from './ChooseNumberStep.tsx';
import { Heading, type HeadingLevel } from '../common/Heading.tsx';
import { BackupCodesStep, DoneStep, ReservingStep } from './WizardSteps.tsx';
import { useParts } from '../parts/useParts.ts';
import { formatMessage } from '../../i18n/format.ts';
import { stepPosition, type WizardRoute } from './wizardRoute.ts';

/** Where the wizard stands. `reserved` lasts one render: it becomes `backup-codes` or `done`. */
type Step =
  | { name: 'choose' }
  | { name: 'add' }
  | { name: 'verify'; phoneNumberId: string; from: 'choose' | 'add' }
  | { name: 'reserving' | 'reserved' | 'backup-codes' | 'done'; phoneNumberId: string; route: WizardRoute };

/** The wizard's `data-step` values. */
type WizardStepName = 'choose' | 'add' | 'verify' | 'reserving' | 'backup-codes' | 'done';

export interface EnableWizardProps {
  headingLevel: HeadingLevel;
  defaultCountry?: CountryCode;
  applicationName?: string;
  accountIdentifier?: string;
  /** SMS verification just turned on (announce it). */
  onEnabled: () => void;
  /** The user closed the wizard before the end. */
  onCancel: () => void;
  /** The user finished (saved the backup codes or read the success message). */
  onFinish: () => void;
}

/**
 * Turning SMS verification on: choose a number (or add one) → verify it if needed → reserve it → save the backup
 * codes the first reservation brings. Each step has one title and takes focus as it opens.
 */
export function EnableWizard(props: EnableWizardProps) {
  const part = useParts('smsTwoFactorSection');
  const { headingLevel, onCancel } = props;
  const { messages } = useSmsTwoFactorSectionMessages();
  const t = messages.smsTwoFactorSection;
  const { phoneNumbers } = usePhoneNumbers();
  const { setReserved } = useReserveForSecondFactor();
  const backupCodes = useBackupCodes();
  const candidates = candidateNumbers(phoneNumbers);

  // With nothing to choose from, the first step is adding a number.
  const [startsWithAdd] = useState(() => candidates.length === 0);
  const [step, setStep] = useState<Step>(() => (startsWithAdd ? { name: 'add' } : { name: 'choose' }));
  const [choice, setChoice] = useState<string>(() => candidates[0]?.id ?? NEW_NUMBER);
  const [error, setError] = useState<PhoneKitError | null>(null);
  // The next steps' code (phone input, code input) loads while the user reads the first one.
  useEffect(() => {
    void LazyAddPhoneNumber.preload();
    void LazyVerifyPhoneNumber.preload();
  }, []);
  // A choice that left the list (removed elsewhere) falls back to the first option.
  const selected = choice === NEW_NUMBER || candidates.some((p) => p.id === choice) ? choice : (candidates[0]?.id ?? NEW_NUMBER);

  // The reservation stored any backup codes before it resolved, so this render already sees them.
  if (step.name === 'reserved') {
    const brought = backupCodes.codes !== null && backupCodes.source === 'reservation';
    setStep({ name: brought ? 'backup-codes' : 'done', phoneNumberId: step.phoneNumberId, route: step.route });
  }

  const reserve = async (phoneNumberId: string, route: WizardRoute) => {
    setError(null);
    setStep({ name: 'reserving', phoneNumberId, route });
    // Codes still in memory from earlier must not pass for this reservation's.
    backupCodes.clear();
    try {
      await setReserved({ phoneNumberId, reserved: true });
      setStep({ name: 'reserved', phoneNumberId, route });
      props.onEnabled();
    } catch (caught) {
      // Back to the choice, with this number selected: Continue tries again, nothing needs retyping.
      setError(caught as PhoneKitError);
      setChoice(phoneNumberId);
      setStep({ name: 'choose' });
    }
  };

  const continueWithChoice = () => {
    setError(null);
    const phone = candidates.find((p) => p.id === selected);
    if (!phone) setStep({ name: 'add' });
    else if (isVerified(phone)) void reserve(phone.id, 'verified');
    else setStep({ name: 'verify', phoneNumberId: phone.id, from: 'choose' });
  };

  const finish = () => {
    backupCodes.clear();
    props.onFinish();
  };

  const shownStep: WizardStepName = step.name === 'reserved' ? 'reserving' : step.name;
  const addRoute: WizardRoute = startsWithAdd ? 'add-first' : 'new';
  const chosenRoute: WizardRoute =
    selected === NEW_NUMBER ? 'new' : candidates.some((p) => p.id === selected && isVerified(p)) ? 'verified' : 'unverified';
  // While choosing, the count follows the option picked; "Turning on…" between steps shows none.
  const position =
    step.name === 'choose'
      ? stepPosition(chosenRoute, 'choose')
      : step.name === 'add'
        ? stepPosition(addRoute, 'add')
        : step.name === 'verify'
          ? stepPosition(step.from === 'add' ? addRoute : 'unverified', 'verify')
          : step.name === 'backup-codes' || step.name === 'done'
            ? stepPosition(step.route, 'finish')
            : null;

  // One title per step (the step's own heading), right under the section's: no wizard heading between them. The
  // region keeps a name for screen-reader landmarks.
  return (
    <section className={part('wizard', 'panel')} data-step={shownStep} aria-label={t.wizardLabel}>
      {position && <p className={part('stepCount')}>{formatMessage(t.stepCount, position)}</p>}
      {step.name === 'choose' && (
        <ChooseNumberStep
          headingLevel={headingLevel}
          candidates={candidates}
          selected={selected}
          onSelect={setChoice}
          onContinue={continueWithChoice}
          onCancel={onCancel}
          error={error}
        />
      )}
      {step.name === 'add' && (
        <div className={part('step')} data-step="add" data-state="idle">
          <Heading level={headingLevel} className={part('stepHeading')}>
            {t.addStepHeading}
          </Heading>
          <LazyAddPhoneNumber
            defaultCountry={props.defaultCountry}
            onAdded={(phone) => setStep({ name: 'verify', phoneNumberId: phone.id, from: 'add' })}
            onCancel={onCancel}
          />
        </div>
      )}
      {step.name === 'verify' && (
        <div className={part('step')} data-step="verify" data-state="idle">
          <Heading level={headingLevel} className={part('stepHeading')}>
            {t.verifyStepHeading}
          </Heading>
          <LazyVerifyPhoneNumber
            phoneNumberId={step.phoneNumberId}
            onVerified={(phone) => void reserve(phone.id, step.from === 'add' ? addRoute : 'unverified')}
            onChangeNumber={() => setStep(step.from === 'add' ? { name: 'add' } : { name: 'choose' })}
            onCancel={onCancel}
          />
        </div>
      )}
      {(step.name === 'reserving' || step.name === 'reserved') && <ReservingStep />}
      {step.name === 'backup-codes' && (
        <BackupCodesStep
          headingLevel={headingLevel}
          applicationName={props.applicationName}
          accountIdentifier={props.accountIdentifier}
          onDone={finish}
        />
      )}
      {step.name === 'done' && (
        <DoneStep
          headingLevel={headingLevel}
          phoneNumber={phoneNumbers.find((p) => p.id === step.phoneNumberId)?.phoneNumber ?? ''}
          onDone={finish}
        />
      )}
    </section>
  );
}
