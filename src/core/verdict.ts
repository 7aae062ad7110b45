import type { Classification } from './classification.js';
import { classify, computeFails, isPullRequestEvent } from './classify.js';
import { renderHistory } from './escalation.js';
import {
  assertRuntimeEvent,
  computeEvent,
  computeSnapshotId,
  type RunInfo,
  type RuntimeEvent,
  type RuntimeEventContent,
} from './event.js';
import type { Finding } from './finding.js';
import type { EntryDraft, LogEntry } from './log/entry.js';
import { computeFreeze, computeFreezeScope, type FreezeScope } from './log/freeze.js';
import { redactBytes, redactDeep } from './redact.js';
import { computeAbsentBaselineFindings, computeTrustFindings, type TrustReport } from './trust.js';
import type { PolicyAnalysis } from './policy/analyze.js';
import { computeAnnotations, type Annotation } from './render/annotations.js';
import { renderIncidentReport } from './render/incident-report.js';
import { renderPolicyScores, renderRunbook, renderRunbooks } from './render/runbook.js';
import type { PolicySection } from './render/summary.js';
import { computeClassificationRunbook } from './runbook/classification-runbook.js';
import type { Runbook } from './runbook/model.js';
import type { SealResult } from './seal/verify.js';
import { needsSnapshot, snapshotDir } from './snapshot.js';

/** The outputs of SPEC §4, in action.yml's order. */
export const OUTPUT_NAMES = [
  'classification',
  'event-id',
  'snapshot-id',
  'frozen',
  'drift-score',
  'risk-level',
  'report',
  'runbook',
  'log-entry',
] as const;
/** One output of SPEC §4. */
export type OutputName = (typeof OUTPUT_NAMES)[number];

/** Where run-time files go: under governance/runtime/, which is never committed on the product branch. */
export const EVENTS_DIR = 'governance/runtime/events';

/** One observation of the log's history, as the summary's history line shows it. */
export interface RecentRun {
  classification: Classification;
  timestamp: string;
  drift_score: number | null;
  ref: string | null;
  run_url: string | null;
}

/** What the verdict needs of the governance log as the run read it. */
export interface ObservedLog {
  findings: Finding[];
  /** Entries freeze needs (observations that may freeze, decisions), from verified lines of the record. */
  freezeEntries: LogEntry[];
  /** Timestamp of the newest observation that made a snapshot, if any. */
  lastSnapshotAt: string | null;
  /** The last observations of every ref (oldest first); the summary shows the run's own ref's. */
  recent: RecentRun[];
  /** The log's bytes as read (every segment, oldest first): the snapshot exports them. */
  segments: Uint8Array[];
}

/** What the observe stage saw: every input of the verdict, as data. */
export interface Observed {
  /** HEAD's SHA ('unknown' outside git). */
  commit: string;
  baselineRef: string | null;
  now: Date;
  log: ObservedLog;
  seal: SealResult & { manifestSha256: string | null; treeManifestSha256: string | null };
  invariants: Finding[];
  tests: {
    findings: Finding[];
    summary: NonNullable<RuntimeEvent['tests']>;
    console: string;
    /** The bytes of every report read, by workspace-relative path (kept in the snapshot). */
    reports: ReadonlyMap<string, Uint8Array>;
    /** The tests ran and demonstrably passed (a pull request's TOOLING_DRIFT passes only then); absent when not known. */
    passed?: boolean;
    treeRuntimeBaselineSha256: string | null;
  } | null;
  policy: { analysis: PolicyAnalysis; findings: Finding[]; runbooks: Runbook[] } | null;
  /** What the change's commands did to the repository settings the gate's git obeys. */
  runner?: Finding[];
  /** Why the run-time folder cannot be written (a committed symbolic link on the way), if it cannot. */
  runtimeRefusal?: string | null;
}

/** The settings and run facts the verdict depends on. */
export interface VerdictInput {
  /** The manifest path (setting `baseline`). */
  manifest: string;
  logBranch: string;
  failOn: 'PRODUCT_DRIFT' | 'TOOLING_DRIFT';
  eventName: string;
  ref: string | null;
  run: RunInfo;
  onDefaultBranch: boolean;
  /** `governed-refs`: refs governed like the default branch. */
  governedRefs?: readonly string[];
  incidentTemplate: string;
  logUrl: string | null;
  /** Who may decide (setting `architects`), named in the runbooks' decision step. */
  architects?: readonly string[];
  /** The `sealed` globs (with no manifest anywhere, they make an INCIDENT). */
  sealed?: readonly string[];
  /** Known secret values: redacted, with token shapes, from everything stored or posted. */
  secrets?: readonly string[];
  /** The config file as the trusted side holds it, and the change's copy when it differs. */
  trust?: TrustReport | null;
  /** Findings about what was read from the trusted side (an unusable template). */
  trustFindings?: Finding[];
}

