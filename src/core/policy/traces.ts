import { MODES, type Context, type Mode } from './model.js';
import { timeFacts, type PolicyRequest } from './evaluate.js';
import { MAX_TARGET_CHARS } from './match.js';

/** The context facts a rule may test (SPEC §7), in a fixed order for keys. */
export const CONTEXT_KEYS = [
  'projectType',
  'taskType',
  'sessionType',
  'directory',
  'fileType',
  'approvalState',
  'authorizationLevel',
] as const;

/** Example trace lines kept per request. */
export const EXAMPLE_LINES = 3;

/**
 * A request's identity: action, target, the known context facts and, when it has a time, the
 * day and minute (UTC) a time restriction can see.
 */
export function requestKey(request: PolicyRequest): string {
  let key = `${request.action}\u0000${request.target}`;
  for (const k of CONTEXT_KEYS) key += `\u0000${request.context[k] ?? ''}`;
  if (request.ts !== undefined) {
    const t = timeFacts(request.ts);
    key += `\u0000${t.day}@${t.minute}`;
  }
  return key;
}

/** Every trace line naming one request in one project, folded together. */
export interface TracedRequest {
  /** The project the lines named, or null when they named none. */
  project: string | null;
  request: PolicyRequest;
  /** Lines recording it. */
  count: number;
  /** Lines per recorded decision. */
  decisions: Record<Mode, number>;
  /** Where each decision was first recorded (`file:line`). */
  firstAt: Partial<Record<Mode, string>>;
  /** The first lines recording it (`file:line`), at most EXAMPLE_LINES. */
  at: string[];
}

/** A line that is not a trace: file, 1-based line and what was expected. */
export interface BadTraceLine {
  file: string;
  line: number;
  message: string;
}

/** The traces, folded per request, with what the trace-field signals need. */
export interface TraceSet {
  /** Keyed by project + request key. */
  requests: Map<string, TracedRequest>;
  lines: number;
  bad: BadTraceLine[];
  /** Per line: time (ms) and whether an override decided it (for override escalation). */
  times: number[];
  overridden: boolean[];
  /** Lines carrying a review, and those whose review disagrees with the recorded decision. */
  reviewed: number;
  disagreed: number;
  /**
   * Whether requests keep their time: only when a policy restricts by time, so that otherwise
   * lines of one request at different times fold together.
   */
  timed: boolean;
}

export const emptyTraceSet = (timed = false): TraceSet => ({
  timed,
  requests: new Map(),
  lines: 0,
  bad: [],
  times: [],
  overridden: [],
  reviewed: 0,
  disagreed: 0,
});

const describe = (v: unknown): string => {
  const json = JSON.stringify(v);
  return json === undefined ? String(v) : json.length > 40 ? `${json.slice(0, 40)}…` : json;
};
const isMode = (v: unknown): v is Mode => typeof v === 'string' && (MODES as readonly string[]).includes(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class LineError extends Error {}
const fail = (where: string, expected: string, got: unknown): never => {
  throw new LineError(`${where}: expected ${expected}, got ${describe(got)}`);
};

function timeOf(ts: unknown): number {
  if (typeof ts === 'number' && Number.isFinite(ts)) return ts;
  if (typeof ts === 'string') {
    const t = Date.parse(ts);
    if (!Number.isNaN(t)) return t;
  }
  return fail('ts', 'an ISO 8601 time or epoch milliseconds', ts);
}

function contextOf(v: unknown): Context {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) return fail('request.context', 'an object', v);
  const out: Context = {};
  for (const k of CONTEXT_KEYS) {
    const x = v[k];
    if (x === undefined || x === null) continue;
    if (typeof x !== 'string') fail(`request.context.${k}`, 'a string', x);
    out[k] = x as string;
  }
  return out;
}

/** The review's verdict: a mode, or an object whose `decision` is one. */
function reviewOf(v: unknown): Mode | null {
  if (v === undefined || v === null) return null;
  if (isMode(v)) return v;
  if (isObject(v) && isMode(v.decision)) return v.decision;
  return fail('review', 'allow|deny|review or {decision: allow|deny|review}', v);
}

/**
 * A trace line longer than this is a bad line, skipped without being held: a real line is far
 * shorter (its target holds at most MAX_TARGET_CHARS), and the cap bounds what one line may cost
 * when a trace file is read as a stream.
 */
export const MAX_TRACE_LINE_BYTES = 64 * 1024;

const NL = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];
// The BOM of a line is kept (then it is not JSON), as in the file's text; only the file's own is dropped.
const lineDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Folds a trace file given chunk by chunk: `add` each chunk (not kept after the call), then `end`. */
export interface TraceFileFolder {
  add(chunk: Uint8Array): void;
  end(): void;
}

