'use client';
import { useId, useState } from 'react';
import { useBackupCodes } from '../../hooks/useBackupCodes.ts';
import { PolicyScope, usePolicy } from '../../hooks/usePolicy.tsx';
import { mayChange, type KitPolicy } from '../../core/policy.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { useBackupCodesMessages } from './messages.ts';
import type { PhoneKitError } from '../../model/errors.ts';
import { LiveRegion } from '../common/LiveRegion.tsx';
import { useAnnouncer } from '../common/useAnnouncer.ts';
import { CodeList } from './CodeList.tsx';
import { backupCodesPrintHeading } from './codesFile.ts';
import { EmptyCodes } from './EmptyCodes.tsx';
import { GenerateWithConfirm } from './GenerateWithConfirm.tsx';
import { SaveActions } from './SaveActions.tsx';
import { SavedAcknowledgement } from './SavedAcknowledgement.tsx';
import { usePrintMode } from './usePrintMode.ts';
import type { Appearance } from '../parts/appearance.ts';
import { AppearanceScope } from '../../theme/AppearanceProvider.tsx';
import { useKitRoot } from '../parts/useParts.ts';
import '../../theme/tokens.css';
import './BackupCodes.css';

/**
 * Props of {@link BackupCodes}. Host policy props refine the provider's here: `readOnly` (codes in memory still
 * show, copy, download and print; no "Generate new codes" or "Regenerate codes") and `onBeforeAction` (asked before
 * generating a set, instead of the provider's).
 */
export interface BackupCodesProps extends Pick<KitPolicy, 'readOnly' | 'onBeforeAction'> {
  /** Called after the user confirmed "I have saved these codes" and pressed Done (the codes are forgotten first). */
  onDone?: () => void;
  /** Names the app in the downloaded file's name and text and in the print heading, e.g. 'Acme'. Default from the catalog ("your account"). */
  applicationName?: string;
  /** Names the account (e.g. the user's email) in the file text and print heading. Optional. */
  accountIdentifier?: string;
  /**
   * Offer a new set (default true): "Generate new codes" when none is in memory, "Regenerate codes" beside shown
   * ones. False where the codes were made moments ago (the first-time save step), or where the host offers it.
   * Read-only (this component's `readOnly` or the provider's) offers no new set whatever this says.
   */
  allowGenerate?: boolean;
  className?: string;
  /** The look: theme, variables, per-part classes, unstyled; merged over `PhoneNumberKitAppearance`'s. */
  appearance?: Appearance;
  /** Level of the component's title heading (default 3), to fit the host page's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Keep the title for screen readers (it names the region) but do not show it, when the host's own heading
   * already says "backup codes" (e.g. a wizard step). Default false.
   */
  hideTitle?: boolean;
}

/**
 * Shows the backup codes held in memory by `useBackupCodes()` (from the first two-step reservation, or
 * generated), once, and helps the user keep them: copy, download as .txt, print; regenerate after a warning; and
 * "I have saved these codes" before Done. With no codes in memory it says codes are shown only once and offers a
 * new set (asking first when two-step verification is on, since the old set stops working). Read-only, it only shows
 * and helps keep the codes already in memory.
 *
 * Printing sets `data-printing` on the root and calls `window.print()`; the component's `@media print` rules then
 * hide everything on the page except the print area.
 *
 * Parts: generated from `PART_REGISTRY.backupCodes` (`phone-number-kit/parts`) by `node scripts/generate-parts-docs.mjs`;
 * docs/parts.md adds the CSS variables each part reads. Each line: class (`appearance.elements` key): what; `data-*`.
 * - `pnk-backup-codes` (`backupCodes.root`): the section; `data-state="empty|ready|generating|error"`, `data-saved="true|false"`, `data-source="reservation|generated"`, `data-printing`, `data-theme`, `data-density`
 * - `pnk-backup-codes__title` (`backupCodes.title`): the heading
 * - `pnk-backup-codes__intro` (`backupCodes.intro`): "Save them now"
 * - `pnk-backup-codes__print-area` (`backupCodes.printArea`): what prints
 * - `pnk-backup-codes__print-heading` (`backupCodes.printHeading`): heading shown only in print
 * - `pnk-backup-codes__list` (`backupCodes.list`): the codes (`role="list"`); `data-count`
 * - `pnk-backup-codes__item` (`backupCodes.item`): one code
 * - `pnk-backup-codes__code` (`backupCodes.code`): the `<code>`
 * - `pnk-backup-codes__usage` (`backupCodes.usage`): "Each code works once"
 * - `pnk-backup-codes__actions` (`backupCodes.actions`): the toolbar
 * - `pnk-backup-codes__buttons` (`backupCodes.buttons`): the toolbar buttons
 * - `pnk-backup-codes__action` (`backupCodes.action`): copy / download / print (also `pnk-button`); `data-action="copy|download|print"`, `data-state="idle|copied|done|failed"`, `data-variant="secondary"`
 * - `pnk-backup-codes__action-status` (`backupCodes.actionStatus`): "Copied"
 * - `pnk-backup-codes__generate` (`backupCodes.generate`): first generation; `data-state="idle|confirming|pending"`
 * - `pnk-backup-codes__generate-trigger` (`backupCodes.generateTrigger`): its button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-backup-codes__generate-confirm` (`backupCodes.generateConfirm`): around the `pnk-confirm` panel
 * - `pnk-backup-codes__regenerate` (`backupCodes.regenerate`): regeneration; `data-state="idle|confirming|pending"`
 * - `pnk-backup-codes__regenerate-trigger` (`backupCodes.regenerateTrigger`): its button (also `pnk-button`); `data-variant="secondary"`
 * - `pnk-backup-codes__regenerate-confirm` (`backupCodes.regenerateConfirm`): around the `pnk-confirm` panel
 * - `pnk-backup-codes__acknowledge` (`backupCodes.acknowledge`): "I saved them"; `data-saved`
 * - `pnk-backup-codes__saved` (`backupCodes.saved`): the checkbox row, a `<label>` at least 24 px tall
 * - `pnk-backup-codes__saved-checkbox` (`backupCodes.savedCheckbox`): the checkbox
 * - `pnk-backup-codes__saved-label` (`backupCodes.savedLabel`): the checkbox's text
 * - `pnk-backup-codes__saved-hint` (`backupCodes.savedHint`): hint under it
 * - `pnk-backup-codes__done` (`backupCodes.done`): done button (also `pnk-button`); `data-variant="primary"`
 * - `pnk-backup-codes__empty` (`backupCodes.empty`): no codes yet
 * - `pnk-backup-codes__empty-title` (`backupCodes.emptyTitle`): its title
 * - `pnk-backup-codes__empty-body` (`backupCodes.emptyBody`): its text
 * - `pnk-backup-codes__generating` (`backupCodes.generating`): "Generating…"
 * - shared parts (`pnk-button`, `pnk-alert`, `pnk-field-error`, …): `PART_REGISTRY.common`, keys `common.*`
 */
