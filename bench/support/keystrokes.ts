/**
 * Keystroke → paint for one field, with real key events (Playwright over CDP via `userEvent.keyboard`, so they are
 * trusted and Event Timing sees them). Per keystroke, from the keydown's timestamp:
 * - handlers: until the keystroke's trusted `input` event is handled (the kit's handlers and React's synchronous
 *   commit included), i.e. input delay + processing;
 * - next paint: the paint of the first frame after that (what Event Timing calls the next paint), and the double
 *   rAF bound on it;
 * - settled: the paint after the last real DOM change inside the field that followed within 100 ms (input-otp moves
 *   its active slot from a timer, after the digit is shown);
 * - Event Timing: the browser's own input-to-next-paint for the same keystroke, but only when ≥ 16 ms (the API's
 *   lowest threshold), in 8 ms steps.
 */
import { userEvent } from 'vitest/browser';
import { quiet, trackFrames } from './frames.ts';

export interface KeystrokeSample {
  keydownAt: number;
  handlers: number;
  nextPaint: number;
  doubleRaf: number;
  settled: number;
  /** Null when the browser reported no entry (under 16 ms), until collected. */
  eventTiming: number | null;
}

interface TimingEntry {
  name: string;
  startTime: number;
  duration: number;
}

/** React re-sets some attributes (an input's `name`) on every commit; only a changed value is a visible change. */
function changed(record: MutationRecord): boolean {
  if (record.type === 'attributes') return record.oldValue !== (record.target as Element).getAttribute(record.attributeName!);
  if (record.type === 'characterData') return record.oldValue !== record.target.textContent;
  return true;
}

export interface KeystrokeProbe {
  /** Types `key` (user-event syntax) and waits until its effects are painted; null when it fired no keydown. */
  press(key: string): Promise<KeystrokeSample | null>;
  /** Event Timing entries arrive some time after the paint: call once typing is over. */
  collectEventTiming(samples: KeystrokeSample[]): Promise<void>;
  /** The document's `first-input` entry (reported whatever its duration), if one was seen. */
  firstInput(): TimingEntry | null;
  stop(): void;
}

/** `field` is the element whose subtree shows the typed value (the input and whatever renders it). */
export function keystrokeProbe(field: Element): KeystrokeProbe {
  const frames = trackFrames();
  const entries: TimingEntry[] = [];
  const events = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  events.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  let first: TimingEntry | null = null;
  const firstInput = new PerformanceObserver((list) => (first ??= list.getEntries()[0] ?? null));
  firstInput.observe({ type: 'first-input', buffered: true });

  let keydownAt = Number.NaN;
  let handledAt = Number.NaN;
  let changedAt = Number.NaN;
  const onKeydown = (event: KeyboardEvent) => {
    keydownAt = handledAt = changedAt = event.timeStamp;
  };
  // On window, bubbling: runs after the kit's handlers and React's synchronous commit for this input event.
  // Untrusted ones are skipped: input-otp re-dispatches synthetic `input` events from timers.
  const onInput = (event: Event) => {
    if (event.isTrusted) handledAt = changedAt = performance.now();
  };
  const mutations = new MutationObserver((records) => {
    if (records.some(changed)) changedAt = performance.now();
  });
  mutations.observe(field, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true });
  window.addEventListener('keydown', onKeydown, { capture: true });
  window.addEventListener('input', onInput);

  return {
    async press(key) {
      keydownAt = Number.NaN;
      await userEvent.keyboard(key);
      await quiet(() => changedAt);
      if (Number.isNaN(keydownAt)) return null;
      const next = await frames.paintAfter(handledAt);
      const settled = await frames.paintAfter(changedAt);
      return {
        keydownAt,
        handlers: handledAt - keydownAt,
        nextPaint: next.painted - keydownAt,
        doubleRaf: next.doubleRaf - keydownAt,
        settled: settled.painted - keydownAt,
        eventTiming: null,
      };
    },
    async collectEventTiming(samples) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      entries.push(...events.takeRecords());
      for (const sample of samples) {
        // keydown, keypress, beforeinput and input of one keystroke share its timestamp; keyup is a later event.
        const mine = entries.filter((entry) => entry.name !== 'keyup' && Math.abs(entry.startTime - sample.keydownAt) < 1);
        sample.eventTiming = mine.length ? Math.max(...mine.map((entry) => entry.duration)) : null;
      }
    },
    firstInput: () => first,
    stop() {
      frames.stop();
      events.disconnect();
      firstInput.disconnect();
      mutations.disconnect();
      window.removeEventListener('keydown', onKeydown, { capture: true });
      window.removeEventListener('input', onInput);
    },
  };
}

/**
 * Types `digits` one key at a time, clearing the field with `clear` whenever they run out; the first round is a
 * warm-up. Returns one sample per measured digit. Checks the input's value after every round, so a bench that
 * typed into nothing fails instead of timing it.
 */
export async function typeSamples(
  probe: KeystrokeProbe,
  input: HTMLInputElement,
  digits: string,
  samples: number,
  clear: string,
): Promise<KeystrokeSample[]> {
  // The phone field may show the country's calling code in front of the typed digits (`+1 201 555 0123`).
  const expectValue = (typed: boolean) => {
    const got = input.value.replace(/\D/g, '');
    if (typed ? !got.endsWith(digits) : got.length > 3) throw new Error(`the field holds ${JSON.stringify(input.value)} after ${typed ? 'typing' : 'clearing'}`);
  };
  const measured: KeystrokeSample[] = [];
  let warm = false;
  while (measured.length < samples) {
    for (const digit of digits) {
      const sample = await probe.press(digit);
      if (!sample) throw new Error(`typing ${digit} fired no keydown: is the field focused?`);
      if (warm && measured.length < samples) measured.push(sample);
    }
    expectValue(true);
    await probe.press(clear);
    expectValue(false);
    warm = true;
  }
  await probe.collectEventTiming(measured);
  return measured;
}
