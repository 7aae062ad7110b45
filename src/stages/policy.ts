import picomatch from 'picomatch';
import { sha256Hex } from '../core/event.js';
import type { Finding } from '../core/finding.js';
import { analyzePolicies, type PolicyAnalysis, type PolicyVersion } from '../core/policy/analyze.js';
import { computePolicyFindings } from '../core/policy/findings.js';
import { parsePolicy, PolicyError, type Policy } from '../core/policy/model.js';
import { policyRoot, type PolicyFile } from '../core/policy/project.js';
import { addTraces, emptyTraceSet } from '../core/policy/traces.js';
import { computePolicyRunbooks } from '../core/runbook/archetypes.js';
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

function parseFile(bytes: Uint8Array, path: string): Policy {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new PolicyError(`${path}: not UTF-8 text`);
  }
  return parsePolicy(text, path);
}

/**
 * The policy stage of SPEC §7: the policies at HEAD (the work tree) and at baseline-ref, the last
 * commits that touched them, the traces; then the analysis, its findings and its runbooks. Null
 * when the repository has no policy file and no trace. A malformed policy at HEAD or at
 * baseline-ref throws a PolicyError naming the file, the place and the value; a malformed one
 * further back in history is left out with a notice.
 */
export async function observePolicies(
  input: { policies: readonly string[]; traces: readonly string[]; baselineRef: string | null },
  ports: { workspace: Workspace; git: Git | null },
): Promise<PolicyStage | null> {
  const { workspace, git } = ports;
  const root = policyRoot(input.policies);
  const isPolicy = picomatch([...input.policies], { dot: true });

  const headFiles: PolicyFile[] = [];
  for (const path of await workspace.glob(input.policies)) {
    const source = await workspace.readFile(path);
    if (source.state === 'unreadable') throw new PolicyError(`${path}: unreadable: ${source.error}`);
    if (source.state !== 'present') continue;
    headFiles.push({ path, key: sha256Hex(source.bytes), policy: parseFile(source.bytes, path) });
  }

  const traces = emptyTraceSet();
  for (const path of await workspace.glob(input.traces)) {
    const source = await workspace.readFile(path);
    if (source.state === 'unreadable')
      traces.bad.push({ file: path, line: 0, message: `unreadable: ${source.error}` });
    if (source.state !== 'present') continue;
    addTraces(traces, new TextDecoder().decode(source.bytes), path);
  }

  const findings: Finding[] = [];
  const parsed = new Map<string, { key: string; policy: Policy } | PolicyError>();
  const versionAt = async (ref: string, strict: boolean): Promise<PolicyVersion | null> => {
    const files = (await git!.filesAt(ref, root)).filter((f) => isPolicy(f.path));
    const blobs = await git!.readBlobs(files.filter((f) => !parsed.has(f.blob)).map((f) => f.blob));
    const out: PolicyFile[] = [];
    for (const f of files) {
      let p = parsed.get(f.blob);
      if (!p) {
        const bytes = blobs.get(f.blob)!;
        try {
          p = { key: sha256Hex(bytes), policy: parseFile(bytes, `${shortSha(ref)}:${f.path}`) };
        } catch (e) {
          if (!(e instanceof PolicyError)) throw e;
          p = e;
        }
        parsed.set(f.blob, p);
      }
      if (p instanceof PolicyError) {
        if (strict) throw p;
        findings.push({
          code: 'POLICY_HISTORY_INVALID',
          stage: 'policy',
          classification: 'STABLE',
          message: `${p.message} (this version is left out of the history)`,
          evidence: { paths: [f.path], commits: [ref] },
        });
        return null;
      }
      out.push({ path: f.path, ...p });
    }
    return { ref, files: out };
  };

  const head = (await git?.head()) ?? 'HEAD';
  const base = git && input.baselineRef ? await versionAt(input.baselineRef, true) : null;
  const history: PolicyVersion[] = [];
  if (git && head !== 'HEAD') {
    const commits = (await git.commitsTouching(head, [root || '.'], POLICY_HISTORY_COMMITS)).reverse();
    for (const c of commits) {
      const v = await versionAt(c, false);
      if (v) history.push(v);
    }
  }
  if (!headFiles.length && !base?.files.length && traces.lines === 0 && traces.bad.length === 0) return null;

  const analysis = analyzePolicies({ root, base, head: { ref: head, files: headFiles }, history, traces });
  return {
    analysis,
    findings: [...findings, ...computePolicyFindings(analysis)],
    runbooks: computePolicyRunbooks(analysis),
  };
}
