'use client';
/**
 * The host's policy inside a section: the provider's, refined by the section's own props. `usePolicy` reads it for
 * what the section shows; `PolicyScope` hands it to every hook below the section, so a section's own
 * `onBeforeAction` is the one its changes ask.
 */
import { useCallback, useInsertionEffect, useMemo, useRef, type ReactNode } from 'react';
import { mergePolicy, pickPolicy, type KitPolicy } from '../core/policy.ts';
import type { PhoneNumberKitCallbacks } from '../core/events.ts';
import { PhoneNumberKitContext, usePhoneNumberKit } from './context.ts';

/**
 * The policy that applies to a section: each policy prop the section was given wins over the provider's (or the
 * enclosing section's); the ones it leaves `undefined` keep those. Use it for what to show; wrap the section's
 * content in {@link PolicyScope} so its changes obey the same policy.
 */
export function usePolicy(sectionProps: KitPolicy = {}): KitPolicy {
  const inherited = usePhoneNumberKit().policy;
  const { allowedCountries, readOnly, allowAdd, allowRemove, onBeforeAction, factors } = sectionProps;
  return useMemo(
    () => mergePolicy(inherited, { allowedCountries, readOnly, allowAdd, allowRemove, onBeforeAction, factors }),
    [inherited, allowedCountries, readOnly, allowAdd, allowRemove, onBeforeAction, factors],
  );
}

/** Props of {@link PolicyScope}. */
export interface PolicyScopeProps {
  /** The section's props (only the policy's fields are read). */
  overrides: KitPolicy;
  children?: ReactNode;
}

/**
 * Gives the hooks below it the policy refined by `overrides`. Without any policy prop it adds nothing. A section's
 * `onBeforeAction` may be a new function on every render: the scope keeps one stable function that calls the latest,
 * so the hooks below do not re-render for it.
 */
export function PolicyScope({ overrides, children }: PolicyScopeProps) {
  const kit = usePhoneNumberKit();
  const stableVeto = useStableVeto(overrides.onBeforeAction);
  const hasVeto = overrides.onBeforeAction !== undefined;
  const { allowedCountries, readOnly, allowAdd, allowRemove, factors } = overrides;
  const value = useMemo(() => {
    const own = pickPolicy({ allowedCountries, readOnly, allowAdd, allowRemove, factors });
    if (Object.keys(own).length === 0 && !hasVeto) return null;
    const onBeforeAction = hasVeto ? stableVeto : kit.callbacks.onBeforeAction;
    return {
      ...kit,
      policy: { ...mergePolicy(kit.policy, own), ...(onBeforeAction ? { onBeforeAction } : {}) },
      callbacks: { ...kit.callbacks, onBeforeAction },
    };
  }, [kit, allowedCountries, readOnly, allowAdd, allowRemove, factors, hasVeto, stableVeto]);
  return value ? <PhoneNumberKitContext.Provider value={value}>{children}</PhoneNumberKitContext.Provider> : children;
}

type Veto = NonNullable<PhoneNumberKitCallbacks['onBeforeAction']>;

/** One function for the section's life that asks the latest `onBeforeAction` (like `common/useStableCallback`). */
function useStableVeto(veto: PhoneNumberKitCallbacks['onBeforeAction']): Veto {
  const latest = useRef(veto);
  // Insertion effects run before layout effects and event handlers, so no change can ask a stale veto.
  useInsertionEffect(() => {
    latest.current = veto;
  });
  return useCallback<Veto>((action) => latest.current?.(action), []);
}
