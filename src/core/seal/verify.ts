import { Buffer } from 'node:buffer';
import { sha256Hex } from '../hash.js';
import type { Finding } from '../finding.js';
import {
  displayName,
  hashIs,
  manifestRejection,
  parseManifest,
  type EntryTable,
  type Manifest,
  type ManifestEntry,
  type PackedNames,
} from './manifest.js';
import {
  digestHex,
  modeOf,
  observationAt,
  PLAIN,
  PLAIN_EXECUTABLE,
  type FileObservation,
  type GitMode,
  type Observations,
} from './observation.js';
import { normalizeRelative, unsafePathReason } from './paths.js';

/** The manifest as one source holds it. */
export type ManifestSource =
  { state: 'absent' } | { state: 'present'; bytes: Uint8Array } | { state: 'unreadable'; error: string };

/** The manifest at `baseline-ref`; `no-ref` when the run has no baseline ref. */
export type BaselineManifestSource = ManifestSource | { state: 'no-ref' };

/** A symbolic link found under the sealed globs, and what it resolves to. */
export interface SealedLink {
  /** Workspace-relative path of the link. */
  path: string;
  target: 'file' | 'folder' | 'outside' | 'dangling' | 'other';
}

/** Per-entry outcome, in sha256sum -c's words plus driftgate's refusal to leave the workspace. */
export type EntryStatus = 'OK' | 'FAILED' | 'FAILED open or read' | 'REFUSED';

/** One manifest line's verdict. */
export interface EntryVerdict {
  readonly line: number;
  readonly path: string;
  readonly status: EntryStatus;
}

/**
 * A verified entry's verdict, its path made when it is read: `verify --quiet` on 50,000 files
 * then makes no string per file. It serializes as the plain object.
 */
class VerifiedEntry implements EntryVerdict {
  // Declared and assigned, not class fields: a field defined per instance (ES2022's semantics)
  // costs more than the rest of the object.
  declare private readonly table: EntryTable;
  declare private readonly index: number;
  constructor(table: EntryTable, index: number) {
    this.table = table;
    this.index = index;
  }
  get status(): 'OK' {
    return 'OK';
  }
  get line(): number {
    return this.table.line(this.index);
  }
  get path(): string {
    return this.table.display(this.index);
  }
  toJSON(): EntryVerdict {
    return { line: this.line, path: this.path, status: this.status };
  }
}

/** What the seal stage needs to read from the world, decided before any file is opened. */
export interface SealPlan {
  /** The manifest whose entries are verified: the baseline-ref copy when there is one, else the tree's. */
  authoritative: 'baseline-ref' | 'tree' | 'none';
  manifest: Manifest | null;
  /** Entries that are safe to read (relative, no ".."). */
  toObserve: EntryTable;
  /** The names of toObserve, in its order, packed for the workspace. */
  names: PackedNames;
  /** Findings known before reading anything (corrupt manifests, traversal). */
  findings: Finding[];
  verdicts: EntryVerdict[];
}

// ignoreBOM: a name beginning with U+FEFF keeps it, so the finding names that file and not its twin.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function corruptFinding(path: string, where: string, reason: string, lines: number[]): Finding {
  return {
    code: 'BASELINE_CORRUPT',
    stage: 'seal',
    classification: 'INCIDENT',
    message: `${where} ${path} is rejected by sha256sum -c --strict: ${reason}`,
    evidence: { paths: [path], lines },
  };
}

/**
 * Chooses the authoritative manifest and the entries to read. Names that leave the workspace
 * (absolute, "..") become findings here so the adapter never opens them.
 */
