import { TRIGGERS } from '../../policy/score.js';
import { describeFlip } from '../../policy/findings.js';
import { sh, shortSha, withId } from '../model.js';
import { files, signalOf, type Archetype } from './refs.js';

export const driftInvestigation: Archetype = {
  name: 'drift-investigation',
  applies: (a) => a.drift.score > TRIGGERS.drift,
  compute: (a, r) => {
    const signal = (id: string) => signalOf(a, id);
    const top = a.replay.flips[0];
    const loosened = a.diff.filter((d) => d.direction === 'loosened').map((d) => d.id);
    return withId({
      archetype: 'drift-investigation',
      title: 'Drift Investigation',
      severity: a.drift.band === 'critical' ? 'critical' : 'high',
      trigger: { signal: 'drift score', value: a.drift.score, comparator: '>', threshold: TRIGGERS.drift },
      purpose: `The policy drift score is ${a.drift.score} (${a.drift.band}). Find where it comes from before anything else changes.`,
      steps: [
        {
          title: 'Read the per-rule diff',
          why: `${a.diff.length} rule changes between ${shortSha(r.base)} and ${shortSha(r.head)}; each is added, removed, flipped, widened or narrowed, loosened or tightened.`,
          commands: [`git diff ${r.range} -- ${files(r.changed)}`, `driftgate policy diff ${r.baseFlag}`],
          artifacts: ['the per-rule diff with the direction of each change'],
          verify: 'every changed rule is one the change meant to make',
        },
        {
          title: 'Replay the traces against head',
          why: signal('replay-impact').detail,
          commands: [
            `driftgate policy replay ${r.baseFlag}`,
            ...(top?.to.rule ? [`driftgate policy replay ${r.baseFlag} --rule ${sh(top.to.rule)}`] : []),
          ],
          artifacts: [top ? `the flips, largest first: ${describeFlip(top)}` : 'the flips (none so far)'],
          verify: 'each flipped decision is intended; an unintended one is a rule to revert or narrow',
        },
        {
          title: 'Find the rules that oscillate',
          why: `${signal('flip-flops').detail}; ${signal('rule-churn').detail}.`,
          commands: [
            `git log --format='%h %ad %an %s' --date=short -n 20 -- ${files(r.changed)}`,
            `driftgate policy drift ${r.baseFlag} --json`,
          ],
          artifacts: ['the flip-flop list: rule, changes, reversals, commits'],
          verify: 'the owners of each oscillating rule are known',
        },
        {
          title: 'Propose stabilizing edits (a person decides; driftgate changes nothing)',
          why: loosened.length
            ? `loosening changes weigh most in the score: ${loosened.slice(0, 5).join(', ')}`
            : 'the score falls when the changes that moved decisions are reverted or narrowed',
          commands: [`driftgate policy drift ${r.baseFlag}`],
          artifacts: ['a follow-up commit that narrows or reverts the unintended changes'],
          verify: `the drift score is at most ${TRIGGERS.drift} on the follow-up commit`,
        },
      ],
      escalation: null,
      decisions: [],
    });
  },
};
