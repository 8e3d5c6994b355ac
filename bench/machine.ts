/**
 * A Vitest browser command (runs in Node) for `npm run bench`: the machine line printed under the table. The page
 * cannot see the CPU model or the Node version, and Playwright knows the exact Chromium build it launched.
 */
import os from 'node:os';
import type { BrowserCommand } from 'vitest/node';

export interface BenchMachine {
  cpu: string;
  cores: number;
  chromium: string;
  node: string;
  /** The 1-minute load average: the timings mean little when other work shares the CPU. */
  load: number;
}

const benchMachine: BrowserCommand<[]> = async (context): Promise<BenchMachine> => {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    chromium: context.context.browser()?.version() ?? 'unknown',
    node: process.version,
    load: os.loadavg()[0] ?? Number.NaN,
  };
};

export const benchCommands = { benchMachine };

declare module 'vitest/browser' {
  interface BrowserCommands {
    benchMachine: () => Promise<BenchMachine>;
  }
}
