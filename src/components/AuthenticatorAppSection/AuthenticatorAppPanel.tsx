'use client';
/**
 * The authenticator app's status and actions, without a card: the body of `AuthenticatorAppSection`, and the
 * authenticator-app factor of `TwoStepVerificationSection`. Owns the enrollment, so the pending secret goes when
 * this unmounts.
 */
import { useRef, useState } from 'react';
import { useAccountSecurity } from '../../hooks/useAccountSecurity.ts';
import { useEnrollAuthenticatorApp } from '../../hooks/useEnrollAuthenticatorApp.ts';
import { usePolicy } from '../../hooks/usePolicy.tsx';
import { mayChange } from '../../core/policy.ts';
import type { AccountSecurity } from '../../model/account.ts';
import { BackupCodes } from '../BackupCodes/BackupCodes.tsx';
import { ListError } from '../common/ListError.tsx';
import { LiveRegion } from '../common/LiveRegion.tsx';
import { Skeleton } from '../common/Skeleton.tsx';
import { useAnnouncer } from '../common/useAnnouncer.ts';
import { useFocusAfterRender } from '../common/useFocusAfterRender.ts';
import type { HeadingLevel } from '../common/Heading.tsx';
import { LazyEnrollStep } from './lazyEnrollStep.ts';
import { useAuthenticatorAppSectionMessages } from './messages.ts';
import { RemovePanel } from './RemovePanel.tsx';
import { StatusLine } from './StatusLine.tsx';
import { useParts } from '../parts/useParts.ts';

/** Props of {@link AuthenticatorAppPanel}. */
export interface AuthenticatorAppPanelProps {
  /** The level of the enrollment step's and the backup codes' headings. */
  headingLevel: HeadingLevel;
  applicationName?: string;
  accountIdentifier?: string;
  /**
   * The card around the panel already says what sign-in asks for first (`TwoStepVerificationSection`), so the status
   * says only on or off instead of repeating it.
   */
  signInOrderShown?: boolean;
}

type Mode = 'idle' | 'enrolling' | 'backup-codes' | 'removing';

export function AuthenticatorAppPanel({ headingLevel, applicationName, accountIdentifier, signInOrderShown = false }: AuthenticatorAppPanelProps) {
  const part = useParts('authenticatorAppSection');
  const { messages } = useAuthenticatorAppSectionMessages();
  const t = messages.authenticatorAppSection;
  const { account, isLoading, error, isFetching, refetch } = useAccountSecurity();
  const enroll = useEnrollAuthenticatorApp();
  // The host's readOnly (the section's, else the provider's): the status only, no way to set up or remove.
  const canChange = mayChange(usePolicy());
  const [mode, setMode] = useState<Mode>('idle');
  // What the removal confirmation describes: the account when it opened, not the optimistic one.
  const [removing, setRemoving] = useState<AccountSecurity | null>(null);
  const [announcement, announce] = useAnnouncer();
  const focusAfterRender = useFocusAfterRender();
  const refs = {
    status: useRef<HTMLParagraphElement>(null),
    setup: useRef<HTMLButtonElement>(null),
    remove: useRef<HTMLButtonElement>(null),
  };

  const on = account?.totpEnabled ?? false;
  // A check whose answer was lost may have turned the app on after all (the account, read again, says so): the step
  // has nothing left to do.
  const enrolledAfterAll = mode === 'enrolling' && on && enroll.status === 'ready';
  const view = enrolledAfterAll ? 'idle' : mode;
  if (enrolledAfterAll) {
    // Adjusted while rendering (React's pattern for state that follows other state): the secret goes at once.
    enroll.cancel();
    setMode('idle');
  }
  const state = error && !account ? 'error' : isLoading || !account ? 'loading' : view === 'idle' ? (on ? 'on' : 'off') : view;

  const closeTo = (target: keyof typeof refs) => {
    setMode('idle');
    focusAfterRender(refs[target]);
  };
  const start = () => {
    void LazyEnrollStep.preload();
    enroll.start().catch(() => undefined); // shown from enroll.error
  };
  const verify = async (code: string) => {
    const { backupCodes } = await enroll.verify(code);
    announce(t.announceOn);
    if (backupCodes) setMode('backup-codes');
    else closeTo('status');
  };
  const cancel = () => {
    enroll.cancel();
    closeTo('setup');
  };

  const body = () => {
    if (state === 'error' && error) return <ListError title={t.loadError} error={error} retrying={isFetching} onRetry={refetch} />;
    if (state === 'loading' || !account) return <Skeleton label={t.loading} rows={1} />;
    return (
      <>
        {/* A read again after a lost answer failed: what is shown may be out of date, so say so and offer a retry. */}
        {error && <ListError title={t.loadError} error={error} retrying={isFetching} onRetry={refetch} />}
        <StatusLine on={on} statusRef={refs.status} brief={signInOrderShown} />
        {view === 'idle' && canChange && (
          <div className={part('actions')}>
            {on ? (
              <button
                ref={refs.remove}
                type="button"
                className={part('removeButton', 'button')}
                data-variant="secondary"
                onClick={() => {
                  setRemoving(account);
                  setMode('removing');
                }}
              >
                {t.removeButton}
              </button>
            ) : (
              <button
                ref={refs.setup}
                type="button"
                className={part('setupButton', 'button')}
                data-variant="primary"
                onMouseEnter={() => void LazyEnrollStep.preload()}
                onFocus={() => void LazyEnrollStep.preload()}
                onClick={() => {
                  setMode('enrolling');
                  start();
                }}
              >
                {t.setupButton}
              </button>
            )}
          </div>
        )}
        {view === 'enrolling' && (
          <div className={part('inline', 'panel')} data-panel="enroll">
            <LazyEnrollStep
              headingLevel={headingLevel}
              enrollment={enroll.enrollment}
              startError={enroll.status === 'idle' ? enroll.error : null}
              verifying={enroll.status === 'verifying'}
              onRetryStart={start}
              onVerify={verify}
              onCancel={cancel}
            />
          </div>
        )}
        {view === 'backup-codes' && (
          <div className={part('inline', 'panel')} data-panel="backup-codes">
            <BackupCodes
              className={part('backupCodes')}
              headingLevel={headingLevel}
              allowGenerate={false}
              applicationName={applicationName}
              accountIdentifier={accountIdentifier}
              onDone={() => closeTo('status')}
            />
          </div>
        )}
        {view === 'removing' && removing && (
          <div className={part('inline')} data-panel="remove">
            <RemovePanel
              account={removing}
              onCancel={() => closeTo('remove')}
              onRemoved={() => {
                announce(t.announceOff);
                closeTo('status');
              }}
            />
          </div>
        )}
      </>
    );
  };

  return (
    <div className={part('body')} data-state={state} aria-busy={state === 'loading' || undefined}>
      {body()}
      <LiveRegion message={announcement} />
    </div>
  );
}
