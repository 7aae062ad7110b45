import type { PolicyAnalysis } from '../../policy/analyze.js';
import type { Rule } from '../../policy/model.js';
import type { Flip } from '../../policy/signals/replay-impact.js';
import { plural } from '../../policy/findings.js';
import { sh, shortSha, withId, type RunbookSeverity } from '../model.js';
import type { Archetype } from './refs.js';

/** Rules, files and trace lines named one by one before "and N more". */
const NAMED = 5;

type Change = PolicyAnalysis['diff'][number];

/** A rule as a reader compares it: mode, pattern, priority, contexts. */
function ruleText(r: Rule): string {
  const extra = [
    r.priority !== undefined ? `priority ${r.priority}` : '',
    r.contexts?.length ? plural(r.contexts.length, 'context') : '',
  ].filter(Boolean);
  return `${r.mode} ${JSON.stringify(r.pattern)}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** `id (file:line): old → new, loosened`. */
function changeText(d: Change): string {
  const where = d.where.after ?? d.where.before ?? d.files.join(', ');
  const from = d.defaults ? d.defaults.from : d.before ? ruleText(d.before) : '(none)';
  const to = d.defaults ? d.defaults.to : d.after ? ruleText(d.after) : '(removed)';
  const was =
    d.where.before && d.where.after && d.where.before !== d.where.after ? `, was ${d.where.before}` : '';
  return `${d.id} (${where}${was}): ${d.change}, ${from} → ${to}, ${d.direction}`;
}

/** The flips a changed rule takes part in: it decided before or decides now (the default for a default). */
function flipsOf(a: PolicyAnalysis, d: Change): Flip[] {
  const id = d.defaults ? null : d.id;
  return a.replay.flips.filter((f) => f.project === d.project && (f.from.rule === id || f.to.rule === id));
}

const sedLine = (at: string): string => {
  const i = at.lastIndexOf(':');
  return `sed -n '${at.slice(i + 1)}p' ${sh(at.slice(0, i))}`;
};

const more = (n: number, shown: number): string[] => (n > shown ? [`… and ${n - shown} more`] : []);

function severityOf(a: PolicyAnalysis): RunbookSeverity {
  if (a.replay.flipped > 0 || a.contradictions.introduced.length > 0) return 'high';
  return a.diff.some((d) => d.direction === 'loosened') ? 'medium' : 'low';
}

/**
 * The runbook of the policy change itself, whatever classification it causes: each changed rule
 * (old → new, loosened or tightened, file and line), the traced decisions that flip with example
 * trace lines, and the commands that show them, filled in with this run's refs, files and lines.
 */
export const policyChange: Archetype = {
  name: 'policy-change',
  applies: (a) => a.changed,
  compute: (a, r) => {
    const changes = a.diff.slice(0, NAMED);
    const withFlips = a.diff
      .map((d) => ({ d, flips: flipsOf(a, d) }))
      .filter((x) => x.flips.length > 0 && !x.d.defaults);
    const lines = [...new Set(a.replay.flips.flatMap((f) => f.traceLines))];
    const loosened = a.diff.filter((d) => d.direction === 'loosened').length;
    const tightened = a.diff.filter((d) => d.direction === 'tightened').length;
    return withId({
      archetype: 'policy-change',
      title: 'Policy change',
      severity: severityOf(a),
      trigger: { signal: 'changed rules', value: a.diff.length, comparator: '>', threshold: 0 },
      purpose: `${plural(a.diff.length, 'rule change')} between ${shortSha(r.base)} and ${shortSha(r.head)} (${loosened} loosened, ${tightened} tightened); ${a.replay.flipped} of ${a.replay.lines} traced decisions flip.`,
      steps: [
        {
          title: 'Read each changed rule',
          why: 'every change below moves what an agent may do; each one should be one the change meant to make',
          commands: [
            ...r.changed.slice(0, NAMED).map((f) => `git diff ${r.range} -- ${sh(f)}`),
            `driftgate policy diff ${r.baseFlag}`,
          ],
          artifacts: [...changes.map(changeText), ...more(a.diff.length, changes.length)],
          verify: 'each changed rule is named in the pull request or commit message with its reason',
        },
        {
          title: 'Replay the traced decisions that flip',
          why: a.replay.flipped
            ? `${a.replay.flipped} of ${a.replay.lines} traced decisions flip under head (${a.replay.loosened} loosened, ${a.replay.tightened} tightened)`
            : `none of the ${a.replay.lines} traced decisions flips under head`,
          commands: [
            ...withFlips
              .slice(0, NAMED)
              .map((x) => `driftgate policy replay ${r.baseFlag} --rule ${sh(x.d.id)}`),
            ...(withFlips.length ? [] : [`driftgate policy replay ${r.baseFlag}`]),
          ],
          artifacts: [
            ...withFlips.slice(0, NAMED).map(
              (x) =>
                `${x.d.id}: ${plural(
                  x.flips.reduce((n, f) => n + f.lines, 0),
                  'traced decision',
                )} flip (${x.flips
                  .map((f) => `${f.from.decision} → ${f.to.decision}`)
                  .join(
                    ', ',
                  )}), e.g. ${[...new Set(x.flips.flatMap((f) => f.traceLines))].slice(0, 3).join(', ')}`,
            ),
            ...more(withFlips.length, NAMED),
          ],
          verify: 'every flipped decision is intended; an unintended one is a rule to revert or narrow',
        },
        ...(lines.length
          ? [
              {
                title: 'Read the trace lines that flip',
                why: 'each line is a request an agent made and the decision it got then; head decides it differently',
                commands: lines.slice(0, NAMED).map(sedLine),
                artifacts: ['the recorded requests, one trace line each'],
                verify: 'for each request, the new decision is the one wanted',
              },
            ]
          : []),
      ],
      escalation: null,
      decisions: [],
    });
  },
};
