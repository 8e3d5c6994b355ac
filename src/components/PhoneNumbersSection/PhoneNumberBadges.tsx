'use client';
import { Badge } from '../common/index.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import { isVerified } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { useParts } from '../parts/useParts.ts';

/**
 * The number's quiet badges, in the kit's one vocabulary: Primary, Default for sign-in codes, Unverified. Which
 * numbers carry two-step verification is the two-step section's business, so no badge says it here. Renders nothing
 * when none applies.
 */
export function PhoneNumberBadges({ phone, primary }: { phone: PhoneNumber; primary: boolean }) {
  const part = useParts('phoneNumbersSection');
  const { common } = usePhoneNumbersSectionMessages().messages;
  const unverified = !isVerified(phone);
  if (!primary && !unverified && !phone.defaultSecondFactor) return null;
  return (
    <span className={part('badges')}>
      {primary && <Badge kind="primary">{common.badgePrimary}</Badge>}
      {phone.defaultSecondFactor && <Badge kind="default">{common.badgeDefault}</Badge>}
      {unverified && <Badge kind="unverified">{common.badgeUnverified}</Badge>}
    </span>
  );
}
