'use client';
import { useId, useRef } from 'react';
import { usePhoneNumbers } from '../../hooks/usePhoneNumbers.ts';
import { useDefaultSecondFactorMessages } from './messages.ts';
import { isVerified, turnOffWarning } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { Alert } from '../common/Alert.tsx';
import { ListError } from '../common/ListError.tsx';
import { LiveRegion } from '../common/LiveRegion.tsx';
import { Skeleton } from '../common/Skeleton.tsx';
import { useListRetry } from '../common/useListRetry.ts';
import { DefaultNumberGroup } from './DefaultNumberGroup.tsx';
import { NumberRow } from './NumberRow.tsx';
import { useSecondFactorChanges } from './useSecondFactorChanges.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './DefaultSecondFactor.css';

/** Props of {@link DefaultSecondFactor}. */
export interface DefaultSecondFactorProps {
  /** Called after each successful change. */
  onChange?: () => void;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
  /** Level of the component's title heading (default 3), to fit the host page's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * Chooses which verified numbers receive SMS sign-in codes (a switch per number) and which of those is the
 * default (a radio group). Unverified numbers are listed with the reason they cannot be chosen. Turning off the
 * last two-step number, or the default, asks first. Changes show at once and roll back if the server refuses;
 * the first number turned on becomes the default and its backup codes go to `useBackupCodes()` (shown by the
 * host, e.g. `<BackupCodes>`); this component announces the change.
 *
 * Parts: generated from `PART_REGISTRY.defaultSecondFactor` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-default-second-factor` (`defaultSecondFactor.root`): the `<section>`; `data-state="loading|error|empty|ready"`, `data-enabled="true|false"`, `data-theme`, `data-density`
 * - `pnk-default-second-factor__title` (`defaultSecondFactor.title`): the heading
 * - `pnk-default-second-factor__intro` (`defaultSecondFactor.intro`): the intro line
 * - `pnk-default-second-factor__status` (`defaultSecondFactor.status`): "… is off"
 * - `pnk-default-second-factor__change-error` (`defaultSecondFactor.changeError`): the alert of a failed change
 * - `pnk-default-second-factor__empty` (`defaultSecondFactor.empty`): no numbers
 * - `pnk-default-second-factor__list` (`defaultSecondFactor.list`): the list of numbers
 * - `pnk-default-second-factor__row` (`defaultSecondFactor.row`): one number; `data-state="idle|pending|confirming"`, `data-verified`, `data-reserved`, `data-default`
 * - `pnk-default-second-factor__row-main` (`defaultSecondFactor.rowMain`): the row's line
 * - `pnk-default-second-factor__number-line` (`defaultSecondFactor.numberLine`): number and badges
 * - `pnk-default-second-factor__number` (`defaultSecondFactor.number`): the formatted number
 * - `pnk-default-second-factor__explanation` (`defaultSecondFactor.explanation`): why an unverified number cannot be used
 * - `pnk-default-second-factor__switch` (`defaultSecondFactor.switch`): the on/off switch (`role="switch"`); `data-state="on|off"`
 * - `pnk-default-second-factor__switch-track` (`defaultSecondFactor.switchTrack`): the switch's track
 * - `pnk-default-second-factor__switch-thumb` (`defaultSecondFactor.switchThumb`): the switch's thumb
 * - `pnk-default-second-factor__switch-label` (`defaultSecondFactor.switchLabel`): the switch's label
 * - `pnk-default-second-factor__switch-state` (`defaultSecondFactor.switchState`): "On" / "Off"
 * - `pnk-default-second-factor__default-group` (`defaultSecondFactor.defaultGroup`): fieldset to pick the default number
 * - `pnk-default-second-factor__legend` (`defaultSecondFactor.legend`): the fieldset's legend
 * - `pnk-default-second-factor__hint` (`defaultSecondFactor.hint`): hint under the legend
 * - `pnk-default-second-factor__options` (`defaultSecondFactor.options`): the radio options
 * - `pnk-default-second-factor__option` (`defaultSecondFactor.option`): one option; `data-state="idle|pending"`, `data-default`, `data-disabled`
 * - `pnk-default-second-factor__radio` (`defaultSecondFactor.radio`): the radio input
 * - `pnk-default-second-factor__option-label` (`defaultSecondFactor.optionLabel`): the option's label
 * - `pnk-default-second-factor__option-explanation` (`defaultSecondFactor.optionExplanation`): the option's explanation
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function DefaultSecondFactor({ onChange, className, appearance, headingLevel = 3 }: DefaultSecondFactorProps) {
  const root = useKitRoot('defaultSecondFactor', appearance, className);
  const part = root.part;
  const { messages } = useDefaultSecondFactorMessages();
  const t = messages.defaultSecondFactor;
  const list = usePhoneNumbers();
  const { phoneNumbers, isLoading, isLoaded } = list;
  const changes = useSecondFactorChanges(onChange);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  // "Try again" disappears when the list arrives; focus then goes to the top of the list, not to the page.
  const { error, retrying, retry } = useListRetry(list, title);
  const Heading = `h${headingLevel}` as const;

  const ordered = inStableOrder(phoneNumbers);
  const verified = ordered.filter(isVerified);
  const enabled = phoneNumbers.some((p) => p.reservedForSecondFactor);
  // A failed background refetch keeps the list it had; only a list that never arrived is an error state.
  const state = error && !isLoaded ? 'error' : isLoading ? 'loading' : phoneNumbers.length === 0 ? 'empty' : 'ready';

  return (
    <AppearanceScope value={root.appearance}>
      <section
        {...root.props}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        data-enabled={enabled}
      >
        <Heading ref={title} id={titleId} tabIndex={-1} className={part('title')}>
          {t.title}
        </Heading>
        <p className={part('intro')}>{t.intro}</p>
        {state === 'loading' && <Skeleton label={t.loading} />}
        {error && <ListError title={t.listError} error={error} retrying={retrying} onRetry={retry} />}
        {state === 'empty' && <p className={part('empty')}>{t.empty}</p>}
        {state === 'ready' && (
          <>
            {changes.failureMessage && (
              <div className={part('changeError')}>
                <Alert>{changes.failureMessage}</Alert>
              </div>
            )}
            {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- Safari drops list semantics from lists styled without bullets. */}
            <ul role="list" aria-label={t.listLabel} className={part('list')}>
              {ordered.map((phone) => {
                const warning = turnOffWarning(phoneNumbers, phone.id);
                return (
                  <NumberRow
                    key={phone.id}
                    phone={phone}
                    warning={warning?.kind ?? null}
                    heir={warning?.kind === 'default' ? warning.heir : null}
                    pending={changes.pendingIds.has(phone.id)}
                    onSetReserved={changes.setReserved}
                  />
                );
              })}
            </ul>
            {enabled ? (
              <DefaultNumberGroup
                phoneNumbers={verified}
                chosenId={changes.chosenDefault}
                pendingIds={changes.pendingIds}
                onChoose={changes.chooseDefault}
              />
            ) : (
              <p className={part('status')}>{t.off}</p>
            )}
          </>
        )}
        <LiveRegion message={changes.announcement} />
      </section>
    </AppearanceScope>
  );
}

/**
 * Verified numbers, then unverified, each oldest first. Unlike the list's usual order (default first), turning a
 * number on or choosing the default never moves a control under the user's focus or arrow keys.
 */
function inStableOrder(phoneNumbers: readonly PhoneNumber[]): PhoneNumber[] {
  const rank = (p: PhoneNumber) => (isVerified(p) ? 0 : 1);
  return [...phoneNumbers].sort((a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
