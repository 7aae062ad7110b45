import picomatch from 'picomatch';
import { rankOf, type Classification } from '../classification.js';
import { isDecidableObservation, isFreezingObservation } from '../decision/target.js';
import type { Decision, LogEntry, Observation } from './entry.js';

/** What a run needs to know from the log before it is classified. */
export interface FreezeState {
  /** The unresolved event that freezes this ref, if any (the most severe, then the oldest). */
  frozenBy: Observation | null;
  /** Manifest hashes an architect accepted as the new baseline. */
  acceptedManifests: Set<string>;
  acceptedRuntimeBaselines: Set<string>;
  /** The change's config files (and workflows running the gate) an architect accepted. */
  acceptedConfigs: Set<string>;
}

/**
 * SPEC §6: an OBSERVATION that froze (PRODUCT_DRIFT or INCIDENT, not itself made while frozen, not
 * a pull request's PRODUCT_DRIFT) freezes its exact ref, or every ref when it ran on the default
 * branch, until a DECISION names it: accept unfreezes; rollback unfreezes once the sealed state
 * matches the old baseline again (`sealClean`); investigate keeps the freeze. The latest decision on
 * an event counts. A decision counts only when it follows the event it names and that event was
 * still open, and an accept makes a baseline only of what that event observed: a decision naming an
 * event that does not exist, or accepting another manifest or config file, is no decision. A pull
 * request's PRODUCT_DRIFT freezes nothing but may be accepted, so what it observed takes effect.
 */
export function computeFreeze(
  entries: readonly LogEntry[],
  ref: string | null,
  sealClean: boolean,
): FreezeState {
  const observed = new Map<string, Observation>();
  const latest = new Map<string, Decision>();
  const acceptedManifests = new Set<string>();
  const acceptedRuntimeBaselines = new Set<string>();
  const acceptedConfigs = new Set<string>();
  for (const e of entries) {
    if (isDecidableObservation(e)) {
      if (!observed.has(e.event_id)) observed.set(e.event_id, e);
      continue;
    }
    if (e.type !== 'DECISION') continue;
    const event = observed.get(e.event_id);
    if (!event || latest.get(e.event_id)?.decision === 'accept') continue;
    latest.set(e.event_id, e);
    if (e.decision !== 'accept') continue;
    if (e.manifest_sha256 && e.manifest_sha256 === event.observed_manifest_sha256)
      acceptedManifests.add(e.manifest_sha256);
    if (e.runtime_baseline_sha256 && e.runtime_baseline_sha256 === event.observed_runtime_baseline_sha256)
      acceptedRuntimeBaselines.add(e.runtime_baseline_sha256);
    if (e.config_sha256 && e.config_sha256 === event.observed_config_sha256)
      acceptedConfigs.add(e.config_sha256);
    if (e.workflow_sha256 && e.workflow_sha256 === event.observed_workflow_sha256)
      acceptedConfigs.add(e.workflow_sha256);
  }
  let frozenBy: Observation | null = null;
  for (const e of observed.values()) {
    if (!isFreezingObservation(e)) continue;
    if (!e.freezes_all && e.ref !== ref) continue;
    const d = latest.get(e.event_id);
    const resolved = d?.decision === 'accept' || (d?.decision === 'rollback' && sealClean);
    if (resolved) continue;
    if (!frozenBy || rankOf(e.classification) > rankOf(frozenBy.classification)) frozenBy = e;
  }
  return { frozenBy, acceptedManifests, acceptedRuntimeBaselines, acceptedConfigs };
}

/** What a run's own observation does to its ref (SPEC §2 merge gating, §6). */
export interface FreezeScope {
  /** The observation freezes its ref (or every ref, with `all`). */
  freezes: boolean;
  all: boolean;
  /** The ref is governed: the default branch or a `governed-refs` glob (runtime governance, escalation). */
  governed: boolean;
}

const FREEZING: ReadonlySet<Classification> = new Set(['PRODUCT_DRIFT', 'INCIDENT']);

/**
 * Governed refs (the default branch, `governed-refs`, and deliberate command-line records) freeze
 * on PRODUCT_DRIFT and INCIDENT; a pull request, a proposed change, freezes only on INCIDENT (its
 * own ref); a run that is already frozen adds no freeze of its own.
 */
export function computeFreezeScope(input: {
  classification: Classification;
  frozen: boolean;
  ref: string | null;
  onDefaultBranch: boolean;
  commandLine: boolean;
  governedRefs: readonly string[];
}): FreezeScope {
  const ref = input.ref ?? '';
  const governed =
    input.onDefaultBranch ||
    input.commandLine ||
    (ref !== '' && input.governedRefs.length > 0 && picomatch(input.governedRefs as string[])(ref));
  const pullRequest = ref.startsWith('refs/pull/');
  const freezes =
    !input.frozen &&
    FREEZING.has(input.classification) &&
    (governed
      ? !pullRequest || input.classification === 'INCIDENT'
      : input.classification === 'INCIDENT' && pullRequest);
  return { freezes, all: freezes && input.onDefaultBranch, governed: governed && !pullRequest };
}

/**
 * Whether freeze needs this line (a decision, or an observation that may freeze): canonical JSON
 * makes these substring tests exact, so a 1,000,000-line log is not parsed whole on every run.
 */
export function isFreezeLine(line: string): boolean {
  return (
    line.includes('"type":"DECISION"') ||
    (line.includes('"type":"OBSERVATION"') &&
      (line.includes('"classification":"INCIDENT"') || line.includes('"classification":"PRODUCT_DRIFT"')))
  );
}
