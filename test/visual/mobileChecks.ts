/**
 * What the mobile walk measures in a rendered story: overflow past the screen or out of a box, and targets smaller
 * than 24×24 CSS px. Each finding names the element the way a reviewer finds it (tag, class, text) with its size.
 */

/** What a person can click, tap or focus (WCAG 2.5.8 targets). */
const TARGETS = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  '[role="switch"]',
  '[role="menuitem"]',
  '[role="menuitemradio"]',
  '[role="menuitemcheckbox"]',
  '[role="radio"]',
  '[role="checkbox"]',
  '[role="tab"]',
].join(', ');

const MIN_TARGET = 24;
/** Layout rounds to fractions of a pixel: a box of 23.996 px is a 24 px box. */
const ROUNDING = 0.01;

const px = (value: number) => `${Math.round(value * 10) / 10}`;

/** `button.pnk-menu__trigger "Actions" (24×20)`: enough to find the element in the story. */
function describeElement(element: Element): string {
  const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('');
  const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
  const text = label.replace(/\s+/g, ' ').trim();
  const rect = element.getBoundingClientRect();
  return `${element.tagName.toLowerCase()}${classes}${text ? ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : ''} (${px(rect.width)}×${px(rect.height)})`;
}

function shown(element: Element): boolean {
  if (element.closest('[inert], [hidden]')) return false;
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** Visually hidden (a 1 px clipped box): the user sees and taps something else, its label. */
function visuallyHidden(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width <= 1 || rect.height <= 1;
}

/** The border box's inside (the padding box): what content may fill without crossing the border. */
function inside(element: Element): { left: number; right: number } {
  const rect = element.getBoundingClientRect();
  const left = rect.left + element.clientLeft;
  return { left, right: left + element.clientWidth };
}

/**
 * The boxes an element's own content draws: its text runs and its children in the flow. Left out: form controls
 * (an input scrolls its own text), clipped children (input-otp widens its input under a clip-path on purpose) and
 * positioned ones (a menu opens over the page; past the screen, it is still caught).
 */
function contentBoxes(element: Element): DOMRect[] {
  const boxes: DOMRect[] = [];
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE && child.nodeValue?.trim()) {
      const range = document.createRange();
      range.selectNodeContents(child);
      boxes.push(...range.getClientRects());
    } else if (child instanceof Element && shown(child) && !visuallyHidden(child)) {
      const style = getComputedStyle(child);
      if (style.clipPath !== 'none' || style.position === 'absolute' || style.position === 'fixed') continue;
      boxes.push(child.getBoundingClientRect());
    }
  }
  return boxes;
}

/** How far (px) the element's content runs past its border, sideways; 0 when it fits or is meant to scroll or clip. */
function spill(element: Element): number {
  if (element.clientWidth === 0 || element.matches('input, select, textarea')) return 0;
  if (getComputedStyle(element).overflowX !== 'visible') return 0;
  const box = inside(element);
  let worst = 0;
  for (const content of contentBoxes(element)) worst = Math.max(worst, content.right - box.right, box.left - content.left);
  return worst;
}

/**
 * Elements past the screen's edges (the outermost of each such subtree, the one to fix), and boxes whose content
 * runs past their border sideways (a long word out of its button, a row out of its card).
 */
export function overflowing(container: HTMLElement, width: number): string[] {
  const elements = [...container.querySelectorAll('*')].filter((element) => shown(element) && !visuallyHidden(element));
  const findings: string[] = [];
  const beyond = new Set(
    elements.filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.right > width + ROUNDING || rect.left < -ROUNDING;
    }),
  );
  for (const element of beyond) {
    if (element.parentElement && beyond.has(element.parentElement)) continue;
    const rect = element.getBoundingClientRect();
    findings.push(`${describeElement(element)} spans ${px(rect.left)}–${px(rect.right)} px, past the ${width} px screen`);
  }
  for (const element of elements) {
    const past = spill(element);
    if (past > 1) findings.push(`${describeElement(element)}: its content runs ${px(past)} px past its border`);
  }
  return findings;
}

/**
 * What a tap on the control lands on. A checkbox or radio inside its `<label>` toggles from anywhere on the label,
 * so the label is the target (the row needs the 24 px, not the box drawn in it); a visually hidden input is
 * reached through its label too.
 */
function tapTarget(control: HTMLElement): Element | null {
  const wrappingLabel = control.closest('label');
  if (control.matches('input[type="checkbox"], input[type="radio"]') && wrappingLabel) return wrappingLabel;
  if (visuallyHidden(control)) return (control as HTMLInputElement).labels?.[0] ?? wrappingLabel;
  return control;
}

/**
 * Every shown target smaller than 24×24 CSS px. Not inside `unstyled` kit markup: there the kit ships no CSS at all
 * (its contract), so sizes are the browser's defaults until the host's stylesheet sets them.
 */
export function undersizedTargets(container: HTMLElement): string[] {
  const findings: string[] = [];
  for (const control of container.querySelectorAll<HTMLElement>(TARGETS)) {
    if (!shown(control) || control.closest('.pnk-unstyled')) continue;
    const target = tapTarget(control);
    if (!target || !shown(target)) continue;
    const rect = target.getBoundingClientRect();
    if (rect.width < MIN_TARGET - ROUNDING || rect.height < MIN_TARGET - ROUNDING) findings.push(describeElement(target));
  }
  return findings;
}