export function planSeal(
  manifestPath: string,
  tree: ManifestSource,
  baseline: BaselineManifestSource,
  baselineRef: string | null,
  accepted: ReadonlySet<string> = new Set(),
): SealPlan {
  const findings: Finding[] = [];
  const parse = (bytes: Uint8Array, where: string): Manifest | null => {
    const m = parseManifest(bytes);
    const rejection = manifestRejection(m);
    if (rejection === null) return m;
    findings.push(
      corruptFinding(
        manifestPath,
        where,
        rejection,
        m.errors.map((e) => e.line),
      ),
    );
    return null;
  };

  const treeManifest = tree.state === 'present' ? parse(tree.bytes, 'the manifest') : null;
  if (tree.state === 'unreadable') {
    findings.push({
      code: 'BASELINE_CORRUPT',
      stage: 'seal',
      classification: 'INCIDENT',
      message: `the manifest ${manifestPath} cannot be read: ${tree.error}`,
      evidence: { paths: [manifestPath], detail: tree.error },
    });
  }

  let authoritative: SealPlan['authoritative'] = 'none';
  let manifest: Manifest | null = null;
  // Hashing a large manifest is not free: only when some manifest was accepted at all.
  const treeAccepted = tree.state === 'present' && accepted.size > 0 && accepted.has(sha256Hex(tree.bytes));
  if (treeAccepted && baseline.state === 'present' && treeManifest) {
    // An architect accepted this manifest (a DECISION records its sha256): it is the baseline now.
    manifest = treeManifest;
    authoritative = 'tree';
    findings.push({
      code: 'BASELINE_ACCEPTED',
      stage: 'seal',
      classification: 'STABLE',
      message: `${manifestPath} differs from ${baselineRef ?? 'baseline-ref'} but an architect accepted it as the new baseline`,
      evidence: {
        paths: [manifestPath],
        detail: describeManifestDiff(baseline.bytes, (tree as { bytes: Uint8Array }).bytes),
      },
    });
  } else if (baseline.state === 'present') {
    manifest = parse(baseline.bytes, `the manifest at ${baselineRef ?? 'baseline-ref'} of`);
    authoritative = 'baseline-ref';
    findings.push(...compareWithBaseline(manifestPath, tree, baseline.bytes, baselineRef));
  } else if (tree.state === 'present') {
    manifest = treeManifest;
    authoritative = 'tree';
    findings.push(...unsealedNotices(manifestPath, baseline, baselineRef, true));
  } else if (tree.state === 'absent') {
    findings.push(...unsealedNotices(manifestPath, baseline, baselineRef, false));
  }

  const table = (manifest ?? parseManifest(new Uint8Array(0))).table;
  const all = table.packNames();
  const refused = new Set<number>();
  const verdicts: EntryVerdict[] = [];
  // Most manifests hold no ".." at all: then only a leading "/" can make a name unsafe.
  const dots = Buffer.from(all.bytes.buffer, all.bytes.byteOffset, all.bytes.length).includes('..');
  for (let i = 0; i < table.length; i++) {
    const start = all.starts[i]!;
    const end = all.ends[i]!;
    if (!dots && (end === start || all.bytes[start] !== 0x2f)) continue;
    const reason = unsafePathReason(all.bytes, start, end);
    if (reason === null) continue;
    const entry = table.entry(i);
    refused.add(i);
    verdicts.push({ line: entry.line, path: entry.display, status: 'REFUSED' });
    findings.push({
      code: 'PATH_ESCAPES_WORKSPACE',
      stage: 'seal',
      classification: 'INCIDENT',
      message: `${manifestPath} line ${entry.line} names ${entry.display}, outside the workspace (${reason}); it was not read`,
      evidence: { paths: [entry.display], lines: [entry.line], detail: reason },
    });
  }
  // Refused names are rare: the entries and their packed names are reused as they are unless one was left out.
  const toObserve = refused.size === 0 ? table : table.without(refused);
  const names = refused.size === 0 ? all : toObserve.packNames();
  return { authoritative, manifest, toObserve, names, findings, verdicts };
}

function unsealedNotices(
  manifestPath: string,
  baseline: BaselineManifestSource,
  baselineRef: string | null,
  inTree: boolean,
): Finding[] {
  if (baseline.state === 'unreadable') {
    return [
      {
        code: 'BASELINE_REF_UNREADABLE',
        stage: 'seal',
        classification: 'INCIDENT',
        message: `the manifest at ${baselineRef} cannot be read, so the baseline cannot be proven unchanged: ${baseline.error}`,
        evidence: {
          paths: [manifestPath],
          commits: baselineRef ? [baselineRef] : [],
          detail: baseline.error,
        },
      },
    ];
  }
  if (inTree) {
    if (baseline.state === 'no-ref') return [];
    return [
      {
        code: 'BASELINE_INTRODUCED',
        stage: 'seal',
        classification: 'STABLE',
        message: `${manifestPath} is new since ${baselineRef}: this change introduces the seal; it is verified as written`,
        evidence: { paths: [manifestPath], commits: baselineRef ? [baselineRef] : [] },
      },
    ];
  }
  return [
    {
      code: 'NOT_SEALED',
      stage: 'seal',
      classification: 'STABLE',
      message: `the repository is not sealed yet: no ${manifestPath}${baselineRef ? ` here or at ${baselineRef}` : ''} (run \`driftgate seal\`)`,
      evidence: { paths: [manifestPath] },
    },
  ];
}

