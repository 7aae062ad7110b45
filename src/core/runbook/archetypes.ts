import type { PolicyAnalysis } from '../policy/analyze.js';
import { describeFlip } from '../policy/findings.js';
import { TRIGGERS } from '../policy/score.js';
import { sh, shortSha, withId, type Runbook, type RunbookStep } from './model.js';

const files = (paths: readonly string[]): string => paths.map(sh).join(' ');

/** The refs and files the commands name. */
function refsOf(a: PolicyAnalysis) {
  const base = a.base ?? a.history.commits.at(-2) ?? a.head;
  const changed = [...new Set(a.diff.flatMap((d) => d.files))].sort();
  return {
    base,
    head: a.head,
    range: `${shortSha(base)}..${shortSha(a.head)}`,
    baseFlag: `--base ${shortSha(base)}`,
    changed: changed.length ? changed : a.files.head,
  };
}

/**
 * The archetype runbooks of SPEC §7 whose trigger holds, in the table's order. Commands are
 * filled in with this analysis' refs, files, rules and trace lines; nothing depends on the clock.
 */
export function computePolicyRunbooks(a: PolicyAnalysis): Runbook[] {
  const out: Runbook[] = [];
  const r = refsOf(a);
  const signal = (id: string) => a.signals.find((s) => s.id === id)!;

  if (a.drift.score > TRIGGERS.drift) {
    const top = a.replay.flips[0];
    const loosened = a.diff.filter((d) => d.direction === 'loosened').map((d) => d.id);
    out.push(
      withId({
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
      }),
    );
  }

  if (a.volatility > TRIGGERS.volatility) {
    const rules = a.history.flipFlops.slice(0, 5);
    const ruleFiles = [
      ...new Set(a.diff.filter((d) => rules.some((f) => f.rule === d.id)).flatMap((d) => d.files)),
    ];
    const watch = ruleFiles.length ? ruleFiles : r.changed;
    out.push(
      withId({
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
      }),
    );
  }

  if (a.stability < TRIGGERS.stability) {
    const pairs = a.federation.pairs.slice(0, 5);
    const pathOf = (project: string) => a.files.head.find((f) => f.includes(project)) ?? project;
    out.push(
      withId({
        archetype: 'federated-sync',
        title: 'Federated Sync',
        severity: a.stability < 0.25 ? 'high' : 'medium',
        trigger: {
          signal: 'federated stability',
          value: a.stability,
          comparator: '<',
          threshold: TRIGGERS.stability,
        },
        purpose:
          'The projects decide the same requests differently. Align them or write down why they differ.',
        steps: [
          {
            title: 'Compare the projects',
            why: signal('federated-divergence').detail,
            commands: [`driftgate policy federation --json`],
            artifacts: pairs.map(
              (p) => `${p.a} vs ${p.b}: divergence ${p.divergence} on ${p.shared} shared probes`,
            ),
            verify: 'the diverging pairs and their shared requests are listed',
          },
          {
            title: 'Look at the outliers',
            why: a.federation.outliers.length
              ? `most divergent: ${a.federation.outliers.map((o) => `${o.project} (${o.divergence})`).join(', ')}`
              : 'no single project stands out; the divergence is spread',
            commands: pairs
              .slice(0, 3)
              .map((p) => `git diff --no-index -- ${sh(pathOf(p.a))} ${sh(pathOf(p.b))}`),
            artifacts: ['the rules where the projects part ways'],
            verify: 'for each, either a reason it must differ or a project to change',
          },
          {
            title: 'Normalize the shared rules',
            why: 'rules every project needs belong in one agreed form; project specifics stay local',
            commands: [`driftgate policy federation --json`],
            artifacts: ['a change aligning the shared rules, reviewed by each project owner'],
            verify: `federated stability at least ${TRIGGERS.stability}`,
          },
        ],
        escalation: null,
        decisions: [],
      }),
    );
  }

  const contradictions = a.contradictions.static.length + a.contradictions.dynamic.length;
  if (contradictions > 0) {
    const dyn = a.contradictions.dynamic.slice(0, 3);
    const stat = a.contradictions.static.slice(0, 3);
    const traceLines = dyn.flatMap((d) => d.decisions.map((x) => x.firstAt));
    const steps: RunbookStep[] = [
      {
        title: 'List the contradictions',
        why: `${a.contradictions.static.length} static (${a.contradictions.introduced.length} new since base), ${a.contradictions.dynamic.length} dynamic`,
        commands: [`driftgate policy contradictions ${r.baseFlag} --json`],
        artifacts: [
          ...stat.map(
            (c) =>
              `${c.project}: ${c.rules.join(' vs ')} (${c.effects.join(' vs ')}) in ${c.files.join(', ')}`,
          ),
          ...dyn.map(
            (d) =>
              `${d.project ?? '(no project)'}: ${d.request.action} ${d.request.target} recorded as ${d.decisions.map((x) => `${x.decision} (${x.lines})`).join(' and ')}`,
          ),
        ],
        verify: 'every contradiction has a rule or request named',
      },
    ];
    if (traceLines.length)
      steps.push({
        title: 'Show the trace pairs that disagree',
        why: 'the same request got different answers; the lines show when and under which context',
        commands: traceLines.map((at) => {
          const i = at.lastIndexOf(':');
          return `sed -n ${at.slice(i + 1)}p ${sh(at.slice(0, i))}`;
        }),
        artifacts: ['the first trace line of each recorded decision'],
        verify: 'it is known which decision was right',
      });
    if (stat.length)
      steps.push({
        title: 'Show the rules that contradict',
        why: 'two rules give one request different effects and the order rule of SPEC §7 does not settle it on purpose',
        commands: [
          ...new Set(
            stat.flatMap((c) =>
              c.rules.map(
                (id) => `grep -n -F -- ${sh(id.replace(/^(commands|fileWrites):/, ''))} ${files(c.files)}`,
              ),
            ),
          ),
        ],
        artifacts: ['the lines of each contradicting rule'],
        verify: 'the intended effect of each request is agreed',
      });
    steps.push({
      title: 'Reconcile the semantics',
      why: 'a person chooses: one rule for the request (one id, one file, one override per context), or a narrower pattern for one of them',
      commands: [`driftgate policy contradictions ${r.baseFlag}`],
      artifacts: ['a change that leaves one effect per request'],
      verify: 'driftgate policy contradictions lists none',
    });
    out.push(
      withId({
        archetype: 'contradiction-resolution',
        title: 'Contradiction Resolution',
        severity: a.contradictions.introduced.length || a.contradictions.static.length ? 'high' : 'medium',
        trigger: { signal: 'contradictions', value: contradictions, comparator: '>', threshold: 0 },
        purpose: 'One request, two answers. Decide which one holds.',
        steps,
        escalation: null,
        decisions: [],
      }),
    );
  }

  if (a.risk.level === 'critical') {
    out.push(
      withId({
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
      }),
    );
  }
  return out;
}
