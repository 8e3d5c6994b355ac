// Picks the grouping rules of one calling code for scripts/generate-display-formats.mjs. Input: "cells" (prefix
// regions that share one grouping per national length), each with the grouping libphonenumber gives (`want`), the
// grouping the rules so far give (`now`) and a weight (MOBILE for a mobile cell, else its share of the calling
// code's fixed-line numbers). Output: rules as text, "<leading-digits regex><sizes as letters>[!]".

/** Weight of a mobile cell: above any fixed-line gain, so mobile cells are always put right first. */
export const MOBILE = 1e6;

export const key = (groups) => groups.join('.');

/** The groups a spec gives a national number of `length` digits, or undefined when it does not apply. */
export function applySpec({ groups, exact }, length) {
  const sum = groups.reduce((a, b) => a + b, 0);
  if (exact) return sum === length ? key(groups) : undefined;
  return sum < length ? key([...groups, length - sum]) : undefined;
}
export const specText = ({ groups, exact }) => groups.map((g) => String.fromCharCode(96 + g)).join('') + (exact ? '!' : '');

/** Digit classes: runs of three or more as ranges, `.` for all ten. */
function digitClass(digits) {
  const runs = [];
  for (const d of digits) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  const body = runs.map((r) => (r.length > 2 ? `${r[0]}-${r[r.length - 1]}` : r.join(''))).join('');
  return body === '0-9' ? '.' : body.length === 1 ? body : `[${body}]`; // '.': national numbers are all digits
}

/** A regex for "starts with one of `prefixes`" (a set), sharing common leading digits. */
function render(prefixes, q = '') {
  return alternatives(prefixes, q).join('|');
}
function alternatives(prefixes, q) {
  if (prefixes.has(q)) return [''];
  const byTail = new Map();
  for (let d = 0; d < 10; d++) {
    if (![...prefixes].some((p) => p.startsWith(q + d))) continue;
    const tail = alternatives(prefixes, q + d);
    const text = tail.length > 1 ? `(${tail.join('|')})` : tail[0];
    byTail.set(text, [...(byTail.get(text) ?? []), d]);
  }
  return [...byTail].map(([tail, digits]) => digitClass(digits) + tail);
}

/**
 * The prefix regex for a rule: takes cells it puts right (state 1) and may take cells it breaks (state 2, at twice
 * their weight: someone must put them right again; state 3, fixed-line cells while mobile ones come first, at the
 * bytes it would take to mend them) where that shortens the regex enough. Maximises value per byte by Dinkelbach's
 * method: repeatedly maximise value − rate × bytes over the trie, with rate the last ratio found.
 */
function cover(items, nodes, state, fixedSharePerByte) {
  const good = [0], bad = [0], soft = [0];
  items.forEach((it, i) => {
    good.push(good[i] + (state[i] === 1 ? it.weight : 0));
    bad.push(bad[i] + (state[i] === 2 ? 2 * it.weight : 0));
    soft.push(soft[i] + (state[i] === 3 ? it.weight / fixedSharePerByte : 0));
  });
  const lower = (q) => {
    let lo = 0, hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].q < q) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sums = (q) => {
    const a = lower(q), b = lower(q + ':'); // ':' sorts right after the digits
    return [good[b] - good[a], bad[b] - bad[a], soft[b] - soft[a]];
  };
  const walk = (q, rate) => {
    const [g, b, f] = sums(q);
    if (!g) return undefined;
    // bytes: a rough regex length; soft: fixed-line numbers broken while mobile ones are fixed, in bytes to mend.
    const whole = { value: g - b, bytes: q ? 1 : 0, soft: f, taken: [q] };
    if (!b && !f) return whole;
    const taken = [], take = [], free = [];
    let value = 0, bytes = q ? 3 : 0, soft = 0;
    const worth = (r) => r.value - rate * (r.bytes + r.soft);
    for (let d = 0; d < 10; d++) {
      const sub = nodes.has(q + d) ? walk(q + d, rate) : undefined;
      if (sub && worth(sub) > 0) {
        value += sub.value;
        bytes += sub.bytes;
        soft += sub.soft;
        taken.push(...sub.taken);
        take.push(d);
      } else if (!sums(q + d)[1] && !sums(q + d)[2]) free.push(d);
    }
    const split = { value, bytes, soft, taken };
    if (!taken.length || worth(whole) >= worth(split)) return whole.value > 0 ? whole : undefined;
    // Free digits between taken ones cost nothing and may turn a class into a range.
    for (const d of free) if (d > take[0] && d < take[take.length - 1]) taken.push(q + d);
    return split;
  };
  let best;
  for (let rate = 0, round = 0; round < 6; round++) {
    const found = walk('', rate);
    if (!found || found.value <= 0) break;
    const re = render(new Set(found.taken)), ratio = found.value / (re.length + 1 + found.soft);
    if (best && ratio <= best.ratio) break;
    best = { ...found, re, ratio };
    rate = ratio;
  }
  return best;
}

