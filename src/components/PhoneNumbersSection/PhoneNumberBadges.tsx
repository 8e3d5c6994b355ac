'use client';
import { Badge } from '../common/index.ts';
import { usePhoneNumbersSectionMessages } from './messages.ts';
import { isVerified } from '../../model/secondFactor.ts';
import type { PhoneNumber } from '../../model/types.ts';
import { useParts } from '../parts/useParts.ts';

/** The number's badges: Primary, Two-step, Default, Unverified. Renders nothing when none applies. */
export function PhoneNumberBadges({ phone, primary }: { phone: PhoneNumber; primary: boolean }) {
  const part = useParts('phoneNumbersSection');
  const { common } = usePhoneNumbersSectionMessages().messages;
  const unverified = !isVerified(phone);
  if (!primary && !unverified && !phone.reservedForSecondFactor && !phone.defaultSecondFactor) return null;
  return (
    <span className={part('badges')}>
      {primary && <Badge kind="primary">{common.badgePrimary}</Badge>}
      {phone.reservedForSecondFactor && <Badge kind="two-step">{common.badgeTwoStep}</Badge>}
      {phone.defaultSecondFactor && <Badge kind="default">{common.badgeDefault}</Badge>}
      {unverified && <Badge kind="unverified">{common.badgeUnverified}</Badge>}
    </span>
  );
}
