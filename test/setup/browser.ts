import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default: too short on a busy machine (`npm run test:loaded`), where a lazy
// step's first load or a request's answer can take seconds. A ceiling, not a wait: they resolve as soon as it holds.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => cleanup());
