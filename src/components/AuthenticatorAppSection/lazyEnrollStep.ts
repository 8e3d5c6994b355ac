'use client';
/**
 * The enrollment step, loaded on first use: its module brings the QR library (uqr) and the code field (input-otp).
 * Reached only through this `import()`, so every bundler keeps them out of the section's first chunk.
 */
import { lazyComponent } from '../common/lazyComponent.tsx';
import type { EnrollStepProps } from './EnrollStep.tsx';

export const LazyEnrollStep = lazyComponent<EnrollStepProps>(() => import('./EnrollStep.tsx').then((module) => module.EnrollStep));