/** Everything a run decides, computed once from what it observed: recorded and reported as is. */
export interface Verdict {
  findings: Finding[];
  classification: Classification;
  fails: boolean;
  /** What this run's observation freezes, and whether its ref is governed. */
  scope: FreezeScope;
  event: RuntimeEvent;
  /** RUNTIME_EVENT.json's text (the event, checked against its schema). */
  eventJson: string;
  /** The classification's runbook, then the policy archetypes that triggered. */
  runbooks: Runbook[];
  /** renderRunbooks of `runbooks`. */
  runbook: string;
  runbooksJson: string;
  policySection: PolicySection;
  /** INCIDENT_REPORT.md, for an INCIDENT. */
  incidentReport: string | null;
  annotations: Annotation[];
  /** This ref's last runs, this one last (renderHistory). */
  history: string;
  /** The seal stage's counts, for the summary. */
  sealCounts: { manifest: string; entries: number; ok: number; authoritative: SealResult['authoritative'] };
  /** Workspace-relative path of RUNTIME_EVENT.json. */
  reportPath: string;
  /** The run-time folder is refused: nothing is written in the workspace (the log branch still records). */
  writesRefused: boolean;
  /** Workspace-relative path of the rendered runbook. */
  runbookPath: string;
  /** The snapshot's folder and files (the log export excepted), when this run takes one. */
  snapshot: { dir: string; files: Map<string, Uint8Array | string> } | null;
  /** The OBSERVATION entry for the governance log. */
  logEntry: EntryDraft;
  /** Every output but `log-entry`, which the record stage knows. */
  outputs: Record<Exclude<OutputName, 'log-entry'>, string>;
}

/** SPEC §1–§7 as one pure function: findings (FROZEN included), classification, event, runbooks, snapshot. */
export function computeVerdict(observed: Observed, input: VerdictInput): Verdict {
  const { seal, policy } = observed;
  const { findings, frozenBy } = computeFindings(observed, input);
  const classification = classify(findings);
  const scope = computeFreezeScope({
    classification,
    frozen: frozenBy !== null,
    ref: input.ref,
    onDefaultBranch: input.onDefaultBranch,
    commandLine: input.eventName === 'cli',
    governedRefs: input.governedRefs ?? [],
  });
  const runbooks = computeRunbooks(
    classification,
    {
      head: observed.commit,
      base: observed.baselineRef,
      manifest: input.manifest,
      logBranch: input.logBranch,
    },
    policy?.runbooks ?? [],
  );
  const draft = computeEvent(computeEventContent(observed, input, { findings, classification, frozenBy }));
  const snapshotting = needsSnapshot(
    classification,
    input.eventName,
    observed.log.lastSnapshotAt,
    observed.now,
  );
  const { event, files } = snapshotting
    ? computeSnapshot(draft, observed, input.secrets ?? [])
    : { event: draft, files: null };
  assertRuntimeEvent(event);
  const eventJson = `${JSON.stringify(event, null, 2)}\n`;
  // The run's event and deciders are filled in here; they are not part of any runbook's id.
  const runbook = renderRunbooks(runbooks, { eventId: event.event_id, architects: input.architects ?? [] });
  const runbooksJson = `${JSON.stringify(runbooks, null, 2)}\n`;
  const incidentReport =
    classification === 'INCIDENT' ? renderIncidentReport(input.incidentTemplate, event, input.logUrl) : null;
  if (files)
    addSnapshotFiles(files, {
      'runbook.md': runbook,
      'runbooks.json': runbooksJson,
      'policy-analysis.json': policy ? `${JSON.stringify(policy.analysis, null, 2)}\n` : null,
      'INCIDENT_REPORT.md': incidentReport,
      'RUNTIME_EVENT.json': eventJson,
    });
  const reportPath = `${EVENTS_DIR}/${event.event_id}.json`;
  const runbookPath = `${EVENTS_DIR}/${event.event_id}.runbook.md`;
  return {
    findings,
    classification,
    fails: computeFails(classification, input.failOn, {
      pullRequest: isPullRequestEvent(input.eventName),
      testsPassed: observed.tests?.passed ?? null,
    }),
    scope,
    event,
    eventJson,
    runbooks,
    runbook,
    runbooksJson,
    policySection: {
      scores: policy ? renderPolicyScores(policy.analysis) : '',
      // Each runbook once, at the level of a section of the summary, comment and issue.
      runbooks: runbooks.map((b) => renderRunbook(b, 3)).join('\n'),
      triggered: (policy?.runbooks ?? []).map((r) => r.title),
    },
    incidentReport,
    annotations: computeAnnotations(findings),
    // A ref's history is its own: runs of other branches and pull requests say nothing about it.
    history: renderHistory(
      input.ref,
      observed.log.recent.filter((r) => r.ref === input.ref),
      { classification, timestamp: event.timestamp, drift_score: event.policy?.drift_score ?? null },
    ),
    sealCounts: computeSealCounts(seal, input.manifest),
    reportPath,
    runbookPath,
    writesRefused: Boolean(observed.runtimeRefusal),
    snapshot: files && event.snapshot_id ? { dir: snapshotDir(event.snapshot_id), files } : null,
    logEntry: computeLogEntry(event, observed, input, scope),
    // Outputs name only files that exist.
    outputs: observed.runtimeRefusal
      ? computeOutputs(event, '', '', scope)
      : computeOutputs(event, reportPath, runbookPath, scope),
  };
}

