import { sh, shortSha, withId } from '../model.js';
import type { Archetype } from './refs.js';

export const criticalState: Archetype = {
  name: 'critical-state',
  applies: (a) => a.risk.level === 'critical',
  compute: (a, r) => {
    return withId({
      archetype: 'critical-state',
      title: 'Critical State',
      severity: 'critical',
      trigger: { signal: 'risk level', value: a.risk.level, comparator: '=', threshold: 'critical' },
      purpose: `Governance is critically unstable: ${a.risk.alarms.join('; ') || `drift band ${a.drift.band}`}.`,
      steps: [
        {
          title: 'Stop: merge no policy change until an architect decides',
          why: 'further changes would bury the evidence and move live decisions again',
          commands: ['driftgate log show'],
          artifacts: ['the governance log entry of this run and the freeze it sets'],
          verify: 'the driftgate status is failing on this ref and branch protection requires it',
        },
        {
          title: 'Take a forensic snapshot of the policies and the analysis',
          why: 'the state that was analysed must stay readable whatever happens next',
          commands: [
            `git archive --format=tar.gz -o policies-${shortSha(r.head)}.tar.gz ${shortSha(r.head)} -- ${sh(a.root || '.')}`,
            `driftgate policy drift ${r.baseFlag} --json > policy-drift-${shortSha(r.head)}.json`,
          ],
          artifacts: [`policies-${shortSha(r.head)}.tar.gz`, `policy-drift-${shortSha(r.head)}.json`],
          verify: 'both files are attached to the escalation issue',
        },
        {
          title: 'Escalate to the architects now',
          why: 'only a written decision lifts the freeze',
          commands: ['driftgate runbook --json'],
          artifacts: ['the escalation issue with these runbooks'],
          verify: 'an architect has acknowledged the issue',
        },
        {
          title: 'Lock down while they decide',
          why: 'review as the default for both kinds makes a person decide what no rule covers',
          commands: [`driftgate policy diff ${r.baseFlag}`],
          artifacts: [
            `defaultCommandBehavior and defaultWriteBehavior set to review in ${a.files.head.join(', ')} (suggested; a person makes the change)`,
          ],
          verify: 'the policy diff shows only the lockdown',
        },
      ],
      escalation: 'architects, immediately',
      decisions: [
        'accept (new baseline)',
        'investigate (stays frozen)',
        'rollback (restore the previous policies)',
      ],
    });
  },
};
