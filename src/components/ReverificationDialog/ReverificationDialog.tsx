'use client';
/**
 * The kit's step-up dialog: shown when a write was refused with `session_reverification_required` and the host
 * passed no `onNeedsReverification`. A native modal `<dialog>` (`showModal()`: focus stays inside, Esc cancels,
 * the page behind is inert), named by its title and described by what is being changed. The user picks among the
 * factors the session offers (password, a code by email or text message; the second factor when the level needs
 * it), types it (codes on the same field as the SMS step), and the refused write runs again once. Cancel rejects it
 * with `reverification_cancelled`. Focus returns to what had it when the dialog opened.
 *
 * Loaded on demand by `ReverificationOutlet`, which every section mounts; only one of them shows it.
 */
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { PhoneNumberOperation } from '../../core/events.ts';
import { useReverification } from '../../hooks/useReverification.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { Appearance } from '../../theme/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { Alert } from '../common/Alert.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import { loadCodeField, useCodeField } from '../VerifyPhoneNumber/loadCodeField.ts';
import { FactorForm } from './FactorForm.tsx';
import { factorKey, isCodeFactor, methodLabel } from './factors.ts';
import { useReverificationDialogMessages, type ReverificationDialogMessages } from './messages.ts';
import '../../theme/tokens.css';
import '../VerifyPhoneNumber/VerifyPhoneNumber.css';
import './ReverificationDialog.css';

/** Props of {@link ReverificationDialog}. */
export interface ReverificationDialogProps {
  appearance?: Appearance;
  className?: string;
}

/** What the description says is being changed, by the refused write's operation. */
const ACTION: Partial<Record<PhoneNumberOperation, keyof ReverificationDialogMessages['reverificationDialog']>> = {
  createPhoneNumber: 'actionCreatePhoneNumber',
  prepareVerification: 'actionCreatePhoneNumber',
  attemptVerification: 'actionCreatePhoneNumber',
  reserveForSecondFactor: 'actionReserveForSecondFactor',
  makeDefaultSecondFactor: 'actionMakeDefaultSecondFactor',
  removePhoneNumber: 'actionRemovePhoneNumber',
  createBackupCodes: 'actionCreateBackupCodes',
  setPrimaryPhoneNumber: 'actionSetPrimaryPhoneNumber',
  createTotp: 'actionTotp',
  verifyTotp: 'actionTotp',
  deleteTotp: 'actionTotp',
};

