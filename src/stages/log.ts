import { Buffer } from 'node:buffer';
import { setTimeout as sleep } from 'node:timers/promises';
import { chainAfter, proveAppendOnly, SEGMENT_MAX_BYTES, segmentPath } from '../core/log/append-only.js';
import { checkpointPath, formatCheckpoint, verifyLog, type SealedSegment } from '../core/log/checkpoint.js';
import {
  entryId,
  formatEntry,
  logEntrySchema,
  observationSchema,
  type EntryDraft,
  type LogEntry,
} from '../core/log/entry.js';
import { isFreezeLine } from '../core/log/freeze.js';
import { readLog } from '../core/log/read.js';
import type { GitHub } from '../ports/github.js';
import type { Finding } from '../core/finding.js';
import type { ObservedLog } from '../core/verdict.js';
import type { Git } from '../ports/git.js';
import type { Workspace } from '../ports/workspace.js';
import type { Settings } from '../settings/settings.js';

/** Where the log lives for this run. */
export interface LogLocation {
  /** Workspace-relative path of the active segment. */
  path: string;
  /** The branch commits go to; null when the log cannot be written (no git, no origin). */
  branch: string | null;
  /** True for the dedicated log branch; false for the checked-out branch (no snapshots committed there). */
  dedicated: boolean;
  key: string | null;
  /** Bytes after which the active segment rolls over (default SEGMENT_MAX_BYTES). */
  segmentMaxBytes?: number;
}

/** Where the settings put the log: the log branch, or (log-branch empty) `branch`, the checked-out one. */
export function logLocationOf(settings: Settings, branch: string | null): LogLocation {
  return {
    path: settings.log,
    branch: settings['log-branch'] || branch,
    dedicated: settings['log-branch'] !== '',
    key: settings['log-key'] || null,
  };
}

/** The log as read at the start of the run. */
export interface LogState extends ObservedLog {
  /** Why the log could not be read from the branch, when it could not (no origin, no git). */
  unavailable: string | null;
  /** Warnings that are not findings (a witness or ruleset that could not be read). */
  notes: string[];
}

const decoder = new TextDecoder();
const NL = 0x0a;

/** The log's files at a ref: numbered (sealed) segments with their checkpoints, oldest first, and the active one. */
export interface Segments {
  sealed: SealedSegment[];
  active: Uint8Array | null;
}
const NO_SEGMENTS: Segments = { sealed: [], active: null };
/** Every segment's bytes, oldest first, active last. */
export const allSegments = (s: Segments): Uint8Array[] => [
  ...s.sealed.map((x) => x.bytes),
  ...(s.active ? [s.active] : []),
];

/**
 * Segment bytes by blob id, per repository: a run reads the log at the tip, at its parent and again
 * to append, and the sealed segments are the same blobs each time (hundreds of MiB on a long log).
 * Blob ids name their content, so a cached blob is never stale.
 */
const blobCache = new WeakMap<Git, Map<string, Uint8Array>>();
/** Segments read per git process: few processes, and no buffer of more than 64 MiB of them at once. */
const SEGMENTS_PER_READ = 8;

/** The log's segments at `ref` (none when there is no log there). */
export async function readSegmentsAt(git: Git, ref: string, logPath: string): Promise<Segments> {
  const slash = logPath.lastIndexOf('/');
  const dir = slash >= 0 ? logPath.slice(0, slash) : '.';
  const listed = new Set(await git.listFolder(ref, dir));
  const blobs = new Map(
    (await git.filesAt(ref, slash >= 0 ? dir : ''))
      .filter((f) => listed.has(f.path))
      .map((f) => [f.path, f.blob]),
  );
  let cache = blobCache.get(git);
  if (!cache) blobCache.set(git, (cache = new Map()));
  const unread = (paths: string[]) => [
    ...new Set(paths.flatMap((p) => (blobs.has(p) && !cache.has(blobs.get(p)!) ? [blobs.get(p)!] : []))),
  ];
  const segments: string[] = [];
  const small = [logPath];
  for (let n = 1; listed.has(segmentPath(logPath, n)); n++) {
    segments.push(segmentPath(logPath, n));
    small.push(checkpointPath(logPath, n));
  }
  // The checkpoints and the active segment in one process, the sealed segments in batches.
  const batches = [unread(small)];
  const sealedIds = unread(segments);
  for (let i = 0; i < sealedIds.length; i += SEGMENTS_PER_READ)
    batches.push(sealedIds.slice(i, i + SEGMENTS_PER_READ));
  for (const batch of batches)
    if (batch.length) for (const [id, bytes] of await git.readBlobs(batch)) cache.set(id, bytes);
  // A listed path that is no blob (a folder, a submodule) is read as git shows it, and judged as such.
  const read = async (path: string): Promise<Uint8Array | null> => {
    if (!listed.has(path)) return null;
    const id = blobs.get(path);
    return id ? cache.get(id)! : git.readFileAt(ref, path);
  };
  const sealed: SealedSegment[] = [];
  for (let n = 1; listed.has(segmentPath(logPath, n)); n++)
    sealed.push({
      bytes: (await read(segmentPath(logPath, n)))!,
      checkpoint: await read(checkpointPath(logPath, n)),
    });
  return { sealed, active: await read(logPath) };
}