/**
 * Rules for one calling code, highest priority first, as text: picked greedily (most weight put right per byte) on
 * top of `fallback` until every mobile cell is right and no rule puts right `fixedSharePerByte` of fixed-line weight.
 */
export function chooseRules(items, nodes, fallback, fixedSharePerByte) {
  const rules = [];
  for (;;) {
    const wrong = items.filter((it) => it.now !== it.want);
    // Mobile first: until every mobile region is right, fixed-line regions are only a cost when broken.
    const mobileLeft = wrong.some((it) => it.weight === MOBILE);
    const specs = new Map();
    for (const it of wrong) {
      const groups = it.want.split('.').map(Number);
      for (const spec of [{ groups, exact: true }, { groups: groups.slice(0, -1), exact: false }]) specs.set(specText(spec), spec);
    }
    let best;
    for (const spec of specs.values()) {
      const state = items.map((it) => {
        const out = applySpec(spec, it.length);
        if (out === undefined || (out === it.want) === (it.now === it.want)) return 0;
        if (mobileLeft && it.weight !== MOBILE) return out === it.want ? 0 : 3;
        return out === it.want ? 1 : 2;
      });
      const found = cover(items, nodes, state, fixedSharePerByte);
      if (!found) continue;
      const score = found.value / (found.re.length + specText(spec).length + 1 + found.soft);
      if (!best || score > best.score) best = { spec, taken: new Set(found.taken), score };
    }
    if (!best || (!mobileLeft && best.score < fixedSharePerByte)) break;
    for (const it of items) if (covers(best.taken, it.q)) it.now = applySpec(best.spec, it.length) ?? it.now;
    rules.unshift(best);
  }
  if (items.some((it) => it.weight === MOBILE && it.now !== it.want)) throw new Error('a mobile region is left wrong');
  // '' would read as "no rules"; '.' takes every number too.
  return mergeRules(rules, items, fallback).map(({ spec, taken }) => render(taken) + specText(spec) || '.');
}

const covers = (taken, q) => [...q].some((_, i) => taken.has(q.slice(0, i))) || taken.has(q);

/** Greedy picks often split one grouping over several rules: join two whenever no right cell turns wrong. */
function mergeRules(rules, items, fallback) {
  const right = (list) =>
    items.map((it) => {
      const rule = list.find((r) => applySpec(r.spec, it.length) !== undefined && covers(r.taken, it.q));
      return (rule ? applySpec(rule.spec, it.length) : fallback(it.length)) === it.want;
    });
  let before = right(rules);
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      if (specText(rules[i].spec) !== specText(rules[j].spec)) continue;
      const joined = { spec: rules[i].spec, taken: new Set([...rules[i].taken, ...rules[j].taken]) };
      for (const [keep, drop] of [[i, j], [j, i]]) {
        const trial = rules.map((r, k) => (k === keep ? joined : r)).filter((_, k) => k !== drop);
        const after = right(trial);
        if (before.every((ok, n) => !ok || after[n])) {
          rules = trial;
          before = after;
          j = i; // look again from i's next partner
          break;
        }
      }
    }
  }
  return rules;
}
