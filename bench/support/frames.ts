/**
 * Paint timing without Event Timing's 16 ms floor. A rAF loop stamps every frame twice: when its rAF callbacks run
 * (the frame starts) and when a task posted from there runs (the frame's main-thread work, style, layout and paint,
 * is done). "Painted" is that second stamp for the first frame that started after the change; "double rAF" is the
 * start of the frame after it, the classic double-requestAnimationFrame bound (up to one vsync later).
 */

interface Frame {
  raf: number;
  painted: number;
}

interface PaintTimes {
  painted: number;
  doubleRaf: number;
}

export interface FrameTracker {
  /** Resolves once the first frame that started after `time` is painted and the next one has started. */
  paintAfter(time: number): Promise<PaintTimes>;
  stop(): void;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export function trackFrames(): FrameTracker {
  const frames: Frame[] = [];
  const posted: Frame[] = [];
  const channel = new MessageChannel();
  let running = true;
  channel.port1.onmessage = () => {
    const frame = posted.shift();
    if (frame) frame.painted = performance.now();
  };
  const loop = () => {
    if (!running) return;
    const frame = { raf: performance.now(), painted: Number.NaN };
    frames.push(frame);
    posted.push(frame);
    channel.port2.postMessage(null);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);

  return {
    async paintAfter(time) {
      for (;;) {
        const index = frames.findIndex((frame) => frame.raf > time);
        const frame = frames[index];
        const next = frames[index + 1];
        if (index >= 0 && frame && next && !Number.isNaN(frame.painted)) {
          // Older frames are never asked for again (callers move forward in time).
          frames.splice(0, index);
          return { painted: frame.painted, doubleRaf: next.raf };
        }
        await nextFrame();
      }
    },
    stop() {
      running = false;
      channel.port1.close();
    },
  };
}

/** Waits until `changedAt()` has not moved for `quietMs` (checked once per frame). */
export async function quiet(changedAt: () => number, quietMs = 100): Promise<void> {
  let last = changedAt();
  let since = performance.now();
  while (performance.now() - since < quietMs) {
    await nextFrame();
    if (changedAt() !== last) {
      last = changedAt();
      since = performance.now();
    }
  }
}
