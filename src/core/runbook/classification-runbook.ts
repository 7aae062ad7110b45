import type { Classification } from '../classification.js';

/** What the Phase D runbook (seeds/001) prescribes for one classification. */
export interface ClassificationRunbook {
  classification: Classification;
  meaning: string;
  job: string;
  actions: string[];
  /** Escalation channel and deadline; null for none. */
  escalation: string | null;
  /** Decisions an architect may take; empty when none is awaited. */
  decisions: string[];
}

/** SPEC §2 and the seed runbook's "action par classification", word for word in substance. */
export const CLASSIFICATION_RUNBOOKS: Record<Classification, ClassificationRunbook> = {
  STABLE: {
    classification: 'STABLE',
    meaning: 'No deviation from the baseline.',
    job: 'passes',
    actions: ['No action required.', 'Observation continues.', 'Snapshot on the daily (schedule) run only.'],
    escalation: null,
    decisions: [],
  },
  TOOLING_DRIFT: {
    classification: 'TOOLING_DRIFT',
    meaning: 'The tooling broke (test runner, npm, file system); the product is healthy.',
    job: 'passes with warnings (fails only with fail-on: TOOLING_DRIFT)',
    actions: [
      'The event is logged in the governance log.',
      'All evidence is kept (console, reports, snapshot).',
      'Do not stop observation; do not fix anything automatically.',
      'Following runs continue as usual.',
    ],
    escalation: 'issue labelled driftgate:tooling-drift (e-mail channel), within 24 hours',
    decisions: [],
  },
  PRODUCT_DRIFT: {
    classification: 'PRODUCT_DRIFT',
    meaning: 'Runtime behaviour differs from the baseline without an invariant violation.',
    job: 'fails',
    actions: [
      'Stop observation on this ref at once.',
      'Snapshot now; export the complete governance log.',
      'Compute the diff with the baseline (below).',
      'Escalate to an architect within 15 minutes.',
      'Wait for a written decision before resuming: the ref stays frozen.',
    ],
    escalation: 'issue labelled driftgate:product-drift and PR comment (Slack + e-mail), within 15 minutes',
    decisions: [
      'accept (new baseline)',
      'investigate (stays frozen)',
      'rollback (back to the previous version)',
    ],
  },
  INCIDENT: {
    classification: 'INCIDENT',
    meaning:
      'An invariant is violated, a BUILD SEALED file or the baseline changed, or a forbidden write happened.',
    job: 'fails and blocks the merge',
    actions: [
      'Total stop: every ref is frozen until a written decision.',
      'Snapshot and complete log export.',
      'Priority escalation to the architects (phone + Slack), immediately.',
      'Write the INCIDENT_REPORT from the template.',
      'No resumption without an architect\u2019s written authorization; then post-mortem, root cause analysis, formal decision, fix or rollback, re-certification if needed.',
    ],
    escalation:
      'issue labelled driftgate:incident + priority:critical, architects assigned (phone + Slack), immediately',
    decisions: ['accept (new baseline)', 'investigate (stays frozen)', 'rollback (restore the sealed state)'],
  },
};