/** The tree's manifest must be byte-identical to the baseline-ref copy. */
function compareWithBaseline(
  manifestPath: string,
  tree: ManifestSource,
  baselineBytes: Uint8Array,
  baselineRef: string | null,
): Finding[] {
  const commits = baselineRef ? [baselineRef] : [];
  if (tree.state === 'absent') {
    return [
      {
        code: 'BASELINE_REMOVED',
        stage: 'seal',
        classification: 'INCIDENT',
        message: `the sealed manifest ${manifestPath} exists at ${baselineRef} and is gone now`,
        evidence: { paths: [manifestPath], commits },
      },
    ];
  }
  if (tree.state !== 'present' || bytesEqual(tree.bytes, baselineBytes)) return [];
  return [
    {
      code: 'BASELINE_MODIFIED',
      stage: 'seal',
      classification: 'INCIDENT',
      message: `the sealed manifest ${manifestPath} differs from its copy at ${baselineRef}`,
      evidence: { paths: [manifestPath], commits, detail: describeManifestDiff(baselineBytes, tree.bytes) },
    },
  ];
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Names listed per kind of change in a manifest diff; the rest are counted. */
const DIFF_NAMES_SHOWN = 20;

/** A short account of entries added, removed and re-hashed between two manifests. */
export function describeManifestDiff(before: Uint8Array, after: Uint8Array): string {
  const index = (m: Manifest): Map<string, string> => new Map(m.entries.map((e) => [e.display, e.hash]));
  const a = index(parseManifest(before));
  const b = index(parseManifest(after));
  const parts: string[] = [];
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const changed = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k));
  // Capped: a change may add a million entries, and this text lands in comments, issues and the log.
  const list = (names: string[]): string =>
    names.length <= DIFF_NAMES_SHOWN
      ? names.join(', ')
      : `${names.slice(0, DIFF_NAMES_SHOWN).join(', ')} and ${names.length - DIFF_NAMES_SHOWN} more`;
  if (added.length) parts.push(`added: ${list(added)}`);
  if (removed.length) parts.push(`removed: ${list(removed)}`);
  if (changed.length) parts.push(`re-hashed: ${list(changed)}`);
  return parts.length ? parts.join('; ') : 'the entries are the same; formatting, comments or order differ';
}

/** Inputs to the comparison once the workspace has been observed. */
export interface SealObserved {
  manifestPath: string;
  plan: SealPlan;
  /** Observation per entry of plan.toObserve, same order. */
  observations: Observations;
  /** Workspace files matching the `sealed` globs; null when no globs are set. */
  sealedMatches: readonly string[] | null;
  /** git modes at baseline-ref by path; null without a ref. */
  baselineModes: ReadonlyMap<string, GitMode> | null;
  /** Symbolic links under the sealed globs; null when no globs are set. */
  sealedLinks?: readonly SealedLink[] | null;
}

/** A workspace path (as the glob found it) for people, escaped like manifest names. */
const displayPath = (path: string): string => displayName(new TextEncoder().encode(path));

const TARGET_WORDS: Record<SealedLink['target'], string> = {
  file: 'a file inside the workspace',
  folder: 'a folder inside the workspace',
  outside: 'a place outside the workspace (not followed)',
  dangling: 'nothing (a dangling link)',
  other: 'something that is not a regular file',
};

/** The result of the seal stage. */
export interface SealResult {
  findings: Finding[];
  verdicts: EntryVerdict[];
  authoritative: SealPlan['authoritative'];
  entries: number;
}

/** What the comparison of one manifest's entries gathers as it goes. */
interface SealTally {
  findings: Finding[];
  verdicts: EntryVerdict[];
  /** Links already reported through a manifest entry, so a scan of the globs does not repeat them. */
  linked: Set<string>;
  /** Sealed entries reached through a folder that is a link, by that folder. */
  linkedFolders: Map<string, Array<{ path: string; line: number }>>;
}

