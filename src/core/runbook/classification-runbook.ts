import type { Classification } from '../classification.js';
import { sh, shortSha, withId, type Runbook, type RunbookSeverity, type RunbookStep } from './model.js';

/** What the Phase D runbook prescribes for one classification. */
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

/** The seed runbook's "action par classification", in substance; escalation through the channels driftgate uses. */
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
    escalation: 'an issue labelled driftgate:tooling-drift, due within 24 hours',
    decisions: [],
  },
  PRODUCT_DRIFT: {
    classification: 'PRODUCT_DRIFT',
    meaning: 'Runtime behaviour differs from the baseline without an invariant violation.',
    job: 'fails',
    actions: [
      'Freeze the ref until a written decision (a pull request is not frozen: its next commit is judged afresh).',
      'Snapshot now; export the complete governance log.',
      'Compute the diff with the baseline (below).',
      'Escalate to an architect within 15 minutes.',
      'Wait for a written decision before resuming: the ref stays frozen.',
    ],
    escalation:
      'on a governed ref, an issue labelled driftgate:product-drift, due within 15 minutes; on a pull request, the runbook comment; the driftgate commit status fails',
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
      'Freeze: the ref stays frozen until a written decision (every ref, when it ran on the default branch).',
      'Snapshot and complete log export.',
      'Escalate to the architects at once: the incident issue assigns and mentions them.',
      'Write the INCIDENT_REPORT from the template.',
      'No resumption without an architect\u2019s written authorization; then post-mortem, root cause analysis, formal decision, fix or rollback, re-certification if needed.',
    ],
    escalation:
      'an issue labelled driftgate:incident and priority:critical, architects assigned and mentioned, at once; the driftgate commit status fails',
    decisions: ['accept (new baseline)', 'investigate (stays frozen)', 'rollback (restore the sealed state)'],
  },
};

/** What the classification runbook's commands name. */
export interface RunbookRefs {
  /** The commit checked. */
  head: string;
  /** baseline-ref, when there is one. */
  base: string | null;
  /** The manifest (baseline input). */
  manifest: string;
  /** The log branch, or null when the log is kept on the checked-out branch. */
  logBranch: string | null;
}

type StepText = Omit<RunbookStep, 'title'>;

/** The commands shared by the steps: fetching and reading the log, the baseline flag. */
function commonOf(refs: RunbookRefs) {
  return {
    baseFlag: refs.base ? ` --baseline-ref ${shortSha(refs.base)}` : '',
    fetchLog: refs.logBranch ? [`git fetch origin ${sh(refs.logBranch)}`] : [],
    logShow: 'driftgate log show',
    verifyLog: 'driftgate log verify',
  };
}

/** Why, commands, artifacts and check for each STABLE action, in the order of CLASSIFICATION_RUNBOOKS. */
function stableSteps(refs: RunbookRefs): StepText[] {
  const { logShow } = commonOf(refs);
  return [
    {
      why: 'every stage matched its baseline',
      commands: [],
      artifacts: [],
      verify: 'the driftgate status is green',
    },
    {
      why: 'the next run compares against the same baseline',
      commands: [],
      artifacts: [],
      verify: 'the next run reports',
    },
    {
      why: 'a daily snapshot is enough evidence for a stable build',
      commands: [logShow],
      artifacts: ['the schedule run’s snapshot'],
      verify: 'the log holds one snapshot a day',
    },
  ];
}

/** Why, commands, artifacts and check for each TOOLING_DRIFT action, in the order of CLASSIFICATION_RUNBOOKS. */
function toolingSteps(refs: RunbookRefs): StepText[] {
  const { fetchLog, logShow, verifyLog } = commonOf(refs);
  return [
    {
      why: 'the governance log is the record of what happened; the run appended to it',
      commands: [...fetchLog, logShow],
      artifacts: ['this run’s OBSERVATION entry'],
      verify: verifyLog,
    },
    {
      why: 'the console and the reports tell which tool broke',
      commands: ["gh run download --pattern 'driftgate-SNP_*'"],
      artifacts: ['console log, test reports, RUNTIME_EVENT.json'],
      verify: 'the tooling signature or finding in the summary names the cause',
    },
    {
      why: 'a tooling fault says nothing about the product; fixing it by hand would hide the evidence',
      commands: [],
      artifacts: [],
      verify: 'no commit changes the product to make the run pass',
    },
    {
      why: 'observation goes on; the next run shows whether the tooling recovered',
      commands: [],
      artifacts: [],
      verify: 'the next run is STABLE once the tooling is repaired',
    },
  ];
}