async function readSegmentsInWorkspace(workspace: Workspace, logPath: string): Promise<Segments> {
  const sealed: SealedSegment[] = [];
  for (let n = 1; ; n++) {
    const r = await workspace.readFile(segmentPath(logPath, n));
    if (r.state !== 'present') break;
    const c = await workspace.readFile(checkpointPath(logPath, n));
    sealed.push({ bytes: r.bytes, checkpoint: c.state === 'present' ? c.bytes : null });
  }
  const active = await workspace.readFile(logPath);
  return { sealed, active: active.state === 'present' ? active.bytes : null };
}

/** The bytes of the first `line - 1` lines, as one segment. */
function linesBefore(segs: readonly Uint8Array[], line: number): Uint8Array[] {
  const all = Buffer.concat(segs);
  let end = 0;
  for (let n = 1; n < line; n++) {
    const nl = all.indexOf(0x0a, end);
    if (nl === -1) break;
    end = nl + 1;
  }
  return [all.subarray(0, end)];
}

function* linesOf(segs: readonly Uint8Array[]): Generator<string> {
  for (const s of segs) {
    const text = decoder.decode(s);
    let pos = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', pos)) {
      yield text.slice(pos, nl);
      pos = nl + 1;
    }
  }
}

/** Observations kept for the history: enough that a busy repository's ref still finds its last ten. */
const RECENT_RUNS = 500;
const EVENT_ID_KEY = '"event_id":"';
const EVENT_ID_LENGTH = 'RTE_YYYYMMDD_HHMMSS_xxxxxxxx'.length;

/**
 * What a run needs from the log's lines, gathered in one pass over every line; the lines were
 * verified before, and the few kept whole are parsed with the entry schema again so a field value
 * reaches no report without its shape checked. `witnesses` are event ids to look for.
 */
export function scanLogLines(
  segs: readonly Uint8Array[],
  witnesses: ReadonlySet<string>,
): Pick<LogState, 'freezeEntries' | 'lastSnapshotAt' | 'recent'> & {
  found: Set<string>;
  invalid: { line: number; reason: string } | null;
} {
  const freezeEntries: LogEntry[] = [];
  let lastSnapshotAt: string | null = null;
  const last: string[] = [];
  const found = new Set<string>();
  let lineNo = 0;
  for (const line of linesOf(segs)) {
    lineNo++;
    if (isFreezeLine(line)) {
      const parsed = logEntrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return {
          freezeEntries,
          lastSnapshotAt,
          recent: [],
          found,
          invalid: { line: lineNo, reason: `${issue.path.join('.') || 'entry'}: ${issue.message}` },
        };
      }
      freezeEntries.push(parsed.data);
    }
    if (line.includes('"snapshot_id":"SNP_'))
      lastSnapshotAt = (JSON.parse(line) as { timestamp: string }).timestamp;
    if (line.includes('"type":"OBSERVATION"')) {
      last.push(line);
      // Trimmed in batches: shifting on every line of a million-line log would copy the window each time.
      if (last.length >= 2 * RECENT_RUNS) last.splice(0, last.length - RECENT_RUNS);
      if (witnesses.size) {
        const at = line.indexOf(EVENT_ID_KEY) + EVENT_ID_KEY.length;
        const id = line.slice(at, at + EVENT_ID_LENGTH);
        if (witnesses.has(id)) found.add(id);
      }
    }
  }
  return { freezeEntries, lastSnapshotAt, recent: recentOf(last.slice(-RECENT_RUNS)), found, invalid: null };
}

