#!/usr/bin/env node
/**
 * Writes src/components/common/displayFormats.ts, the table that lets formatPhoneNumber() group an E.164 number as
 * libphonenumber-js's formatInternational() does without shipping libphonenumber (~35 KB gzip) to the browser.
 * `node scripts/generate-display-formats.mjs` rewrites it; test/components/common/formatPhoneNumber.test.ts checks
 * that the committed file is what generateDisplayFormats() gives for the installed (pinned) libphonenumber-js.
 *
 * How: for each calling code, metadata.min.json's formats say how a national number is grouped, by its length and
 * leading digits. Walking digit prefixes with exact questions about the patterns (digit-patterns.mjs) splits each
 * length into prefix regions of one grouping; metadata.max.json's number types (same package and version) tell
 * which regions hold mobile or fixed-line numbers (the others are free). Rules are then picked greedily, most numbers
 * put right per byte first, on top of a generic per-length fallback (display-format-rules.mjs): every mobile region
 * must come out right, fixed-line regions only while a rule puts right FIXED_SHARE_PER_BYTE of the code's fixed-line
 * numbers per byte. Deterministic: no sampling, the same metadata always gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compilePattern } from './digit-patterns.mjs';
import { MOBILE, applySpec, chooseRules, key, specText } from './display-format-rules.mjs';

const require = createRequire(import.meta.url);
export const OUTPUT = fileURLToPath(new URL('../src/components/common/displayFormats.ts', import.meta.url));
// 0.2 saves 80 B and puts 75% of fixed-line numbers right; 0.1 puts 84% right; mobile numbers only (Infinity): 66%.
const FIXED_SHARE_PER_BYTE = 0.1;

export function loadLibphonenumber() {
  const load = (name) => require(`libphonenumber-js/${name}`);
  return { min: load('metadata.min.json'), max: load('metadata.max.json'), version: load('package.json').version };
}

function formatOf([pattern, national, leading, , , international], dfa) {
  const layout = international || national, whole = new RegExp(`^(?:${pattern})$`);
  // formatInternational() keeps only the digits and turns punctuation into single spaces; a literal would break that.
  if (/[\p{L}\p{N}]/u.test(layout.replace(/\$\d/g, ''))) throw new Error(`literal text in format ${layout}`);
  return {
    fits: (length) => whole.test('0'.repeat(length)),
    leading: leading?.length ? dfa(leading[leading.length - 1]) : undefined, // libphonenumber uses the most detailed
    groups: (length) => key('0'.repeat(length).replace(new RegExp(pattern), layout).split(/[^0]+/).filter(Boolean).map((g) => g.length)),
  };
}

function planOf(cc, { min, max }, dfa) {
  const regions = min.country_calling_codes[cc];
  const pick = (meta, region) => (region === '001' ? meta.nonGeographic[cc] : meta.countries[region]);
  const formats = (pick(min, regions[0])[4] || []).map((f) => formatOf(f, dfa)); // shared codes use the main region's
  let types = [];
  for (const region of regions) {
    const [, , , lengths, , , , , , , , t] = pick(max, region);
    t.forEach((type, i) => {
      if (!type || (i > 0 && !type[0])) return;
      // An empty mobile pattern means "same as fixed line": those numbers are mobile too.
      const kind = i === 1 || (i === 0 && t[1]?.[0] === '') ? 'm' : i === 0 ? 'f' : 'o';
      types.push({ kind, dfa: dfa(type[0]), lengths: type[1] ?? lengths });
    });
  }
  if (!types.some((t) => t.kind !== 'o')) types = types.map((t) => ({ ...t, kind: 'f' })); // non-geographic codes
  const count = (prefix, length, kind) =>
    types.reduce((n, t) => n + (t.kind === kind && t.lengths.includes(length) ? t.dfa.countWithPrefix(prefix, length) : 0), 0);
  const lengths = [...new Set(types.filter((t) => t.kind !== 'o').flatMap((t) => t.lengths))].sort((a, b) => a - b);
  return { formats, count, lengths };
}

/** Prefix regions of one grouping for national numbers of `length` digits that hold mobile or fixed-line numbers. */
function regions(plan, length) {
  const found = new Map();
  const visit = (prefix) => {
    if (!plan.count(prefix, length, 'm') && !plan.count(prefix, length, 'f')) return;
    for (const format of plan.formats) {
      if (!format.fits(length)) continue;
      const status = format.leading ? format.leading.leading(prefix, length) : 'yes';
      if (status === 'no') continue;
      if (status === 'yes') return void found.set(prefix, format.groups(length));
      for (let d = 0; d < 10; d++) visit(prefix + d);
      return;
    }
    found.set(prefix, String(length)); // no format fits: libphonenumber prints the digits ungrouped
  };
  visit('');
  return found;
}