/** The seal's counts for the summary. */
function computeSealCounts(seal: Observed['seal'], manifest: string): Verdict['sealCounts'] {
  const ok = seal.verdicts.filter((v) => v.status === 'OK').length;
  return { manifest, entries: seal.entries, ok, authoritative: seal.authoritative };
}

/** The snapshot's files computed after its id (which hashes the evidence before them), in this order. */
function addSnapshotFiles(
  files: Map<string, Uint8Array | string>,
  more: Record<string, string | null>,
): void {
  for (const [name, content] of Object.entries(more)) if (content !== null) files.set(name, content);
}

/** The runbooks of a run: the classification's first, then the policy archetypes that triggered; none depends on the clock. */
export function computeRunbooks(
  classification: Classification,
  refs: { head: string; base: string | null; manifest: string; logBranch: string },
  policyRunbooks: readonly Runbook[],
): Runbook[] {
  return [
    computeClassificationRunbook(classification, { ...refs, logBranch: refs.logBranch || null }),
    ...policyRunbooks,
  ];
}

/** The event's content: what was observed, judged, and against which baselines. */
function computeEventContent(
  observed: Observed,
  input: VerdictInput,
  judged: { findings: Finding[]; classification: Classification; frozenBy: string | null },
): RuntimeEventContent {
  const { seal, tests, policy } = observed;
  const { findings } = judged;
  return {
    snapshot_id: null,
    timestamp: observed.now.toISOString(),
    commit: observed.commit,
    ref: input.ref,
    event_name: input.eventName,
    run: input.run,
    classification: judged.classification,
    findings,
    baseline: {
      manifest_sha256: seal.manifestSha256,
      ref: observed.baselineRef,
      runtime_baseline_sha256: tests?.treeRuntimeBaselineSha256 ?? null,
    },
    tests: tests ? redactDeep(tests.summary, input.secrets ?? []) : null,
    diff: findings
      .filter((f) => f.evidence.expected || f.evidence.tests || f.evidence.detail)
      .map(describeDiff),
    policy: policy
      ? {
          drift_score: policy.analysis.drift.score,
          band: policy.analysis.drift.band,
          risk_level: policy.analysis.risk.level,
          runbooks: policy.runbooks.map((r) => r.id),
        }
      : null,
    frozen_by: judged.frozenBy,
  };
}

/** The outputs of SPEC §4 but `log-entry`. */
function computeOutputs(
  event: RuntimeEvent,
  reportPath: string,
  runbookPath: string,
  scope: FreezeScope,
): Record<Exclude<OutputName, 'log-entry'>, string> {
  return {
    classification: event.classification,
    'event-id': event.event_id,
    'snapshot-id': event.snapshot_id ?? '',
    // The run that creates a freeze is frozen too.
    frozen: event.frozen_by || scope.freezes ? 'true' : 'false',
    'drift-score': event.policy ? String(event.policy.drift_score) : '',
    'risk-level': event.policy?.risk_level ?? '',
    report: reportPath,
    runbook: runbookPath,
  };
}

/** A committed symbolic link where the gate writes its run-time files: a hostile tree, never written through. */
function computeRuntimeFindings(refusal: string | null): Finding[] {
  if (!refusal) return [];
  return [
    {
      code: 'RUNTIME_PATH_REFUSED',
      stage: 'seal',
      classification: 'INCIDENT',
      message: `${refusal}; no run-time file is written in the workspace, the run is still recorded on the log branch and reported`,
      evidence: { paths: [EVENTS_DIR] },
    },
  ];
}

