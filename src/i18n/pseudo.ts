/**
 * A pseudo-locale for tests: every string wrapped in brackets, its letters accented, and padded by a third (as
 * translations run longer), placeholders kept. A page rendered with it shows at once any text that bypasses the
 * catalog: that text is plain English.
 */
import type { Messages } from './types.ts';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Pseudo-localizes one template; `{placeholders}` and file-name extensions like `.txt` keep working. */
function pseudoLocalizeString(template: string): string {
  const parts = template.split(/(\{\w+\})/);
  const body = parts.map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch))).join('');
  const padding = '~'.repeat(Math.ceil(template.replace(/\{\w+\}/g, '').length / 3));
  return `[${body}${padding}]`;
}

function walk<T>(node: T): T {
  if (typeof node === 'string') return pseudoLocalizeString(node) as T;
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)])) as T;
  }
  return node;
}

/** The whole catalog, pseudo-localized. */
export function pseudoLocalize(messages: Messages): Messages {
  return walk(messages);
}
