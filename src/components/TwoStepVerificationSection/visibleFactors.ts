/** A second factor the section can show. */
export type TwoStepFactor = 'totp' | 'sms' | 'backup_codes';

/** Every factor, in the order the section lists them. */
const ALL_FACTORS: readonly TwoStepFactor[] = ['totp', 'sms', 'backup_codes'];

/**
 * The one place the section reads its `factors` policy (its prop, else the provider's): the factors to show, in the
 * section's order (a host's order or duplicates do not matter).
 */
export function visibleFactors(factors: readonly TwoStepFactor[] | undefined): ReadonlySet<TwoStepFactor> {
  return new Set(factors === undefined ? ALL_FACTORS : ALL_FACTORS.filter((factor) => factors.includes(factor)));
}