/** Compares what the workspace holds with the authoritative manifest. */
export function computeSealFindings(input: SealObserved): SealResult {
  const { plan, manifestPath } = input;
  const tally: SealTally = {
    findings: [...plan.findings],
    verdicts: [...plan.verdicts],
    linked: new Set<string>(),
    linkedFolders: new Map(),
  };
  const { observations, baselineModes } = input;
  if (observations.length !== plan.toObserve.length)
    throw new Error(`internal: ${observations.length} observations of ${plan.toObserve.length} entries`);
  const { kinds, digests } = observations;
  const table = plan.toObserve;
  for (let i = 0; i < table.length; i++) {
    const kind = kinds[i];
    // The common case, a plain regular file, is judged on its digest bytes: nothing made per entry
    // but its verdict.
    if (kind === PLAIN || kind === PLAIN_EXECUTABLE) {
      if (table.digestIs(i, digests, i * 32)) tally.verdicts.push(new VerifiedEntry(table, i));
      else modified(table.entry(i), digestHex(digests, i * 32), manifestPath, tally);
      if (baselineModes !== null) {
        const now = kind === PLAIN_EXECUTABLE ? '100755' : '100644';
        const was = baselineModes.get(normalizeRelative(utf8.decode(table.name(i))));
        if (was !== undefined && was !== now) modeChanged(table.entry(i), was, now, manifestPath, tally);
      }
      continue;
    }
    const entry = table.entry(i);
    const o = observationAt(observations, i);
    if (o.state !== 'ok') {
      judgeAbsent(entry, o, manifestPath, tally);
      continue;
    }
    if (hashIs(entry, o.sha256)) tally.verdicts.push(new VerifiedEntry(table, i));
    else modified(entry, o.sha256, manifestPath, tally);
    judgeKind(entry, o, baselineModes, manifestPath, tally);
  }
  tally.findings.push(...computeLinkFindings(input, tally), ...computeUnexpectedFindings(input));
  // Verdicts come in line order unless some were refused while planning: sort only then.
  if (!inLineOrder(tally.verdicts)) tally.verdicts.sort((a, b) => a.line - b.line);
  return {
    findings: tally.findings,
    verdicts: tally.verdicts,
    authoritative: plan.authoritative,
    entries: plan.manifest?.table.length ?? 0,
  };
}

function inLineOrder(verdicts: readonly EntryVerdict[]): boolean {
  for (let i = 1; i < verdicts.length; i++) if (verdicts[i - 1]!.line > verdicts[i]!.line) return false;
  return true;
}

// Built only for findings: the common OK entry of a 50,000-line manifest allocates nothing here.
const whereOf = (entry: ManifestEntry, manifestPath: string): string =>
  `${entry.display} (${manifestPath} line ${entry.line})`;
const baseOf = (entry: ManifestEntry): { paths: string[]; lines: number[] } => ({
  paths: [entry.display],
  lines: [entry.line],
});

/** An entry that could not be hashed: it escapes the workspace, is missing or cannot be read. */
function judgeAbsent(
  entry: ManifestEntry,
  o: Exclude<FileObservation, { state: 'ok' }>,
  manifestPath: string,
  tally: SealTally,
): void {
  const where = whereOf(entry, manifestPath);
  const status = o.state === 'escapes' ? 'REFUSED' : 'FAILED open or read';
  tally.verdicts.push({ line: entry.line, path: entry.display, status });
  const common = { stage: 'seal', classification: 'INCIDENT' } as const;
  if (o.state === 'escapes')
    tally.findings.push({
      ...common,
      code: 'PATH_ESCAPES_WORKSPACE',
      message: `${where} leads outside the workspace (${o.detail}); it was not read`,
      evidence: { ...baseOf(entry), detail: o.detail },
    });
  else if (o.state === 'missing')
    tally.findings.push({
      ...common,
      code: 'SEALED_MISSING',
      message: `sealed file ${where} is missing`,
      evidence: { ...baseOf(entry), expected: entry.hash },
    });
  else
    tally.findings.push({
      ...common,
      code: 'SEALED_UNREADABLE',
      message: `sealed file ${where} cannot be read (${o.error}); unverifiable counts as changed`,
      evidence: { ...baseOf(entry), expected: entry.hash, detail: o.error },
    });
}

/** An entry whose bytes hash to something else than the manifest says. */
function modified(entry: ManifestEntry, sha256: string, manifestPath: string, tally: SealTally): void {
  tally.verdicts.push({ line: entry.line, path: entry.display, status: 'FAILED' });
  tally.findings.push({
    code: 'SEALED_MODIFIED',
    stage: 'seal',
    classification: 'INCIDENT',
    message: `sealed file ${whereOf(entry, manifestPath)} was modified`,
    evidence: { ...baseOf(entry), expected: entry.hash, actual: sha256 },
  });
}

