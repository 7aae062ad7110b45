import { Buffer } from 'node:buffer';
import type { Classification } from './core/classification.js';
import { classify, computeFails } from './core/classify.js';
import { computeEvent, computeSnapshotId, type RunInfo, type RuntimeEvent } from './core/event.js';
import type { Finding } from './core/finding.js';
import { computeFreeze } from './core/log/freeze.js';
import { computeAnnotations } from './core/render/annotations.js';
import { renderIncidentReport } from './core/render/incident-report.js';
import { renderPolicyScores, renderRunbook, renderRunbooks } from './core/render/runbook.js';
import { computeClassificationRunbook } from './core/runbook/classification-runbook.js';
import type { PolicySection } from './core/render/summary.js';
import { renderSummary } from './core/render/summary.js';
import { needsSnapshot, snapshotDir } from './core/snapshot.js';
import { renderHistory } from './core/escalation.js';
import { publish } from './stages/publish.js';
import type { Clock } from './ports/clock.js';
import type { Git } from './ports/git.js';
import type { GitHub } from './ports/github.js';
import type { Reporter } from './ports/reporter.js';
import type { Runner } from './ports/runner.js';
import type { Workspace } from './ports/workspace.js';
import type { Settings } from './settings/settings.js';
import { observeInvariants } from './stages/invariants.js';
import { appendToLog, logLocationOf, readGovernanceLog, type AppendResult } from './stages/log.js';
import { observeSeal, type SealStage } from './stages/seal.js';
import { observePolicies } from './stages/policy.js';
import { observeTests, secretsOf } from './stages/tests.js';

/** Everything the gate touches the world through. */
export interface GatePorts {
  workspace: Workspace;
  /** Null when the workspace is not a git checkout (CLI on a plain folder). */
  git: Git | null;
  runner: Runner;
  clock: Clock;
  reporter: Reporter;
  /** Null without a token and repository (the CLI, a local run). */
  github: GitHub | null;
}

/** Facts about the run that do not come from settings. */
export interface GateContext {
  eventName: string;
  ref: string | null;
  run: RunInfo;
  /** The branch this run is on (for a log kept on the checked-out branch), when known. */
  branch: string | null;
  /** The run is on the repository's default branch: what it freezes, it freezes for every ref. */
  onDefaultBranch: boolean;
  /** Append the observation to the governance log (the Action always; the CLI with --record). */
  record: boolean;
  /** templates/INCIDENT_TEMPLATE.md. */
  incidentTemplate: string;
  /** A link to the governance log for people (escalations), when there is one. */
  logUrl: string | null;
  /** The pull request to comment on, when the run is for one (and `comment` is true). */
  pullRequest: number | null;
  /** The commit the `driftgate` status goes on: a pull request's head, not the merge commit. */
  statusSha: string | null;
  /** A pull request from a fork: the token is read-only, nothing is posted. */
  fork: boolean;
}

/** The outcome of one run of the gate: a failed gate is data, not an exception. */
export interface Verdict {
  classification: Classification;
  fails: boolean;
  event: RuntimeEvent;
  seal: SealStage;
  /** Workspace-relative path of RUNTIME_EVENT.json. */
  reportPath: string;
  /** Workspace-relative path of the rendered runbook. */
  runbookPath: string;
  /** The log append, when the run recorded one. */
  log: AppendResult | null;
}

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
const EVENTS_DIR = 'governance/runtime/events';

