import type { LogEntry, Observation } from './log/entry.js';

/** The three decisions of SPEC §6. */
export type DecisionKind = 'accept' | 'investigate' | 'rollback';

/** A decision as written in a comment or on the command line. */
export interface DecisionRequest {
  decision: DecisionKind;
  /** The event decided; null when the comment did not name one. */
  eventId: string | null;
  reason: string;
}

const COMMAND =
  /^\/driftgate[ \t]+(accept|investigate|rollback)\b[ \t]*(RTE_\d{8}_\d{6}_[0-9a-f]{8})?[ \t]*(.*)$/m;

/** Reads `/driftgate accept|investigate|rollback [RTE_…] reason` from a comment; null when it holds none. */
export function parseDecisionComment(body: string): DecisionRequest | { error: string } | null {
  const m = COMMAND.exec(body.replace(/\r\n?/g, '\n'));
  if (!m) return null;
  const reason = m[3]!.trim();
  if (!reason)
    return {
      error: 'a decision needs a reason: `/driftgate ' + m[1] + ' [RTE_…] why this is the right call`',
    };
  return { decision: m[1] as DecisionKind, eventId: m[2] ?? null, reason };
}

/** Repository permissions (GitHub's collaborator permission levels). */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** SPEC §3 `architects`: the listed logins, or (list empty) users with maintain or admin permission. */
export function isAuthorized(
  login: string,
  architects: readonly string[],
  permission: Permission | null,
): boolean {
  if (architects.length > 0) return architects.some((a) => a.toLowerCase() === login.toLowerCase());
  return permission === 'admin' || permission === 'maintain';
}

/**
 * The freezing observation a decision is about: the one it names, or, when it names none, the only
 * undecided one (several undecided events make the decision ambiguous).
 */
export function findDecidedEvent(
  entries: readonly LogEntry[],
  eventId: string | null,
): Observation | { error: string } {
  const freezing = entries.filter(
    (e): e is Observation =>
      e.type === 'OBSERVATION' &&
      (e.classification === 'PRODUCT_DRIFT' || e.classification === 'INCIDENT') &&
      e.frozen_by === null,
  );
  if (eventId) {
    const hit = freezing.find((e) => e.event_id === eventId);
    return hit ?? { error: `${eventId} is not a PRODUCT_DRIFT or INCIDENT event in the governance log` };
  }
  const decided = new Set(
    entries.filter((e) => e.type === 'DECISION' && e.decision !== 'investigate').map((e) => e.event_id),
  );
  const open = freezing.filter((e) => !decided.has(e.event_id));
  if (open.length === 1) return open[0]!;
  return {
    error:
      open.length === 0
        ? 'no undecided PRODUCT_DRIFT or INCIDENT event in the governance log'
        : `${open.length} undecided events: name one (${open.map((e) => e.event_id).join(', ')})`,
  };
}
