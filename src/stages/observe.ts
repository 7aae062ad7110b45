import { computeFreeze, type FreezeState } from '../core/log/freeze.js';
import { EVENTS_DIR, type Observed } from '../core/verdict.js';
import type { Clock } from '../ports/clock.js';
import type { Git } from '../ports/git.js';
import type { GitHub } from '../ports/github.js';
import type { Reporter } from '../ports/reporter.js';
import type { Runner } from '../ports/runner.js';
import type { Workspace } from '../ports/workspace.js';
import type { Settings } from '../settings/settings.js';
import { observeInvariants } from './invariants.js';
import { readGovernanceLog, type LogLocation } from './log.js';
import { observePolicies } from './policy.js';
import { observeSeal, resolveBaselineRef } from './seal.js';
import { observeTests, secretsOf } from './tests.js';

/** The ports the observe stage reads through. */
export interface ObservePorts {
  workspace: Workspace;
  git: Git | null;
  runner: Runner;
  clock: Clock;
  reporter: Reporter;
  /** The rewind witness and the log branch's rules are read through it, when there is one. */
  github: GitHub | null;
}

/** The governance log as the run read and verified it, and what its decisions accepted. */
export interface LogRead {
  log: Observed['log'];
  accepted: FreezeState;
  /** The commit the log was read against, and the `baseline-ref` setting it was resolved from. */
  baseline: { setting: string; ref: string | null };
}

/** Reads the governance log first: its decisions say which baselines and config the run goes by. */
export async function observeLog(
  settings: Settings,
  run: { location: LogLocation; ref: string | null },
  ports: ObservePorts,
): Promise<LogRead> {
  const baselineRef = await resolveBaselineRef(settings['baseline-ref'], ports.git);
  const { reporter } = ports;
  reporter.progress('reading the governance log…');
  const log = await readGovernanceLog(run.location, baselineRef, ports);
  for (const note of [log.unavailable, ...log.notes]) if (note) reporter.warning(`driftgate: ${note}`);
  if (!log.unavailable) reporter.progress(`governance log: ${sizeOf(log.segments)} read and checked`);
  // Accepted baselines are known before the seal is read; whether the run is frozen is the verdict's.
  return {
    log,
    accepted: computeFreeze(log.freezeEntries, run.ref, false),
    baseline: { setting: settings['baseline-ref'], ref: baselineRef },
  };
}

/** Everything else the run looks at, stage after stage: the seal, invariants, tests, policies. */
export async function observe(
  settings: Settings,
  { log, accepted, baseline }: LogRead,
  ports: ObservePorts,
): Promise<Observed> {
  // Resolved again only when an accepted config named another ref (a git process each time).
  const baselineRef =
    settings['baseline-ref'] === baseline.setting
      ? baseline.ref
      : await resolveBaselineRef(settings['baseline-ref'], ports.git);
  const commit = (await ports.git?.head()) ?? 'unknown';
  const { reporter } = ports;
  reporter.progress(`seal: hashing the files listed in ${settings.baseline}…`);
  const seal = await observeSeal(
    {
      manifest: settings.baseline,
      sealed: settings.sealed,
      baselineRef,
      accepted: accepted.acceptedManifests,
    },
    ports,
  );
  reporter.progress(
    `seal: ${plural(seal.entries, 'file')} hashed, ${seal.verdicts.filter((v) => v.status === 'OK').length} verified`,
  );
  const invariants = await observeInvariants(
    {
      protectedPaths: settings['protected-paths'],
      invariants: settings.invariants,
      baselineRef,
      cwd: ports.workspace.root,
      timeoutMs: settings['test-timeout'] * 60_000,
      secrets: secretsOf(settings),
    },
    ports,
  );
  const tests = await observeTests(settings, baselineRef, ports, {
    acceptedRuntimeBaselines: accepted.acceptedRuntimeBaselines,
  });
  const policy = await observePolicies(
    { policies: settings.policies, traces: settings.traces, baselineRef },
    ports,
  );
  const runner = ports.runner.findings?.() ?? [];
  // After the change's commands ran: what they left on the way is what the writes would meet.
  const runtimeRefusal = await ports.workspace.writeRefusal(EVENTS_DIR);
  return {
    commit,
    baselineRef,
    now: ports.clock.now(),
    log,
    seal,
    invariants,
    tests,
    policy,
    runner,
    runtimeRefusal,
  };
}

// `driftgate verify` runs the seal stage alone; it lives beside it so the command loads nothing else.
export { resolveBaselineRef, runVerify } from './seal.js';

/** The size of the log as read, for the progress line. */
function sizeOf(segments: readonly Uint8Array[]): string {
  const bytes = segments.reduce((n, s) => n + s.byteLength, 0);
  return bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 1_048_576).toFixed(1)} MiB`;
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
