import picomatch from 'picomatch';
import { ruleId, type Context, type Mode, type Policy, type Rule, type RuleKind } from './model.js';

/** A request to decide (SPEC §7). */
export interface PolicyRequest {
  action: 'run-command' | 'write-file';
  target: string;
  context: Context;
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

const escapeRe = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Command patterns: `*` matches any run of characters (spaces included); the rest is literal. */
export function commandMatcher(pattern: string): (target: string) => boolean {
  const re = new RegExp(`^${pattern.split('*').map(escapeRe).join('.*')}$`, 's');
  return (target) => re.test(target);
}

/** File patterns: globs (picomatch), dot files included. */
export const fileMatcher = (pattern: string): ((target: string) => boolean) =>
  picomatch(pattern, { dot: true });

/** The matcher of a rule's pattern for its kind. */
export const matcherOf = (kind: RuleKind, pattern: string): ((target: string) => boolean) =>
  kind === 'commands' ? commandMatcher(pattern) : fileMatcher(pattern);

export const kindOf = (action: PolicyRequest['action']): RuleKind =>
  action === 'run-command' ? 'commands' : 'fileWrites';

/**
 * The literal text every match starts with: a command pattern's text before its first `*`; a
 * glob's text before its first special character. The index below looks rules up by it.
 */
export function literalPrefix(kind: RuleKind, pattern: string): string {
  const stop = kind === 'commands' ? /\*/ : /[*?[\]{}()!+@\\]/;
  const at = pattern.search(stop);
  const prefix = at < 0 ? pattern : pattern.slice(0, at);
  // picomatch drops a leading "./"; such a pattern is looked up with every target.
  return kind === 'fileWrites' && prefix.startsWith('./') ? '' : prefix;
}

/** Compiled matchers, shared between the policy versions and projects of one analysis. */
export type MatcherCache = Map<string, (target: string) => boolean>;

/** One kind of rule, compiled: matchers and an index from literal prefix to rule positions. */
export interface CompiledRules {
  kind: RuleKind;
  rules: readonly Rule[];
  ids: string[];
  fallback: Mode;
  match: Array<(target: string) => boolean>;
  byPrefix: Map<string, number[]>;
  /** The distinct prefix lengths, ascending. */
  lengths: number[];
}

/** A policy ready to decide many requests. */
export interface CompiledPolicy {
  commands: CompiledRules;
  fileWrites: CompiledRules;
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
    const key = `${kind}\u0000${r.pattern}`;
    let m = cache.get(key);
    if (!m) {
      m = matcherOf(kind, r.pattern);
      cache.set(key, m);
    }
    return m;
  });
  const lengths = [...new Set([...byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
  return { kind, rules, ids: rules.map((r) => ruleId(kind, r)), fallback, match, byPrefix, lengths };
}

export function compilePolicy(policy: Policy, cache: MatcherCache = new Map()): CompiledPolicy {
  return {
    commands: compileRules('commands', policy.commands, policy.defaultCommandBehavior, cache),
    fileWrites: compileRules('fileWrites', policy.fileWrites, policy.defaultWriteBehavior, cache),
  };
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

/** The last matching rule's position, or -1. */
function lastMatch(c: CompiledRules, target: string): number {
  let best = -1;
  for (const n of c.lengths) {
    if (n > target.length) break;
    const bucket = c.byPrefix.get(target.slice(0, n));
    if (!bucket) continue;
    // Buckets are ascending: the first match from the end is the bucket's last.
    for (let j = bucket.length - 1; j >= 0 && bucket[j]! > best; j--) {
      if (c.match[bucket[j]!]!(target)) {
        best = bucket[j]!;
        break;
      }
    }
  }
  return best;
}

/** True when every fact the override tests equals the request's (`directory` as a glob). */
export function holds(when: Context, context: Context): boolean {
  for (const [k, v] of Object.entries(when)) {
    if (v === undefined) continue;
    const actual = context[k as keyof Context];
    if (actual === undefined) return false;
    if (k === 'directory' ? !picomatch.isMatch(actual, v, { dot: true }) : actual !== v) return false;
  }
  return true;
}

/** A rule's effect on a request it matches: its first holding context's override, else its mode. */
export function effectOf(rule: Rule, context: Context): { decision: Mode; override: boolean } {
  const ctx = rule.contexts?.find((c) => holds(c.when, context));
  return ctx ? { decision: ctx.overrideMode, override: true } : { decision: rule.mode, override: false };
}

/**
 * SPEC §7: the last matching rule of the request's kind decides; its first context whose `when`
 * holds gives `overrideMode`, else the rule's `mode`; with no matching rule, the kind's default.
 */
export function decide(policy: CompiledPolicy, request: PolicyRequest): PolicyDecision {
  const c = policy[kindOf(request.action)];
  const i = lastMatch(c, request.target);
  if (i < 0) return { decision: c.fallback, ruleId: null, override: false };
  return { ...effectOf(c.rules[i]!, request.context), ruleId: c.ids[i]! };
}

/** Decides one request against an uncompiled policy (compiles it each time: for single calls). */
export const evaluatePolicy = (policy: Policy, request: PolicyRequest): PolicyDecision =>
  decide(compilePolicy(policy), request);
