import { RULE_KINDS } from '../model.js';
import { computeRuleDiff } from '../diff.js';
import { ruleId } from '../model.js';
import { EMPTY_POLICY } from '../project.js';
import { HISTORY_TRANSITIONS_NEEDED, transitionsOf, type ProjectHistory } from './history.js';
import { enough, makeSignal, share, type Signal } from './signal.js';

/**
 * Rule churn: changed rules per transition over the rules that ever existed,
 * Σ changed / (T × U); confidence min(1, T / 5).
 */
export function ruleChurn(histories: readonly ProjectHistory[]): Signal {
  const T = transitionsOf(histories);
  let changed = 0;
  let union = 0;
  for (const h of histories) {
    const ids = new Set<string>();
    for (const v of h.versions)
      for (const kind of RULE_KINDS)
        for (const r of v?.policy[kind] ?? []) ids.add(`${kind}\u0000${ruleId(kind, r)}`);
    union += ids.size;
    for (let i = 1; i < h.versions.length; i++) {
      const [a, b] = [h.versions[i - 1] ?? null, h.versions[i] ?? null];
      if (a === b) continue;
      const diff = computeRuleDiff(a?.policy ?? EMPTY_POLICY, b?.policy ?? EMPTY_POLICY);
      changed += new Set(diff.filter((d) => !d.defaults).map((d) => `${d.kind}\u0000${d.id}`)).size;
    }
  }
  return makeSignal(
    'rule-churn',
    share(changed, T * union),
    enough(T, HISTORY_TRANSITIONS_NEEDED),
    `${changed} rule change${changed === 1 ? '' : 's'} over ${T} transition${T === 1 ? '' : 's'} of ${union} rules`,
  );
}
