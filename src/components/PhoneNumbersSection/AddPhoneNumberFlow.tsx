'use client';
import type { CountryCode } from '../../model/countryCode.ts';
import { LazyAddPhoneNumber, LazyVerifyPhoneNumber } from '../common/lazySteps.ts';
import { InlineCard } from './InlineCard.tsx';

export interface AddPhoneNumberFlowProps {
  /** `form` until the number exists, then `code` for that number. */
  step: { step: 'form' } | { step: 'code'; phoneNumberId: string };
  defaultCountry?: CountryCode;
  onAdded: (phoneNumberId: string) => void;
  onVerified: () => void;
  onChangeNumber: () => void;
  onCancel: () => void;
}

/** The inline "add → code" card. Each step focuses its own first field when it opens (its code loads on first use). */
export function AddPhoneNumberFlow({ step, defaultCountry, onAdded, onVerified, onChangeNumber, onCancel }: AddPhoneNumberFlowProps) {
  return (
    <InlineCard kind="add" step={step.step} onEscape={onCancel}>
      {step.step === 'form' ? (
        <LazyAddPhoneNumber defaultCountry={defaultCountry} onAdded={(phone) => onAdded(phone.id)} onCancel={onCancel} />
      ) : (
        <LazyVerifyPhoneNumber
          // A fresh instance per number, so no state of an earlier number's code step carries over.
          key={step.phoneNumberId}
          phoneNumberId={step.phoneNumberId}
          // The add call already sent a code; this sends one only when none is live (e.g. that send failed).
          sendOnMount
          onVerified={onVerified}
          onChangeNumber={onChangeNumber}
          onCancel={onCancel}
        />
      )}
    </InlineCard>
  );
}
