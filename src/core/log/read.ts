import { createHmac } from 'node:crypto';
import { canonicalJson, sha256Hex } from '../event.js';
import { GENESIS_PREV, logEntrySchema, type LogEntry } from './entry.js';

/**
 * `entries`: every line parsed with the entry schema and returned (log show, kept entries, new
 * lines). `chain`: form, chain and MAC only, nothing kept — what verifying a whole large log needs;
 * the lines a run then uses are parsed with the schema where they are used.
 */
export type ReadMode = 'entries' | 'chain';

/** The fields the chain is checked on. */
interface ChainFields {
  seq: number;
  prev: string;
  mac?: string | undefined;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The chain fields of a parsed line, or why it has none. */
function checkChainShape(json: unknown): ChainFields | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'entry: expected an object';
  const o = json as Record<string, unknown>;
  if (o.type !== 'OBSERVATION' && o.type !== 'DECISION' && o.type !== 'SEAL')
    return 'type: expected OBSERVATION, DECISION or SEAL';
  if (typeof o.seq !== 'number' || !Number.isInteger(o.seq) || o.seq < 0)
    return 'seq: expected an integer ≥ 0';
  if (typeof o.prev !== 'string' || !HEX64.test(o.prev)) return 'prev: expected 64 lowercase hex digits';
  if (o.mac !== undefined && (typeof o.mac !== 'string' || !HEX64.test(o.mac)))
    return 'mac: expected 64 lowercase hex digits';
  return { seq: o.seq, prev: o.prev, mac: o.mac as string | undefined };
}

/**
 * RFC 8785 of a parsed line. Entries are flat (strings, finite numbers, booleans, null), and for
 * those the canonical form is the sorted members with ECMAScript's own serialization, which is what
 * JSON.stringify writes: about ten times faster than the general canonicalizer, used for the rest.
 */
function canonicalText(o: Record<string, unknown>): string {
  const keys = Object.keys(o).sort();
  let out = '{';
  for (const [i, k] of keys.entries()) {
    const v = o[k];
    if (v !== null && typeof v === 'object') return canonicalJson(o);
    out += `${i ? ',' : ''}${JSON.stringify(k)}:${JSON.stringify(v)}`;
  }
  return `${out}}`;
}

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
  mode: ReadMode = 'entries',
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
    let entry: ChainFields;
    if (mode === 'entries') {
      const parsed = logEntrySchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return fail(`${issue.path.join('.') || 'entry'}: ${issue.message}`);
      }
      entries.push(parsed.data);
      entry = parsed.data;
    } else {
      const shape = checkChainShape(json);
      if (typeof shape === 'string') return fail(shape);
      entry = shape;
    }
    if (canonicalText(json as Record<string, unknown>) !== text)
      return fail('not canonical JSON (RFC 8785): the line was re-serialized or edited');
    if (entry.seq !== seq)
      return fail(`seq ${entry.seq} where ${seq} was expected (a line was removed, inserted or reordered)`);
    if (entry.prev !== prev)
      return fail('prev does not match the sha256 of the previous line (the chain is broken)');
    if (key !== null) {
      if (!entry.mac) return fail('no mac, but a log-key is set');
      // The line is canonical, so without its mac member it is the canonical entry the MAC covers
      // (a quote inside a value is escaped, so this member text cannot occur inside one).
      const unsigned = text.replace(`,"mac":"${entry.mac}"`, '');
      if (createHmac('sha256', key).update(unsigned).digest('hex') !== entry.mac)
        return fail('mac does not match (forged, or another log-key)');
    }
    prev = sha256Hex(raw);
    seq++;
    lineNo++;
    pos = end + 1;
  }
  return { entries, errors: [], next: { seq, prev } };
}