/** The pipeline of SPEC §1: observe → classify → runbooks → record → report. */
export async function runGate(settings: Settings, context: GateContext, ports: GatePorts): Promise<Verdict> {
  const { reporter } = ports;
  // observe
  const baselineRef = await resolveBaselineRef(settings['baseline-ref'], ports.git);
  const commit = (await ports.git?.head()) ?? 'unknown';
  const location = logLocationOf(settings, context.branch);
  reporter.progress('reading the governance log…');
  const log = await readGovernanceLog(location, baselineRef, ports);
  if (log.unavailable) reporter.warning(log.unavailable);
  if (!log.unavailable)
    reporter.progress(`governance log: ${plural(log.lines, 'line')} (${mib(log.segments)}) read and checked`);
  reporter.progress(`seal: hashing the files listed in ${settings.baseline}…`);
  const accepted = computeFreeze(log.freezeEntries, context.ref, false);
  const seal = await observeSeal(
    {
      manifest: settings.baseline,
      sealed: settings.sealed,
      baselineRef,
      accepted: accepted.acceptedManifests,
    },
    { workspace: ports.workspace, git: ports.git },
  );
  reporter.progress(
    `seal: ${plural(seal.entries, 'file')} hashed, ${seal.verdicts.filter((v) => v.status === 'OK').length} verified`,
  );
  const invariantFindings = await observeInvariants(
    {
      protectedPaths: settings['protected-paths'],
      invariants: settings.invariants,
      baselineRef,
      cwd: ports.workspace.root,
      timeoutMs: settings['test-timeout'] * 60_000,
      secrets: secretsOf(settings),
    },
    { git: ports.git, runner: ports.runner },
  );
  const tests = await observeTests(settings, baselineRef, ports, {
    acceptedRuntimeBaselines: accepted.acceptedRuntimeBaselines,
  });
  const policy = await observePolicies(
    { policies: settings.policies, traces: settings.traces, baselineRef },
    { workspace: ports.workspace, git: ports.git },
  );
  const sealClean = !seal.findings.some((f) => f.classification !== 'STABLE');
  const { frozenBy } = computeFreeze(log.freezeEntries, context.ref, sealClean);

  // classify
  const findings: Finding[] = [
    ...log.findings,
    ...seal.findings,
    ...invariantFindings,
    ...(tests?.findings ?? []),
    ...(policy?.findings ?? []),
  ];
  if (frozenBy) {
    findings.push({
      code: 'FROZEN',
      stage: 'freeze',
      classification: frozenBy.classification,
      message: `frozen by ${frozenBy.event_id} (${frozenBy.classification} on ${frozenBy.ref ?? 'an unknown ref'}, ${frozenBy.timestamp}) until an architect's written decision`,
      evidence: { commits: [frozenBy.commit], detail: frozenBy.event_id },
    });
  }
  const classification = classify(findings);
  const fails = computeFails(classification, settings['fail-on']);
  const now = ports.clock.now();
  let event = computeEvent({
    snapshot_id: null,
    timestamp: now.toISOString(),
    commit,
    ref: context.ref,
    event_name: context.eventName,
    run: context.run,
    classification,
    findings,
    baseline: {
      manifest_sha256: seal.manifestSha256,
      ref: baselineRef,
      runtime_baseline_sha256: tests?.treeRuntimeBaselineSha256 ?? null,
    },
    tests: tests?.summary ?? null,
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
    frozen_by: frozenBy?.event_id ?? null,
  });

  // runbooks: the classification's, then the policy archetypes that triggered; none depends on the clock
  const runbooks = [
    computeClassificationRunbook(classification, {
      head: commit,
      base: baselineRef,
      manifest: settings.baseline,
      logBranch: settings['log-branch'] || null,
    }),
    ...(policy?.runbooks ?? []),
  ];
  const runbook = renderRunbooks(runbooks);
  const runbooksJson = `${JSON.stringify(runbooks, null, 2)}\n`;
  const policySection: PolicySection = {
    scores: policy ? renderPolicyScores(policy.analysis) : '',
    // Each runbook once, at the level of a section of the summary, comment and issue.
    runbooks: runbooks.map((b) => renderRunbook(b, 3)).join('\n'),
    triggered: (policy?.runbooks ?? []).map((r) => r.title),
  };

  // record
  const snapshot = new Map<string, Uint8Array | string>();
  if (needsSnapshot(classification, context.eventName, log.lastSnapshotAt, now)) {
    snapshot.set('console.log', tests?.console ?? '');
    snapshot.set(
      'seal-verification.json',
      `${JSON.stringify({ authoritative: seal.authoritative, entries: seal.verdicts }, null, 2)}\n`,
    );
    snapshot.set('diff.txt', event.diff.length ? `${event.diff.join('\n')}\n` : '');
    for (const r of tests?.readings ?? []) {
      const bytes = await ports.workspace.readFile(r.path);
      if (bytes.state === 'present') snapshot.set(`reports/${r.path}`, bytes.bytes);
    }
    event = { ...event, snapshot_id: computeSnapshotId(event, snapshot) };
    snapshot.set('runbook.md', runbook);
    snapshot.set('runbooks.json', runbooksJson);
    if (policy) snapshot.set('policy-analysis.json', `${JSON.stringify(policy.analysis, null, 2)}\n`);
    if (classification === 'INCIDENT')
      snapshot.set(
        'INCIDENT_REPORT.md',
        renderIncidentReport(context.incidentTemplate, event, context.logUrl),
      );
    snapshot.set('RUNTIME_EVENT.json', `${JSON.stringify(event, null, 2)}\n`);
  }
  const reportPath = `${EVENTS_DIR}/${event.event_id}.json`;
  const runbookPath = `${EVENTS_DIR}/${event.event_id}.runbook.md`;
  await ports.workspace.writeFile(reportPath, `${JSON.stringify(event, null, 2)}\n`);
  await ports.workspace.writeFile(runbookPath, runbook);
  await ports.workspace.writeFile(`${EVENTS_DIR}/${event.event_id}.runbooks.json`, runbooksJson);
  // The console is evidence: kept whole beside the event (the seed runbook: "conserver toutes les preuves").
  if (tests) await ports.workspace.writeFile(`${EVENTS_DIR}/${event.event_id}.console.log`, tests.console);
  const committed = new Map<string, Uint8Array>();
  if (event.snapshot_id) {
    const dir = snapshotDir(event.snapshot_id);
    for (const [name, data] of snapshot) {
      await ports.workspace.writeFile(`${dir}/${name}`, data);
      committed.set(`${dir}/${name}`, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    }
  }
  let appended: AppendResult | null = null;
  if (context.record) {
    appended = await appendToLog(
      location,
      {
        type: 'OBSERVATION',
        event_id: event.event_id,
        timestamp: event.timestamp,
        classification,
        commit,
        ref: context.ref,
        freezes_all: context.onDefaultBranch,
        snapshot_id: event.snapshot_id,
        frozen_by: event.frozen_by,
        manifest_sha256: seal.manifestSha256,
        observed_manifest_sha256: seal.treeManifestSha256,
        observed_runtime_baseline_sha256: tests?.treeRuntimeBaselineSha256 ?? null,
        run_url: context.run.url,
        findings: findings.length,
        drift_score: event.policy?.drift_score ?? null,
      },
      committed,
      ports.git,
    );
    if (appended.notPushed) {
      const kept = `${EVENTS_DIR}/${event.event_id}.log-entry.ndjson`;
      await ports.workspace.writeFile(kept, `${appended.line}\n`);
      reporter.warning(
        `driftgate could not append to the governance log (${appended.notPushed}). Nothing is lost: the entry is kept in ${kept}` +
          ' and in the job summary; append it with `driftgate log append FILE` from a job that can push' +
          ' (see the README for the workflow_run recipe).',
      );
    }
  }

  if (event.snapshot_id) {
    // The snapshot's export of the complete log: as this run read it, its own entry last when it wrote one.
    const own = appended ? [new TextEncoder().encode(`${appended.line}\n`)] : [];
    await ports.workspace.writeFile(
      `${snapshotDir(event.snapshot_id)}/GOVERNANCE_LOG.ndjson`,
      Buffer.concat([...log.segments, ...own]),
    );
  }

  // report
  // A ref's history is its own: runs of other branches and pull requests say nothing about it.
  const history = renderHistory(
    context.ref,
    log.recent.filter((r) => r.ref === context.ref),
    { classification, timestamp: event.timestamp, drift_score: event.policy?.drift_score ?? null },
  );
  const links = {
    logUrl: context.logUrl,
    runUrl: context.run.url,
    // The run's page shows the job summary; it has no URL of its own that the runner tells.
    summaryUrl: null,
    pullRequest: context.pullRequest,
    history,
  };
  if (ports.github && context.fork) {
    reporter.warning(
      'driftgate: a pull request from a fork runs with a read-only token (pull-requests, issues, statuses and contents: read); ' +
        'the comment, the escalation issue and the commit status are skipped. The verdict, outputs and exit code stand.',
    );
  } else if (ports.github) {
    await publish(
      {
        event,
        fails,
        pullRequest: settings.comment ? context.pullRequest : null,
        statusSha: context.statusSha,
        escalate: settings.escalate,
        architects: settings.architects,
        issueLabels: settings['issue-labels'],
        incidentReport:
          classification === 'INCIDENT'
            ? renderIncidentReport(context.incidentTemplate, event, context.logUrl)
            : null,
        links,
        policy: policySection,
      },
      ports.github,
      reporter,
    );
  }
  for (const annotation of computeAnnotations(findings)) reporter.annotate(annotation);
  const outputs: Record<OutputName, string> = {
    classification,
    'event-id': event.event_id,
    'snapshot-id': event.snapshot_id ?? '',
    frozen: event.frozen_by ? 'true' : 'false',
    'drift-score': event.policy ? String(event.policy.drift_score) : '',
    'risk-level': event.policy?.risk_level ?? '',
    report: reportPath,
    runbook: runbookPath,
    'log-entry': appended && !appended.notPushed ? appended.id : '',
  };
  for (const name of OUTPUT_NAMES) reporter.setOutput(name, outputs[name]);
  const ok = seal.verdicts.filter((v) => v.status === 'OK').length;
  await reporter.writeSummary(
    renderSummary({
      event,
      fails,
      reportPath,
      seal: { manifest: settings.baseline, entries: seal.entries, ok, authoritative: seal.authoritative },
      log: appended
        ? {
            line: appended.line,
            pushed: !appended.notPushed,
            url: context.logUrl,
            keptAt: `${EVENTS_DIR}/${event.event_id}.log-entry.ndjson`,
          }
        : null,
      history,
      policy: policySection,
    }),
  );
  return { classification, fails, event, seal, reportPath, runbookPath, log: appended };
}

/** The seal stage alone (`driftgate verify`): no commands run, nothing written. */
export async function runVerify(
  settings: Settings,
  ports: Pick<GatePorts, 'workspace' | 'git'>,
): Promise<{ classification: Classification; seal: SealStage }> {
  const baselineRef = await resolveBaselineRef(settings['baseline-ref'], ports.git);
  const seal = await observeSeal(
    { manifest: settings.baseline, sealed: settings.sealed, baselineRef },
    ports,
  );
  return { classification: classify(seal.findings), seal };
}

async function resolveBaselineRef(ref: string, git: Git | null): Promise<string | null> {
  if (!ref) return null;
  if (!git) throw new Error(`baseline-ref ${ref} was given but the workspace is not a git repository`);
  return git.ensureCommit(ref);
}

function describeDiff(f: Finding): string {
  if (f.evidence.tests?.length) return `${f.code}: ${f.evidence.tests.join(', ')}`;
  const path = f.evidence.paths?.[0] ?? f.evidence.invariant ?? '';
  if (f.evidence.expected && f.evidence.actual)
    return `${path}: ${f.evidence.expected} -> ${f.evidence.actual}`;
  if (f.evidence.expected)
    return `${path}: ${f.evidence.expected} -> (${f.code === 'SEALED_MISSING' ? 'missing' : 'unreadable'})`;
  return `${path}: ${f.evidence.detail ?? f.code}`;
}

/** The size of the log as read, for the progress line. */
function mib(segments: readonly Uint8Array[]): string {
  const bytes = segments.reduce((n, s) => n + s.byteLength, 0);
  return bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 1_048_576).toFixed(1)} MiB`;
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
