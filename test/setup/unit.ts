import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// input-otp looks for password-manager badges with elementFromPoint, which jsdom does not implement.
if (typeof document !== 'undefined') document.elementFromPoint ??= () => null;

// findBy*/waitFor give up after 1 s by default: too short on a busy machine (`npm run test:loaded`). A ceiling, not a
// wait: they resolve as soon as the state holds.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
