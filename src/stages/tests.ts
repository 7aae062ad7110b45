import { dirname } from 'node:path';
import { sha256Hex } from '../core/event.js';
import { computeReportBase } from '../core/tests/break-point.js';
import { redactSecrets } from '../core/redact.js';
import type { Finding } from '../core/finding.js';
import { classifyTests, type TestsObservation, type TestsSummary } from '../core/tests/classify-tests.js';
import { observationList } from '../core/seal/observation.js';
import { parseReport, type ReportReading } from '../core/tests/parse-report.js';
import { parseRuntimeBaseline, type RuntimeBaseline } from '../core/tests/runtime-baseline.js';
import type { Clock } from '../ports/clock.js';
import type { Git } from '../ports/git.js';
import type { Runner } from '../ports/runner.js';
import type { Workspace } from '../ports/workspace.js';
import type { Settings } from '../settings/settings.js';

/** The tests stage's result: findings, what was counted, and the console kept as evidence. */
export interface TestsStage {
  findings: Finding[];
  summary: TestsSummary;
  /** The tests ran and demonstrably passed (what a pull request needs to pass on TOOLING_DRIFT). */
  passed: boolean;
  console: string;
  /** The parsed reports (for `driftgate seal --runtime`). */
  readings: ReportReading[];
  /** The bytes of every report read, by path (evidence for the snapshot, read once). */
  reports: Map<string, Uint8Array>;
  /** Output hashes observed (for `driftgate seal --runtime`). */
  outputs: Map<string, string | null>;
  /** sha256 of the runtime baseline in the tree, when there is one. */
  treeRuntimeBaselineSha256: string | null;
}

/** driftgate's own secrets, never to be stored even if a test prints them. */
export const secretsOf = (settings: Settings): string[] =>
  [settings['github-token'], settings['log-key']].filter(Boolean);

/** Reports written within this margin before the command started still count as this run's (coarse file system clocks). */
const MTIME_SLACK_MS = 2_000;

/** What running the tests (or reading an earlier step's console) gave. */
interface RunOutcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  console: string;
  /** When the command started (ms), or null when the console came from an earlier step. */
  startedAt: number | null;
}

/**
 * Runs the test command once (never retried) or reads an earlier step's console, reads the
 * reports, the runtime baseline and the outputs, and applies the tests stage's rules.
 * Null when no test setting is given.
 */
export async function observeTests(
  settings: Settings,
  baselineRef: string | null,
  ports: { workspace: Workspace; git: Git | null; runner: Runner; clock: Clock },
  options: { ignoreBaseline?: boolean; acceptedRuntimeBaselines?: ReadonlySet<string> } = {},
): Promise<TestsStage | null> {
  const { workspace } = ports;
  const command = settings['test-command'] || null;
  const patterns = settings['test-report'];
  if (!command && !settings['test-console'] && patterns.length === 0) return null;
  const pre: Finding[] = [];
  const run = await runOrReadConsole(settings, ports, pre);
  const { readings, reports, unmatched, stale } = await readReports(patterns, run.startedAt, workspace);

  const tree = await workspace.readFile(settings['runtime-baseline']);
  const treeRuntimeBaselineSha256 = tree.state === 'present' ? sha256Hex(tree.bytes) : null;
  const accepted =
    treeRuntimeBaselineSha256 !== null &&
    (options.acceptedRuntimeBaselines?.has(treeRuntimeBaselineSha256) ?? false);
  // An architect accepted the tree's runtime baseline: it is authoritative, baseline-ref's copy is not.
  const baseline = options.ignoreBaseline
    ? null
    : await readRuntimeBaseline(settings['runtime-baseline'], accepted ? null : baselineRef, ports, pre);
  const outputs = await readOutputHashes(settings.outputs, workspace);

  const observation: TestsObservation = {
    command,
    exitCode: run.exitCode,
    signal: run.signal,
    timedOut: run.timedOut,
    console: run.console,
    reportPatterns: patterns,
    unmatchedPatterns: unmatched,
    readings,
    staleReports: stale,
    baseline,
    outputs: baseline || settings.outputs.length > 0 ? outputs : null,
  };
  const decided = classifyTests(observation);
  return {
    findings: [...pre, ...decided.findings],
    summary: decided.summary,
    passed: decided.passed && pre.every((f) => f.classification === 'STABLE'),
    console: run.console,
    readings,
    reports,
    outputs,
    treeRuntimeBaselineSha256,
  };
}

