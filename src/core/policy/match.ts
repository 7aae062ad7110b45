import { RE2JS } from 're2js';

/**
 * Policy patterns come from the change being judged, so matching must stay linear whatever they
 * hold: `*a*a*a…*b` against a long run of `a`s made a backtracking engine run for minutes. Wildcards
 * and globs compile to a small automaton simulated one character at a time (every state at most
 * once per character); `/regex/` patterns go to RE2JS, a port of RE2 that never backtracks.
 */

/** Longest pattern a policy may hold; longer ones are a bad value (a finding), never compiled. */
export const MAX_PATTERN_CHARS = 1024;
/** Longest target matched; a longer traced target is a bad trace line. */
export const MAX_TARGET_CHARS = 4096;

/** A bad pattern: the message says what was expected. */
export class PatternError extends Error {
  override name = 'PatternError';
}

type Node =
  | { t: 'ch'; c: string; out: number }
  | { t: 'any'; slash: boolean; out: number }
  | { t: 'set'; negate: boolean; ranges: Array<[string, string]>; out: number }
  | { t: 'split'; a: number; b: number }
  | { t: 'match' };

type Item =
  | { k: 'ch'; c: string }
  | { k: 'one' }
  | { k: 'star' }
  | { k: 'all' }
  | { k: 'dirs' }
  | { k: 'tail' }
  | { k: 'set'; negate: boolean; ranges: Array<[string, string]> }
  | { k: 'alt'; options: Item[][] };

/** Where a `{` opened at `from` closes, and whether it holds a top-level comma; null if unclosed. */
function braceEnd(p: string, from: number): { end: number; comma: boolean } | null {
  let depth = 0;
  let comma = false;
  for (let i = from; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { end: i, comma };
    else if (c === ',' && depth === 1) comma = true;
  }
  return null;
}

function parseClass(p: string, from: number): { item: Item; end: number } | null {
  let i = from + 1;
  const negate = p[i] === '!' || p[i] === '^';
  if (negate) i++;
  const ranges: Array<[string, string]> = [];
  const start = i;
  for (; i < p.length; i++) {
    if (p[i] === ']' && i > start) return { item: { k: 'set', negate, ranges }, end: i };
    let lo = p[i]!;
    if (lo === '\\' && i + 1 < p.length) lo = p[++i]!;
    if (p[i + 1] === '-' && i + 2 < p.length && p[i + 2] !== ']') {
      ranges.push([lo, p[i + 2]!]);
      i += 2;
    } else ranges.push([lo, lo]);
  }
  return null;
}

/** Parses a glob (files) or a wildcard (commands: only `*`, which crosses `/` and spaces). */
function parseItems(p: string, glob: boolean, from = 0, stop = ''): { items: Item[]; end: number } {
  const items: Item[] = [];
  let i = from;
  for (; i < p.length; i++) {
    const c = p[i]!;
    if (stop.includes(c)) break;
    if (!glob) {
      items.push(c === '*' ? { k: 'all' } : { k: 'ch', c });
      continue;
    }
    if (c === '\\' && i + 1 < p.length) {
      items.push({ k: 'ch', c: p[++i]! });
    } else if (c === '*') {
      let j = i;
      while (p[j + 1] === '*') j++;
      const segmentStart = i === 0 || p[i - 1] === '/';
      const segmentEnd = j + 1 === p.length || p[j + 1] === '/';
      if (j > i && segmentStart && segmentEnd) {
        // `**` as a whole segment: any number of folders.
        if (j + 1 === p.length) {
          if (items.at(-1)?.k === 'ch' && (items.at(-1) as { c: string }).c === '/') {
            items.pop();
            items.push({ k: 'tail' });
          } else items.push({ k: 'all' });
        } else {
          items.push({ k: 'dirs' });
          j++; // the `/` after it belongs to the segment
        }
      } else items.push({ k: 'star' });
      i = j;
    } else if (c === '?') {
      items.push({ k: 'one' });
    } else if (c === '[') {
      const set = parseClass(p, i);
      if (set) {
        items.push(set.item);
        i = set.end;
      } else items.push({ k: 'ch', c });
    } else if (c === '{' && braceEnd(p, i)?.comma) {
      const options: Item[][] = [];
      let at = i + 1;
      for (;;) {
        const part = parseItems(p, glob, at, ',}');
        options.push(part.items);
        at = part.end + 1;
        if (p[part.end] === '}') break;
      }
      items.push({ k: 'alt', options });
      i = at - 1;
    } else items.push({ k: 'ch', c });
  }
  return { items, end: i };
}

