import { Buffer } from 'node:buffer';
import { sha256Hex } from '../event.js';
import { GENESIS_PREV } from './entry.js';
import { readLog, type ChainStart, type LogError, type LogReading } from './read.js';

/** A segment rolls over at 8 MiB: far below GitHub's 50 MB warning, and the active segment, the only one a run reads line by line (sealed ones are checked through their checkpoints), stays quick to verify. */
export const SEGMENT_MAX_BYTES = 8 * 1024 * 1024;

/** The path of sealed segment n (1-based) of a log: GOVERNANCE_LOG.ndjson → GOVERNANCE_LOG.000001.ndjson. */
export function segmentPath(logPath: string, n: number): string {
  const dot = logPath.lastIndexOf('.');
  const stem = dot > logPath.lastIndexOf('/') ? logPath.slice(0, dot) : logPath;
  const ext = dot > logPath.lastIndexOf('/') ? logPath.slice(dot) : '';
  return `${stem}.${String(n).padStart(6, '0')}${ext}`;
}

const NL = 0x0a;
const total = (segs: readonly Uint8Array[]): number => segs.reduce((n, s) => n + s.length, 0);

/** Byte offset where `before` stops being a prefix of `after` (both read as one concatenation), or null. */
function firstDifference(before: readonly Uint8Array[], after: readonly Uint8Array[]): number | null {
  let bi = 0,
    bo = 0,
    ai = 0,
    ao = 0,
    offset = 0;
  for (;;) {
    while (bi < before.length && bo >= before[bi]!.length) {
      bi++;
      bo = 0;
    }
    while (ai < after.length && ao >= after[ai]!.length) {
      ai++;
      ao = 0;
    }
    if (bi >= before.length) return null;
    if (ai >= after.length) return offset;
    const b = before[bi]!,
      a = after[ai]!;
    const n = Math.min(b.length - bo, a.length - ao);
    const bs = Buffer.from(b.buffer, b.byteOffset + bo, n);
    const as = Buffer.from(a.buffer, a.byteOffset + ao, n);
    if (!bs.equals(as)) {
      let k = 0;
      while (bs[k] === as[k]) k++;
      return offset + k;
    }
    bo += n;
    ao += n;
    offset += n;
  }
}

/** Number of lines (newlines) in the first `upTo` bytes of the concatenation. */
function countLines(segs: readonly Uint8Array[], upTo = Infinity): number {
  let count = 0,
    seen = 0;
  for (const s of segs) {
    const limit = Math.min(s.length, upTo - seen);
    for (let p = s.indexOf(NL); p !== -1 && p < limit; p = s.indexOf(NL, p + 1)) count++;
    seen += s.length;
    if (seen >= upTo) break;
  }
  return count;
}

/** The chain position after the complete lines of `segs`. */
export function chainAfter(segs: readonly Uint8Array[]): ChainStart {
  const lines = countLines(segs);
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i]!;
    if (s.length === 0) continue;
    const end = s[s.length - 1] === NL ? s.length - 1 : s.length;
    const start = s.lastIndexOf(NL, end - 1) + 1;
    return { seq: lines, prev: sha256Hex(s.subarray(start, end)) };
  }
  return { seq: 0, prev: GENESIS_PREV };
}

/** One concatenated view of the bytes after `offset`. */
function tail(segs: readonly Uint8Array[], offset: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let seen = 0;
  for (const s of segs) {
    if (seen + s.length > offset) parts.push(s.subarray(Math.max(0, offset - seen)));
    seen += s.length;
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** The verdict on a log against its earlier state. */
export interface AppendOnlyProof {
  /** Lines that are not an append: rewritten, removed, reordered or truncated (the first one). */
  rewritten: LogError | null;
  /** The new lines, checked from where the earlier log's chain left off. */
  appended: LogReading;
}

/**
 * Proves `after` is `before` plus complete new lines: a byte-prefix comparison (memcmp speed),
 * then a check of the new lines only. Segments are given oldest first, the active one last.
 */
export function proveAppendOnly(
  before: readonly Uint8Array[],
  after: readonly Uint8Array[],
  key: string | null,
): AppendOnlyProof {
  const diff = firstDifference(before, after);
  const beforeLength = total(before);
  if (diff !== null) {
    const line = countLines(before, diff) + 1;
    const reason =
      diff >= total(after)
        ? `the log is shorter than before: line ${line} onwards was removed or truncated`
        : `line ${line} differs from the earlier log: rewritten, removed or reordered`;
    return { rewritten: { line, reason }, appended: { entries: [], errors: [], next: chainAfter(before) } };
  }
  const start = chainAfter(before);
  const appended = readLog(tail(after, beforeLength), start, key, start.seq + 1);
  return { rewritten: null, appended };
}
