import type { Classification } from './core/classification.js';
import type { RunInfo, RuntimeEvent } from './core/event.js';
import { computeVerdict } from './core/verdict.js';
import type { Settings } from './settings/settings.js';
import { selectSettingsInEffect, type ChangeConfig } from './settings/trusted.js';
import { logLocationOf, type AppendResult } from './stages/log.js';
import { observe, observeLog, type ObservePorts } from './stages/observe.js';
import { secretsOf } from './stages/tests.js';
import type { Finding } from './core/finding.js';
import type { TrustReport } from './core/trust.js';
import { record } from './stages/record.js';
import { report } from './stages/report.js';
import type { SealStage } from './stages/seal.js';

export { OUTPUT_NAMES, type OutputName } from './core/verdict.js';

/** Everything the gate touches the world through (the observe stage reads through all of them). */
export type GatePorts = ObservePorts;

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
  /** The config file as the trusted side holds it, and the change's copy when it differs. */
  trust?: TrustReport | null;
  /** The change's config file and its settings, which take effect once a decision accepts it. */
  changeConfig?: ChangeConfig | null;
  /** Findings about what was read from the trusted side (an unusable template). */
  trustFindings?: Finding[];
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
  const logRead = await observeLog(settings, { location, ref: context.ref }, ports);
  // The change's config file governs only once an architect's decision accepted it.
  const inEffect = selectSettingsInEffect(
    settings,
    context.changeConfig ?? null,
    logRead.accepted.acceptedConfigs,
  );
  const observed = await observe(inEffect, logRead, ports);
  const verdict = computeVerdict(observed, {
    manifest: inEffect.baseline,
    logBranch: inEffect['log-branch'],
    failOn: inEffect['fail-on'],
    architects: inEffect.architects,
    sealed: inEffect.sealed,
    secrets: secretsOf(inEffect),
    governedRefs: inEffect['governed-refs'],
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
  await report(verdict, inEffect, { ...context, runUrl: context.run.url, appended }, ports);
  const { classification, fails, event, reportPath, runbookPath } = verdict;
  return { classification, fails, event, seal: observed.seal, reportPath, runbookPath, log: appended };
}