/** Builds nodes backwards from `next` so each item knows its continuation; returns the entry. */
function emit(prog: Node[], items: readonly Item[], next: number): number {
  let at = next;
  for (let i = items.length - 1; i >= 0; i--) at = emitItem(prog, items[i]!, at);
  return at;
}

const push = (prog: Node[], n: Node): number => prog.push(n) - 1;

/** A loop over `consume` then `next`: split(consume → split, next). */
function loop(prog: Node[], slash: boolean, next: number): number {
  const split = push(prog, { t: 'split', a: -1, b: next });
  const any = push(prog, { t: 'any', slash, out: split });
  (prog[split] as { a: number }).a = any;
  return split;
}

function emitItem(prog: Node[], item: Item, next: number): number {
  switch (item.k) {
    case 'ch':
      return push(prog, { t: 'ch', c: item.c, out: next });
    case 'one':
      return push(prog, { t: 'any', slash: false, out: next });
    case 'set':
      return push(prog, { t: 'set', negate: item.negate, ranges: item.ranges, out: next });
    case 'star':
      return loop(prog, false, next);
    case 'all':
      return loop(prog, true, next);
    case 'tail': {
      // `/**` at the end: nothing, or `/` and anything.
      const rest = push(prog, { t: 'ch', c: '/', out: loop(prog, true, next) });
      return push(prog, { t: 'split', a: rest, b: next });
    }
    case 'dirs': {
      // `**/`: zero or more `<name>/`.
      const split = push(prog, { t: 'split', a: -1, b: next });
      const slash = push(prog, { t: 'ch', c: '/', out: split });
      (prog[split] as { a: number }).a = loop(prog, false, slash);
      return split;
    }
    case 'alt': {
      let entry = emit(prog, item.options.at(-1)!, next);
      for (let i = item.options.length - 2; i >= 0; i--)
        entry = push(prog, { t: 'split', a: emit(prog, item.options[i]!, next), b: entry });
      return entry;
    }
  }
}

/** A compiled wildcard or glob: the automaton and its entry state. */
export interface Automaton {
  prog: Node[];
  start: number;
  negate: boolean;
}

export function compileAutomaton(pattern: string, glob: boolean): Automaton {
  let p = pattern;
  let negate = false;
  if (glob && p.startsWith('!') && !p.startsWith('!(')) {
    negate = true;
    p = p.slice(1);
  }
  if (glob && p.startsWith('./')) p = p.slice(2);
  const prog: Node[] = [{ t: 'match' }];
  const start = emit(prog, parseItems(p, glob).items, 0);
  return { prog, start, negate };
}

const consumes = (n: Node, c: string): boolean => {
  switch (n.t) {
    case 'ch':
      return n.c === c;
    case 'any':
      return n.slash || c !== '/';
    case 'set':
      return c !== '/' && n.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== n.negate;
    default:
      return false;
  }
};

/**
 * Simulates the automaton over the target: the set of live states advances one character at a
 * time, each state entered at most once per position, so the work is at most (states × (target
 * length + 1)). `counter.steps` adds the states visited, for tests that check that bound.
 */
export function runAutomaton(a: Automaton, target: string, counter?: { steps: number }): boolean {
  const { prog } = a;
  const mark = new Int32Array(prog.length).fill(-1);
  let steps = 0;
  let live: number[] = [];
  const stack: number[] = [];
  const add = (list: number[], s: number, gen: number) => {
    stack.push(s);
    while (stack.length) {
      const x = stack.pop()!;
      if (mark[x] === gen) continue;
      mark[x] = gen;
      steps++;
      const n = prog[x]!;
      if (n.t === 'split') stack.push(n.b, n.a);
      else list.push(x);
    }
  };
  add(live, a.start, 0);
  // Code units, as the pattern is read, so a character outside the BMP compares alike on both sides.
  for (let pos = 1; pos <= target.length; pos++) {
    const c = target[pos - 1]!;
    const next: number[] = [];
    for (const s of live) {
      steps++;
      const n = prog[s]!;
      if (n.t !== 'match' && n.t !== 'split' && consumes(n, c)) add(next, n.out, pos);
    }
    live = next;
    if (!live.length) break;
  }
  const matched = live.some((s) => prog[s]!.t === 'match');
  if (counter) counter.steps += steps;
  return matched !== a.negate;
}

