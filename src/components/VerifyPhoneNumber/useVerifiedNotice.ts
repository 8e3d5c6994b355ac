'use client';
import { useEffect, useRef } from 'react';
import type { PhoneNumber } from '../../model/types.ts';
import { useStableCallback } from '../common/useStableCallback.ts';

/**
 * `onVerified`, called once per step: after the user's own code check succeeds, or when the number turns verified
 * while the step is open for another reason (the answer to a right code was lost, and reading the list again shows
 * the number verified). Without the second case, a flow waiting for `onVerified` would stay on "verified" forever.
 */
export function useVerifiedNotice(phoneNumber: PhoneNumber | undefined, verified: boolean, onVerified: ((phone: PhoneNumber) => void) | undefined) {
  const notified = useRef(false);
  const notify = useStableCallback((phone: PhoneNumber) => {
    if (notified.current) return;
    notified.current = true;
    onVerified?.(phone);
  });
  // Only a change while open counts: a step opened on an already verified number just shows it.
  const wasVerified = useRef(verified);
  useEffect(() => {
    if (verified && !wasVerified.current && phoneNumber) notify(phoneNumber);
    wasVerified.current = verified;
  }, [verified, phoneNumber, notify]);
  return notify;
}
