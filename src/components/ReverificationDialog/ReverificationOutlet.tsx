'use client';
/**
 * Where the built-in step-up dialog appears (`phone-number-kit/two-step`). `AuthenticatorAppSection` and
 * `TwoStepVerificationSection` render one; a page with only the main entry's sections, or only the hooks, renders it
 * once inside the provider. The first mounted outlet of a provider's store shows the dialog and the others render
 * nothing, so a page never opens two. With the host's own `onNeedsReverification` no request reaches it and it
 * renders nothing.
 *
 * The dialog's code (and the code step it takes its code field from) loads only when a write is first refused.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { usePhoneNumberKit } from '../../hooks/context.ts';
import type { Appearance } from '../../theme/appearance.ts';
import { lazyComponent } from '../common/lazyComponent.tsx';
import type { ReverificationDialogProps } from './ReverificationDialog.tsx';

const LazyReverificationDialog = lazyComponent<ReverificationDialogProps>(() =>
  import('./ReverificationDialog.tsx').then((module) => module.ReverificationDialog),
);

/** Props of {@link ReverificationOutlet}. */
export interface ReverificationOutletProps {
  /** The dialog's appearance; by default the enclosing section's. */
  appearance?: Appearance;
}

/** Shows the kit's step-up dialog while a write waits for the user to re-verify (see `ReverificationDialog`). */
export function ReverificationOutlet({ appearance }: ReverificationOutletProps) {
  const { reverification: store } = usePhoneNumberKit();
  const [outlet] = useState(() => ({}));
  useEffect(() => store.claim(outlet), [store, outlet]);
  const open = useSyncExternalStore(
    store.subscribe,
    () => store.owner() === outlet && store.current() !== null,
    () => false,
  );
  return open ? <LazyReverificationDialog appearance={appearance} /> : null;
}
