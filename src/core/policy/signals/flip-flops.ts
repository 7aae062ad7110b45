import { RULE_KINDS } from '../model.js';
import { ruleId, type Rule } from '../model.js';
import { HISTORY_TRANSITIONS_NEEDED, transitionsOf, type ProjectHistory } from './history.js';
import { enough, makeSignal, share, type Signal } from './signal.js';

/** A rule whose effect went back to what it was before its previous change. */
export interface FlipFlop {
  project: string;
  rule: string;
  changes: number;
  reversals: number;
  /** Commits where its effect changed, oldest first. */
  commits: string[];
}

const effect = (r: Rule | undefined): string =>
  r ? JSON.stringify([r.mode, (r.contexts ?? []).map((c) => [c.when, c.overrideMode])]) : 'absent';

/**
 * Flip-flops: of the rules whose effect (mode or overrides; absent counts) changed at least once,
 * the share that reversed a change (A → B → A); confidence min(1, T / 5).
 */
export function flipFlops(
  histories: readonly ProjectHistory[],
  commits: readonly string[],
): { signal: Signal; rules: FlipFlop[] } {
  const T = transitionsOf(histories);
  const rules: FlipFlop[] = [];
  let changing = 0;
  for (const h of histories) {
    const ids = new Set<string>();
    const byVersion = h.versions.map((v) => {
      const m = new Map<string, Rule>();
      for (const kind of RULE_KINDS)
        for (const r of v?.policy[kind] ?? []) {
          const id = ruleId(kind, r);
          ids.add(id);
          m.set(id, r);
        }
      return m;
    });
    for (const id of [...ids].sort()) {
      let current = effect(byVersion[0]!.get(id));
      let before: string | null = null;
      let changes = 0;
      let reversals = 0;
      const at: string[] = [];
      for (let i = 1; i < byVersion.length; i++) {
        const next = effect(byVersion[i]!.get(id));
        if (next === current) continue;
        changes++;
        at.push(commits[i] ?? '');
        if (next === before) reversals++;
        before = current;
        current = next;
      }
      if (changes > 0) changing++;
      if (reversals > 0) rules.push({ project: h.name, rule: id, changes, reversals, commits: at });
    }
  }
  rules.sort((a, b) => b.reversals - a.reversals || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return {
    signal: makeSignal(
      'flip-flops',
      share(rules.length, changing),
      enough(T, HISTORY_TRANSITIONS_NEEDED),
      `${rules.length} of ${changing} changed rules reversed a change over ${T} transitions`,
    ),
    rules,
  };
}
