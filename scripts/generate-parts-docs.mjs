#!/usr/bin/env node
// Regenerates docs/parts.md and the parts lists in the components' TSDoc from src/components/*/parts.ts (and the
// kit's CSS), through the tests that check them (the registries are TypeScript; Vitest already knows how to load them).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'test/theme/partsDocs.test.ts', 'test/theme/partsTsDoc.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_PARTS_DOCS: '1' },
});
process.exit(result.status ?? 1);
