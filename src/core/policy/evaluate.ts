import { compileAutomaton, compilePattern, runAutomaton } from './match.js';
import {
  DAYS,
  fallbackOf,
  RULE_KINDS,
  ruleId,
  type Context,
  type Mode,
  type Policy,
  type Rule,
  type RuleKind,
  type When,
} from './model.js';

/** A request to decide: the action, its target, the facts of its context and when it was made. */
export interface PolicyRequest {
  action: 'run-command' | 'write-file' | 'start-session';
  target: string;
  context: Context;
  /** The request's own time (epoch ms); time restrictions read it, never the clock. */
  ts?: number;
}

/** The decision and what made it. */
export interface PolicyDecision {
  decision: Mode;
  /** The deciding rule, or null when the default decided. */
  ruleId: string | null;
  /** The context override that applied, if any. */
  override: boolean;
}

/** How permissive a mode is: allow > review > deny. */
export const RANK: Record<Mode, number> = { deny: 0, review: 1, allow: 2 };

/** Command and session patterns: `*` matches any run of characters (spaces included); the rest is literal. */
export const commandMatcher = (pattern: string): ((target: string) => boolean) =>
  compilePattern(pattern, false);

/** File patterns: globs, dot files included. */
export const fileMatcher = (pattern: string): ((target: string) => boolean) => compilePattern(pattern, true);

/** The matcher of a rule's pattern for its kind. */
export const matcherOf = (kind: RuleKind, pattern: string): ((target: string) => boolean) =>
  kind === 'fileWrites' ? fileMatcher(pattern) : commandMatcher(pattern);

export const kindOf = (action: PolicyRequest['action']): RuleKind =>
  action === 'run-command' ? 'commands' : action === 'write-file' ? 'fileWrites' : 'sessions';

/**
 * The literal text every match starts with: a wildcard's text before its first `*`; a glob's
 * text before its first special character; nothing for a regex. The index below looks rules up by it.
 */
export function literalPrefix(kind: RuleKind, pattern: string): string {
  if (/^\/.+\/[ims]*$/s.test(pattern)) return '';
  const stop = kind === 'fileWrites' ? /[*?[\]{}()!+@\\]/ : /\*/;
  const at = pattern.search(stop);
  const prefix = at < 0 ? pattern : pattern.slice(0, at);
  // A leading "./" is dropped when matching; such a pattern is looked up with every target.
  return kind === 'fileWrites' && prefix.startsWith('./') ? '' : prefix;
}

/** Compiled matchers, shared between the policy versions and projects of one analysis. */
export type MatcherCache = Map<string, (target: string) => boolean>;

/** A context override ready to test: its condition and the mode it gives. */
export interface CompiledContext {
  holds: (context: Context, ts: number | undefined) => boolean;
  overrideMode: Mode;
}

/** One kind of rule, compiled: matchers and an index from literal prefix to rule positions. */
export interface CompiledRules {
  kind: RuleKind;
  rules: readonly Rule[];
  ids: string[];
  fallback: Mode;
  match: Array<(target: string) => boolean>;
  contexts: CompiledContext[][];
  priority: number[];
  byPrefix: Map<string, number[]>;
  /** The distinct prefix lengths, ascending. */
  lengths: number[];
}

/** A policy ready to decide many requests. */
export type CompiledPolicy = Record<RuleKind, CompiledRules>;

const GLOB_CHARS = /[*?[\]{}]/;

