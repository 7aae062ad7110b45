import type { Classification } from './core/classification.js';
import { classify, computeFails } from './core/classify.js';
import { computeEvent, type RunInfo, type RuntimeEvent } from './core/event.js';
import type { Finding } from './core/finding.js';
import { computeAnnotations } from './core/render/annotations.js';
import { renderClassificationRunbook } from './core/render/runbook.js';
import { renderSummary } from './core/render/summary.js';
import type { Clock } from './ports/clock.js';
import type { Git } from './ports/git.js';
import type { Reporter } from './ports/reporter.js';
import type { Runner } from './ports/runner.js';
import type { Workspace } from './ports/workspace.js';
import type { Settings } from './settings/settings.js';
import { observeInvariants } from './stages/invariants.js';
import { observeSeal, type SealStage } from './stages/seal.js';
import { observeTests } from './stages/tests.js';

/** Everything the gate touches the world through. */
export interface GatePorts {
  workspace: Workspace;
  /** Null when the workspace is not a git checkout (CLI on a plain folder). */
  git: Git | null;
  runner: Runner;
  clock: Clock;
  reporter: Reporter;
}

/** Facts about the run that do not come from settings. */
export interface GateContext {
  eventName: string;
  ref: string | null;
  run: RunInfo;
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
  // observe
  const baselineRef = await resolveBaselineRef(settings['baseline-ref'], ports.git);
  const commit = (await ports.git?.head()) ?? 'unknown';
  const seal = await observeSeal(
    { manifest: settings.baseline, sealed: settings.sealed, baselineRef },
    { workspace: ports.workspace, git: ports.git },
  );
  const invariantFindings = await observeInvariants(
    {
      protectedPaths: settings['protected-paths'],
      invariants: settings.invariants,
      baselineRef,
      cwd: ports.workspace.root,
      timeoutMs: settings['test-timeout'] * 60_000,
    },
    { git: ports.git, runner: ports.runner },
  );
  const tests = await observeTests(settings, baselineRef, ports);
  const findings: Finding[] = [...seal.findings, ...invariantFindings, ...(tests?.findings ?? [])];

  // classify
  const classification = classify(findings);
  const fails = computeFails(classification, settings['fail-on']);
  const event = computeEvent({
    snapshot_id: null,
    timestamp: ports.clock.now().toISOString(),
    commit,
    ref: context.ref,
    event_name: context.eventName,
    run: context.run,
    classification,
    findings,
    baseline: { manifest_sha256: seal.manifestSha256, ref: baselineRef, runtime_baseline_sha256: null },
    tests: tests?.summary ?? null,
    diff: findings
      .filter((f) => f.evidence.expected || f.evidence.tests || f.evidence.detail)
      .map(describeDiff),
    policy: null,
    frozen_by: null,
  });

  // runbooks
  const runbook = renderClassificationRunbook(event);

  // record
  const reportPath = `${EVENTS_DIR}/${event.event_id}.json`;
  const runbookPath = `${EVENTS_DIR}/${event.event_id}.runbook.md`;
  await ports.workspace.writeFile(reportPath, `${JSON.stringify(event, null, 2)}\n`);
  await ports.workspace.writeFile(runbookPath, runbook);
  // The console is evidence: kept whole beside the event (the seed runbook: "conserver toutes les preuves").
  if (tests) await ports.workspace.writeFile(`${EVENTS_DIR}/${event.event_id}.console.log`, tests.console);

  // report
  const { reporter } = ports;
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
    'log-entry': '',
  };
  for (const name of OUTPUT_NAMES) reporter.setOutput(name, outputs[name]);
  const ok = seal.verdicts.filter((v) => v.status === 'OK').length;
  await reporter.writeSummary(
    renderSummary({
      event,
      fails,
      reportPath,
      seal: { manifest: settings.baseline, entries: seal.entries, ok, authoritative: seal.authoritative },
    }),
  );
  return { classification, fails, event, seal, reportPath, runbookPath };
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
