import { sh, withId, type RunbookStep } from '../model.js';
import { files, type Archetype } from './refs.js';

const count = (a: Parameters<Archetype['applies']>[0]): number =>
  a.contradictions.static.length + a.contradictions.dynamic.length;

export const contradictionResolution: Archetype = {
  name: 'contradiction-resolution',
  applies: (a) => count(a) > 0,
  compute: (a, r) => {
    const contradictions = count(a);
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
        why: 'two rules give one request different effects at the same priority, and which one decides is an accident of file order',
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
    return withId({
      archetype: 'contradiction-resolution',
      title: 'Contradiction Resolution',
      severity: a.contradictions.introduced.length || a.contradictions.static.length ? 'high' : 'medium',
      trigger: { signal: 'contradictions', value: contradictions, comparator: '>', threshold: 0 },
      purpose: 'One request, two answers. Decide which one holds.',
      steps,
      escalation: null,
      decisions: [],
    });
  },
};
