import type { Classification } from '../classification.js';
import { sh, shortSha, withId, type Runbook, type RunbookSeverity, type RunbookStep } from './model.js';

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
      'Freeze the ref until a written decision (a pull request is not frozen: its next commit is judged afresh).',
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
      'Freeze: the ref stays frozen until a written decision (every ref, when it ran on the default branch).',
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

/** Why, commands, artifacts and check for each action of CLASSIFICATION_RUNBOOKS, in the same order. */
function stepsOf(c: Classification, refs: RunbookRefs): StepText[] {
  const baseFlag = refs.base ? ` --baseline-ref ${shortSha(refs.base)}` : '';
  const fetchLog = refs.logBranch ? [`git fetch origin ${sh(refs.logBranch)}`] : [];
  const logShow = 'driftgate log show';
  const verifyLog = 'driftgate log verify';
  const decide =
    'driftgate decide accept|investigate|rollback EVENT_ID --reason "…" --by LOGIN  # or comment /driftgate accept|investigate|rollback EVENT_ID reason';
  switch (c) {
    case 'STABLE':
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
          why: 'a daily snapshot is enough evidence for a stable build (SPEC §2)',
          commands: [logShow],
          artifacts: ['the schedule run’s snapshot'],
          verify: 'the log holds one snapshot a day',
        },
      ];
    case 'TOOLING_DRIFT':
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
    case 'PRODUCT_DRIFT':
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
          artifacts: [
            'the snapshot folder with RUNTIME_EVENT.json, console, reports and GOVERNANCE_LOG.ndjson',
          ],
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
          why: 'SPEC §2: product drift goes to an architect within 15 minutes',
          commands: [],
          artifacts: ['the escalation issue and the pull request comment'],
          verify: 'an architect is assigned',
        },
        {
          why: 'only a written decision lifts the freeze; nothing is re-run to see if it passes',
          commands: [decide],
          artifacts: ['a DECISION entry in the governance log'],
          verify: 'the driftgate status turns green after accept',
        },
      ];
    case 'INCIDENT':
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
          why: 'SPEC §2: incidents reach the architects at once',
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
          commands: [decide],
          artifacts: ['a DECISION entry in the governance log, then the post-mortem'],
          verify: 'the driftgate status turns green after accept, or after rollback once the seal is clean',
        },
      ];
  }
}

const SEVERITY: Record<Classification, RunbookSeverity> = {
  STABLE: 'low',
  TOOLING_DRIFT: 'medium',
  PRODUCT_DRIFT: 'high',
  INCIDENT: 'critical',
};

/** The classification runbook of SPEC §2 as a structured runbook with a content-hash id. */
export function computeClassificationRunbook(c: Classification, refs: RunbookRefs): Runbook {
  const book = CLASSIFICATION_RUNBOOKS[c];
  const texts = stepsOf(c, refs);
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
