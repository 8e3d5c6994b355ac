/**
 * Every story on a right-to-left page 375 px wide, in Chromium: each phone number the user sees ("+" then digits
 * and spaces) reads left to right, because it sits in an element with dir="ltr" (the `pnk-phone-number` bdi, or a
 * left-to-right input), and stays on one line. Without the isolation "+1 201 555 0100" shows as "0100 555 201 1+";
 * without nowrap it splits after "+1". Checked at every change until the story settles.
 */
import { describe, expect, it } from 'vitest';
import { kitStories, settled } from './storyHarness.tsx';

/** A phone number as shown: "+", a digit, then digits and single spaces, ending in a digit. */
const PHONE_NUMBER = /\+\d(?: ?\d){5,}/g;

/** The direction set nearest to `element` by a dir attribute (the page's own direction is rtl here). */
const declaredDirection = (element: Element) => element.closest('[dir]')?.getAttribute('dir');

/** How many line boxes the range's text spans: its client rects, grouped by their vertical middle. */
function lineCount(range: Range): number {
  const middles = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top + rect.height / 2));
  return new Set(middles).size;
}

/** Visually hidden text (a live region clipped to 1 px) is heard, not seen: it has no lines to break or mirror. */
const seen = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && element.checkVisibility();
};

/** The kit's root elements, styled or `unstyled` (story chrome such as the fake SMS outbox is not the kit). */
const KIT_ROOTS = '.pnk, .pnk-unstyled';

/**
 * `"<number> in <where>: <problem>"` for each phone number in the kit's text shown right-to-left or on more than
 * one line; `onNumber` hears of every number checked.
 */
export function misplacedNumbers(root: HTMLElement, onNumber: (number: string) => void = () => undefined): string[] {
  const problems: string[] = [];
  const where = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent?.closest(KIT_ROOTS) || !seen(parent)) continue;
    for (const match of node.data.matchAll(PHONE_NUMBER)) {
      onNumber(match[0]);
      if (declaredDirection(parent) !== 'ltr') problems.push(`${match[0]} in ${where(parent)}: not inside dir="ltr"`);
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = lineCount(range);
      if (lines > 1) problems.push(`${match[0]} in ${where(parent)}: on ${lines} lines`);
    }
  }
  for (const input of root.querySelectorAll<HTMLInputElement>(`:is(${KIT_ROOTS}) input`)) {
    const number = input.value.match(PHONE_NUMBER)?.[0];
    if (number && getComputedStyle(input).direction !== 'ltr') problems.push(`${number} in input[name=${input.name}]: not left-to-right`);
  }
  return problems;
}

describe('dir="rtl" at 375 px: every phone number is isolated left-to-right, on one line', () => {
  it('found the stories', () => {
    expect(kitStories.length).toBeGreaterThan(40);
  });

  it.each(kitStories.map((story) => [story.name, story] as const))('%s', async (_name, story) => {
    const container = await story.render((node) => (
      <div dir="rtl" lang="ar" style={{ width: 375 }}>
        {node}
      </div>
    ));
    const problems = new Set<string>();
    await settled(container, () => {
      for (const problem of misplacedNumbers(container)) problems.add(problem);
    }, 400, 8_000);
    expect([...problems]).toEqual([]);
  });

  it('checks the numbers the stories show (the walk is not vacuous)', async () => {
    const story = kitStories.find((candidate) => candidate.name === 'Components/VerifyPhoneNumber › Default')!;
    const container = await story.render((node) => <div dir="rtl">{node}</div>);
    const numbers: string[] = [];
    await settled(container, () => void misplacedNumbers(container, (number) => numbers.push(number)));
    expect(numbers).toContain('+1 201 555 0123');
  });

  it('catches a reversed or split number (the check is not vacuous)', () => {
    const root = document.createElement('div');
    root.className = 'pnk';
    root.dir = 'rtl';
    root.style.width = '60px';
    root.innerHTML = '<p>Sent to +1 201 555 0100</p><p><bdi dir="ltr">+44 7400 123456</bdi></p>';
    document.body.append(root);
    const problems = misplacedNumbers(root);
    root.remove();
    expect(problems).toContainEqual(expect.stringMatching(/^\+1 201 555 0100 in p\.: not inside dir="ltr"/));
    expect(problems).toContainEqual(expect.stringMatching(/^\+1 201 555 0100 in p\.: on \d lines/));
    expect(problems).toContainEqual(expect.stringMatching(/^\+44 7400 123456 in bdi\.: on \d lines/));
  });
});
