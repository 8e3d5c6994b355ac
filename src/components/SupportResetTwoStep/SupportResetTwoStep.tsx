'use client';
import { useId, useRef, useState } from 'react';
import { useResetTwoStep } from '../../hooks/support/useSupportChanges.ts';
import { useSupportUser } from '../../hooks/support/useSupportUser.ts';
import { formatMessage } from '../../i18n/format.ts';
import { formatMessageNodes } from '../../i18n/formatNodes.tsx';
import { Alert } from '../common/Alert.tsx';
import { ConfirmPanel } from '../common/ConfirmPanel.tsx';
import { LiveRegion } from '../common/LiveRegion.tsx';
import { useAnnouncer } from '../common/useAnnouncer.ts';
import { useFocusAfterRender } from '../common/useFocusAfterRender.ts';
import { supportErrorText } from '../supportCommon/supportErrorText.ts';
import { gateState, UserGate } from '../supportCommon/UserGate.tsx';
import { supportUserName } from '../supportCommon/userName.ts';
import { factorList } from './factors.ts';
import { useSupportResetTwoStepMessages } from './messages.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './SupportResetTwoStep.css';

/** Props of {@link SupportResetTwoStep}. */
export interface SupportResetTwoStepProps {
  /** The user to work on (e.g. from `SupportUserLookup`'s `onSelect`); `null` shows "Pick a user first." */
  userId: string | null;
  /** Called after the reset, with nothing left to reset. */
  onReset?: () => void;
  /** Level of the section heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled. */
  appearance?: Appearance;
}

/**
 * Resets a locked-out user's two-step verification (`DELETE /users/{id}/mfa` on the support handler): says which
 * second factors are on, and asks first in a confirmation that names the user and every factor the reset turns off
 * (their phone numbers stay). Needs `SupportKitProvider`.
 *
 * Parts: generated from `PART_REGISTRY.supportResetTwoStep` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-support-reset-two-step` (`supportResetTwoStep.root`): the `<section>` (also `pnk-card`); `data-state="none|loading|error|on|off|confirming|pending"`, `data-theme`, `data-density`
 * - `pnk-support-reset-two-step__heading` (`supportResetTwoStep.heading`): the section heading (also `pnk-card__title`)
 * - `pnk-support-reset-two-step__description` (`supportResetTwoStep.description`): one line on what it is for (also `pnk-card__description`)
 * - `pnk-support-reset-two-step__status` (`supportResetTwoStep.status`): where the user's two-step verification stands: on (with its factors) or off
 * - `pnk-support-reset-two-step__reset` (`supportResetTwoStep.reset`): "Reset two-step verification" (also `pnk-button`); quiet: danger colour shows in its confirmation only; `data-variant="secondary"`
 * - `pnk-support-reset-two-step__confirm` (`supportResetTwoStep.confirm`): around the `pnk-confirm` panel that names the user and every factor it turns off
 * - `pnk-support-reset-two-step__empty` (`supportResetTwoStep.empty`): "Pick a user first."
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function SupportResetTwoStep({ userId, onReset, headingLevel = 2, className, appearance }: SupportResetTwoStepProps) {
  const root = useKitRoot('supportResetTwoStep', appearance, className);
  const { part, common } = root;
  const { messages, locale } = useSupportResetTwoStepMessages();
  const t = messages.supportResetTwoStep;
  const headingId = useId();
  const query = useSupportUser(userId);
  const { user } = query;
  const reset = useResetTwoStep();
  const [confirming, setConfirming] = useState(false);
  const [announcement, announce] = useAnnouncer();
  const resetButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const Heading = `h${headingLevel}` as const;

  const name = user ? supportUserName(user, messages.supportConsole.unnamedUser) : '';
  const factors = user ? factorList(user, t, locale) : null;
  const on = factors !== null;
  const userName = <span translate="no">{name}</span>;
  const state = !user ? gateState(query) : reset.isPending ? 'pending' : confirming ? 'confirming' : on ? 'on' : 'off';

  const cancel = () => {
    setConfirming(false);
    reset.reset();
    focusAfterRender(resetButton);
  };
  const confirm = async () => {
    if (!user) return;
    try {
      await reset.run(user.id);
      setConfirming(false);
      announce(formatMessage(t.announceReset, { user: name }));
      // The button is gone with the factors: the sentence that now says "off" takes focus.
      focusAfterRender(status);
      onReset?.();
    } catch {
      // Shown in the confirmation, which stays open for another try.
    }
  };

  return (
    <AppearanceScope value={root.appearance}>
      <section {...root.props} className={`${root.props.className} ${common('card')}`} aria-labelledby={headingId} data-state={state}>
        <div className={common('cardHeader')}>
          <Heading id={headingId} className={part('heading', 'cardTitle')}>
            {t.title}
          </Heading>
          <p className={part('description', 'cardDescription')}>{t.description}</p>
        </div>
        {!user ? (
          <UserGate query={query} t={messages.supportConsole} retryLabel={messages.common.retry} className={part('empty')} />
        ) : (
          <>
            <p ref={status} className={part('status')} tabIndex={-1}>
              {on ? formatMessageNodes(t.on, { user: userName, factors }) : formatMessageNodes(t.off, { user: userName })}
            </p>
            {on && !confirming && (
              <button ref={resetButton} type="button" className={part('reset', 'button')} data-variant="secondary" onClick={() => setConfirming(true)}>
                {t.reset}
              </button>
            )}
            {on && confirming && (
              <div className={part('confirm')}>
                <ConfirmPanel
                  title={formatMessage(t.confirmTitle, { user: name })}
                  confirmLabel={t.confirm}
                  cancelLabel={messages.common.cancel}
                  destructive
                  pending={reset.isPending}
                  onConfirm={() => void confirm()}
                  onCancel={cancel}
                  error={reset.error && <Alert>{supportErrorText(reset.error, messages.supportConsole, locale)}</Alert>}
                >
                  <p>{formatMessageNodes(t.confirmBody, { user: userName, factors })}</p>
                </ConfirmPanel>
              </div>
            )}
          </>
        )}
        <LiveRegion message={announcement} />
      </section>
    </AppearanceScope>
  );
}
