/**
 * The host's policy: what the kit may offer and change (`KitPolicy`), how a section's props refine the provider's
 * (`mergePolicy`), and the veto every change passes before a request is made (`checkBeforeAction`).
 * Framework-free: the provider and `usePolicy` hold it; `runOperation` and `useKitMutation` ask the veto.
 */
import type { CountryCode } from '../model/countryCode.ts';
import { vetoedError } from '../model/veto.ts';
import type { KitAction, PhoneNumberKitCallbacks } from './events.ts';

/** A second factor a two-step section can show. */
export type SecondFactorKind = 'totp' | 'sms' | 'backup_codes';

/**
 * What the host lets the user see and do. Given on `PhoneNumberKitProvider` for the whole page; each section takes
 * the same props and its own win over the provider's (an `undefined` prop leaves the provider's value).
 */
export interface KitPolicy {
  /**
   * The countries numbers may be added from, e.g. `['US', 'CA']`. The add form's picker offers only these, and a
   * typed or pasted number from anywhere else gets a message naming them (nothing is sent). Default: every country.
   */
  allowedCountries?: readonly CountryCode[];
  /** Shows the data with no control that changes anything (no add, remove, verify, set primary, switches). Default `false`. */
  readOnly?: boolean;
  /** Whether the user may add numbers. Default `true`. */
  allowAdd?: boolean;
  /** Whether the user may remove numbers. Default `true`. */
  allowRemove?: boolean;
  /**
   * Asked before every change; see `PhoneNumberKitCallbacks.onBeforeAction`. A section's own replaces the
   * provider's for the changes made inside it.
   */
  onBeforeAction?: PhoneNumberKitCallbacks['onBeforeAction'];
  /**
   * The second factors two-step sections show, in this order of preference, e.g. `['totp', 'sms']`. Default: all.
   * `TwoStepVerificationSection` reads `props.factors ?? policy.factors`.
   */
  factors?: readonly SecondFactorKind[];
}

const POLICY_KEYS = ['allowedCountries', 'readOnly', 'allowAdd', 'allowRemove', 'onBeforeAction', 'factors'] as const satisfies readonly (keyof KitPolicy)[];

/** Only the policy's own fields of `props` (a section's props carry others too), without the `undefined` ones. */
export function pickPolicy(props: KitPolicy): KitPolicy {
  const picked: Record<string, unknown> = {};
  for (const key of POLICY_KEYS) if (props[key] !== undefined) picked[key] = props[key];
  return picked as KitPolicy;
}

/** `base` refined by `overrides`: each field `overrides` sets wins; the ones it leaves `undefined` keep `base`'s. */
export function mergePolicy(base: KitPolicy, overrides: KitPolicy): KitPolicy {
  return { ...base, ...pickPolicy(overrides) };
}

/** Whether controls that change something are shown at all. */
export function mayChange(policy: KitPolicy): boolean {
  return policy.readOnly !== true;
}

/** Whether "Add phone number" is offered. */
export function mayAdd(policy: KitPolicy): boolean {
  return mayChange(policy) && policy.allowAdd !== false;
}

/** Whether "Remove" is offered. */
export function mayRemove(policy: KitPolicy): boolean {
  return mayChange(policy) && policy.allowRemove !== false;
}

/**
 * Asks the host's `onBeforeAction` about a change; resolves when it may go ahead, rejects with `action_vetoed`
 * (and the host's reason, if it gave one) when not. A host callback that throws refuses the change too, with the
 * catalog's message: a broken check must not let a change through.
 */
export async function checkBeforeAction(onBeforeAction: KitPolicy['onBeforeAction'], action: KitAction): Promise<void> {
  // Reads (the list, the account) are never vetoed: the policy is about changes.
  if (!onBeforeAction || action.operation === 'listPhoneNumbers' || action.operation === 'getAccountSecurity') return;
  let answer: unknown;
  try {
    answer = await onBeforeAction(action);
  } catch {
    throw vetoedError(null);
  }
  if (answer === false) throw vetoedError(null);
  if (typeof answer === 'string') throw vetoedError(answer);
}