/** The history's view of the last observations, oldest first. */
function recentOf(lines: readonly string[]): LogState['recent'] {
  return lines.flatMap((l) => {
    const o = observationSchema.safeParse(JSON.parse(l));
    // A malformed old observation only leaves the history; the freeze lines above are what must hold.
    return o.success
      ? [
          {
            classification: o.data.classification,
            timestamp: o.data.timestamp,
            drift_score: o.data.drift_score ?? null,
            ref: o.data.ref ?? null,
            run_url: o.data.run_url ?? null,
          },
        ]
      : [];
  });
}

type Scan = ReturnType<typeof scanLogLines>;

// linesOf reads a segment as text (a byte order mark at its start dropped) and yields the lines
// that end in a newline; the fast scan decodes the lines it keeps the same way.
const lineDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const BOM = [0xef, 0xbb, 0xbf];
/** Needles that every line isFreezeLine accepts holds at least one of (canonical JSON: exact). */
const FREEZE_NEEDLES = [
  '"type":"DECISION"',
  '"classification":"INCIDENT"',
  '"classification":"PRODUCT_DRIFT"',
];
const SNAPSHOT_NEEDLE = '"snapshot_id":"SNP_';
const OBSERVATION_NEEDLE = '"type":"OBSERVATION"';

/** A line of a segment as linesOf yields it: [start, end) up to its newline; null for a last line without one. */
function lineAround(seg: Buffer, at: number): { start: number; end: number } | null {
  const end = seg.indexOf(NL, at);
  if (end === -1) return null;
  // lastIndexOf counts a negative offset from the end: the first line starts at 0.
  return { start: at === 0 ? 0 : seg.lastIndexOf(NL, at - 1) + 1, end };
}

function textOf(seg: Buffer, start: number, end: number): string {
  const from = start === 0 && BOM.every((b, i) => seg[i] === b) ? BOM.length : 0;
  return lineDecoder.decode(seg.subarray(start + from, end));
}

/**
 * scanLogLines without reading every line: the few lines that matter are found by searching the
 * bytes for what they must contain (memory speed), the recent observations by walking back from the
 * end. When a freeze line does not hold its schema the line-by-line scan runs instead, so the line
 * reported, and what is kept up to it, are the same.
 */
export function scanLog(segs: readonly Uint8Array[], witnesses: ReadonlySet<string>): Scan {
  const bufs = segs.map((s) => Buffer.from(s.buffer, s.byteOffset, s.length));
  // Freeze lines, in log order: every line holding a needle, each once, in order of position.
  const freezeEntries: LogEntry[] = [];
  for (const seg of bufs) {
    const starts = new Map<number, number>();
    for (const needle of FREEZE_NEEDLES)
      for (let at = seg.indexOf(needle); at !== -1; at = seg.indexOf(needle, at + needle.length)) {
        const line = lineAround(seg, at);
        if (line) starts.set(line.start, line.end);
      }
    for (const [start, end] of [...starts].sort((a, b) => a[0] - b[0])) {
      const line = textOf(seg, start, end);
      if (!isFreezeLine(line)) continue;
      const parsed = logEntrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) return scanLogLines(segs, witnesses);
      freezeEntries.push(parsed.data);
    }
  }
  let lastSnapshotAt: string | null = null;
  for (let i = bufs.length - 1; i >= 0 && lastSnapshotAt === null; i--) {
    const seg = bufs[i]!;
    for (
      let at = seg.lastIndexOf(SNAPSHOT_NEEDLE);
      at !== -1;
      at = at === 0 ? -1 : seg.lastIndexOf(SNAPSHOT_NEEDLE, at - 1)
    ) {
      const line = lineAround(seg, at);
      if (!line) continue;
      lastSnapshotAt = (JSON.parse(textOf(seg, line.start, line.end)) as { timestamp: string }).timestamp;
      break;
    }
  }
  const last: string[] = [];
  for (let i = bufs.length - 1; i >= 0 && last.length < RECENT_RUNS; i--) {
    const seg = bufs[i]!;
    // Complete lines only: from the last newline back.
    let end = seg.lastIndexOf(NL);
    while (end !== -1 && last.length < RECENT_RUNS) {
      const start = end === 0 ? 0 : seg.lastIndexOf(NL, end - 1) + 1;
      const line = textOf(seg, start, end);
      if (line.includes(OBSERVATION_NEEDLE)) last.push(line);
      end = start === 0 ? -1 : start - 1;
    }
  }
  const found = new Set<string>();
  for (const id of witnesses)
    for (const seg of bufs) {
      const needle = `${EVENT_ID_KEY}${id}`;
      for (let at = seg.indexOf(needle); at !== -1 && !found.has(id); at = seg.indexOf(needle, at + 1)) {
        const span = lineAround(seg, at);
        if (!span) continue;
        const line = textOf(seg, span.start, span.end);
        const key = line.indexOf(EVENT_ID_KEY) + EVENT_ID_KEY.length;
        if (line.includes(OBSERVATION_NEEDLE) && line.slice(key, key + EVENT_ID_LENGTH) === id) found.add(id);
      }
    }
  return { freezeEntries, lastSnapshotAt, recent: recentOf(last.reverse()), found, invalid: null };
}

