import { findDecidedEvent, isAuthorized, type DecisionRequest, type Permission } from '../core/decision.js';
import type { Observation } from '../core/log/entry.js';
import type { Clock } from '../ports/clock.js';
import type { Git } from '../ports/git.js';
import type { Workspace } from '../ports/workspace.js';
import { appendToLog, readGovernanceLog, type AppendResult, type LogLocation } from './log.js';

/** How recording a decision ended. */
export type DecisionOutcome =
  | { status: 'recorded'; event: Observation; appended: AppendResult }
  | { status: 'refused'; reason: string }
  | { status: 'not-recorded'; event: Observation; reason: string };

/**
 * Records an architect's written decision as a DECISION entry (SPEC §6), after checking who wrote
 * it and which event it decides. Refused decisions append nothing.
 */
export async function recordDecision(
  input: {
    request: DecisionRequest;
    by: string;
    source: string;
    architects: readonly string[];
    permission: Permission | null;
  },
  location: LogLocation,
  ports: { git: Git | null; workspace: Workspace; clock: Clock },
): Promise<DecisionOutcome> {
  if (!isAuthorized(input.by, input.architects, input.permission)) {
    const who = input.architects.length
      ? `listed in architects (${input.architects.join(', ')})`
      : 'a user with maintain or admin permission';
    return { status: 'refused', reason: `${input.by} may not decide: a decision must come from ${who}` };
  }
  const log = await readGovernanceLog(location, null, ports);
  if (log.unavailable) return { status: 'refused', reason: log.unavailable };
  if (log.findings.length)
    return {
      status: 'refused',
      reason: `the governance log is not append-only: ${log.findings[0]!.message}`,
    };
  const target = findDecidedEvent(log.freezeEntries, input.request.eventId);
  if ('error' in target) return { status: 'refused', reason: target.error };
  const accept = input.request.decision === 'accept';
  const appended = await appendToLog(
    location,
    {
      type: 'DECISION',
      event_id: target.event_id,
      timestamp: ports.clock.now().toISOString(),
      decision: input.request.decision,
      by: input.by,
      reason: input.request.reason,
      // An accept of a changed baseline records exactly what it accepts: the manifest the run saw.
      manifest_sha256:
        accept && target.observed_manifest_sha256 !== target.manifest_sha256
          ? target.observed_manifest_sha256
          : null,
      runtime_baseline_sha256: accept ? target.observed_runtime_baseline_sha256 : null,
      source: input.source,
    },
    new Map(),
    ports.git,
  );
  if (appended.notPushed) return { status: 'not-recorded', event: target, reason: appended.notPushed };
  return { status: 'recorded', event: target, appended };
}
