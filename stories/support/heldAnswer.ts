/**
 * A server answer a play function holds back while it checks the waiting state (the optimistic change, the pending
 * row), then lets through: the state lasts as long as the check needs, however busy the machine. Open unless a
 * play function holds it, so a story clicked by hand answers as usual.
 */
export interface HeldAnswer {
  /** Resolves when the answer may go (at once unless held). For the story's msw handler. */
  wait(): Promise<void>;
  /** Answers from now on wait until {@link HeldAnswer.release}. */
  hold(): void;
  /** Lets the held answers (and every later one) through. */
  release(): void;
}

export function heldAnswer(): HeldAnswer {
  let gate: Promise<void> = Promise.resolve();
  let open: () => void = () => undefined;
  return {
    wait: () => gate,
    hold() {
      open();
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      open();
      gate = Promise.resolve();
    },
  };
}
