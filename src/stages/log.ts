import { Buffer } from 'node:buffer';
import { setTimeout as sleep } from 'node:timers/promises';
import { chainAfter, proveAppendOnly, SEGMENT_MAX_BYTES, segmentPath } from '../core/log/append-only.js';
import { entryId, formatEntry, type EntryDraft, type LogEntry } from '../core/log/entry.js';
import { isFreezeLine } from '../core/log/freeze.js';
import type { Classification } from '../core/classification.js';
import type { Finding } from '../core/finding.js';
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
export interface LogState {
  findings: Finding[];
  /** Entries freeze needs (observations that may freeze, decisions). */
  freezeEntries: LogEntry[];
  /** Timestamp of the newest observation that made a snapshot, if any. */
  lastSnapshotAt: string | null;
  /** Number of lines. */
  lines: number;
  /** The last observations of every ref (oldest first); the summary shows the run's own ref's. */
  recent: Array<{
    classification: Classification;
    timestamp: string;
    drift_score: number | null;
    ref: string | null;
    run_url: string | null;
  }>;
  /** The log's bytes as read (all segments, oldest first), for the snapshot's export. */
  segments: Uint8Array[];
  /** Why the log could not be read from the branch, when it could not (no origin, no git). */
  unavailable: string | null;
}

const decoder = new TextDecoder();

/** The log's files at a ref: numbered (sealed) segments oldest first, and the active one. */
export interface Segments {
  sealed: Uint8Array[];
  active: Uint8Array | null;
}
/** Every segment, oldest first, active last. */
export const allSegments = (s: Segments): Uint8Array[] => (s.active ? [...s.sealed, s.active] : s.sealed);

/** The log's segments at `ref` (none when there is no log there). */
export async function readSegmentsAt(git: Git, ref: string, logPath: string): Promise<Segments> {
  const slash = logPath.lastIndexOf('/');
  const dir = slash >= 0 ? logPath.slice(0, slash) : '.';
  const listed = new Set(await git.listFolder(ref, dir));
  const sealed: Uint8Array[] = [];
  for (let n = 1; listed.has(segmentPath(logPath, n)); n++)
    sealed.push((await git.readFileAt(ref, segmentPath(logPath, n)))!);
  return { sealed, active: listed.has(logPath) ? await git.readFileAt(ref, logPath) : null };
}

