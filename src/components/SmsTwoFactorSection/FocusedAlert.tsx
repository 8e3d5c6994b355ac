import type { ReactNode } from 'react';
import { Alert } from '../shared/Alert.tsx';
import { useFocusOnMount } from '../shared/useFocusOnMount.ts';

/**
 * An alert that also takes focus when it appears: used where the control the user pressed was disabled while
 * working (and so lost focus), so keyboard users continue from the message instead of from the page's top.
 */
export function FocusedAlert({ children }: { children: ReactNode }) {
  const wrapper = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={wrapper} tabIndex={-1} className="pnk-sms-two-factor-section__alert">
      <Alert>{children}</Alert>
    </div>
  );
}
