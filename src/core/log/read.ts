import { canonicalJson, sha256Hex } from '../event.js';
import { computeMac, GENESIS_PREV, logEntrySchema, type LogEntry } from './entry.js';

/** Where the chain continues from: the seq and prev the first line to check must carry. */
export interface ChainStart {
  seq: number;
  prev: string;
}

export const CHAIN_START: ChainStart = { seq: 0, prev: GENESIS_PREV };

/** A line that breaks the log's rules. */
export interface LogError {
  /** 1-based line number in the whole log (all segments). */
  line: number;
  reason: string;
}

/** The result of reading log bytes. */
export interface LogReading {
  entries: LogEntry[];
  errors: LogError[];
  /** Where the chain continues after the last line read. */
  next: ChainStart;
}

const NL = 0x0a;
const CR = 0x0d;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks log lines: UTF-8, `\n` terminated, no CR, canonical JSON (RFC 8785), a valid
 * entry, consecutive seq, prev = sha256 of the previous line's bytes, and the MAC when a key is set.
 * Stops at the first error (what follows cannot be trusted).
 */
export function readLog(
  bytes: Uint8Array,
  start: ChainStart = CHAIN_START,
  key: string | null = null,
  firstLine = 1,
): LogReading {
  const entries: LogEntry[] = [];
  let { seq, prev } = start;
  let pos = 0;
  let lineNo = firstLine;
  const fail = (reason: string): LogReading => ({
    entries,
    errors: [{ line: lineNo, reason }],
    next: { seq, prev },
  });
  while (pos < bytes.length) {
    const end = bytes.indexOf(NL, pos);
    if (end === -1) return fail('the last line has no final newline (truncated)');
    const raw = bytes.subarray(pos, end);
    if (raw.includes(CR)) return fail('carriage return in the line');
    let text: string;
    try {
      text = decoder.decode(raw);
    } catch {
      return fail('not valid UTF-8');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return fail(`not JSON: ${(e as Error).message}`);
    }
    const parsed = logEntrySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return fail(`${issue.path.join('.') || 'entry'}: ${issue.message}`);
    }
    if (canonicalJson(json) !== text)
      return fail('not canonical JSON (RFC 8785): the line was re-serialized or edited');
    const entry = parsed.data;
    if (entry.seq !== seq)
      return fail(`seq ${entry.seq} where ${seq} was expected (a line was removed, inserted or reordered)`);
    if (entry.prev !== prev)
      return fail('prev does not match the sha256 of the previous line (the chain is broken)');
    if (key !== null) {
      if (!entry.mac) return fail('no mac, but a log-key is set');
      const { mac, ...rest } = entry;
      if (computeMac(rest, key) !== mac) return fail('mac does not match (forged, or another log-key)');
    }
    entries.push(entry);
    prev = sha256Hex(raw);
    seq++;
    lineNo++;
    pos = end + 1;
  }
  return { entries, errors: [], next: { seq, prev } };
}
