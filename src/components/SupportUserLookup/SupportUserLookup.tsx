'use client';
import { useId, useRef, useState } from 'react';
import type { AdminUser } from '../../model/admin.ts';
import { useSupportUserLookup } from '../../hooks/support/useSupportUserLookup.ts';
import { formatMessage } from '../../i18n/format.ts';
import { Alert } from '../common/Alert.tsx';
import { formatPhoneNumber } from '../common/formatPhoneNumber.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import { formatMessageNodes } from '../../i18n/formatNodes.tsx';
import { NumberField } from '../supportCommon/NumberField.tsx';
import { numberHint, numberProblemText } from '../supportCommon/numberTexts.tsx';
import { supportErrorText } from '../supportCommon/supportErrorText.ts';
import { readTypedNumber, type TypedNumberProblem } from '../supportCommon/typedNumber.ts';
import { supportUserName } from '../supportCommon/userName.ts';
import { useSupportUserLookupMessages } from './messages.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './SupportUserLookup.css';

/** Props of {@link SupportUserLookup}. */
export interface SupportUserLookupProps {
  /** Called when the agent opens one of the users found. */
  onSelect: (user: AdminUser) => void;
  /** The user open now, shown as pressed in the results. */
  selectedUserId?: string | null;
  /** Level of the section heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled. */
  appearance?: Appearance;
}

/**
 * Finds a user by the phone number a caller gives (`GET /users?phoneNumber=…` on the support handler) and lets the
 * agent open one of the users found. The number is typed in international format; what was typed is kept when it is
 * refused. Needs `SupportKitProvider`.
 *
 * Parts: generated from `PART_REGISTRY.supportUserLookup` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-support-user-lookup` (`supportUserLookup.root`): the `<section>` (also `pnk-card`); `data-state="idle|searching|found|not-found|error"`, `data-theme`, `data-density`
 * - `pnk-support-user-lookup__heading` (`supportUserLookup.heading`): the section heading (also `pnk-card__title`)
 * - `pnk-support-user-lookup__description` (`supportUserLookup.description`): one line on what it is for (also `pnk-card__description`)
 * - `pnk-support-user-lookup__form` (`supportUserLookup.form`): the search `<form>`
 * - `pnk-support-user-lookup__field` (`supportUserLookup.field`): label, hint, input and error; `data-invalid`
 * - `pnk-support-user-lookup__label` (`supportUserLookup.label`): the field label
 * - `pnk-support-user-lookup__hint` (`supportUserLookup.hint`): the format hint
 * - `pnk-support-user-lookup__input` (`supportUserLookup.input`): the `<input type="tel">`
 * - `pnk-support-user-lookup__error` (`supportUserLookup.error`): the field's message (also `pnk-field-error`)
 * - `pnk-support-user-lookup__submit` (`supportUserLookup.submit`): Search (also `pnk-button`); `data-variant="primary"`
 * - `pnk-support-user-lookup__status` (`supportUserLookup.status`): "1 user found." / "No user has …" (`role="status"`)
 * - `pnk-support-user-lookup__results` (`supportUserLookup.results`): the users found (a list)
 * - `pnk-support-user-lookup__result` (`supportUserLookup.result`): one user; `data-selected`
 * - `pnk-support-user-lookup__result-button` (`supportUserLookup.resultButton`): opens the user (also `pnk-button`); `aria-pressed` when open; `data-variant="secondary"`
 * - `pnk-support-user-lookup__result-name` (`supportUserLookup.resultName`): the user's name
 * - `pnk-support-user-lookup__result-details` (`supportUserLookup.resultDetails`): email and user id
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function SupportUserLookup({ onSelect, selectedUserId = null, headingLevel = 2, className, appearance }: SupportUserLookupProps) {
  const root = useKitRoot('supportUserLookup', appearance, className);
  const { part, common } = root;
  const { messages, locale } = useSupportUserLookupMessages();
  const t = messages.supportUserLookup;
  const shared = messages.supportConsole;
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<TypedNumberProblem | null>(null);
  const [searched, setSearched] = useState<string | null>(null);
  const lookup = useSupportUserLookup(searched);
  const Heading = `h${headingLevel}` as const;

  const state = lookup.isLoading ? 'searching' : lookup.error ? 'error' : !lookup.isLoaded ? 'idle' : lookup.users.length ? 'found' : 'not-found';
  const shownNumber = searched ? formatPhoneNumber(searched) : '';

  const submit = () => {
    const read = readTypedNumber(text);
    if ('problem' in read) {
      setProblem(read.problem);
      inputRef.current?.focus();
      return;
    }
    setProblem(null);
    if (read.e164 === searched) lookup.refetch();
    else setSearched(read.e164);
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
        <form
          className={part('form')}
          aria-label={t.formLabel}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <NumberField
            classes={{ field: part('field'), label: part('label'), hint: part('hint'), input: part('input'), error: part('error', 'fieldError') }}
            label={shared.phoneLabel}
            hint={numberHint(shared)}
            value={text}
            onChange={(value) => {
              setText(value);
              if (problem) setProblem('problem' in readTypedNumber(value) ? problem : null);
            }}
            error={numberProblemText(problem, shared)}
            inputRef={inputRef}
          />
          <button type="submit" className={part('submit', 'button')} data-variant="primary" aria-busy={lookup.isLoading || undefined}>
            {lookup.isLoading ? t.searching : t.search}
          </button>
        </form>
        {lookup.error && (
          <Alert>
            {t.searchFailed} {supportErrorText(lookup.error, messages.supportConsole, locale)}
          </Alert>
        )}
        <p className={part('status')} role="status">
          {state === 'found' && formatMessage(lookup.users.length === 1 ? t.found : t.foundMany, { count: lookup.users.length }, locale)}
          {state === 'not-found' && formatMessageNodes(t.notFound, { number: <PhoneNumberText e164={searched ?? ''} /> })}
        </p>
        {state === 'found' && (
          <ul className={part('results')} aria-label={formatMessage(t.resultsLabel, { number: shownNumber })}>
            {lookup.users.map((user) => {
              const selected = user.id === selectedUserId;
              const name = supportUserName(user, shared.unnamedUser);
              return (
                <li key={user.id} className={part('result')} data-selected={selected || undefined}>
                  {/* Names, addresses and ids are data: no translator (human or browser) should touch them. */}
                  <span id={`${headingId}-${user.id}`} className={part('resultName')} translate="no">
                    {name}
                  </span>
                  <span className={part('resultDetails')} translate="no">
                    {formatMessage(user.primaryEmailAddress ? t.details : t.detailsWithoutEmail, { email: user.primaryEmailAddress ?? '', id: user.id })}
                  </span>
                  <button
                    type="button"
                    className={part('resultButton', 'button')}
                    data-variant="secondary"
                    id={`${headingId}-${user.id}-open`}
                    aria-pressed={selected}
                    aria-labelledby={`${headingId}-${user.id}-open ${headingId}-${user.id}`}
                    onClick={() => onSelect(user)}
                  >
                    {selected ? t.selected : t.select}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </AppearanceScope>
  );
}
