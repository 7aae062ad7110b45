import { rankOf, type Classification } from '../classification.js';
import type { Decision, LogEntry, Observation } from './entry.js';

/** What a run needs to know from the log before it is classified. */
export interface FreezeState {
  /** The unresolved event that freezes this ref, if any (the most severe, then the oldest). */
  frozenBy: Observation | null;
  /** Manifest hashes an architect accepted as the new baseline. */
  acceptedManifests: Set<string>;
  acceptedRuntimeBaselines: Set<string>;
}

const FREEZING: ReadonlySet<Classification> = new Set(['PRODUCT_DRIFT', 'INCIDENT']);

/**
 * SPEC §6: an OBSERVATION classified PRODUCT_DRIFT or INCIDENT (and not itself made while frozen)
 * freezes its ref, or every ref when it ran on the default branch, until a DECISION names it:
 * accept unfreezes; rollback unfreezes once the sealed state matches the old baseline again
 * (`sealClean`); investigate keeps the freeze. The latest decision on an event counts.
 */
export function computeFreeze(
  entries: readonly LogEntry[],
  ref: string | null,
  sealClean: boolean,
): FreezeState {
  const latest = new Map<string, Decision>();
  const acceptedManifests = new Set<string>();
  const acceptedRuntimeBaselines = new Set<string>();
  for (const e of entries) {
    if (e.type !== 'DECISION') continue;
    latest.set(e.event_id, e);
    if (e.decision === 'accept' && e.manifest_sha256) acceptedManifests.add(e.manifest_sha256);
    if (e.decision === 'accept' && e.runtime_baseline_sha256)
      acceptedRuntimeBaselines.add(e.runtime_baseline_sha256);
  }
  let frozenBy: Observation | null = null;
  for (const e of entries) {
    if (e.type !== 'OBSERVATION' || !FREEZING.has(e.classification) || e.frozen_by !== null) continue;
    if (!e.freezes_all && e.ref !== ref) continue;
    const d = latest.get(e.event_id);
    const resolved = d?.decision === 'accept' || (d?.decision === 'rollback' && sealClean);
    if (resolved) continue;
    if (!frozenBy || rankOf(e.classification) > rankOf(frozenBy.classification)) frozenBy = e;
  }
  return { frozenBy, acceptedManifests, acceptedRuntimeBaselines };
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
