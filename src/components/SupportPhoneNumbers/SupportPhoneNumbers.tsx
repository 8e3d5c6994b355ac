'use client';
import { useId, useRef, useState } from 'react';
import type { AdminAddPhoneNumberBody, AdminPhoneNumber, AdminUser } from '../../model/admin.ts';
import { useAddSupportPhoneNumber, useRemoveSupportPhoneNumber, useUpdateSupportPhoneNumber } from '../../hooks/support/useSupportChanges.ts';
import { useSupportUser } from '../../hooks/support/useSupportUser.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { Alert } from '../common/Alert.tsx';
import { ConfirmPanel } from '../common/ConfirmPanel.tsx';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { LiveRegion } from '../common/LiveRegion.tsx';
import { useAnnouncer } from '../common/useAnnouncer.ts';
import { useFocusAfterRender } from '../common/useFocusAfterRender.ts';
import { supportErrorText } from '../supportCommon/supportErrorText.ts';
import { gateState, UserGate } from '../supportCommon/UserGate.tsx';
import { supportUserName } from '../supportCommon/userName.ts';
import { AddNumberForm } from './AddNumberForm.tsx';
import { ACTION_CHANGES, actionKeys, isDestructive, type NumberAction } from './changes.ts';
import { useSupportPhoneNumbersMessages } from './messages.ts';
import { NumberRow } from './NumberRow.tsx';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './SupportPhoneNumbers.css';

/** Props of {@link SupportPhoneNumbers}. */
export interface SupportPhoneNumbersProps {
  /** The user to show (e.g. from `SupportUserLookup`'s `onSelect`); `null` shows "Pick a user first." */
  userId: string | null;
  /** Level of the section heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled. */
  appearance?: Appearance;
}

/** The change waiting for the agent's confirmation. */
type Pending = { action: NumberAction; phoneNumber: AdminPhoneNumber } | { action: 'add'; body: AdminAddPhoneNumberBody };

