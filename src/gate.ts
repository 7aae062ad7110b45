import type { Classification } from './core/classification.js';
import type { RunInfo, RuntimeEvent } from './core/event.js';
import { computeVerdict } from './core/verdict.js';
import type { Clock } from './ports/clock.js';
import type { Git } from './ports/git.js';
import type { GitHub } from './ports/github.js';
import type { Reporter } from './ports/reporter.js';
import type { Runner } from './ports/runner.js';
import type { Workspace } from './ports/workspace.js';
import type { Settings } from './settings/settings.js';
import { logLocationOf, type AppendResult } from './stages/log.js';
import { observe } from './stages/observe.js';
import { record } from './stages/record.js';
import { report } from './stages/report.js';
import type { SealStage } from './stages/seal.js';

export { OUTPUT_NAMES, type OutputName } from './core/verdict.js';

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
export interface GateResult {
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

/** The pipeline of SPEC §1: observe → verdict (pure) → record → report. */
export async function runGate(
  settings: Settings,
  context: GateContext,
  ports: GatePorts,
): Promise<GateResult> {
  const location = logLocationOf(settings, context.branch);
  const observed = await observe(settings, { location, ref: context.ref }, ports);
  const verdict = computeVerdict(observed, {
    manifest: settings.baseline,
    logBranch: settings['log-branch'],
    failOn: settings['fail-on'],
    ...context,
  });
  const appended = await record(
    verdict,
    {
      record: context.record,
      location,
      console: observed.tests?.console ?? null,
      logSegments: observed.log.segments,
    },
    ports,
  );
  await report(verdict, settings, { ...context, runUrl: context.run.url, appended }, ports);
  const { classification, fails, event, reportPath, runbookPath } = verdict;
  return { classification, fails, event, seal: observed.seal, reportPath, runbookPath, log: appended };
}
