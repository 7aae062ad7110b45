import { TRIGGERS } from '../../policy/score.js';
import { sh, withId } from '../model.js';
import { signalOf, type Archetype } from './refs.js';

export const federatedSync: Archetype = {
  name: 'federated-sync',
  applies: (a) => a.stability < TRIGGERS.stability,
  compute: (a) => {
    const signal = (id: string) => signalOf(a, id);
    const pairs = a.federation.pairs.slice(0, 5);
    const pathOf = (project: string) => a.files.head.find((f) => f.includes(project)) ?? project;
    return withId({
      archetype: 'federated-sync',
      title: 'Federated Sync',
      severity: a.stability < 0.25 ? 'high' : 'medium',
      trigger: {
        signal: 'federated stability',
        value: a.stability,
        comparator: '<',
        threshold: TRIGGERS.stability,
      },
      purpose: 'The projects decide the same requests differently. Align them or write down why they differ.',
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
    });
  },
};
