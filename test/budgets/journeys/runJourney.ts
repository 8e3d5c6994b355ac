/**
 * One seeded journey: the page on a faulty network, a random run of user actions (each checked as it happens),
 * then faults off, the network settled, and the page compared with the backend. Any failure is rethrown with the
 * seed, the faults, the starting account and every step taken, so it can be read and replayed.
 */
import { fireEvent } from '@testing-library/react';
import type { SetupServer } from 'msw/node';
import { vi } from 'vitest';
import { en } from '../../../src/i18n/index.ts';
import { expectPageMatchesBackend, messagesOnScreen, unshownFailures, type Messages } from './checks.ts';
import { buttons } from './dom.ts';
import { CLOCK_START, renderJourneyPage, type JourneyPage } from './page.tsx';
import { phoneActions, type Journey } from './phoneActions.ts';
import { createRng, drawAccount, drawFaults } from './random.ts';
import { twoStepActions } from './twoStepActions.ts';
import { totpActions } from './totpActions.ts';
import { reverificationActions } from './reverificationActions.ts';

function describeValue(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Unhandled rejections, uncaught errors and console.error calls (React reports caught and uncaught errors there). */
function watchForProblems() {
  const problems: string[] = [];
  const onRejection = (reason: unknown) => problems.push(`unhandled rejection: ${describeValue(reason)}`);
  const onError = (event: ErrorEvent) => problems.push(`uncaught error: ${describeValue(event.error ?? event.message)}`);
  process.on('unhandledRejection', onRejection);
  window.addEventListener('error', onError);
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    problems.push(`console.error: ${args.map(describeValue).join(' ')}`);
  });
  return {
    problems,
    stop() {
      process.off('unhandledRejection', onRejection);
      window.removeEventListener('error', onError);
      consoleError.mockRestore();
    },
  };
}

/** Every failure of the step is told to the user. */
function expectFailuresShown(page: JourneyPage, failures: JourneyPage['failures'], before: Messages): void {
  for (const { problem } of unshownFailures(failures, page, before)) throw new Error(problem);
}

function expectNoTrouble(page: JourneyPage, problems: readonly string[]): void {
  if (page.crashes.length > 0) throw new Error(`an error boundary caught: ${page.crashes.map(describeValue).join('; ')}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** "Try again" wherever a list failed to load: the one refresh the kit offers. */
async function pressTryAgain(page: JourneyPage): Promise<number> {
  const retries = [page.phoneSection, page.smsSection, page.totpSection].flatMap((section) => buttons(section, en.common.retry));
  for (const retry of retries) if (retry.isConnected) fireEvent.click(retry);
  await page.settle();
  return retries.length;
}

/** CPU milliseconds since `start` (wall time on a shared machine says little; this is what keeps the file fast). */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}

export async function runJourney(server: SetupServer, seed: number): Promise<void> {
  const cpu0 = process.cpuUsage();
  const rng = createRng(seed);
  const faults = drawFaults(rng, seed);
  const account = drawAccount(rng, CLOCK_START);
  const totpEnabled = rng.chance(0.3);
  const log: string[] = [];
  const watch = watchForProblems();
  let page: JourneyPage | undefined;
  const noteFailures = (step: number) => {
    const failures = page!.failures.filter((f) => f.step === step);
    if (failures.length > 0) log[log.length - 1] += `  ✗ ${failures.map((f) => `${f.method}: ${f.error.code}`).join(', ')}`;
    return failures;
  };
  try {
    page = renderJourneyPage(server, account, faults, totpEnabled);
    log.push('0. load the page');
    await page.settle();
    log[0] += ` [cpu ${cpuSince(cpu0)} ms]`;
    expectFailuresShown(page, noteFailures(0), new Map());
    expectNoTrouble(page, watch.problems);

    const journey: Journey = { page, rng, seed };
    const steps = rng.int(2, 5);
    for (let step = 1; step <= steps; step++) {
      page.step = step;
      const actions = [...phoneActions(journey), ...twoStepActions(journey), ...totpActions(journey), ...reverificationActions(journey)];
      const action = rng.weighted(actions.map((a) => [a, a.weight] as const));
      const before = messagesOnScreen();
      log.push(`${step}. ${action.name}`);
      const stepStart = process.cpuUsage();
      log[log.length - 1] += `: ${await action.run()}`;
      log[log.length - 1] += ` [cpu ${cpuSince(stepStart)} ms]`;
      expectFailuresShown(page, noteFailures(step), before);
      expectNoTrouble(page, watch.problems);
    }

    // The network heals; whatever was in flight finishes. The kit should now show the server's truth.
    page.step = steps + 1;
    log.push(`${page.step}. faults off, network settled`);
    page.backend.setFaults(null);
    await page.settle();
    if ((await pressTryAgain(page)) > 0) log[log.length - 1] += ', pressed Try again';
    expectPageMatchesBackend(page);
    expectNoTrouble(page, watch.problems);
    if (process.env['JOURNEY_DEBUG']) console.log(`seed ${seed} [cpu ${cpuSince(cpu0)} ms]\n  ${log.join('\n  ')}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The step that threw has not listed its failed calls yet.
    if (page && !log[log.length - 1]!.includes('✗')) noteFailures(page.step);
    throw new Error(
      [
        `Journey seed ${seed} failed. Replay it alone: JOURNEY_SEED=${seed} npx vitest run --project unit test/budgets/faultJourneys.test.tsx`,
        `faults: ${JSON.stringify(faults)}`,
        `account: ${JSON.stringify(account.map((p) => ({ ...p, id: undefined, createdAt: undefined })))}${totpEnabled ? ', authenticator app on' : ''}`,
        `steps:\n  ${log.join('\n  ')}`,
        message,
      ].join('\n'),
      { cause: error },
    );
  } finally {
    watch.stop();
  }
}