/** Why, commands, artifacts and check for each PRODUCT_DRIFT action, in the order of CLASSIFICATION_RUNBOOKS. */
function productSteps(refs: RunbookRefs): StepText[] {
  const { baseFlag, fetchLog, logShow, verifyLog } = commonOf(refs);
  return [
    {
      why: 'the product behaves differently; every later run on this ref reports frozen until a decision',
      commands: [],
      artifacts: ['the FROZEN finding on later runs'],
      verify: 'the driftgate status stays failing on this ref',
    },
    {
      why: 'the decision needs the state as observed',
      commands: [...fetchLog, logShow, "gh run download --pattern 'driftgate-SNP_*'"],
      artifacts: ['the snapshot folder with RUNTIME_EVENT.json, console, reports and GOVERNANCE_LOG.ndjson'],
      verify: verifyLog,
    },
    {
      why: 'the architect decides on the difference, not on a summary of it',
      commands: [
        ...(refs.base ? [`git diff ${shortSha(refs.base)}..${shortSha(refs.head)} --stat`] : []),
        `driftgate check${baseFlag} --json`,
      ],
      artifacts: ['diff.txt in the snapshot'],
      verify: 'every changed test or output is listed',
    },
    {
      why: 'product drift goes to an architect within 15 minutes',
      commands: [],
      artifacts: ['the escalation issue and the pull request comment'],
      verify: 'an architect is assigned',
    },
    {
      why: 'only a written decision lifts the freeze; nothing is re-run to see if it passes',
      commands: [],
      decide: true,
      artifacts: ['a DECISION entry in the governance log'],
      verify: 'the driftgate status turns green after accept',
    },
  ];
}

/** Why, commands, artifacts and check for each INCIDENT action, in the order of CLASSIFICATION_RUNBOOKS. */
function incidentSteps(refs: RunbookRefs): StepText[] {
  const { baseFlag, fetchLog, logShow, verifyLog } = commonOf(refs);
  return [
    {
      why: 'a sealed file, the baseline or an invariant was violated; nothing may build on it',
      commands: [`driftgate verify${baseFlag} --json`],
      artifacts: ['the per-file verdicts against the authoritative manifest'],
      verify: `sha256sum -c --strict ${sh(refs.manifest)} shows the same failures`,
    },
    {
      why: 'the incident is investigated on the state as observed, with the whole log',
      commands: [...fetchLog, logShow, "gh run download --pattern 'driftgate-SNP_*'"],
      artifacts: ['the snapshot folder with GOVERNANCE_LOG.ndjson'],
      verify: verifyLog,
    },
    {
      why: 'incidents reach the architects at once',
      commands: [],
      artifacts: ['the escalation issue labelled priority:critical, architects assigned'],
      verify: 'an architect has acknowledged it',
    },
    {
      why: 'the report is the record of what was seen and done',
      commands: [],
      artifacts: ['INCIDENT_REPORT.md in the snapshot'],
      verify: 'every section of the template is filled',
    },
    {
      why: 'work resumes only on a written authorization',
      commands: [],
      decide: true,
      artifacts: ['a DECISION entry in the governance log, then the post-mortem'],
      verify: 'the driftgate status turns green after accept, or after rollback once the seal is clean',
    },
  ];
}

const STEPS: Record<Classification, (refs: RunbookRefs) => StepText[]> = {
  STABLE: stableSteps,
  TOOLING_DRIFT: toolingSteps,
  PRODUCT_DRIFT: productSteps,
  INCIDENT: incidentSteps,
};

const SEVERITY: Record<Classification, RunbookSeverity> = {
  STABLE: 'low',
  TOOLING_DRIFT: 'medium',
  PRODUCT_DRIFT: 'high',
  INCIDENT: 'critical',
};

/** The classification runbook as a structured runbook with a content-hash id. */
export function computeClassificationRunbook(c: Classification, refs: RunbookRefs): Runbook {
  const book = CLASSIFICATION_RUNBOOKS[c];
  const texts = STEPS[c](refs);
  return withId({
    archetype: 'classification',
    title: `Classification: ${c}`,
    severity: SEVERITY[c],
    trigger: { signal: 'classification', value: c, comparator: '=', threshold: c },
    purpose: `${book.meaning} The job ${book.job}.`,
    steps: book.actions.map((title, i) => ({ title, ...texts[i]! })),
    escalation: book.escalation,
    decisions: book.decisions,
  });
}
