import { matcherOf, RANK } from './evaluate.js';
import { regexOf } from './match.js';
import { RULE_KINDS, ruleId, type Mode, type Policy, type Rule, type RuleKind } from './model.js';

/** What happened to one rule between two policy versions. */
export interface RuleChange {
  kind: RuleKind;
  id: string;
  change: 'added' | 'removed' | 'flipped' | 'widened' | 'narrowed' | 'reshaped' | 'reprioritized';
  /** loosened: more requests get a more permissive answer; tightened: the reverse. */
  direction: 'loosened' | 'tightened' | 'neutral';
  before: Rule | null;
  after: Rule | null;
  /** For a changed default (id `defaultCommandBehavior` / `defaultWriteBehavior`): old and new mode. */
  defaults?: { from: Mode; to: Mode };
}

/** The kind of change with its modes when they moved: `flipped deny → allow`, `widened`. */
export function describeChange(d: RuleChange): string {
  if (d.defaults) return `${d.change} ${d.defaults.from} → ${d.defaults.to}`;
  if (d.before && d.after && d.before.mode !== d.after.mode)
    return `${d.change} ${d.before.mode} → ${d.after.mode}`;
  return d.change;
}

/** Sample targets a pattern matches, so scope changes show without traces. */
export function synthesizeTargets(kind: RuleKind, pattern: string): string[] {
  const re = regexOf(pattern);
  if (re) return [re.source.replace(/\\(.)/g, '$1').replace(/[\^$.*+?()[\]{}|]/g, '')];
  if (kind !== 'fileWrites')
    return [pattern.replace(/\*/g, ''), pattern.replace(/\*/g, 'x'), pattern.replace(/\*/g, 'x y --z')];
  return [
    pattern
      .replace(/\*\*\/?/g, 'a/b/')
      .replace(/\*/g, 'x')
      .replace(/\/+/g, '/')
      .replace(/\/$/, '/x'),
    pattern.replace(/\*\*\/?/g, '').replace(/\*/g, 'y'),
  ];
}

const sign = (d: number): RuleChange['direction'] => (d > 0 ? 'loosened' : d < 0 ? 'tightened' : 'neutral');
const overridesOf = (r: Rule): string =>
  JSON.stringify((r.contexts ?? []).map((c) => [c.when, c.overrideMode]));

/**
 * Per-rule diff (SPEC §7): rules are paired by identity (id, else kind:pattern). A changed mode or
 * override is a flip; a changed pattern under the same id widens, narrows or reshapes the rule's
 * scope on the probe set; a changed description alone is no change at all.
 */
export function computeRuleDiff(base: Policy, head: Policy): RuleChange[] {
  const out: RuleChange[] = [];
  for (const kind of RULE_KINDS) {
    const fallback = kind === 'fileWrites' ? 'defaultWriteBehavior' : 'defaultCommandBehavior';
    // Sessions share the command default: its change is reported once, under commands.
    if (kind !== 'sessions' && base[fallback] !== head[fallback]) {
      out.push({
        kind,
        id: fallback,
        change: 'flipped',
        direction: sign(RANK[head[fallback]] - RANK[base[fallback]]),
        before: null,
        after: null,
        defaults: { from: base[fallback], to: head[fallback] },
      });
    }
    const before = new Map(base[kind].map((r) => [ruleId(kind, r), r]));
    const after = new Map(head[kind].map((r) => [ruleId(kind, r), r]));
    const probes = [
      ...new Set([...base[kind], ...head[kind]].flatMap((r) => synthesizeTargets(kind, r.pattern))),
    ];
    for (const [id, a] of after) {
      const b = before.get(id);
      if (!b) {
        out.push({
          kind,
          id,
          change: 'added',
          direction: sign(RANK[a.mode] - RANK[head[fallback]]),
          before: null,
          after: a,
        });
        continue;
      }
      if (a.mode !== b.mode || overridesOf(a) !== overridesOf(b)) {
        out.push({
          kind,
          id,
          change: 'flipped',
          direction: sign(RANK[a.mode] - RANK[b.mode]),
          before: b,
          after: a,
        });
      }
      if ((a.priority ?? 0) !== (b.priority ?? 0)) {
        // Which requests it now wins or loses shows in the replay, not in the rule alone.
        out.push({ kind, id, change: 'reprioritized', direction: 'neutral', before: b, after: a });
      }
      if (a.pattern !== b.pattern) {
        const was = matcherOf(kind, b.pattern);
        const is = matcherOf(kind, a.pattern);
        const gained = probes.filter((p) => is(p) && !was(p)).length;
        const lost = probes.filter((p) => was(p) && !is(p)).length;
        const change = lost === 0 ? 'widened' : gained === 0 ? 'narrowed' : 'reshaped';
        // Widening a permissive rule loosens; widening a restrictive one tightens.
        const toward = RANK[a.mode] - RANK[head[fallback]];
        const direction = change === 'reshaped' ? 'neutral' : sign(change === 'widened' ? toward : -toward);
        out.push({ kind, id, change, direction, before: b, after: a });
      }
    }
    for (const [id, b] of before) {
      if (!after.has(id))
        out.push({
          kind,
          id,
          change: 'removed',
          direction: sign(RANK[head[fallback]] - RANK[b.mode]),
          before: b,
          after: null,
        });
    }
  }
  return out;
}
