import type { LogEntry, Observation } from '../log/entry.js';

/**
 * Where a decision was written, which bounds what an id-less decision may decide: a comment
 * decides only the event of the pull request or escalation issue it is on (SPEC §6); the command
 * line names its place by naming the event, or decides the only undecided one.
 */
export type DecisionPlace =
  | { kind: 'pull-request'; number: number }
  /** An issue; `eventId` is the event its gate-authored marker names (null: not an escalation issue). */
  | { kind: 'issue'; number: number; eventId: string | null }
  | { kind: 'command-line' };

/** Whether an observation froze something when it was recorded (entries before `freezes` existed did). */
export function isFreezingObservation(e: LogEntry): e is Observation {
  return (
    e.type === 'OBSERVATION' &&
    (e.classification === 'PRODUCT_DRIFT' || e.classification === 'INCIDENT') &&
    e.frozen_by === null &&
    e.freezes !== false
  );
}

/**
 * Whether a decision may name an observation: a PRODUCT_DRIFT or INCIDENT not itself made while
 * frozen. A pull request's PRODUCT_DRIFT froze nothing, yet an accept of it is how what the change
 * brings (a config file, a manifest, a runtime baseline) takes effect before it is merged.
 */
export function isDecidableObservation(e: LogEntry): e is Observation {
  return (
    e.type === 'OBSERVATION' &&
    (e.classification === 'PRODUCT_DRIFT' || e.classification === 'INCIDENT') &&
    e.frozen_by === null
  );
}

/** Events an accept already decided for good (investigate and rollback leave room for a later accept). */
function acceptedEvents(entries: readonly LogEntry[]): Set<string> {
  return new Set(
    entries.filter((e) => e.type === 'DECISION' && e.decision === 'accept').map((e) => e.event_id),
  );
}

/** The ref prefix of a pull request's refs (refs/pull/N/merge, refs/pull/N/head). */
const pullRequestRefs = (n: number): string => `refs/pull/${n}/`;

/**
 * The freezing observation a decision is about: the one it names (an existing, not yet accepted
 * PRODUCT_DRIFT or INCIDENT event), or, when it names none, the only undecided one of its place.
 */
export function findDecidedEvent(
  entries: readonly LogEntry[],
  eventId: string | null,
  place: DecisionPlace,
): Observation | { error: string } {
  const accepted = acceptedEvents(entries);
  const open = entries.filter(isDecidableObservation).filter((e) => !accepted.has(e.event_id));
  if (eventId) {
    const hit = open.find((e) => e.event_id === eventId);
    if (hit) return hit;
    return {
      error: accepted.has(eventId)
        ? `${eventId} was already accepted`
        : `${eventId} is not an undecided PRODUCT_DRIFT or INCIDENT event in the governance log`,
    };
  }
  const freezing = open.filter(isFreezingObservation);
  let candidates: Observation[];
  let where: string;
  if (place.kind === 'pull-request') {
    const ofPullRequest = open.filter((e) => e.ref?.startsWith(pullRequestRefs(place.number)));
    candidates = ofPullRequest.filter(isFreezingObservation);
    // Without a freeze, the pull request's latest run is the one its comment decides.
    if (candidates.length === 0 && ofPullRequest.length > 0) candidates = [ofPullRequest.at(-1)!];
    where = `of pull request #${place.number}`;
  } else if (place.kind === 'issue') {
    if (!place.eventId)
      return {
        error: `issue #${place.number} is not a driftgate escalation issue: name the event (\`/driftgate accept RTE_… reason\`)`,
      };
    candidates = open.filter((e) => e.event_id === place.eventId);
    where = `of escalation issue #${place.number} (${place.eventId})`;
  } else {
    candidates = freezing;
    where = 'in the governance log';
  }
  if (candidates.length === 1) return candidates[0]!;
  return {
    error:
      candidates.length === 0
        ? `no undecided PRODUCT_DRIFT or INCIDENT event ${where}`
        : `${candidates.length} undecided events ${where}: name one (${candidates.map((e) => e.event_id).join(', ')})`,
  };
}
