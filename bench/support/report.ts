/** Median, p95 and the printed markdown tables of `npm run bench`. */
import type { BenchMachine } from '../machine.ts';
import type { KeystrokeSample } from './keystrokes.ts';

/** Nearest-rank percentile (p in 0..100) of the samples. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));
const medianP95 = (values: readonly number[]) => [ms(percentile(values, 50)), ms(percentile(values, 95))];

function markdown(header: string[], align: string[], rows: string[][]): string {
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export interface KeystrokeRow {
  field: string;
  samples: KeystrokeSample[];
}

function eventTimingCell(samples: KeystrokeSample[]): string {
  const reported = samples.flatMap((sample) => (sample.eventTiming === null ? [] : [sample.eventTiming]));
  if (reported.length === 0) return `0 of ${samples.length}`;
  return `${reported.length} of ${samples.length}: ${ms(percentile(reported, 50))} / ${ms(percentile(reported, 95))}`;
}

export function keystrokeTable(rows: readonly KeystrokeRow[]): string {
  return markdown(
    ['keystroke in', 'n', 'handlers done', '**next paint**', 'p95', 'double rAF', 'p95', 'settled', 'p95', 'Event Timing ≥ 16 ms: reported, median / p95'],
    ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---'],
    rows.map(({ field, samples }) => {
      const pick = (key: 'handlers' | 'nextPaint' | 'doubleRaf' | 'settled') => samples.map((sample) => sample[key]);
      return [
        field,
        String(samples.length),
        ms(percentile(pick('handlers'), 50)),
        ...medianP95(pick('nextPaint')),
        ...medianP95(pick('doubleRaf')),
        ...medianP95(pick('settled')),
        eventTimingCell(samples),
      ];
    }),
  );
}

export interface MountRow {
  page: string;
  painted: number[];
  doubleRaf: number[];
}

export function mountTable(rows: readonly MountRow[]): string {
  return markdown(
    ['mount', 'n', '**painted with data**', 'p95', 'double rAF', 'p95'],
    ['---', '---:', '---:', '---:', '---:', '---:'],
    rows.map((row) => [row.page, String(row.painted.length), ...medianP95(row.painted), ...medianP95(row.doubleRaf)]),
  );
}

export function machineLine(before: BenchMachine, after: BenchMachine, reactBuild: string): string {
  const load = `load average ${before.load.toFixed(1)} before, ${after.load.toFixed(1)} after`;
  return `Machine: ${after.cpu}, ${after.cores} cores (${load}); Chromium ${after.chromium} (headless); Node ${after.node}; React ${reactBuild} build.`;
}