/** Runs the test command (its report folders made first), or reads the earlier step's console. */
async function runOrReadConsole(
  settings: Settings,
  ports: { workspace: Workspace; runner: Runner; clock: Clock },
  findings: Finding[],
): Promise<RunOutcome> {
  const { workspace } = ports;
  const command = settings['test-command'];
  const consoleFile = settings['test-console'];
  const none = { signal: null, timedOut: false, startedAt: null };
  if (command) {
    await makeReportFolders(settings['test-report'], workspace, findings);
    const startedAt = ports.clock.now().getTime();
    const r = await ports.runner.run(command, {
      cwd: workspace.root,
      timeoutMs: settings['test-timeout'] * 60_000,
    });
    const text = redactSecrets(r.output, secretsOf(settings));
    return { exitCode: r.exitCode, signal: r.signal, timedOut: r.timedOut, console: text, startedAt };
  }
  const exitCode = settings['test-exit-code'];
  if (!consoleFile) return { ...none, exitCode, console: '' };
  const read = await workspace.readFile(consoleFile);
  if (read.state === 'present') {
    const text = redactSecrets(new TextDecoder().decode(read.bytes), secretsOf(settings));
    return { ...none, exitCode, console: text };
  }
  findings.push({
    code: 'REPORT_MISSING',
    stage: 'tests',
    classification: 'TOOLING_DRIFT',
    message: `test-console ${consoleFile} ${read.state === 'absent' ? 'does not exist' : `cannot be read (${read.error})`}: the earlier step left no console log`,
    evidence: { paths: [consoleFile] },
  });
  return { ...none, exitCode, console: '' };
}

/** Every report the globs match, parsed; globs that match nothing; reports older than the run. */
async function readReports(
  patterns: readonly string[],
  startedAt: number | null,
  workspace: Workspace,
): Promise<{
  readings: ReportReading[];
  reports: Map<string, Uint8Array>;
  unmatched: string[];
  stale: string[];
}> {
  const unmatched: string[] = [];
  const stale: string[] = [];
  const readings: ReportReading[] = [];
  const reports = new Map<string, Uint8Array>();
  for (const pattern of patterns) {
    const files = await workspace.glob([pattern]);
    if (files.length === 0) unmatched.push(pattern);
    for (const file of files) {
      if (readings.some((r) => r.path === file)) continue;
      const modified = startedAt !== null ? await workspace.modifiedAt(file) : null;
      if (startedAt !== null && modified !== null && modified < startedAt - MTIME_SLACK_MS) {
        stale.push(file);
        continue;
      }
      const read = await workspace.readFile(file);
      if (read.state === 'present') {
        readings.push(parseReport(file, read.bytes, workspace.root));
        reports.set(file, read.bytes);
      } else unmatched.push(file);
    }
  }
  return { readings, reports, unmatched, stale };
}

/** sha256 of each `outputs` file (null: matched but unreadable). */
async function readOutputHashes(
  globs: readonly string[],
  workspace: Workspace,
): Promise<Map<string, string | null>> {
  const outputs = new Map<string, string | null>();
  if (globs.length === 0) return outputs;
  const files = await workspace.glob(globs);
  const observed = observationList(await workspace.observe(files.map((f) => new TextEncoder().encode(f))));
  files.forEach((f, i) => {
    const o = observed[i]!;
    outputs.set(f, o.state === 'ok' ? o.sha256 : null);
  });
  return outputs;
}

/**
 * jest's `--outputFile`, node:test's reporter destinations and others fail when the report's
 * folder does not exist: the folders of literal report paths are made before the tests run.
 * A folder that cannot be made is evidence of the tooling (the reporter will fail on it too).
 */
async function makeReportFolders(
  patterns: readonly string[],
  workspace: Workspace,
  findings: Finding[],
): Promise<void> {
  for (const pattern of patterns) {
    if (computeReportBase(pattern) !== pattern.replace(/^\.\//, '')) continue;
    const folder = dirname(pattern);
    if (folder === '.' || folder === '') continue;
    try {
      await workspace.makeFolder(folder);
    } catch (e) {
      findings.push({
        code: 'REPORT_MISSING',
        stage: 'tests',
        classification: 'TOOLING_DRIFT',
        message: `the report folder ${folder} cannot be created: ${(e as Error).message.split('\n')[0]}`,
        evidence: { paths: [folder], detail: (e as NodeJS.ErrnoException).code ?? 'error' },
      });
    }
  }
}

/** The runtime baseline: the baseline-ref copy is authoritative; a tree copy that differs from it is reported. */
async function readRuntimeBaseline(
  path: string,
  baselineRef: string | null,
  ports: { workspace: Workspace; git: Git | null },
  findings: Finding[],
): Promise<{ path: string; value: RuntimeBaseline } | null> {
  const tree = await ports.workspace.readFile(path);
  const treeText = tree.state === 'present' ? new TextDecoder().decode(tree.bytes) : null;
  let text = treeText;
  if (baselineRef && ports.git) {
    const atRef = await ports.git.readFileAt(baselineRef, path);
    if (atRef) {
      text = new TextDecoder().decode(atRef);
      if (treeText !== text) {
        findings.push({
          code: 'RUNTIME_BASELINE_MODIFIED',
          stage: 'tests',
          classification: 'INCIDENT',
          message: `the runtime baseline ${path} differs from its copy at ${baselineRef.slice(0, 12)}; only an architect's decision may change a baseline`,
          evidence: { paths: [path], commits: [baselineRef] },
        });
      }
    }
  }
  if (text === null) return null;
  try {
    return { path, value: parseRuntimeBaseline(text, path) };
  } catch (e) {
    findings.push({
      code: 'RUNTIME_BASELINE_INVALID',
      stage: 'tests',
      classification: 'INCIDENT',
      message: `the runtime baseline cannot be used: ${(e as Error).message}`,
      evidence: { paths: [path] },
    });
    return null;
  }
}
