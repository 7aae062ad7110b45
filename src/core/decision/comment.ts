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