/** The hidden marker by which an escalation issue witnesses that its event was appended to the log. */
export const witnessMarker = (eventId: string): string => `<!-- driftgate:logged:${eventId} -->`;
const WITNESS = /<!-- driftgate:logged:(RTE_\d{8}_\d{6}_[0-9a-f]{8}) -->/g;
/** The labels of escalation issues that stand for a freeze. */
const WITNESS_LABELS = ['driftgate:incident', 'driftgate:product-drift'];

/**
 * The independent witness of the log's history: open escalation issues authored by the gate's own
 * identity name the events they were opened for once those events were in the log. Rewinding or
 * rewriting the log branch cannot close them, so an event they name that the log lacks proves the
 * log lost lines. Read before the log itself, so a run that appends and then opens its issue in
 * between is seen in the log too.
 */
async function readWitnesses(
  github: GitHub,
): Promise<{ witnesses: Map<string, number>; note: string | null }> {
  const witnesses = new Map<string, number>();
  try {
    const me = await github.identity();
    if (!me)
      return {
        witnesses,
        note: 'the rewind witness (escalation issues) was not read: unknown token identity',
      };
    for (const label of WITNESS_LABELS)
      for (const issue of await github.openIssues(label))
        if (issue.login === me)
          for (const m of issue.body.matchAll(WITNESS)) witnesses.set(m[1]!, issue.number);
    return { witnesses, note: null };
  } catch (e) {
    return {
      witnesses,
      note: `the rewind witness (open escalation issues) could not be read: ${firstLine(e)}`,
    };
  }
}

/** Rule types a log branch needs: no force-push (rewind, rewrite), no deletion. */
const PROTECTING_RULES = [
  { type: 'non_fast_forward', what: 'force pushes' },
  { type: 'deletion', what: 'deletion' },
] as const;

/** SPEC §9: the gate warns (TOOLING_DRIFT) when the log branch's rules let it be rewound or deleted. */
async function checkLogBranchRules(
  branch: string,
  github: GitHub,
): Promise<{ findings: Finding[]; note: string | null }> {
  let types: string[];
  try {
    types = await github.branchRules(branch);
  } catch (e) {
    return { findings: [], note: `the rules of the log branch ${branch} could not be read: ${firstLine(e)}` };
  }
  const missing = PROTECTING_RULES.filter((r) => !types.includes(r.type));
  if (missing.length === 0) return { findings: [], note: null };
  return {
    findings: [
      {
        code: 'LOG_BRANCH_UNPROTECTED',
        stage: 'freeze',
        classification: 'TOOLING_DRIFT',
        message:
          `the log branch ${branch} does not block ${missing.map((r) => r.what).join(' or ')}: anyone who can push could rewind the governance log. ` +
          `Fix: add a repository ruleset targeting refs/heads/${branch} with "Restrict deletions" and "Block force pushes" (Settings → Rules → Rulesets; see the README)`,
        evidence: { detail: `missing rules: ${missing.map((r) => r.type).join(', ')}` },
      },
    ],
    note: null,
  };
}

/** Where the log the run relies on comes from, and what it is proven against. */
interface LogSources {
  /** The record: the log the run relies on (the log branch's tip, or the log at baseline-ref). */
  record: Segments;
  before: Uint8Array[];
  now: Uint8Array[];
  where: string;
  unavailable: string | null;
}

