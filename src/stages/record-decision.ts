import { Buffer } from 'node:buffer';
import { describeAuthority, isAuthorized, type Permission } from '../core/decision/authority.js';
import type { DecisionRequest } from '../core/decision/comment.js';
import { findDecidedEvent, type DecisionPlace } from '../core/decision/target.js';
import type { Observation } from '../core/log/entry.js';
import type { Clock } from '../ports/clock.js';
import type { Git } from '../ports/git.js';
import type { GitHub } from '../ports/github.js';
import type { Workspace } from '../ports/workspace.js';
import { appendToLog, readGovernanceLog, type AppendResult, type LogLocation } from './log.js';

const MAC_KEY = '"mac":"';

/** How recording a decision ended. */
export type DecisionOutcome =
  | { status: 'recorded'; event: Observation; appended: AppendResult }
  | { status: 'refused'; reason: string }
  | { status: 'not-recorded'; event: Observation; reason: string };

/** A decision to record and what vouches for it. */
export interface DecisionInput {
  request: DecisionRequest;
  by: string;
  /** Where the decision was written (comment URL or "cli"). */
  source: string;
  place: DecisionPlace;
  architects: readonly string[];
  permission: Permission | null;
}

/**
 * Records an architect's written decision as a DECISION entry (SPEC §6), after checking who wrote
 * it, that the log is intact and keyed as it must be, and which event it decides. Refused
 * decisions append nothing.
 */
export async function recordDecision(
  input: DecisionInput,
  location: LogLocation,
  ports: { git: Git | null; workspace: Workspace; clock: Clock; github?: GitHub | null },
): Promise<DecisionOutcome> {
  if (!isAuthorized(input.by, input.architects, input.permission))
    return { status: 'refused', reason: describeAuthority(input.by, input.architects) };
  const log = await readGovernanceLog(location, null, ports);
  if (log.unavailable) return { status: 'refused', reason: log.unavailable };
  const broken = log.findings.find((f) => f.classification === 'INCIDENT');
  if (broken) return { status: 'refused', reason: `the governance log is not intact: ${broken.message}` };
  // Whoever can push can append; only the holder of the log key can write a line that verifies.
  if (
    !location.key &&
    log.segments.some((s) => Buffer.from(s.buffer, s.byteOffset, s.length).includes(MAC_KEY))
  )
    return {
      status: 'refused',
      reason:
        'the governance log carries MACs: a decision needs the log-key (--log-key or the log-key input)',
    };
  const target = findDecidedEvent(log.freezeEntries, input.request.eventId, input.place);
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
      ...(accept && target.observed_config_sha256 ? { config_sha256: target.observed_config_sha256 } : {}),
      ...(accept && target.observed_workflow_sha256
        ? { workflow_sha256: target.observed_workflow_sha256 }
        : {}),
      source: input.source,
    },
    new Map(),
    ports.git,
  );
  if (appended.notPushed) return { status: 'not-recorded', event: target, reason: appended.notPushed };
  return { status: 'recorded', event: target, appended };
}
