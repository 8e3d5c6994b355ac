'use client';
import type { ReactNode } from 'react';
import { Alert } from '../common/Alert.tsx';
import { useFocusOnMount } from '../common/useFocusAfterRender.ts';
import { useParts } from '../parts/useParts.ts';

/**
 * An alert that also takes focus when it appears: used where the control the user pressed was disabled while
 * working (and so lost focus), so keyboard users continue from the message instead of from the page's top.
 */
export function FocusedAlert({ children }: { children: ReactNode }) {
  const part = useParts('smsTwoFactorSection');
  const wrapper = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={wrapper} tabIndex={-1} className={part('alert')}>
      <Alert>{children}</Alert>
    </div>
  );
}