/** Regions shared by all lengths (a prefix split for one length is split for all), each with its weight per length. */
function cellsOf(plan, fallback) {
  const perLength = plan.lengths.map((length) => [length, regions(plan, length)]);
  const prefixes = new Set(perLength.flatMap(([, found]) => [...found.keys()]));
  const inner = new Set([...prefixes].flatMap((p) => [...p].map((_, i) => p.slice(0, i))));
  const cells = [...prefixes].filter((p) => !inner.has(p));
  for (const q of inner) for (let d = 0; d < 10; d++) if (!inner.has(q + d) && !prefixes.has(q + d)) cells.push(q + d);
  const fixedTotal = plan.lengths.reduce((n, length) => n + plan.count('', length, 'f'), 0);
  const items = [];
  for (const [length, found] of perLength) {
    for (const q of cells) {
      let i = q.length;
      while (i >= 0 && !found.has(q.slice(0, i))) i--;
      const mobile = plan.count(q, length, 'm'), fixed = plan.count(q, length, 'f');
      if (i < 0 || (!mobile && !fixed)) continue;
      items.push({ q, length, want: found.get(q.slice(0, i)), now: fallback(length), weight: mobile ? MOBILE : fixed / fixedTotal });
    }
  }
  return { items: items.sort((a, b) => (a.q < b.q ? -1 : a.q > b.q ? 1 : 0)), nodes: new Set([...inner, ...cells]) };
}

/**
 * The rules every calling code ends with: per national length, the grouping most calling codes give most of their
 * numbers of that length (when at least 3 agree), as exact rules; longer numbers like the longest of those, the
 * rest as the last group; anything else in one group.
 */
function fallbackOf(plans) {
  const votes = new Map();
  for (const plan of plans.values()) {
    for (const length of plan.lengths) {
      const weights = new Map();
      for (const [prefix, groups] of regions(plan, length)) {
        const w = plan.count(prefix, length, 'm') * 10 + plan.count(prefix, length, 'f');
        weights.set(groups, (weights.get(groups) ?? 0) + w);
      }
      const top = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      const tally = votes.get(length) ?? new Map();
      votes.set(length, tally.set(top, (tally.get(top) ?? 0) + 1));
    }
  }
  const winners = [...votes]
    .sort((a, b) => a[0] - b[0])
    .map(([, tally]) => [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0])
    .filter(([groups, n]) => n >= 3 && groups.includes('.'))
    .map(([groups]) => groups.split('.').map(Number));
  const longest = { groups: winners[winners.length - 1].slice(0, -1), exact: false };
  const exact = winners.filter((groups) => applySpec(longest, groups.reduce((a, b) => a + b)) !== key(groups));
  return [...exact.map((groups) => specText({ groups, exact: true })), specText(longest), '.'];
}

/** What the fallback rules give a national number of `length` digits. */
function fallbackGroups(fallback, length) {
  for (const rule of fallback) {
    const groups = [...rule.replace(/[.!]/g, '')].map((c) => c.charCodeAt(0) - 96);
    const out = rule === '.' ? String(length) : applySpec({ groups, exact: rule.endsWith('!') }, length);
    if (out !== undefined) return out;
  }
}

export function generateDisplayFormats({ min, max, version }) {
  const cache = new Map();
  const dfa = (src) => cache.get(src) ?? cache.set(src, compilePattern(src)).get(src);
  const codes = Object.keys(min.country_calling_codes).sort((a, b) => a - b);
  const plans = new Map(codes.map((cc) => [cc, planOf(cc, { min, max }, dfa)]));
  const fallback = fallbackOf(plans);
  let previous = 0;
  const entries = codes.map((cc) => {
    // The gap from the previous calling code beyond 1, as capital letters worth A=1 … Z=26.
    let skip = '';
    for (let gap = cc - previous - 1; gap > 0; gap -= 26) skip += String.fromCharCode(64 + Math.min(gap, 26));
    previous = +cc;
    const { items, nodes } = cellsOf(plans.get(cc), (length) => fallbackGroups(fallback, length));
    return skip + chooseRules(items, nodes, (length) => fallbackGroups(fallback, length), FIXED_SHARE_PER_BYTE).join(',');
  });
  return `// GENERATED by scripts/generate-display-formats.mjs from libphonenumber-js ${version}: do not edit, rerun it.
// Derived from libphonenumber-js (MIT) and Google's libphonenumber metadata (Apache-2.0); see THIRD_PARTY_NOTICES.md.
//
// FORMATS has one entry per calling code, in ascending order, separated by ";". An entry starts with capital
// letters that skip codes (A=1 … Z=26, added up), then lists rules separated by ",": a regular expression for the
// leading digits of the national number, then group sizes as letters (a=1 … z=26). A rule ending in "!" applies
// when its groups add up to the whole number; otherwise when the number is longer, the rest forming one more group
// ("." alone: the whole number as one group). The first rule that applies wins; every entry ends with FALLBACK's
// rules: per length, the grouping most calling codes use, then the longest of those for longer numbers.
export const FALLBACK = ${JSON.stringify(fallback.join(','))};
export const FORMATS =
  ${JSON.stringify(entries.join(';'))};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT, generateDisplayFormats(loadLibphonenumber()));
  console.log(`wrote ${OUTPUT}`);
}