/** A `directory` condition: a glob when it holds glob characters, else a path prefix. */
function directoryTest(pattern: string): (dir: string) => boolean {
  if (GLOB_CHARS.test(pattern)) {
    const a = compileAutomaton(pattern, true);
    return (dir) => runAutomaton(a, dir);
  }
  const prefix = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  return (dir) => {
    const d = dir.replace(/^\.\//, '');
    return prefix === '' || d === prefix || d.startsWith(`${prefix}/`);
  };
}

const LIST_FACTS = ['projectType', 'taskType', 'sessionType', 'fileType', 'approvalState'] as const;

/** Day of the week and minute of the day (UTC) of a request time. */
export function timeFacts(ts: number): { day: (typeof DAYS)[number]; minute: number } {
  const d = new Date(ts);
  return { day: DAYS[d.getUTCDay()]!, minute: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

/** Every condition of a `when` must hold; a missing fact never holds. */
export function compileWhen(w: When): (context: Context, ts: number | undefined) => boolean {
  const tests: Array<(context: Context, ts: number | undefined) => boolean> = [];
  for (const k of LIST_FACTS) {
    const v = w[k];
    if (v === undefined) continue;
    const allowed = typeof v === 'string' ? [v] : v;
    tests.push((c) => c[k] !== undefined && allowed.includes(c[k]));
  }
  if (w.directory !== undefined) {
    const test = directoryTest(w.directory);
    tests.push((c) => c.directory !== undefined && test(c.directory));
  }
  if (w.authorizationLevel !== undefined) tests.push((c) => c.authorizationLevel === w.authorizationLevel);
  const t = w.timeRestriction;
  if (t) {
    tests.push((_c, ts) => {
      if (ts === undefined) return false;
      const { day, minute } = timeFacts(ts);
      if (t.days && !t.days.includes(day)) return false;
      if (!t.hours) return true;
      const [from, to] = t.hours;
      // A window like [22, 6] runs over midnight.
      return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
    });
  }
  return (context, ts) => tests.every((test) => test(context, ts));
}

function compileRules(
  kind: RuleKind,
  rules: readonly Rule[],
  fallback: Mode,
  cache: MatcherCache,
): CompiledRules {
  const byPrefix = new Map<string, number[]>();
  const match = rules.map((r, i) => {
    const prefix = literalPrefix(kind, r.pattern);
    const bucket = byPrefix.get(prefix);
    if (bucket) bucket.push(i);
    else byPrefix.set(prefix, [i]);
    const key = `${kind === 'fileWrites' ? 'glob' : 'wild'}\u0000${r.pattern}`;
    let m = cache.get(key);
    if (!m) {
      m = matcherOf(kind, r.pattern);
      cache.set(key, m);
    }
    return m;
  });
  const lengths = [...new Set([...byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
  return {
    kind,
    rules,
    ids: rules.map((r) => ruleId(kind, r)),
    fallback,
    match,
    contexts: rules.map((r) =>
      (r.contexts ?? []).map((c) => ({ holds: compileWhen(c.when), overrideMode: c.overrideMode })),
    ),
    priority: rules.map((r) => r.priority ?? 0),
    byPrefix,
    lengths,
  };
}

export function compilePolicy(policy: Policy, cache: MatcherCache = new Map()): CompiledPolicy {
  const out = {} as CompiledPolicy;
  for (const kind of RULE_KINDS)
    out[kind] = compileRules(kind, policy[kind], fallbackOf(policy, kind), cache);
  return out;
}

/** Positions (ascending) of every rule matching the target; only rules whose prefix fits are tried. */
export function matchingRules(c: CompiledRules, target: string): number[] {
  const out: number[] = [];
  for (const n of c.lengths) {
    if (n > target.length) break;
    const bucket = c.byPrefix.get(target.slice(0, n));
    if (!bucket) continue;
    for (const i of bucket) if (c.match[i]!(target)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** Whether rule i outranks rule j: higher priority, or the later one among equals. */
const outranks = (c: CompiledRules, i: number, j: number): boolean =>
  j < 0 || c.priority[i]! > c.priority[j]! || (c.priority[i] === c.priority[j] && i > j);

/** The deciding rule's position, or -1: the highest priority, the later one among equals. */
function bestMatch(c: CompiledRules, target: string): number {
  let best = -1;
  for (const n of c.lengths) {
    if (n > target.length) break;
    const bucket = c.byPrefix.get(target.slice(0, n));
    if (!bucket) continue;
    for (let j = bucket.length - 1; j >= 0; j--) {
      const i = bucket[j]!;
      if (outranks(c, i, best) && c.match[i]!(target)) best = i;
    }
  }
  return best;
}

/** Rule i's effect on a request it matches: its first holding context's override, else its mode. */
export function effectAt(
  c: CompiledRules,
  i: number,
  request: Pick<PolicyRequest, 'context' | 'ts'>,
): { decision: Mode; override: boolean } {
  const ctx = c.contexts[i]!.find((x) => x.holds(request.context, request.ts));
  return ctx
    ? { decision: ctx.overrideMode, override: true }
    : { decision: c.rules[i]!.mode, override: false };
}

/**
 * The matching rule of the request's kind with the highest priority (the later among equals)
 * decides; its first context whose `when` holds gives `overrideMode`, else the rule's `mode`;
 * with no matching rule, the kind's default.
 */
export function decide(policy: CompiledPolicy, request: PolicyRequest): PolicyDecision {
  const c = policy[kindOf(request.action)];
  const i = bestMatch(c, request.target);
  if (i < 0) return { decision: c.fallback, ruleId: null, override: false };
  return { ...effectAt(c, i, request), ruleId: c.ids[i]! };
}

/** Decides one request against an uncompiled policy (compiles it each time: for single calls). */
export const evaluatePolicy = (policy: Policy, request: PolicyRequest): PolicyDecision =>
  decide(compilePolicy(policy), request);