/** What a hashed entry is: a link, reached through a linked folder, or a file whose mode changed. */
function judgeKind(
  entry: ManifestEntry,
  o: Extract<FileObservation, { state: 'ok' }>,
  baselineModes: ReadonlyMap<string, GitMode> | null,
  manifestPath: string,
  tally: SealTally,
): void {
  const normalized = normalizeRelative(utf8.decode(entry.name));
  const was = baselineModes?.get(normalized);
  const now = modeOf(o);
  if (!o.symlink && o.linkedFolder === null) {
    if (was !== undefined && was !== now) modeChanged(entry, was, now, manifestPath, tally);
    return;
  }
  if (o.symlink) {
    tally.linked.add(normalized);
    tally.findings.push({
      code: 'SEALED_SYMLINK',
      stage: 'seal',
      classification: 'INCIDENT',
      message: `sealed file ${whereOf(entry, manifestPath)} is a symbolic link${was !== undefined && was !== now ? ` (it was mode ${was})` : ''}; a link under the seal is tampering even when it stays inside the workspace`,
      evidence: { ...baseOf(entry), detail: was !== undefined ? `${was} -> ${now}` : 'symbolic link' },
    });
  } else if (o.linkedFolder !== null) {
    const paths = tally.linkedFolders.get(o.linkedFolder) ?? [];
    paths.push({ path: entry.display, line: entry.line });
    tally.linkedFolders.set(o.linkedFolder, paths);
  }
}

/** A regular file whose git mode at baseline-ref was another one. */
function modeChanged(
  entry: ManifestEntry,
  was: GitMode,
  now: GitMode,
  manifestPath: string,
  tally: SealTally,
): void {
  tally.findings.push({
    code: 'SEALED_MODE_CHANGED',
    stage: 'seal',
    classification: 'INCIDENT',
    message: `sealed file ${whereOf(entry, manifestPath)} changed mode from ${was} to ${now}`,
    evidence: { ...baseOf(entry), detail: `${was} -> ${now}` },
  });
}

/** Sealed folders swapped for links, then links under the sealed globs not reported yet. */
function computeLinkFindings(input: SealObserved, tally: SealTally): Finding[] {
  const findings: Finding[] = [];
  for (const [folder, entries] of tally.linkedFolders) {
    tally.linked.add(folder);
    findings.push({
      code: 'SEALED_SYMLINK',
      stage: 'seal',
      classification: 'INCIDENT',
      message: `the folder ${folder} holding sealed files (${entries.length === 1 ? entries[0]!.path : `${entries.length} entries of ${input.manifestPath}`}) is a symbolic link; a sealed folder swapped for a link is tampering even when it stays inside the workspace`,
      evidence: {
        paths: [folder, ...entries.map((e) => e.path)],
        lines: entries.map((e) => e.line),
        detail: 'folder replaced by a symbolic link',
      },
    });
  }
  for (const link of input.sealedLinks ?? []) {
    if (tally.linked.has(link.path)) continue;
    findings.push({
      code: 'SEALED_SYMLINK',
      stage: 'seal',
      classification: 'INCIDENT',
      message: `${displayPath(link.path)} is a symbolic link under the sealed globs, to ${TARGET_WORDS[link.target]}; links are never sealed`,
      evidence: { paths: [displayPath(link.path)], detail: `symbolic link to ${link.target}` },
    });
  }
  return findings;
}

/** Files matching the sealed globs that the manifest does not list. */
function computeUnexpectedFindings(input: SealObserved): Finding[] {
  const { plan, manifestPath } = input;
  if (!input.sealedMatches || !plan.manifest) return [];
  const { table } = plan.manifest;
  const listed = new Set(
    Array.from({ length: table.length }, (_, i) => normalizeRelative(utf8.decode(table.name(i)))),
  );
  const unexpected = input.sealedMatches.map(normalizeRelative).filter((p) => !listed.has(p));
  return unexpected.sort().map((path) => ({
    code: 'SEALED_UNEXPECTED',
    stage: 'seal',
    classification: 'INCIDENT',
    message: `${displayPath(path)} matches the sealed globs but ${manifestPath} does not list it`,
    evidence: { paths: [displayPath(path)] },
  }));
}
