'use client';
import { formatPhoneNumber } from './formatPhoneNumber.ts';
import { useParts } from '../parts/useParts.ts';

/**
 * A phone number as the kit shows it everywhere: formatted by the one display rule ({@link formatPhoneNumber}) and
 * isolated left-to-right, so "+1 201 555 0100" keeps its order inside a right-to-left sentence or label, and never
 * wraps (class `pnk-phone-number`). Takes the E.164 number.
 */
export function PhoneNumberText({ e164, id }: { e164: string; id?: string }) {
  const common = useParts('common');
  return (
    <bdi id={id} dir="ltr" className={common('phoneNumber')}>
      {formatPhoneNumber(e164)}
    </bdi>
  );
}