/** Every stage's findings in pipeline order, then FROZEN when an unresolved event freezes this ref. */
function computeFindings(
  observed: Observed,
  input: VerdictInput,
): { findings: Finding[]; frozenBy: string | null } {
  const { seal } = observed;
  const ref = input.ref;
  const sealClean = !seal.findings.some((f) => f.classification !== 'STABLE');
  const { frozenBy, acceptedConfigs } = computeFreeze(observed.log.freezeEntries, ref, sealClean);
  // Everything below is stored or posted: text from the change is redacted once, here.
  const findings: Finding[] = redactDeep(
    [
      ...computeTrustFindings(input.trust, acceptedConfigs),
      ...(input.trustFindings ?? []),
      ...observed.log.findings,
      ...computeAbsentBaselineFindings({ sealed: input.sealed ?? [], baseline: input.manifest }, seal),
      ...seal.findings,
      ...observed.invariants,
      ...(observed.tests?.findings ?? []),
      ...(observed.policy?.findings ?? []),
      ...(observed.runner ?? []),
      ...computeRuntimeFindings(observed.runtimeRefusal ?? null),
    ],
    input.secrets ?? [],
  );
  if (frozenBy) {
    findings.push({
      code: 'FROZEN',
      stage: 'freeze',
      classification: frozenBy.classification,
      message: `frozen by ${frozenBy.event_id} (${frozenBy.classification} on ${frozenBy.ref ?? 'an unknown ref'}, ${frozenBy.timestamp}) until an architect's written decision on it: a comment /driftgate accept ${frozenBy.event_id} (or investigate, rollback) followed by the reason`,
      evidence: { commits: [frozenBy.commit], detail: frozenBy.event_id },
    });
  }
  return { findings, frozenBy: frozenBy?.event_id ?? null };
}

/** The snapshot's evidence files and the event named after them (SPEC §5). */
function computeSnapshot(
  draft: RuntimeEvent,
  observed: Observed,
  secrets: readonly string[],
): { event: RuntimeEvent; files: Map<string, Uint8Array | string> } {
  const files = new Map<string, Uint8Array | string>();
  files.set('console.log', observed.tests?.console ?? '');
  files.set(
    'seal-verification.json',
    `${JSON.stringify({ authoritative: observed.seal.authoritative, entries: observed.seal.verdicts }, null, 2)}\n`,
  );
  files.set('diff.txt', draft.diff.length ? `${draft.diff.join('\n')}\n` : '');
  for (const [path, bytes] of observed.tests?.reports ?? [])
    files.set(`reports/${path}`, redactBytes(bytes, secrets));
  return { event: { ...draft, snapshot_id: computeSnapshotId(draft, files) }, files };
}

function computeLogEntry(
  event: RuntimeEvent,
  observed: Observed,
  input: VerdictInput,
  scope: FreezeScope,
): EntryDraft {
  return {
    type: 'OBSERVATION',
    event_id: event.event_id,
    timestamp: event.timestamp,
    classification: event.classification,
    commit: event.commit,
    ref: input.ref,
    freezes_all: scope.all,
    freezes: scope.freezes,
    snapshot_id: event.snapshot_id,
    frozen_by: event.frozen_by,
    manifest_sha256: observed.seal.manifestSha256,
    observed_manifest_sha256: observed.seal.treeManifestSha256,
    observed_runtime_baseline_sha256: observed.tests?.treeRuntimeBaselineSha256 ?? null,
    // Only when the change edits them: what an accept of this event would make take effect.
    ...(input.trust?.change?.changeSha256 ? { observed_config_sha256: input.trust.change.changeSha256 } : {}),
    ...(input.trust?.workflowChange?.changeSha256
      ? { observed_workflow_sha256: input.trust.workflowChange.changeSha256 }
      : {}),
    run_url: input.run.url,
    findings: event.findings.length,
    drift_score: event.policy?.drift_score ?? null,
  };
}

/** One line of the event's diff: what was expected, what was found. */
function describeDiff(f: Finding): string {
  if (f.evidence.tests?.length) return `${f.code}: ${f.evidence.tests.join(', ')}`;
  const path = f.evidence.paths?.[0] ?? f.evidence.invariant ?? '';
  if (f.evidence.expected && f.evidence.actual)
    return `${path}: ${f.evidence.expected} -> ${f.evidence.actual}`;
  if (f.evidence.expected)
    return `${path}: ${f.evidence.expected} -> (${f.code === 'SEALED_MISSING' ? 'missing' : 'unreadable'})`;
  return `${path}: ${f.evidence.detail ?? f.code}`;
}