async function readLogSources(
  location: LogLocation,
  baselineRef: string | null,
  ports: { git: Git | null; workspace: Workspace },
): Promise<LogSources> {
  const { git } = ports;
  // The log branch, or, with no change under judgment (no baseline-ref: a decision, a local check),
  // the checked-out branch as its origin holds it (the gate commits there without touching the work tree).
  if ((location.dedicated || !baselineRef) && git && location.branch) {
    let tip: string | null = null;
    try {
      tip = await git.fetchBranch(location.branch);
    } catch (e) {
      const unavailable = `the log branch ${location.branch} cannot be fetched: ${firstLine(e)}`;
      return { record: NO_SEGMENTS, before: [], now: [], where: '', unavailable };
    }
    if (!tip) return { record: NO_SEGMENTS, before: [], now: [], where: location.branch, unavailable: null };
    const record = await readSegmentsAt(git, tip, location.path);
    const parent = await git.parentOf(tip);
    const before = parent ? allSegments(await readSegmentsAt(git, parent, location.path)) : [];
    const where = `${location.branch} at ${tip.slice(0, 12)}${parent ? ` (against ${parent.slice(0, 12)})` : ''}`;
    return { record, before, now: allSegments(record), where, unavailable: null };
  }
  // On the checked-out branch the change itself may add lines: the record is the log at
  // baseline-ref, and the work tree's log is only proven to extend it.
  const inWorkspace = await readSegmentsInWorkspace(ports.workspace, location.path);
  const now = allSegments(inWorkspace);
  if (!baselineRef || !git)
    return { record: inWorkspace, before: now, now, where: location.path, unavailable: null };
  const record = await readSegmentsAt(git, baselineRef, location.path);
  const where = `${location.path}${baselineRef ? ` against ${baselineRef.slice(0, 12)}` : ''}`;
  return { record, before: allSegments(record), now, where, unavailable: null };
}

/**
 * Reads the log the run relies on and verifies every line of it (chain, canonical form, MAC; sealed
 * segments through their checkpoints), proves its newest step append-only (the log branch's tip
 * against its parent, or the work tree's log against baseline-ref's), checks it against the
 * escalation issues that witness its history, and checks the log branch's rules. Anything but
 * complete new lines on an intact record is an INCIDENT.
 */
export async function readGovernanceLog(
  location: LogLocation,
  baselineRef: string | null,
  ports: { git: Git | null; workspace: Workspace; github?: GitHub | null },
): Promise<LogState> {
  const notes: string[] = [];
  const findings: Finding[] = [];
  // The witness holds for the log branch only: a log on the checked-out branch is read at
  // baseline-ref, which may predate events appended since.
  const witnessed = ports.github && location.dedicated ? await readWitnesses(ports.github) : null;
  if (witnessed?.note) notes.push(witnessed.note);
  const src = await readLogSources(location, baselineRef, ports);
  const incident = (code: 'LOG_REWRITTEN' | 'LOG_INVALID', bad: { line: number; reason: string }) =>
    findings.push({
      code,
      stage: 'freeze',
      classification: 'INCIDENT',
      message: `the governance log ${src.where}: line ${bad.line}: ${bad.reason}`,
      evidence: { paths: [location.path], lines: [bad.line], detail: bad.reason },
    });
  const proof = proveAppendOnly(src.before, src.now, location.key);
  const verified = verifyLog(src.record.sealed, src.record.active, location.key);
  if (proof.rewritten) incident('LOG_REWRITTEN', proof.rewritten);
  else if (proof.appended.errors[0]) incident('LOG_INVALID', proof.appended.errors[0]);
  else if (verified.error) incident('LOG_INVALID', verified.error);
  // Up to the first line that does not hold: what follows it is not relied on (not even a freeze).
  const trusted = verified.error
    ? linesBefore(allSegments(src.record), verified.error.line)
    : allSegments(src.record);
  const scanned = scanLog(trusted, new Set(witnessed?.witnesses.keys() ?? []));
  if (scanned.invalid && !verified.error) incident('LOG_INVALID', scanned.invalid);
  const lost = [...(witnessed?.witnesses ?? [])].filter(([id]) => !scanned.found.has(id));
  if (lost.length && !src.unavailable) findings.push(rewoundFinding(location, src.where, lost));
  if (ports.github && location.dedicated && location.branch) {
    const rules = await checkLogBranchRules(location.branch, ports.github);
    findings.push(...rules.findings);
    if (rules.note) notes.push(rules.note);
  }
  return {
    findings,
    freezeEntries: scanned.freezeEntries,
    lastSnapshotAt: scanned.lastSnapshotAt,
    recent: scanned.recent,
    segments: src.now,
    unavailable: src.unavailable,
    notes,
  };
}

