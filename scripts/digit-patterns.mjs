// Turns the digit-only regular expressions of libphonenumber metadata into lazily built DFAs over 0-9, so the
// display-format generator can ask exact questions about whole number ranges ("how many valid numbers of length 9
// start with 74?", "does every number starting with 845 match this leading-digits pattern?") instead of guessing
// from samples. Supports the subset the metadata uses: digits, \d, [classes], (?:groups), |, ?, *, +, {n}, {n,m}.

function parse(src) {
  let i = 0;
  const fail = () => {
    throw new Error(`unsupported pattern at ${i}: ${src}`);
  };
  const alt = () => {
    const branches = [seq()];
    while (src[i] === '|') {
      i++;
      branches.push(seq());
    }
    return branches.length === 1 ? branches[0] : { t: 'alt', c: branches };
  };
  const seq = () => {
    const items = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(quantified(atom()));
    return { t: 'seq', c: items };
  };
  const atom = () => {
    const ch = src[i++];
    if (ch === '(') {
      if (src.startsWith('?:', i)) i += 2;
      const inner = alt();
      if (src[i++] !== ')') fail();
      return inner;
    }
    if (ch === '\\') return src[i++] === 'd' ? { t: 'set', m: 1023 } : fail();
    if (ch === '[') {
      let m = 0;
      while (src[i] !== ']') {
        if (src.startsWith('\\d', i)) {
          m = 1023;
          i += 2;
        } else if (src[i + 1] === '-') {
          m |= range(+src[i], +src[i + 2]);
          i += 3;
        } else m |= 1 << +src[i++];
      }
      i++;
      return { t: 'set', m };
    }
    return /\d/.test(ch ?? '') ? { t: 'set', m: 1 << +ch } : fail();
  };
  const quantified = (node) => {
    for (;;) {
      const ch = src[i];
      if (ch === '?' || ch === '*' || ch === '+') {
        i++;
        node = { t: 'rep', c: node, min: ch === '+' ? 1 : 0, max: ch === '?' ? 1 : Infinity };
      } else if (ch === '{') {
        const [, a, comma, b] = /^\{(\d+)(,?)(\d*)\}/.exec(src.slice(i)) ?? fail();
        i = src.indexOf('}', i) + 1;
        node = { t: 'rep', c: node, min: +a, max: comma ? (b ? +b : Infinity) : +a };
      } else return node;
    }
  };
  const tree = alt();
  if (i !== src.length) fail();
  return tree;
}

const range = (a, b) => ((1 << (b + 1)) - 1) & ~((1 << a) - 1);

/** Thompson NFA: eps[s] lists ε-targets, edges[s] lists [digitMask, target]. */
function toNfa(tree) {
  const eps = [], edges = [];
  const state = () => (eps.push([]), edges.push([]), eps.length - 1);
  const build = (node, from) => {
    if (node.t === 'set') {
      const to = state();
      edges[from].push([node.m, to]);
      return to;
    }
    if (node.t === 'seq') return node.c.reduce((at, child) => build(child, at), from);
    if (node.t === 'alt') {
      const end = state();
      for (const child of node.c) {
        const start = state();
        eps[from].push(start);
        eps[build(child, start)].push(end);
      }
      return end;
    }
    let at = from;
    for (let k = 0; k < node.min; k++) at = build(node.c, at);
    if (node.max === Infinity) {
      const loop = state();
      eps[at].push(loop);
      eps[build(node.c, loop)].push(loop);
      return loop;
    }
    const end = state();
    eps[at].push(end);
    for (let k = node.min; k < node.max; k++) eps[(at = build(node.c, at))].push(end);
    return end;
  };
  const start = state();
  return { eps, edges, start, accept: build(tree, start) };
}

/** A DFA whose states are numbered lazily; state 0 is dead. */
export function compilePattern(src) {
  const { eps, edges, start, accept } = toNfa(parse(src));
  const ids = new Map([['', 0]]), sets = [[]], next = [], acc = [false];
  const close = (seed) => {
    const seen = new Set(seed), stack = [...seed];
    while (stack.length) {
      for (const t of eps[stack.pop()]) {
        if (!seen.has(t)) {
          seen.add(t);
          stack.push(t);
        }
      }
    }
    return [...seen].sort((a, b) => a - b);
  };
  const id = (set) => {
    const key = set.join(',');
    if (!ids.has(key)) {
      ids.set(key, sets.length);
      sets.push(set);
      acc.push(set.includes(accept));
    }
    return ids.get(key);
  };
  const step = (d, digit) => {
    const row = (next[d] ??= []);
    if (row[digit] === undefined) {
      const to = new Set();
      for (const s of sets[d]) for (const [m, t] of edges[s]) if (m & (1 << digit)) to.add(t);
      row[digit] = id(close([...to]));
    }
    return row[digit];
  };
  const counts = new Map();
  /** How many digit strings of length n lead from d to acceptance. */
  const count = (d, n) => {
    if (d === 0) return 0;
    if (n === 0) return acc[d] ? 1 : 0;
    const key = d * 64 + n;
    if (!counts.has(key)) {
      let c = 0;
      for (let digit = 0; digit < 10; digit++) c += count(step(d, digit), n - 1);
      counts.set(key, c);
    }
    return counts.get(key);
  };
  const sure = new Map();
  /** Whether every digit string of length n from d passes through acceptance. */
  const surely = (d, n) => {
    if (acc[d]) return true;
    if (n === 0 || d === 0) return false;
    const key = d * 64 + n;
    if (!sure.has(key)) sure.set(key, [...Array(10).keys()].every((digit) => surely(step(d, digit), n - 1)));
    return sure.get(key);
  };
  const init = id(close([start]));
  const walk = (digits, d = init) => {
    for (const ch of digits) d = step(d, +ch);
    return d;
  };
  return {
    /** Whole-string matches of length `length` that start with `prefix`. */
    countWithPrefix: (prefix, length) => (prefix.length > length ? 0 : count(walk(prefix), length - prefix.length)),
    /** For a prefix-anchored search (String.search(...) === 0) on numbers of `length` digits starting with `prefix`: 'yes' for all, 'no' for none, 'maybe'. */
    leading(prefix, length) {
      let d = init;
      if (acc[d]) return 'yes';
      for (const ch of prefix) if (acc[(d = step(d, +ch))]) return 'yes';
      const left = length - prefix.length;
      if (surely(d, left)) return 'yes';
      for (let n = 1; n <= left; n++) if (count(d, n) > 0) return 'maybe';
      return 'no';
    },
    /** A uniformly drawn match of `length` digits (`random` returns [0, 1)), or undefined when there is none. */
    sample(length, random, prefix = '') {
      let d = walk(prefix), out = prefix;
      if (count(d, length - out.length) === 0) return undefined;
      while (out.length < length) {
        const left = length - out.length - 1, weights = [...Array(10).keys()].map((digit) => count(step(d, digit), left));
        let pick = random() * weights.reduce((a, b) => a + b), digit = 0;
        // Skip digits with no completions, and guard against rounding running past the last digit.
        while (digit < 9 && (pick >= weights[digit] || weights[digit] === 0)) pick -= weights[digit++];
        while (weights[digit] === 0) digit--;
        d = step(d, digit);
        out += digit;
      }
      return out;
    },
  };
}