async function readSegmentsInWorkspace(workspace: Workspace, logPath: string): Promise<Uint8Array[]> {
  const segs: Uint8Array[] = [];
  for (let n = 1; ; n++) {
    const r = await workspace.readFile(segmentPath(logPath, n));
    if (r.state !== 'present') break;
    segs.push(r.bytes);
  }
  const active = await workspace.readFile(logPath);
  if (active.state === 'present') segs.push(active.bytes);
  return segs;
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

/** What a run needs from the log's lines, gathered in one pass (the log may be hundreds of MiB). */
function scanLog(segs: readonly Uint8Array[]): Pick<LogState, 'freezeEntries' | 'lastSnapshotAt' | 'recent'> {
  const freezeEntries: LogEntry[] = [];
  let lastSnapshotAt: string | null = null;
  const last: string[] = [];
  for (const line of linesOf(segs)) {
    if (isFreezeLine(line)) freezeEntries.push(JSON.parse(line) as LogEntry);
    if (line.includes('"snapshot_id":"SNP_'))
      lastSnapshotAt = (JSON.parse(line) as { timestamp: string }).timestamp;
    if (line.includes('"type":"OBSERVATION"')) {
      last.push(line);
      // Trimmed in batches: shifting on every line of a million-line log would copy the window each time.
      if (last.length >= 2 * RECENT_RUNS) last.splice(0, last.length - RECENT_RUNS);
    }
  }
  const recent = last.slice(-RECENT_RUNS).map((l) => {
    const o = JSON.parse(l) as {
      classification: Classification;
      timestamp: string;
      drift_score?: number | null;
      ref?: string | null;
      run_url?: string | null;
    };
    return {
      classification: o.classification,
      timestamp: o.timestamp,
      drift_score: o.drift_score ?? null,
      ref: o.ref ?? null,
      run_url: o.run_url ?? null,
    };
  });
  return { freezeEntries, lastSnapshotAt, recent };
}

/**
 * Reads the log and proves its newest step is append-only: on the log branch, the tip against its
 * parent (every run proves the step before it); on the checked-out branch, the workspace log
 * against the copy at baseline-ref. Anything but complete new lines is an INCIDENT.
 */
export async function readGovernanceLog(
  location: LogLocation,
  baselineRef: string | null,
  ports: { git: Git | null; workspace: Workspace },
): Promise<LogState> {
  const { git } = ports;
  let before: Uint8Array[] = [];
  let now: Uint8Array[] = [];
  let where = '';
  let unavailable: string | null = null;
  if (location.dedicated && git && location.branch) {
    let tip: string | null = null;
    try {
      tip = await git.fetchBranch(location.branch);
    } catch (e) {
      unavailable = `the log branch ${location.branch} cannot be fetched: ${firstLine(e)}`;
    }
    if (tip) {
      now = allSegments(await readSegmentsAt(git, tip, location.path));
      const parent = await git.parentOf(tip);
      before = parent ? allSegments(await readSegmentsAt(git, parent, location.path)) : [];
      where = `${location.branch} at ${tip.slice(0, 12)}${parent ? ` (against ${parent.slice(0, 12)})` : ''}`;
    }
  } else {
    now = await readSegmentsInWorkspace(ports.workspace, location.path);
    before = baselineRef && git ? allSegments(await readSegmentsAt(git, baselineRef, location.path)) : [];
    where = `${location.path}${baselineRef ? ` against ${baselineRef.slice(0, 12)}` : ''}`;
  }
  const findings: Finding[] = [];
  const proof = proveAppendOnly(before, now, location.key);
  const bad = proof.rewritten ?? proof.appended.errors[0];
  if (bad) {
    findings.push({
      code: proof.rewritten ? 'LOG_REWRITTEN' : 'LOG_INVALID',
      stage: 'freeze',
      classification: 'INCIDENT',
      message: `the governance log ${where}: line ${bad.line}: ${bad.reason}`,
      evidence: { paths: [location.path], lines: [bad.line], detail: bad.reason },
    });
  }
  return {
    findings,
    ...scanLog(now),
    lines: chainAfter(now).seq,
    segments: now,
    unavailable,
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
  attempts: number;
  /** Why it was not pushed (read-only token, no origin), when it was not. */
  notPushed: string | null;
}

/** Attempts before giving up on a contended branch; each waits a jittered, doubling delay (capped). */
const MAX_ATTEMPTS = 30;
const BACKOFF_BASE_MS = 50;
const BACKOFF_CAP_MS = 2_000;

/**
 * Appends one entry by compare-and-retry: fetch the tip, chain the line after its last line,
 * commit (with the extra files) on top, push without force; when someone pushed first, fetch
 * again and re-chain with a fresh seq and prev. Never rewrites a line, never force-pushes.
 */
export async function appendToLog(
  location: LogLocation,
  draft: EntryDraft,
  extraFiles: ReadonlyMap<string, Uint8Array>,
  git: Git | null,
): Promise<AppendResult> {
  const offline = (why: string): AppendResult => {
    const { line, entry } = formatEntry(draft, 0, '0'.repeat(64), location.key);
    return { line, id: entryId(line), entry, commit: null, attempts: 0, notPushed: why };
  };
  if (!git || !location.branch) return offline('no git repository with an origin to push the log to');
  let last: AppendResult | null = null;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let tip: string | null;
    try {
      tip = await git.fetchBranch(location.branch);
    } catch (e) {
      return offline(`cannot fetch ${location.branch}: ${firstLine(e)}`);
    }
    const segs: Segments = tip ? await readSegmentsAt(git, tip, location.path) : { sealed: [], active: null };
    const start = chainAfter(allSegments(segs));
    const { line, entry } = formatEntry(draft, start.seq, start.prev, location.key);
    const bytes = Buffer.from(`${line}\n`);
    const files = new Map(location.dedicated ? extraFiles : []);
    const active = segs.active ?? new Uint8Array();
    if (active.length > 0 && active.length + bytes.length > (location.segmentMaxBytes ?? SEGMENT_MAX_BYTES)) {
      // Roll over: the full active segment becomes the next numbered one; the chain goes on.
      files.set(segmentPath(location.path, segs.sealed.length + 1), active);
      files.set(location.path, bytes);
    } else {
      files.set(location.path, Buffer.concat([active, bytes]));
    }
    const commit = await git.commitFiles(
      tip,
      files,
      `driftgate: ${draft.type} ${draft.event_id}${'classification' in draft ? ` ${draft.classification}` : ''}`,
    );
    const pushed = await git.push(commit, location.branch);
    last = { line, id: entryId(line), entry, commit, attempts: attempt, notPushed: null };
    if (pushed.status === 'pushed') return last;
    if (pushed.status !== 'rejected')
      return { ...last, commit: null, notPushed: `${pushed.status}: ${pushed.message.split('\n')[0]}` };
    const delay = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 6));
    await sleep(delay * (0.5 + Math.random()));
  }
  return {
    ...last!,
    commit: null,
    notPushed: `${location.branch} stayed contended for ${MAX_ATTEMPTS} attempts`,
  };
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
