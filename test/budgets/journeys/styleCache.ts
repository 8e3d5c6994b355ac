/**
 * A cache in front of jsdom's getComputedStyle, for speed only. jsdom runs its whole user-agent stylesheet for
 * every element it is asked about and forgets everything on any DOM change, so testing-library's visibility checks
 * (every role query walks the element's ancestors) and input-otp's layout probe (up the whole tree, on mount and
 * every second) took most of a journey's CPU time.
 *
 * These tests load no stylesheet, so what jsdom answers for an element depends only on the element itself (tag and
 * attributes, for the user-agent rules and its inline style) and on what it inherits (the ancestors' inline
 * styles). jsdom's own answer is kept under exactly that key and recomputed whenever the key changes. Nothing in
 * the kit reads computed styles itself.
 */

function keyOf(element: Element): string {
  let key = element.tagName;
  for (const name of element.getAttributeNames()) key += ` ${name}=${element.getAttribute(name)}`;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) key += `|${parent.getAttribute('style') ?? ''}`;
  return key;
}

/** Installs the cache on `window` (and the global the libraries call); returns the function that removes it. */
export function installStyleCache(): () => void {
  const original = window.getComputedStyle;
  const globalOriginal = globalThis.getComputedStyle;
  const cache = new WeakMap<Element, { key: string; style: CSSStyleDeclaration }>();
  const cached = (element: Element, pseudo?: string | null): CSSStyleDeclaration => {
    if (pseudo) return original.call(window, element, pseudo);
    const key = keyOf(element);
    const hit = cache.get(element);
    if (hit?.key === key) return hit.style;
    const style = original.call(window, element);
    cache.set(element, { key, style });
    return style;
  };
  window.getComputedStyle = cached;
  globalThis.getComputedStyle = cached;
  return () => {
    window.getComputedStyle = original;
    globalThis.getComputedStyle = globalOriginal;
  };
}