/**
 * Folds one NDJSON trace file (SPEC §7: `{ts, project?, request: {action, target, context},
 * decision, ruleId?, override?, review?}`) into the set as its bytes arrive, one line at a time, so
 * a file of any size costs the folded requests, not its bytes. Lines end at `\n` (a `\r` before it
 * is JSON whitespace), the last one may lack it; blank lines are skipped; a bad line, or one longer
 * than MAX_TRACE_LINE_BYTES, is recorded with its file and line, and the rest still count.
 */
export function foldTraceFile(set: TraceSet, file: string): TraceFileFolder {
  let lineNo = 0;
  // The bytes of the line under way, and its length so far (counted on when it is too long to keep).
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;

  const finishLine = (last: Uint8Array) => {
    lineNo++;
    const bytes = length + last.length;
    if (tooLong || bytes > MAX_TRACE_LINE_BYTES) {
      set.bad.push({
        file,
        line: lineNo,
        message: `expected a line of at most ${MAX_TRACE_LINE_BYTES} bytes, got ${bytes} bytes`,
      });
    } else {
      let raw = last;
      if (parts.length) {
        raw = new Uint8Array(bytes);
        let at = 0;
        for (const p of [...parts, last]) {
          raw.set(p, at);
          at += p.length;
        }
      }
      if (lineNo === 1 && BOM.every((b, i) => raw[i] === b)) raw = raw.subarray(BOM.length);
      addText(set, lineDecoder.decode(raw), file, lineNo);
    }
    parts = [];
    length = 0;
    tooLong = false;
  };

  return {
    add(chunk) {
      let pos = 0;
      for (let nl = chunk.indexOf(NL); nl !== -1; nl = chunk.indexOf(NL, pos)) {
        finishLine(chunk.subarray(pos, nl));
        pos = nl + 1;
      }
      if (pos === chunk.length) return;
      const rest = chunk.subarray(pos);
      length += rest.length;
      if (length > MAX_TRACE_LINE_BYTES) {
        tooLong = true;
        parts = [];
      } else parts.push(rest.slice());
    },
    end() {
      if (length > 0 || tooLong) finishLine(new Uint8Array());
    },
  };
}

/** Folds one trace file's whole text (see foldTraceFile). */
export function addTraces(set: TraceSet, text: string, file: string): void {
  const folder = foldTraceFile(set, file);
  folder.add(new TextEncoder().encode(text));
  folder.end();
}

function addText(set: TraceSet, line: string, file: string, lineNo: number): void {
  if (line.trim() === '') return;
  try {
    addLine(set, line, `${file}:${lineNo}`);
  } catch (e) {
    if (!(e instanceof LineError) && !(e instanceof SyntaxError)) throw e;
    const message = e instanceof SyntaxError ? `not JSON (${e.message})` : e.message;
    set.bad.push({ file, line: lineNo, message });
  }
}

function addLine(set: TraceSet, line: string, at: string): void {
  const v: unknown = JSON.parse(line);
  if (!isObject(v)) fail('(line)', 'a JSON object', v);
  const o = v as Record<string, unknown>;
  const time = timeOf(o.ts);
  if (o.project !== undefined && o.project !== null && typeof o.project !== 'string')
    fail('project', 'a string', o.project);
  const r = o.request;
  if (!isObject(r)) return fail('request', 'an object', r);
  if (r.action !== 'run-command' && r.action !== 'write-file' && r.action !== 'start-session')
    fail('request.action', 'run-command|write-file|start-session', r.action);
  if (typeof r.target !== 'string' || r.target === '') fail('request.target', 'a non-empty string', r.target);
  if ((r.target as string).length > MAX_TARGET_CHARS)
    fail(
      'request.target',
      `at most ${MAX_TARGET_CHARS} characters`,
      `${(r.target as string).length} characters`,
    );
  if (!isMode(o.decision)) return fail('decision', 'allow|deny|review', o.decision);
  const review = reviewOf(o.review);
  const request: PolicyRequest = {
    action: r.action as PolicyRequest['action'],
    target: r.target as string,
    context: contextOf(r.context),
    ...(set.timed ? { ts: time } : {}),
  };
  const project = (o.project as string | undefined) ?? null;
  const key = `${project ?? ''}\u0001${requestKey(request)}`;
  let t = set.requests.get(key);
  if (!t) {
    t = { project, request, count: 0, decisions: { allow: 0, deny: 0, review: 0 }, firstAt: {}, at: [] };
    set.requests.set(key, t);
  }
  t.count++;
  t.decisions[o.decision]++;
  t.firstAt[o.decision] ??= at;
  if (t.at.length < EXAMPLE_LINES) t.at.push(at);
  set.lines++;
  set.times.push(time);
  set.overridden.push(o.override !== undefined && o.override !== null && o.override !== false);
  if (review) {
    set.reviewed++;
    if (review !== o.decision) set.disagreed++;
  }
}