/**
 * One user's phone numbers as Clerk's Backend API has them: verification status, wrong attempts and expiry of the
 * current code, reserved / default / primary, linked identities. The agent can add a number (optionally verified,
 * used for two-step, primary), mark one verified, use it for two-step or stop, make it primary, or remove it; each
 * change waits for a confirmation that names the user and the number, then is one request whose answer redraws the
 * list. Needs `SupportKitProvider`.
 *
 * Parts: generated from `PART_REGISTRY.supportPhoneNumbers` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-support-phone-numbers` (`supportPhoneNumbers.root`): the `<section>` (also `pnk-card`); `data-state="none|loading|error|ready|confirming|pending"`, `data-theme`, `data-density`
 * - `pnk-support-phone-numbers__heading` (`supportPhoneNumbers.heading`): the section heading (also `pnk-card__title`)
 * - `pnk-support-phone-numbers__description` (`supportPhoneNumbers.description`): one line on what it shows (also `pnk-card__description`)
 * - `pnk-support-phone-numbers__user` (`supportPhoneNumbers.user`): the user's name and email
 * - `pnk-support-phone-numbers__list` (`supportPhoneNumbers.list`): the user's numbers (a list); `data-count`
 * - `pnk-support-phone-numbers__row` (`supportPhoneNumbers.row`): one number; `data-status="verified|unverified|failed|expired|none"`, `data-primary`, `data-two-step`
 * - `pnk-support-phone-numbers__number` (`supportPhoneNumbers.number`): the number (a `pnk-phone-number`)
 * - `pnk-support-phone-numbers__badges` (`supportPhoneNumbers.badges`): the badges
 * - `pnk-support-phone-numbers__badge` (`supportPhoneNumbers.badge`): one badge (also `pnk-badge`); `data-kind="primary|default|two-step|reserved|verified|unverified|failed|expired|none"`
 * - `pnk-support-phone-numbers__details` (`supportPhoneNumbers.details`): verification attempts, expiry and linked identities
 * - `pnk-support-phone-numbers__actions` (`supportPhoneNumbers.actions`): the row's buttons (a group named after the number)
 * - `pnk-support-phone-numbers__action` (`supportPhoneNumbers.action`): one change (also `pnk-button`); `data-action="verify|reserve|release|primary|remove"`, `data-variant="secondary"`
 * - `pnk-support-phone-numbers__confirm` (`supportPhoneNumbers.confirm`): around the `pnk-confirm` panel naming the user and the number; `data-action`
 * - `pnk-support-phone-numbers__empty` (`supportPhoneNumbers.empty`): "… has no phone numbers." / "Pick a user first."
 * - `pnk-support-phone-numbers__add` (`supportPhoneNumbers.add`): "Add a number" (also `pnk-button`); `data-variant="secondary"`
 * - `pnk-support-phone-numbers__add-form` (`supportPhoneNumbers.addForm`): the add `<form>`
 * - `pnk-support-phone-numbers__field` (`supportPhoneNumbers.field`): label, hint, input and error; `data-invalid`
 * - `pnk-support-phone-numbers__label` (`supportPhoneNumbers.label`): the field label
 * - `pnk-support-phone-numbers__hint` (`supportPhoneNumbers.hint`): the format hint
 * - `pnk-support-phone-numbers__input` (`supportPhoneNumbers.input`): the `<input type="tel">`
 * - `pnk-support-phone-numbers__error` (`supportPhoneNumbers.error`): the field's message (also `pnk-field-error`)
 * - `pnk-support-phone-numbers__option` (`supportPhoneNumbers.option`): one checkbox row (verified, two-step, primary), a `<label>` at least 24 px tall
 * - `pnk-support-phone-numbers__add-actions` (`supportPhoneNumbers.addActions`): the add form's buttons
 * - `pnk-support-phone-numbers__add-submit` (`supportPhoneNumbers.addSubmit`): "Add number" (also `pnk-button`); `data-variant="primary"`
 * - `pnk-support-phone-numbers__add-cancel` (`supportPhoneNumbers.addCancel`): Cancel (also `pnk-button`); `data-variant="secondary"`
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function SupportPhoneNumbers({ userId, headingLevel = 2, className, appearance }: SupportPhoneNumbersProps) {
  const root = useKitRoot('supportPhoneNumbers', appearance, className);
  const { part, common } = root;
  const { messages } = useSupportPhoneNumbersMessages();
  const t = messages.supportPhoneNumbers;
  const headingId = useId();
  const query = useSupportUser(userId);
  const { user } = query;
  const update = useUpdateSupportPhoneNumber();
  const remove = useRemoveSupportPhoneNumber();
  const add = useAddSupportPhoneNumber();
  const [pending, setPending] = useState<Pending | null>(null);
  const [adding, setAdding] = useState(false);
  const [addDraft, setAddDraft] = useState<AdminAddPhoneNumberBody | null>(null);
  const [error, setError] = useState<PhoneKitError | null>(null);
  const [announcement, announce] = useAnnouncer();
  const rows = useRef(new Map<string, HTMLLIElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const Heading = `h${headingLevel}` as const;

  const running = update.isPending || remove.isPending || add.isPending;
  const state = !user ? gateState(query) : running ? 'pending' : pending ? 'confirming' : 'ready';
  const name = user ? supportUserName(user, messages.supportConsole.unnamedUser) : '';

  const rowRef = (id: string) => (element: HTMLLIElement | null) => {
    if (element) rows.current.set(id, element);
    else rows.current.delete(id);
  };
  const focusRow = (id: string) => focusAfterRender(() => rows.current.get(id) ?? addButton.current);

  const open = (next: Pending) => {
    setError(null);
    setPending(next);
  };
  const cancel = () => {
    const was = pending;
    setPending(null);
    setError(null);
    if (was?.action === 'add') setAdding(true);
    else if (was) focusRow(was.phoneNumber.id);
  };

  const confirm = async (current: AdminUser) => {
    if (!pending || running) return;
    try {
      if (pending.action === 'add') {
        const answered = await add.run({ userId: current.id, ...pending.body });
        const added = answered.phoneNumbers.find((p) => p.phoneNumber === pending.body.phoneNumber);
        setAdding(false);
        setAddDraft(null);
        announce(formatMessage(t.announceAdded, { number: formatPhoneNumber(pending.body.phoneNumber) }));
        if (added) focusRow(added.id);
      } else {
        const { action, phoneNumber } = pending;
        const changes = ACTION_CHANGES[action];
        if (changes) await update.run({ phoneNumberId: phoneNumber.id, ...changes });
        else await remove.run(phoneNumber.id);
        announce(formatMessage(t[actionKeys(action).announce], { number: formatPhoneNumber(phoneNumber.phoneNumber) }));
        // A removed row is gone: focus falls to "Add a number".
        focusRow(phoneNumber.id);
      }
      setPending(null);
    } catch (caught) {
      setError(caught as PhoneKitError);
    }
  };

  const confirmation = (current: AdminUser) => {
    if (!pending) return null;
    const number = formatPhoneNumber(pending.action === 'add' ? pending.body.phoneNumber : pending.phoneNumber.phoneNumber);
    const values = { number, user: name };
    const texts =
      pending.action === 'add'
        ? {
            title: formatMessage(t.confirmAddTitle, values),
            body: formatMessage(t.confirmAddBody, {
              options: [
                pending.body.verified ? t.optionVerified : t.optionUnverified,
                pending.body.reservedForSecondFactor && t.optionReserved,
                pending.body.primary && t.optionPrimary,
              ]
                .filter(Boolean)
                .join(', '),
            }),
            confirm: t.confirmAdd,
            destructive: false,
          }
        : {
            title: formatMessage(t[actionKeys(pending.action).title], values),
            body: t[actionKeys(pending.action).body],
            confirm: t[actionKeys(pending.action).confirm],
            destructive: isDestructive(pending.action),
          };
    return (
      <div className={part('confirm')} data-action={pending.action}>
        <ConfirmPanel
          title={texts.title}
          confirmLabel={texts.confirm}
          cancelLabel={messages.common.cancel}
          destructive={texts.destructive}
          pending={running}
          onConfirm={() => void confirm(current)}
          onCancel={cancel}
          error={error && <Alert>{supportErrorText(error, messages.supportConsole)}</Alert>}
        >
          <p>{texts.body}</p>
        </ConfirmPanel>
      </div>
    );
  };

  const body = (current: AdminUser) => (
    <>
      <p className={part('user')} translate="no">{[name, current.primaryEmailAddress].filter(Boolean).join(' · ')}</p>
      {current.phoneNumbers.length === 0 ? (
        <p className={part('empty')}>{formatMessage(t.empty, { user: name })}</p>
      ) : (
        <ul className={part('list')} aria-label={formatMessage(t.listLabel, { user: name })} data-count={current.phoneNumbers.length}>
          {current.phoneNumbers.map((phoneNumber) => (
            <NumberRow
              key={phoneNumber.id}
              phoneNumber={phoneNumber}
              rowRef={rowRef(phoneNumber.id)}
              showActions={!pending && !adding}
              onAction={(action) => open({ action, phoneNumber })}
            >
              {pending && pending.action !== 'add' && pending.phoneNumber.id === phoneNumber.id && confirmation(current)}
            </NumberRow>
          ))}
        </ul>
      )}
      {pending?.action === 'add' && confirmation(current)}
      {adding && !pending && (
        <AddNumberForm
          userName={name}
          initial={addDraft}
          onSubmit={(draft) => {
            setAddDraft(draft);
            open({ action: 'add', body: draft });
          }}
          onCancel={() => {
            setAdding(false);
            setAddDraft(null);
            focusAfterRender(addButton);
          }}
        />
      )}
      {!adding && !pending && (
        <button ref={addButton} type="button" className={part('add', 'button')} data-variant="secondary" onClick={() => setAdding(true)}>
          {t.add}
        </button>
      )}
    </>
  );

  return (
    <AppearanceScope value={root.appearance}>
      <section {...root.props} className={`${root.props.className} ${common('card')}`} aria-labelledby={headingId} data-state={state}>
        <div className={common('cardHeader')}>
          <Heading id={headingId} className={part('heading', 'cardTitle')}>
            {t.title}
          </Heading>
          <p className={part('description', 'cardDescription')}>{t.description}</p>
        </div>
        {user ? body(user) : <UserGate query={query} t={messages.supportConsole} retryLabel={messages.common.retry} className={part('empty')} />}
        <LiveRegion message={announcement} />
      </section>
    </AppearanceScope>
  );
}
