/**
 * The mobile walk's measures on made-up markup, so a walk that passes means the stories fit, not that the checks
 * saw nothing: each defect below is found, and its fixed twin is not.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { overflowing, undersizedTargets } from './mobileChecks.ts';

beforeAll(async () => {
  await page.viewport(375, 740);
});

let container: HTMLElement;
function mount(html: string): HTMLElement {
  container = document.createElement('div');
  container.style.cssText = 'padding: 16px; font: 16px/1.25 system-ui, sans-serif';
  container.innerHTML = html;
  document.body.append(container);
  return container;
}
afterEach(() => container.remove());

describe('overflowing', () => {
  it('finds a row wider than the screen, once (the outermost element)', () => {
    const found = overflowing(mount('<div class="row" style="width: 500px"><span style="display: block">+1 201 555 0100</span></div>'), 375);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^div\.row .*past the 375 px screen$/);
  });

  it('finds a long word running out of its button, inside the screen', () => {
    const found = overflowing(mount('<button class="switch" style="width: 80px; white-space: nowrap">Desactivado Verificación</button>'), 375);
    expect(found).toEqual([expect.stringMatching(/^button\.switch "Desactivado Verificación" .*: its content runs \d+(\.\d)? px past its border$/)]);
  });

  it('lets text wrap, and content that scrolls or is clipped on purpose', () => {
    const found = overflowing(
      mount(`
        <p style="width: 120px">Zwei-Schritt-Bestätigung per SMS ist aktiviert.</p>
        <div style="width: 100px; overflow-x: auto"><span style="display: inline-block; width: 300px">scrolls</span></div>
        <div style="width: 100px"><input style="width: 140px; clip-path: inset(0 40px 0 0)" aria-label="code"></div>
      `),
      375,
    );
    expect(found).toEqual([]);
  });
});

describe('undersizedTargets', () => {
  it('finds a button, a link and a switch under 24×24 px', () => {
    const found = undersizedTargets(
      mount(`
        <button style="all: unset">Change number</button>
        <a href="#x" style="font-size: 12px; line-height: 1">Help</a>
        <div role="switch" aria-checked="false" tabindex="0" style="width: 40px; height: 20px"></div>
      `),
    );
    expect(found).toHaveLength(3);
  });

  it('measures a checkbox by the label it sits in: an 18 px box in a 24 px row passes, in a 20 px row fails', () => {
    const tall = undersizedTargets(mount('<label style="display: flex; min-height: 24px; align-items: center"><input type="checkbox" style="width: 18px; height: 18px; margin: 0"> I saved my codes</label>'));
    container.remove();
    const short = undersizedTargets(mount('<label style="display: flex; height: 20px; align-items: center; line-height: 1"><input type="checkbox" style="width: 18px; height: 18px; margin: 0"> I saved my codes</label>'));
    expect(tall).toEqual([]);
    expect(short).toEqual([expect.stringMatching(/^label "I saved my codes"/)]);
  });

  it('passes 24×24 px targets and skips hidden ones', () => {
    const found = undersizedTargets(
      mount(`
        <button style="all: unset; display: inline-block; min-width: 24px; min-height: 24px">⋯</button>
        <button hidden>Hidden</button>
        <div style="display: none"><button>Not shown</button></div>
      `),
    );
    expect(found).toEqual([]);
  });
});