/**
 * The step-up dialog for the provider's pending reverification request: a modal `<dialog>` that names what is being
 * changed, offers the session's ways to confirm, and retries the refused write once confirmed. `ReverificationOutlet`
 * renders it (loaded on demand) while a request is pending.
 *
 * Parts: generated from `PART_REGISTRY.reverificationDialog` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-reverification-dialog` (`reverificationDialog.root`): the modal `<dialog>`; `data-state="starting|entering|unavailable|complete"`, `data-stage="first|second"`, `data-pending`, `data-theme`, `data-density`
 * - `pnk-reverification-dialog__title` (`reverificationDialog.title`): the heading ("Confirm it’s you")
 * - `pnk-reverification-dialog__description` (`reverificationDialog.description`): what is being changed
 * - `pnk-reverification-dialog__status` (`reverificationDialog.status`): "Checking how you can confirm…", or why it cannot
 * - `pnk-reverification-dialog__methods` (`reverificationDialog.methods`): the `<fieldset>` of ways to confirm (radio buttons), shown when there are several
 * - `pnk-reverification-dialog__method` (`reverificationDialog.method`): one way to confirm: a `<label>` with its radio; `data-strategy="password|email_code|phone_code|totp|backup_code"`, `data-checked`
 * - `pnk-reverification-dialog__form` (`reverificationDialog.form`): the password or code form; `data-strategy`
 * - `pnk-reverification-dialog__field` (`reverificationDialog.field`): label, input and error of a password or backup code; `data-invalid`
 * - `pnk-reverification-dialog__label` (`reverificationDialog.label`): the field label
 * - `pnk-reverification-dialog__input` (`reverificationDialog.input`): the password or backup-code `<input>`
 * - `pnk-reverification-dialog__second-step` (`reverificationDialog.secondStep`): "One more step…" on the second factor
 * - `pnk-reverification-dialog__actions` (`reverificationDialog.actions`): the buttons
 * - `pnk-reverification-dialog__submit` (`reverificationDialog.submit`): confirm button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-reverification-dialog__resend` (`reverificationDialog.resend`): "Send a new code" (also `pnk-button`); `data-variant="link"`
 * - `pnk-reverification-dialog__cancel` (`reverificationDialog.cancel`): cancel button (also `pnk-button`); `data-variant="secondary"`
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function ReverificationDialog({ appearance, className }: ReverificationDialogProps) {
  const flow = useReverification();
  // The code field loads while the session's ways to confirm are fetched; a code form waits for it (focus goes in).
  const field = useCodeField();
  const root = useKitRoot('reverificationDialog', appearance, className);
  const { part, common } = root;
  const { messages, locale } = useReverificationDialogMessages();
  const text = messages.reverificationDialog;
  const dialog = useRef<HTMLDialogElement>(null);
  // What had focus when the write was refused: the control that triggered it, given back on close.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  const titleId = useId();
  const descriptionId = useId();
  const methodName = useId();

  useEffect(() => {
    const element = dialog.current;
    // Without `showModal` (jsdom, very old browsers) it still opens, as a non-modal dialog.
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => {
      if (typeof element?.close === 'function') element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  const operation = flow.request?.operation;
  const action = text[(operation && ACTION[operation]) || 'actionOther'];
  const state = flow.phase;
  // The same Cancel in every state of the dialog (the form puts it after its own buttons).
  const cancelButton = (
    <button type="button" className={part('cancel', 'button')} data-variant="secondary" onClick={flow.cancel}>
      {messages.common.cancel}
    </button>
  );
  const cancel = (event: SyntheticEvent) => {
    event.preventDefault();
    flow.cancel();
  };

  return (
    <AppearanceScope value={root.appearance}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a modal dialog owns its Esc key. */}
      <dialog
        ref={dialog}
        {...root.props}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-state={state}
        data-stage={flow.stage}
        data-pending={flow.isPending ? '' : undefined}
        // Esc cancels here rather than through the browser's `cancel`: that runs only for a key press the browser
        // trusts and only on a modal dialog, so scripted keys (assistive tools, tests) and the non-modal fallback
        // left the dialog open. Cancelling the key stops the browser from also firing `cancel`.
        onKeyDown={(event) => event.key === 'Escape' && !event.defaultPrevented && !event.nativeEvent.isComposing && cancel(event)}
        // Other requests to close (Esc with focus outside, a back gesture): the browser would close the dialog by
        // itself; cancelling settles the refused write instead.
        onCancel={cancel}
      >
        <h2 className={part('title')} id={titleId}>
          {text.title}
        </h2>
        <p className={part('description')} id={descriptionId}>
          {formatMessage(text.description, { action })}
        </p>
        {state === 'starting' && (
          <p className={part('status')} role="status">
            {text.starting}
          </p>
        )}
        {state === 'unavailable' && (
          <>
            <Alert>
              {text.unavailable} {flow.error && errorMessage(flow.error, messages, locale)}
            </Alert>
            <div className={part('actions')}>
              <button type="button" className={part('submit', 'button')} data-variant="primary" onClick={flow.retryStart}>
                {messages.common.retry}
              </button>
              {cancelButton}
            </div>
          </>
        )}
        {(state === 'entering' || state === 'complete') && (
          <>
            {flow.stage === 'second' && <p className={part('secondStep')}>{text.secondStep}</p>}
            {flow.factors.length === 0 && <p className={part('status')}>{text.noFactors}</p>}
            {flow.factors.length > 1 && (
              // Never disabled: focus must stay on the radios while the user arrows through them.
              <fieldset className={part('methods')}>
                <legend>{text.methodLegend}</legend>
                {flow.factors.map((factor) => {
                  const checked = flow.factor !== null && factorKey(flow.factor) === factorKey(factor);
                  return (
                    <label key={factorKey(factor)} className={part('method')} data-strategy={factor.strategy} data-checked={checked ? '' : undefined}>
                      <input type="radio" name={methodName} checked={checked} onChange={() => flow.choose(factor)} />
                      {methodLabel(factor, text)}
                    </label>
                  );
                })}
              </fieldset>
            )}
            {flow.factor && field.status !== 'loaded' && isCodeFactor(flow.factor) ? (
              field.status === 'failed' ? (
                <div className={part('actions')}>
                  <Alert>{messages.common.loadFailed}</Alert>
                  <button type="button" className={common('button')} data-variant="secondary" onClick={() => void loadCodeField()}>
                    {messages.common.retry}
                  </button>
                </div>
              ) : (
                <p className={part('status')} role="status">
                  {messages.common.loading}
                </p>
              )
            ) : flow.factor ? (
              <FactorForm
                field={field}
                key={`${flow.stage}:${factorKey(flow.factor)}`}
                flow={flow}
                factor={flow.factor}
                messages={messages}
                locale={locale}
                cancelButton={cancelButton}
              />
            ) : (
              <div className={part('actions')}>{cancelButton}</div>
            )}
          </>
        )}
      </dialog>
    </AppearanceScope>
  );
}