/** DFA states kept per pattern before the cache starts over (memory stays bounded). */
const MAX_DFA_STATES = 2_000;

interface DState {
  /** The automaton states this one stands for, ascending. */
  set: number[];
  accept: boolean;
  next: Map<string, DState>;
}

/**
 * The automaton determinized lazily, as RE2 does: each set of live states met becomes one state
 * whose transitions are computed once, so a pattern used on many targets pays each transition once
 * and a match costs one map lookup per character. Same answers as runAutomaton.
 */
export function createDfaMatcher(a: Automaton): (target: string) => boolean {
  const { prog } = a;
  const mark = new Int32Array(prog.length).fill(-1);
  let gen = 0;
  const closure = (from: readonly number[]): number[] => {
    gen++;
    const out: number[] = [];
    const stack = [...from];
    while (stack.length) {
      const x = stack.pop()!;
      if (mark[x] === gen) continue;
      mark[x] = gen;
      const n = prog[x]!;
      if (n.t === 'split') stack.push(n.b, n.a);
      else out.push(x);
    }
    return out.sort((x, y) => x - y);
  };
  let cache = new Map<string, DState>();
  const stateOf = (set: number[]): DState => {
    const key = set.join(',');
    let d = cache.get(key);
    if (!d) {
      if (cache.size >= MAX_DFA_STATES) cache = new Map();
      d = { set, accept: set.some((x) => prog[x]!.t === 'match'), next: new Map() };
      cache.set(key, d);
    }
    return d;
  };
  const startSet = closure([a.start]);
  return (target) => {
    let d = stateOf(startSet);
    for (let i = 0; i < target.length; i++) {
      const c = target[i]!;
      if (!d.set.length) break;
      let next = d.next.get(c);
      if (!next) {
        const outs: number[] = [];
        for (const x of d.set) {
          const n = prog[x]!;
          if (n.t !== 'match' && n.t !== 'split' && consumes(n, c)) outs.push(n.out);
        }
        next = stateOf(closure(outs));
        d.next.set(c, next);
      }
      d = next;
    }
    return d.accept !== a.negate;
  };
}

/** `/source/flags` with flags among i, m, s; null when the pattern is not written as a regex. */
export function regexOf(pattern: string): { source: string; flags: string } | null {
  const m = /^\/(.+)\/([ims]*)$/s.exec(pattern);
  return m ? { source: m[1]!, flags: m[2]! } : null;
}

function compileRegex(source: string, flags: string): (target: string) => boolean {
  let f = 0;
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) f |= RE2JS.MULTILINE;
  if (flags.includes('s')) f |= RE2JS.DOTALL;
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, f);
  } catch (e) {
    throw new PatternError(
      `a regular expression RE2 accepts (no backreferences or lookaround): ${(e as Error).message}`,
    );
  }
  return (target) => re.matcher(target).find();
}

/**
 * The matcher of a pattern: `/regex/` (found anywhere in the target, anchor with ^…$), else a
 * glob for files or a `*` wildcard for commands and sessions. Throws a PatternError for a pattern
 * that is too long or a regex RE2 refuses.
 */
export function compilePattern(pattern: string, glob: boolean): (target: string) => boolean {
  if (pattern.length > MAX_PATTERN_CHARS)
    throw new PatternError(`at most ${MAX_PATTERN_CHARS} characters (this one has ${pattern.length})`);
  const re = regexOf(pattern);
  if (re) return compileRegex(re.source, re.flags);
  const dfa = createDfaMatcher(compileAutomaton(pattern, glob));
  return (target) => target.length <= MAX_TARGET_CHARS && dfa(target);
}
