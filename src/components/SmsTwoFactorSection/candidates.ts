import { isVerified } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';

/** The numbers two-step verification currently texts, default first (the list is sorted that way). */
export function reservedNumbers(phoneNumbers: readonly PhoneNumber[]): PhoneNumber[] {
  return phoneNumbers.filter((p) => p.reservedForSecondFactor);
}

/**
 * The numbers the wizard offers: every number not yet used for two-step verification, verified ones first. An
 * unverified one is offered too; picking it verifies it first.
 */
export function candidateNumbers(phoneNumbers: readonly PhoneNumber[]): PhoneNumber[] {
  const free = phoneNumbers.filter((p) => !p.reservedForSecondFactor);
  return [...free.filter(isVerified), ...free.filter((p) => !isVerified(p))];
}

/**
 * The order to release numbers in when turning SMS verification off: the default last, so the server never has
 * to promote an heir (which would cost a list refetch per step).
 */
export function releaseOrder(reserved: readonly PhoneNumber[]): PhoneNumber[] {
  return [...reserved].sort((a, b) => Number(a.defaultSecondFactor) - Number(b.defaultSecondFactor));
}
