import type { AdminPhoneNumber } from '../../model/admin.ts';
import type { Messages } from '../../i18n/types.ts';

/** A number's verification as one word for `data-status` and badges: Clerk's status, or `none` when it has none. */
export type SupportNumberStatus = NonNullable<AdminPhoneNumber['verificationStatus']> | 'none';

export const numberStatus = (phoneNumber: AdminPhoneNumber): SupportNumberStatus => phoneNumber.verificationStatus ?? 'none';

const KEYS = {
  verified: 'statusVerified',
  unverified: 'statusUnverified',
  failed: 'statusFailed',
  expired: 'statusExpired',
  none: 'statusNone',
} as const;

/** The status in words ("Verified", "Never verified", …). */
export function numberStatusText(status: SupportNumberStatus, t: Messages['supportConsole']): string {
  return t[KEYS[status]];
}