function rewoundFinding(location: LogLocation, where: string, lost: Array<[string, number]>): Finding {
  const named = lost.map(([id, issue]) => `${id} (issue #${issue})`).join(', ');
  return {
    code: 'LOG_REWOUND',
    stage: 'freeze',
    classification: 'INCIDENT',
    message:
      `the governance log ${where || location.path} lacks ${lost.length === 1 ? 'an event' : `${lost.length} events`} that open escalation issues of the gate name: ${named}. ` +
      'The log branch was reset, rewritten or deleted; restore it (push its lost commits back) — removing lines never lifts a freeze',
    evidence: { paths: [location.path], detail: lost.map(([id]) => id).join(', ') },
  };
}

/** How an append ended. */
export interface AppendResult {
  line: string;
  /** sha256 of the line: the `log-entry` output. */
  id: string;
  entry: LogEntry;
  /** The commit on the log branch, when pushed. */
  commit: string | null;
  /** Why it was not pushed (read-only token, no origin), when it was not. */
  notPushed: string | null;
}

/** Attempts before giving up on a contended branch; each waits a jittered, doubling delay (capped). */
const MAX_ATTEMPTS = 30;
const BACKOFF_BASE_MS = 50;
const BACKOFF_CAP_MS = 2_000;
/**
 * Tries of a fetch that fails, or of a push that fails for a reason other than a race or a refusal
 * (a dropped connection, a remote busy with another push): the third such failure is final.
 */
const TRANSIENT_TRIES = 3;

/**
 * Appends one entry by compare-and-retry: fetch the tip, chain the line after its last line,
 * commit (with the extra files) on top, push without force; when someone pushed first, fetch
 * again and re-chain with a fresh seq and prev. Never rewrites a line, never force-pushes.
 * A fetch that fails, or a push that fails without git saying it was refused, is tried again
 * (TRANSIENT_TRIES in all); such a push may have landed all the same, so the next fetch looks for
 * its line first and, when it is there, the append is done: an event is written once.
 */
export async function appendToLog(
  location: LogLocation,
  draft: EntryDraft,
  extraFiles: ReadonlyMap<string, Uint8Array>,
  git: Git | null,
): Promise<AppendResult> {
  const offline = (why: string): AppendResult => {
    const { line, entry } = formatEntry(draft, 0, '0'.repeat(64), location.key);
    return { line, id: entryId(line), entry, commit: null, notPushed: why };
  };
  if (!git || !location.branch) return offline('no git repository with an origin to push the log to');
  let last: AppendResult | null = null;
  // A pushed line git reported failed for no reason it said: it may be on the branch.
  let uncertain: AppendResult | null = null;
  let transient = 0;
  const backOff = (attempt: number) =>
    sleep(Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let tip: string | null;
    try {
      tip = await git.fetchBranch(location.branch);
    } catch (e) {
      if (++transient < TRANSIENT_TRIES) {
        await backOff(attempt);
        continue;
      }
      return offline(`cannot fetch ${location.branch}: ${firstLine(e)}`);
    }
    const segs: Segments = tip ? await readSegmentsAt(git, tip, location.path) : NO_SEGMENTS;
    if (uncertain && containsLine(segs, uncertain.line)) return uncertain;
    uncertain = null;
    const start = chainAfter(allSegments(segs));
    const { line, entry } = formatEntry(draft, start.seq, start.prev, location.key);
    const bytes = Buffer.from(`${line}\n`);
    const files = new Map(location.dedicated ? extraFiles : []);
    const active = segs.active ?? new Uint8Array();
    if (active.length > 0 && active.length + bytes.length > (location.segmentMaxBytes ?? SEGMENT_MAX_BYTES)) {
      // Roll over: the full active segment becomes the next numbered one; the chain goes on.
      const n = segs.sealed.length + 1;
      files.set(segmentPath(location.path, n), active);
      files.set(location.path, bytes);
      // Its checkpoint only when its lines hold: a broken segment is left for every run to read and report.
      const from = chainAfter(segs.sealed.map((x) => x.bytes));
      if (readLog(active, from, location.key, from.seq + 1).errors.length === 0)
        files.set(
          checkpointPath(location.path, n),
          Buffer.from(formatCheckpoint(n, active, from, location.key)),
        );
    } else {
      files.set(location.path, Buffer.concat([active, bytes]));
    }
    const commit = await git.commitFiles(
      tip,
      files,
      `driftgate: ${draft.type} ${draft.event_id}${'classification' in draft ? ` ${draft.classification}` : ''}`,
    );
    const pushed = await git.push(commit, location.branch);
    last = { line, id: entryId(line), entry, commit, notPushed: null };
    if (pushed.status === 'pushed') return last;
    const gaveUp = { ...last, commit: null, notPushed: `${pushed.status}: ${pushed.message.split('\n')[0]}` };
    if (pushed.status === 'forbidden') return gaveUp;
    if (pushed.status === 'failed') {
      if (++transient >= TRANSIENT_TRIES) return gaveUp;
      uncertain = last;
    }
    await backOff(attempt);
  }
  return {
    ...last!,
    commit: null,
    notPushed: `${location.branch} stayed contended for ${MAX_ATTEMPTS} attempts`,
  };
}

