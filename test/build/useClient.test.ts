// @vitest-environment node
/**
 * `'use client'` where it belongs (test/build/clientBoundary.ts states the rule): Next.js App Router and other React
 * Server Components hosts import the kit from server code, so every module using state, effects, refs or context
 * must mark itself as a client module, and the model, adapters, catalogs and barrels must not (they stay
 * importable on the server). Reads the sources only; scripts/check-dist.mjs holds the build to the same marks.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTIVE, sourceModules } from './clientBoundary.ts';

const modules = sourceModules();
const describeModule = (module: (typeof modules)[number]) => `${module.path} (${module.reasons.join('; ') || 'server-safe'})`;

/** Modules React Server Components must be able to import: plain data, parsing, transport and re-exports. */
const SERVER_SAFE = [
  /^src\/model\//,
  /^src\/adapters\//,
  /^src\/i18n\/(en|locales)\//,
  /^src\/testing\//,
  /(^|\/)index\.ts$/,
  /^src\/(parts|clerk-js)\.ts$/,
  // phone-number-kit/server runs on servers only: it must never need a client module.
  /^src\/server(\/|\.ts$)/,
];

describe("'use client'", () => {
  it('the rule sees both kinds of module (it can fail)', () => {
    expect(modules.filter((module) => module.needsDirective).length).toBeGreaterThan(50);
    expect(modules.filter((module) => !module.needsDirective).length).toBeGreaterThan(50);
  });

  it('the rule flags a missing directive, a stray one, and modules that render or call client modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'pnk-use-client-'));
    const files: Record<string, string> = {
      'src/useThing.ts': "import { useState } from 'react';\nexport const useThing = () => useState(0);\n",
      'src/Widget.tsx': "import { Thing } from './Thing.tsx';\nexport const Widget = () => <Thing />;\n",
      'src/Thing.tsx': "'use client';\nimport { useThing } from './useThing.ts';\nexport const Thing = () => <p>{useThing()[0]}</p>;\n",
      'src/Label.tsx': "import type { ReactNode } from 'react';\nexport const Label = ({ children }: { children: ReactNode }) => <b>{children}</b>;\n",
      'src/model.ts': "'use client';\nexport const parse = (text: string) => text.trim();\n",
      'src/lazy.ts': "import { later } from './later.ts';\nexport const Lazy = later(() => import('./Widget.tsx'));\n",
      'src/later.ts': "'use client';\nimport { useEffect } from 'react';\nexport const later = (load: () => unknown) => () => useEffect(() => void load());\n",
      'src/alias.ts': "import { Thing as ThingComponent } from './Thing.tsx';\nexport const Thing = ThingComponent;\n",
      'src/index.ts': "export { Widget } from './Widget.tsx';\nexport { parse } from './model.ts';\n",
      'src/reactApi.ts': "'use client';\nexport { createElement, useState } from 'react';\n",
      'src/jsxApi.ts': "export { jsx } from 'react/jsx-runtime';\nexport { createElement } from 'react';\n",
    };
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const verdicts = Object.fromEntries(sourceModules(root).map((module) => [module.path, [module.needsDirective, module.hasDirective]]));
      expect(verdicts).toEqual({
        'src/useThing.ts': [true, false],
        'src/Widget.tsx': [true, false],
        'src/Thing.tsx': [true, true],
        'src/Label.tsx': [false, false],
        'src/model.ts': [false, true],
        'src/lazy.ts': [true, false],
        'src/later.ts': [true, true],
        'src/alias.ts': [false, false],
        'src/index.ts': [false, false],
        'src/reactApi.ts': [true, true],
        'src/jsxApi.ts': [false, false],
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('every module that uses client-only React starts with it', () => {
    const missing = modules.filter((module) => module.needsDirective && !module.hasDirective).map(describeModule);
    expect(missing, `add '${DIRECTIVE}'; as the first line of`).toEqual([]);
  });

  it('no server-safe module carries it', () => {
    const extra = modules.filter((module) => !module.needsDirective && module.directiveCount > 0).map(describeModule);
    expect(extra, `remove '${DIRECTIVE}' from`).toEqual([]);
  });

  it('a module says it once, as its first statement', () => {
    const misplaced = modules.filter((module) => module.directiveCount > 1 || (module.directiveCount === 1 && !module.hasDirective));
    expect(misplaced.map((module) => module.path)).toEqual([]);
  });

  it('the model, adapters, catalogs, testing backend and barrels are server-safe', () => {
    const serverSafe = modules.filter((module) => SERVER_SAFE.some((pattern) => pattern.test(module.path)));
    expect(serverSafe.length).toBeGreaterThan(40);
    expect(serverSafe.filter((module) => module.needsDirective).map(describeModule)).toEqual([]);
  });
});
