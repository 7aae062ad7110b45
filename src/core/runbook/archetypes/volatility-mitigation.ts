import { TRIGGERS } from '../../policy/score.js';
import { withId } from '../model.js';
import { files, signalOf, type Archetype } from './refs.js';

export const volatilityMitigation: Archetype = {
  name: 'volatility-mitigation',
  applies: (a) => a.volatility > TRIGGERS.volatility,
  compute: (a, r) => {
    const signal = (id: string) => signalOf(a, id);
    const rules = a.history.flipFlops.slice(0, 5);
    const ruleFiles = [
      ...new Set(a.diff.filter((d) => rules.some((f) => f.rule === d.id)).flatMap((d) => d.files)),
    ];
    const watch = ruleFiles.length ? ruleFiles : r.changed;
    return withId({
      archetype: 'volatility-mitigation',
      title: 'Volatility Mitigation',
      severity: a.volatility > 0.7 ? 'high' : 'medium',
      trigger: {
        signal: 'volatility index',
        value: a.volatility,
        comparator: '>',
        threshold: TRIGGERS.volatility,
      },
      purpose: `Decisions keep moving across the last ${a.history.commits.length} policy versions. Stop the back and forth before the next change.`,
      steps: [
        {
          title: 'Name the volatile rules',
          why: signal('volatility').detail,
          commands: [
            `driftgate policy drift ${r.baseFlag} --json`,
            `git log -p --format='%h %ad %an %s' --date=short -n ${Math.max(2, a.history.commits.length)} -- ${files(watch)}`,
          ],
          artifacts: rules.length
            ? rules.map((f) => `${f.rule} (${f.project}): ${f.changes} changes, ${f.reversals} reversals`)
            : ['the probes whose decision moved'],
          verify: 'each volatile rule has an owner who can say which effect is the intended one',
        },
        {
          title: 'Freeze the risky area for a while',
          why: 'every further flip of these rules changes live decisions again; one owner and a required review stop it',
          commands: [`git log --format='%an' -n 50 -- ${files(watch)} | sort | uniq -c | sort -rn`],
          artifacts: [
            `a CODEOWNERS entry for ${watch.join(', ')} and branch protection requiring the driftgate status`,
          ],
          verify: 'a change to these files cannot merge without its owner',
        },
        {
          title: 'Add a temporary guardrail',
          why: 'until the intended effect is settled, `review` lets a person decide each request instead of a flipping rule',
          commands: [`driftgate policy diff ${r.baseFlag}`],
          artifacts: rules.length
            ? rules.map(
                (f) =>
                  `a last rule in ${f.project} pinning ${f.rule} to mode review, with a description saying until when`,
              )
            : ['a rule pinning the moving patterns to review'],
          verify: 'the policy diff shows the guardrail as the only change',
        },
        {
          title: 'Review more often and watch it settle',
          why: `the index falls as transitions without reversal accumulate; it is computed over the last ${a.history.commits.length} versions`,
          commands: [`driftgate policy drift --json`],
          artifacts: ['the volatility index of each later run (job summary chart)'],
          verify: `volatility index at most ${TRIGGERS.volatility}`,
        },
      ],
      escalation: null,
      decisions: [],
    });
  },
};
