import picomatch from 'picomatch';
import { sha256Hex } from '../core/event.js';
import type { Finding } from '../core/finding.js';
import { analyzePolicies, type PolicyAnalysis, type PolicyVersion } from '../core/policy/analyze.js';
import { computePolicyFindings } from '../core/policy/findings.js';
import {
  parsePolicyFile,
  PolicyError,
  RULE_KINDS,
  type ParsedPolicy,
  type Policy,
} from '../core/policy/model.js';
import { policyRoot, type PolicyFile } from '../core/policy/project.js';
import { emptyTraceSet, foldTraceFile, type TraceSet } from '../core/policy/traces.js';
import { computePolicyRunbooks } from '../core/runbook/archetypes/index.js';
import { shortSha, type Runbook } from '../core/runbook/model.js';
import type { Git } from '../ports/git.js';
import type { Workspace } from '../ports/workspace.js';

/** Commits touching the policies read for churn, flip-flops and volatility. */
export const POLICY_HISTORY_COMMITS = 50;

export interface PolicyStage {
  analysis: PolicyAnalysis;
  findings: Finding[];
  runbooks: Runbook[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseFile(bytes: Uint8Array, path: string): ParsedPolicy {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new PolicyError(`${path}: not UTF-8 text`);
  }
  return parsePolicyFile(text, path);
}

/** A parsed file, or the error that kept it out. */
type Parsed = { key: string; parsed: ParsedPolicy } | PolicyError;

function tryParse(bytes: Uint8Array, path: string): Parsed {
  try {
    return { key: sha256Hex(bytes), parsed: parseFile(bytes, path) };
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
}

const usesTime = (p: Policy): boolean =>
  RULE_KINDS.some((k) => p[k].some((r) => r.contexts?.some((c) => c.when.timeRestriction)));

/**
 * A policy that does not load is a finding, never an abort: in the change it is PRODUCT_DRIFT
 * (what it would decide cannot be known), at baseline-ref TOOLING_DRIFT (the comparison lacks it).
 * Either way the file is left out on both sides, so the diff does not report its rules as removed.
 */
const invalidFinding = (
  e: PolicyError,
  path: string,
  side: 'head' | 'base',
  ref: string | null,
): Finding => ({
  code: 'POLICY_INVALID',
  stage: 'policy',
  classification: side === 'head' ? 'PRODUCT_DRIFT' : 'TOOLING_DRIFT',
  message: `${e.message}; the file is left out of the comparison`,
  evidence: { paths: [path], ...(ref ? { commits: [ref] } : {}), detail: side },
});

const noticeFinding = (notice: string, path: string): Finding => ({
  code: 'POLICY_NOTICE',
  stage: 'policy',
  classification: 'STABLE',
  message: notice,
  evidence: { paths: [path] },
});

/** What reading the policies found: files that loaded, findings, and the paths left out. */
interface Reading {
  findings: Finding[];
  invalid: Set<string>;
}

/** The policies of the work tree: each file parsed, or a finding when it does not load. */
async function readHead(
  workspace: Workspace,
  globs: readonly string[],
  reading: Reading,
): Promise<PolicyFile[]> {
  const files: PolicyFile[] = [];
  for (const path of await workspace.glob(globs)) {
    const source = await workspace.readFile(path);
    const p =
      source.state === 'unreadable'
        ? new PolicyError(`${path}: unreadable: ${source.error}`)
        : source.state === 'present'
          ? tryParse(source.bytes, path)
          : null;
    if (p === null) continue;
    if (p instanceof PolicyError) {
      reading.findings.push(invalidFinding(p, path, 'head', null));
      reading.invalid.add(path);
      continue;
    }
    reading.findings.push(...p.parsed.notices.map((n) => noticeFinding(n, path)));
    files.push({ path, key: p.key, policy: p.parsed.policy });
  }
  return files;
}

/**
 * Reads the policies of a commit (blobs parsed once across commits). At baseline-ref a file that
 * does not load is a finding and is left out; further back, the whole version is left out.
 */
function versionReader(git: Git, root: string, isPolicy: (path: string) => boolean, reading: Reading) {
  const parsed = new Map<string, Parsed>();
  return async (ref: string, side: 'base' | 'history'): Promise<PolicyVersion | null> => {
    const files = (await git.filesAt(ref, root)).filter((f) => isPolicy(f.path));
    const blobs = await git.readBlobs(files.filter((f) => !parsed.has(f.blob)).map((f) => f.blob));
    const out: PolicyFile[] = [];
    for (const f of files) {
      let p = parsed.get(f.blob);
      if (!p) {
        p = tryParse(blobs.get(f.blob)!, `${shortSha(ref)}:${f.path}`);
        parsed.set(f.blob, p);
      }
      if (p instanceof PolicyError && side === 'base') {
        reading.findings.push(invalidFinding(p, f.path, 'base', ref));
        reading.invalid.add(f.path);
        continue;
      }
      if (p instanceof PolicyError) {
        reading.findings.push({
          code: 'POLICY_HISTORY_INVALID',
          stage: 'policy',
          classification: 'STABLE',
          message: `${p.message} (this version is left out of the history)`,
          evidence: { paths: [f.path], commits: [ref] },
        });
        return null;
      }
      out.push({ path: f.path, key: p.key, policy: p.parsed.policy });
    }
    return { ref, files: out };
  };
}

/** The trace files, each read as a stream of lines: a file of any size costs its folded requests. */
async function readTraces(workspace: Workspace, globs: readonly string[], timed: boolean): Promise<TraceSet> {
  const traces = emptyTraceSet(timed);
  for (const path of await workspace.glob(globs)) {
    const folder = foldTraceFile(traces, path);
    const read = await workspace.readChunks(path, (chunk) => folder.add(chunk));
    if (read.state === 'absent') continue;
    // What was read before a failure still counts; the line under way is not judged.
    if (read.state === 'unreadable')
      traces.bad.push({ file: path, line: 0, message: `unreadable: ${read.error}` });
    else folder.end();
  }
  return traces;
}

/**
 * The policy stage: the policies at HEAD (the work tree) and at baseline-ref, the last commits that
 * touched them, the traces; then the analysis, its findings and its runbooks. Null when the
 * repository has no policy file and no trace. Nothing a policy or trace file holds aborts the run:
 * a malformed one is a finding naming the file, the place and the value.
 */
export async function observePolicies(
  input: { policies: readonly string[]; traces: readonly string[]; baselineRef: string | null },
  ports: { workspace: Workspace; git: Git | null },
): Promise<PolicyStage | null> {
  const { workspace, git } = ports;
  const root = policyRoot(input.policies);
  const reading: Reading = { findings: [], invalid: new Set() };
  const headFiles = await readHead(workspace, input.policies, reading);
  const versionAt = git
    ? versionReader(git, root, picomatch([...input.policies], { dot: true }), reading)
    : null;

  const head = (await git?.head()) ?? 'HEAD';
  const baseRead = versionAt && input.baselineRef ? await versionAt(input.baselineRef, 'base') : null;
  const history: PolicyVersion[] = [];
  if (git && versionAt && head !== 'HEAD') {
    const commits = (await git.commitsTouching(head, [root || '.'], POLICY_HISTORY_COMMITS)).reverse();
    for (const c of commits) {
      const v = await versionAt(c, 'history');
      if (v) history.push(v);
    }
  }
  // A file that does not load on one side is left out on both, so its rules do not show as removed.
  const valid = (v: PolicyVersion): PolicyVersion => ({
    ...v,
    files: v.files.filter((f) => !reading.invalid.has(f.path)),
  });
  const base = baseRead ? valid(baseRead) : null;
  const headVersion = valid({ ref: head, files: headFiles });
  // Requests keep their time only when a policy can see it, so other traces fold by request.
  const timed = [...headVersion.files, ...(base?.files ?? [])].some((f) => usesTime(f.policy));
  const traces = await readTraces(workspace, input.traces, timed);
  const empty = !headFiles.length && !reading.invalid.size && !base?.files.length;
  if (empty && traces.lines === 0 && traces.bad.length === 0) return null;

  const analysis = analyzePolicies({ root, base, head: headVersion, history, traces });
  return {
    analysis,
    findings: [...reading.findings, ...computePolicyFindings(analysis)],
    runbooks: computePolicyRunbooks(analysis),
  };
}
