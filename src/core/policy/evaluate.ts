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

const escapeRe = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Command patterns: `*` matches any run of characters (spaces included); the rest is literal. */
export function commandMatcher(pattern: string): (target: string) => boolean {
  const re = new RegExp(`^${pattern.split('*').map(escapeRe).join('.*')}$`, 's');
  return (target) => re.test(target);
}

/** File patterns: globs (picomatch), dot files included. */
export const fileMatcher = (pattern: string): ((target: string) => boolean) =>
  picomatch(pattern, { dot: true });

function matches(kind: RuleKind, rule: Rule, target: string): boolean {
  return (kind === 'commands' ? commandMatcher(rule.pattern) : fileMatcher(rule.pattern))(target);
}

/** True when every fact the override tests equals the request's (`directory` as a glob). */
function holds(when: Context, context: Context): boolean {
  return Object.entries(when).every(([k, v]) => {
    const actual = context[k as keyof Context];
    if (v === undefined) return true;
    if (actual === undefined) return false;
    return k === 'directory' ? picomatch(v, { dot: true })(actual) : actual === v;
  });
}

/**
 * SPEC §7: the last matching rule of the request's kind decides; its first context whose `when`
 * holds gives `overrideMode`, else the rule's `mode`; with no matching rule, the kind's default.
 */
export function evaluatePolicy(policy: Policy, request: PolicyRequest): PolicyDecision {
  const kind: RuleKind = request.action === 'run-command' ? 'commands' : 'fileWrites';
  const rules = policy[kind];
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    if (!matches(kind, rule, request.target)) continue;
    const ctx = rule.contexts?.find((c) => holds(c.when, request.context));
    return {
      decision: ctx ? ctx.overrideMode : rule.mode,
      ruleId: ruleId(kind, rule),
      override: ctx !== undefined,
    };
  }
  return {
    decision: kind === 'commands' ? policy.defaultCommandBehavior : policy.defaultWriteBehavior,
    ruleId: null,
    override: false,
  };
}