/** Whether the log holds this exact line, as a whole line (a line never spans two segments). */
function containsLine(segs: Segments, line: string): boolean {
  const needle = Buffer.from(`${line}\n`);
  return allSegments(segs).some((segment) => {
    const bytes = Buffer.from(segment.buffer, segment.byteOffset, segment.length);
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1))
      if (at === 0 || bytes[at - 1] === 0x0a) return true;
    return false;
  });
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

/** The seq and prev a line claims, so it can be read as the continuation it says it is. */
function tryClaimedChain(text: string): { seq: number; prev: string } | null {
  try {
    const o = JSON.parse(text) as { seq?: unknown; prev?: unknown };
    return typeof o.seq === 'number' && typeof o.prev === 'string' ? { seq: o.seq, prev: o.prev } : null;
  } catch {
    return null;
  }
}

/** A kept line that `log append` refuses: the message names the file's line and why. */
export class KeptEntryError extends Error {
  override name = 'KeptEntryError';
}

/**
 * `driftgate log append FILE`: appends the entries a gate run kept when it could not push
 * (`<event>.log-entry.ndjson`), re-chained after the log's tip. Only OBSERVATION entries, as a
 * run formats them (canonical, chained at seq 0 from the genesis, MAC'd when the log has a key):
 * a decision is written by an architect through `decide`, never carried in by a file a job made.
 */
export async function appendKeptObservations(
  location: LogLocation,
  file: string,
  bytes: Uint8Array,
  git: Git | null,
): Promise<Array<{ event_id: string; entry: string }>> {
  const lines = decoder
    .decode(bytes)
    .split('\n')
    .filter((l) => l.trim() !== '');
  const drafts: EntryDraft[] = [];
  for (const [i, text] of lines.entries()) {
    const at = `${file}: line ${i + 1}`;
    // A kept line was chained where the run saw the tip; only its form and MAC can be checked.
    const claimed = tryClaimedChain(text);
    const reading = readLog(
      Buffer.from(`${text}\n`),
      claimed ?? undefined,
      location.key,
      claimed ? claimed.seq + 1 : 1,
    );
    const bad = reading.errors[0];
    if (bad) throw new KeptEntryError(`${at}: not an entry kept by a gate run: ${bad.reason}`);
    const entry = reading.entries[0]!;
    if (entry.mac && !location.key)
      throw new KeptEntryError(`${at}: the entry carries a MAC: appending it needs the log-key (--log-key)`);
    if (entry.type !== 'OBSERVATION')
      throw new KeptEntryError(
        `${at}: a ${entry.type} entry; log append takes only the OBSERVATION entries gate runs keep (decisions are recorded with driftgate decide)`,
      );
    const { seq: _seq, prev: _prev, mac: _mac, ...draft } = entry;
    drafts.push(draft);
  }
  const results: Array<{ event_id: string; entry: string }> = [];
  for (const [i, draft] of drafts.entries()) {
    const appended = await appendToLog(location, draft, new Map(), git);
    if (appended.notPushed) throw new Error(`${file}: line ${i + 1}: not appended: ${appended.notPushed}`);
    results.push({ event_id: draft.event_id, entry: appended.id });
  }
  return results;
}