export function BackupCodes(props: BackupCodesProps) {
  return (
    <PolicyScope overrides={props}>
      <BackupCodesContent {...props} />
    </PolicyScope>
  );
}

function BackupCodesContent({
  onDone,
  applicationName,
  accountIdentifier,
  allowGenerate = true,
  className,
  appearance,
  headingLevel = 3,
  hideTitle = false,
}: BackupCodesProps) {
  const root = useKitRoot('backupCodes', appearance, className);
  const part = root.part;
  const { messages } = useBackupCodesMessages();
  const t = messages.backupCodes;
  const { codes, source, generate, isGenerating, clear } = useBackupCodes();
  // A new set is a change: read-only (this component's, else the provider's) keeps reading and saving only.
  const canGenerate = mayChange(usePolicy()) && allowGenerate;
  const { printing, print } = usePrintMode();
  const [error, setError] = useState<PhoneKitError | null>(null);
  const [announcement, announce] = useAnnouncer();
  // Which set the user said they saved: a new set has to be saved again.
  const [savedCodes, setSavedCodes] = useState<readonly string[] | null>(null);
  const [focusListRequest, setFocusListRequest] = useState(0);
  const [finished, setFinished] = useState(false);
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;

  const saved = codes !== null && savedCodes === codes;
  const state = isGenerating ? 'generating' : error ? 'error' : codes ? 'ready' : 'empty';
  const owner = { applicationName, accountIdentifier };

  const runGenerate = (successMessage: string) => async () => {
    setError(null);
    try {
      await generate();
      announce(successMessage);
      setFocusListRequest((n) => n + 1);
      return true;
    } catch (caught) {
      setError(caught as PhoneKitError);
      return false;
    }
  };
  const generateProps = {
    pending: isGenerating,
    error: error ? errorMessage(error, messages) : null,
    onCancel: () => setError(null),
  };

  const done = () => {
    if (!saved) return;
    clear();
    setSavedCodes(null);
    setFinished(true);
    announce(t.finished);
    onDone?.();
  };

  return (
    <AppearanceScope value={root.appearance}>
      <section
        {...root.props}
        aria-labelledby={titleId}
        aria-busy={isGenerating || undefined}
        data-state={state}
        data-saved={saved}
        data-source={source ?? undefined}
        data-printing={printing || undefined}
      >
        <Heading id={titleId} className={hideTitle ? `${part('title')} pnk-visually-hidden` : part('title')}>
          {t.title}
        </Heading>
        {codes ? (
          <>
            {/* The same line whatever made the codes: the host already says that two-step verification is on. */}
            <p className={part('intro')}>{t.intro}</p>
            <CodeList
              codes={codes}
              label={t.listLabel}
              printHeading={backupCodesPrintHeading(messages, owner)}
              usage={t.usage}
              focusRequest={focusListRequest}
            />
            <SaveActions codes={codes} {...owner} onAnnounce={announce} onPrint={print} />
            {canGenerate && (
              <GenerateWithConfirm
                part="regenerate"
                label={t.regenerate}
                confirmation={{
                  title: t.regenerateTitle,
                  body: t.regenerateBody,
                  confirmLabel: t.regenerateConfirm,
                  cancelLabel: messages.common.cancel,
                }}
                onGenerate={runGenerate(t.regenerated)}
                {...generateProps}
              />
            )}
            <SavedAcknowledgement
              saved={saved}
              onSavedChange={(checked) => setSavedCodes(checked ? codes : null)}
              onDone={done}
              label={t.savedLabel}
              hint={t.savedHint}
              doneLabel={messages.common.done}
            />
          </>
        ) : (
          <EmptyCodes allowGenerate={canGenerate} focusOnMount={finished} onGenerate={runGenerate(t.generated)} {...generateProps} />
        )}
        <LiveRegion message={announcement} />
      </section>
    </AppearanceScope>
  );
}
