'use client';
import { useId, useRef } from 'react';
import { usePhoneNumbers } from '../../hooks/usePhoneNumbers.ts';
import { PolicyScope } from '../../hooks/usePolicy.tsx';
import type { KitPolicy } from '../../core/policy.ts';
import { useDefaultSecondFactorMessages } from './messages.ts';
import { ListError } from '../common/ListError.tsx';
import { Skeleton } from '../common/Skeleton.tsx';
import { useListRetry } from '../common/useListRetry.ts';
import { SecondFactorNumbers } from './SecondFactorNumbers.tsx';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './DefaultSecondFactor.css';

/**
 * Props of {@link DefaultSecondFactor}. Host policy props refine the provider's here: `readOnly` (the switches show
 * their state, disabled; no "Make default") and `onBeforeAction`.
 */
export interface DefaultSecondFactorProps extends Pick<KitPolicy, 'readOnly' | 'onBeforeAction'> {
  /** Called after each successful change. */
  onChange?: () => void;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
  /** Level of the component's title heading (default 3), to fit the host page's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * Chooses which verified numbers receive SMS sign-in codes and which of them is the default: one list, each row
 * the number, its switch, and either the "Default for sign-in codes" badge or "Make default". Unverified numbers
 * are left out (one quiet line says so). Turning off the last two-step number, or the default, asks first.
 * Changes show at once and roll back if the server refuses; the first number turned on becomes the default and
 * its backup codes go to `useBackupCodes()` (shown by the host, e.g. `<BackupCodes>`); this component announces
 * the change. A card, like the kit's sections.
 *
 * Parts: generated from `PART_REGISTRY.defaultSecondFactor` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-default-second-factor` (`defaultSecondFactor.root`): the `<section>` (also `pnk-card`); `data-state="loading|error|empty|ready"`, `data-enabled="true|false"`, `data-theme`, `data-density`
 * - `pnk-default-second-factor__title` (`defaultSecondFactor.title`): the heading (also `pnk-card__title`)
 * - `pnk-default-second-factor__intro` (`defaultSecondFactor.intro`): one line on what it is for (also `pnk-card__description`)
 * - `pnk-default-second-factor__status` (`defaultSecondFactor.status`): "… is off"
 * - `pnk-default-second-factor__change-error` (`defaultSecondFactor.changeError`): the alert of a failed change
 * - `pnk-default-second-factor__empty` (`defaultSecondFactor.empty`): no numbers
 * - `pnk-default-second-factor__list` (`defaultSecondFactor.list`): the verified numbers
 * - `pnk-default-second-factor__row` (`defaultSecondFactor.row`): one number; `data-state="idle|pending|confirming"`, `data-reserved`, `data-default`
 * - `pnk-default-second-factor__row-main` (`defaultSecondFactor.rowMain`): the row's line: the number, then the switch
 * - `pnk-default-second-factor__number-line` (`defaultSecondFactor.numberLine`): the number and its badge or "Make default"
 * - `pnk-default-second-factor__number` (`defaultSecondFactor.number`): the formatted number
 * - `pnk-default-second-factor__make-default` (`defaultSecondFactor.makeDefault`): "Make default", on a number that receives codes (also `pnk-button`); `data-variant="link"`
 * - `pnk-default-second-factor__switch` (`defaultSecondFactor.switch`): the sign-in codes switch (`role="switch"`, named with the number); `data-state="on|off"`
 * - `pnk-default-second-factor__switch-track` (`defaultSecondFactor.switchTrack`): the switch's track
 * - `pnk-default-second-factor__switch-thumb` (`defaultSecondFactor.switchThumb`): the switch's thumb
 * - `pnk-default-second-factor__unverified-note` (`defaultSecondFactor.unverifiedNote`): the line saying unverified numbers are not listed
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function DefaultSecondFactor(props: DefaultSecondFactorProps) {
  return (
    <PolicyScope overrides={props}>
      <DefaultSecondFactorContent {...props} />
    </PolicyScope>
  );
}

function DefaultSecondFactorContent({ onChange, className, appearance, headingLevel = 3 }: DefaultSecondFactorProps) {
  const root = useKitRoot('defaultSecondFactor', appearance, className);
  const { part, common } = root;
  const { messages } = useDefaultSecondFactorMessages();
  const t = messages.defaultSecondFactor;
  const list = usePhoneNumbers();
  const { phoneNumbers, isLoading, isLoaded } = list;
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  // "Try again" disappears when the list arrives; focus then goes to the top of the list, not to the page.
  const { error, retrying, retry } = useListRetry(list, title);
  const Heading = `h${headingLevel}` as const;

  const enabled = phoneNumbers.some((p) => p.reservedForSecondFactor);
  // A failed background refetch keeps the list it had; only a list that never arrived is an error state.
  const state = error && !isLoaded ? 'error' : isLoading ? 'loading' : phoneNumbers.length === 0 ? 'empty' : 'ready';

  return (
    <AppearanceScope value={root.appearance}>
      <section
        {...root.props}
        className={`${root.props.className} ${common('card')}`}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        data-enabled={enabled}
      >
        <div className={common('cardHeader')}>
          <Heading ref={title} id={titleId} tabIndex={-1} className={part('title', 'cardTitle')}>
            {t.title}
          </Heading>
          <p className={part('intro', 'cardDescription')}>{t.intro}</p>
        </div>
        {state === 'loading' && <Skeleton label={t.loading} />}
        {error && <ListError title={t.listError} error={error} retrying={retrying} onRetry={retry} />}
        {state === 'empty' && <p className={part('empty')}>{t.empty}</p>}
        {state === 'ready' && (
          <>
            {!enabled && <p className={part('status')}>{t.off}</p>}
            <SecondFactorNumbers onChange={onChange} />
          </>
        )}
      </section>
    </AppearanceScope>
  );
}
