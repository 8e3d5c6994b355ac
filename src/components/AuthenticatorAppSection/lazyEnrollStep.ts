'use client';
/**
 * The enrollment step, loaded on first use: its module brings the QR library (uqr); the code field (input-otp) loads
 * beside it.
 * Reached only through this `import()`, so every bundler keeps them out of the section's first chunk.
 */
import { lazyComponent } from '../common/lazyComponent.tsx';
import type { EnrollStepProps } from './EnrollStep.tsx';
import { loadCodeField } from '../VerifyPhoneNumber/loadCodeField.ts';

export const LazyEnrollStep = lazyComponent<EnrollStepProps>(() =>
  // The code field (input-otp) is a chunk of its own, shared with the SMS code step and the step-up dialog.
  Promise.all([import('./EnrollStep.tsx'), loadCodeField()]).then(([module]) => module.EnrollStep),
);
