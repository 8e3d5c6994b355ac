import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// input-otp looks for password-manager badges with elementFromPoint, which jsdom does not implement.
if (typeof document !== 'undefined') document.elementFromPoint ??= () => null;

afterEach(() => cleanup());
