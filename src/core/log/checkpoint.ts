import { createHmac } from 'node:crypto';
import * as z from 'zod';
import { canonicalJson, sha256Hex } from '../event.js';
import { chainAfter, segmentPath } from './append-only.js';
import { readLog, type ChainStart, type LogError, type LogReading } from './read.js';

/**
 * A checkpoint vouches for one sealed segment: its bytes' sha256 and where its chain starts and
 * ends, MAC'd with the log key when there is one. Written when a segment rolls over (after its lines
 * were checked), so a run re-hashes sealed segments (memory speed) instead of re-reading every line;
 * only the active segment, at most SEGMENT_MAX_BYTES, is checked line by line on every run.
 */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const chainStartSchema = z.strictObject({ seq: z.number().int().min(0), prev: hex64 });
export const checkpointSchema = z.strictObject({
  segment: z.number().int().min(1),
  sha256: hex64,
  start: chainStartSchema,
  next: chainStartSchema,
  mac: hex64.optional(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** The checkpoint file of sealed segment n: GOVERNANCE_LOG.000001.ndjson → GOVERNANCE_LOG.000001.checkpoint.json. */
export function checkpointPath(logPath: string, n: number): string {
  const seg = segmentPath(logPath, n);
  const dot = seg.lastIndexOf('.');
  return `${dot > seg.lastIndexOf('/') ? seg.slice(0, dot) : seg}.checkpoint.json`;
}

const macOf = (c: Omit<Checkpoint, 'mac'>, key: string): string =>
  createHmac('sha256', key).update(canonicalJson(c)).digest('hex');

/** The checkpoint file's bytes for a sealed segment whose chain starts at `start`. */
export function formatCheckpoint(
  segment: number,
  bytes: Uint8Array,
  start: ChainStart,
  key: string | null,
): string {
  const next = chainAfter([bytes]);
  const body = {
    segment,
    sha256: sha256Hex(bytes),
    start,
    next: { seq: start.seq + next.seq, prev: next.prev },
  };
  return `${canonicalJson(key ? { ...body, mac: macOf(body, key) } : body)}\n`;
}

/** One sealed segment and its checkpoint file as read (null when it has none). */
export interface SealedSegment {
  bytes: Uint8Array;
  checkpoint: Uint8Array | null;
}

/** The whole log, checked: its entries when asked for, the first error, where the chain ends. */
export interface LogVerification {
  error: LogError | null;
  next: ChainStart;
  /** Sealed segments vouched for by their checkpoint (the rest were read line by line). */
  checkpointed: number;
}

/** Whether a checkpoint vouches for `bytes` starting at `start`; a reason when it does not. */
function checkCheckpoint(
  raw: Uint8Array,
  n: number,
  bytes: Uint8Array,
  start: ChainStart,
  key: string | null,
): { next: ChainStart } | null {
  let parsed: Checkpoint;
  try {
    parsed = checkpointSchema.parse(JSON.parse(new TextDecoder().decode(raw)));
  } catch {
    return null;
  }
  const { mac, ...body } = parsed;
  if (key !== null && (!mac || macOf(body, key) !== mac)) return null;
  if (parsed.segment !== n || parsed.start.seq !== start.seq || parsed.start.prev !== start.prev) return null;
  if (sha256Hex(bytes) !== parsed.sha256) return null;
  return { next: parsed.next };
}

/**
 * Checks every line of the log (SPEC §9: every line a run relies on): each sealed segment through
 * its checkpoint when that holds (hash, chain start, MAC), otherwise line by line; the active
 * segment line by line. A checkpoint that does not hold is not an error by itself: the segment's
 * lines are then read, and they are what is judged.
 */
export function verifyLog(
  sealed: readonly SealedSegment[],
  active: Uint8Array | null,
  key: string | null,
): LogVerification {
  let next: ChainStart = { seq: 0, prev: '0'.repeat(64) };
  let checkpointed = 0;
  const read = (bytes: Uint8Array): LogReading => readLog(bytes, next, key, next.seq + 1, 'chain');
  for (const [i, seg] of sealed.entries()) {
    const vouched = seg.checkpoint && checkCheckpoint(seg.checkpoint, i + 1, seg.bytes, next, key);
    if (vouched) {
      next = vouched.next;
      checkpointed++;
      continue;
    }
    const r = read(seg.bytes);
    if (r.errors[0]) return { error: r.errors[0], next: r.next, checkpointed };
    next = r.next;
  }
  if (active) {
    const r = read(active);
    if (r.errors[0]) return { error: r.errors[0], next: r.next, checkpointed };
    next = r.next;
  }
  return { error: null, next, checkpointed };
}
