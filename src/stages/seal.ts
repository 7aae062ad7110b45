import { classify } from '../core/classify.js';
import type { Classification } from '../core/classification.js';
import { sha256Hex } from '../core/hash.js';
import { computeAbsentBaselineFindings } from '../core/trust.js';
import type { GitMode } from '../core/seal/observation.js';
import {
  computeSealFindings,
  planSeal,
  type BaselineManifestSource,
  type SealResult,
} from '../core/seal/verify.js';
import type { Git } from '../ports/git.js';
import type { Workspace } from '../ports/workspace.js';
import type { Settings } from '../settings/settings.js';

/** The seal stage's result plus the hash of the authoritative manifest. */
export interface SealStage extends SealResult {
  manifestSha256: string | null;
  /** sha256 of the manifest in the tree (what an accept of this change would accept). */
  treeManifestSha256: string | null;
}

/** Observes the sealed files and the manifest (tree and baseline-ref copies). */
export async function observeSeal(
  input: {
    manifest: string;
    sealed: readonly string[];
    baselineRef: string | null;
    accepted?: ReadonlySet<string>;
  },
  ports: { workspace: Workspace; git: Git | null },
): Promise<SealStage> {
  const { workspace, git } = ports;
  const tree = await workspace.readFile(input.manifest);
  // Hashing threads boot while the manifests are read and parsed (a line holds at least 67 bytes).
  if (tree.state === 'present') workspace.prepareObserve(Math.floor(tree.bytes.length / 67));
  let baseline: BaselineManifestSource = { state: 'no-ref' };
  if (input.baselineRef && git) {
    try {
      const bytes = await git.readFileAt(input.baselineRef, input.manifest);
      baseline = bytes ? { state: 'present', bytes } : { state: 'absent' };
    } catch (e) {
      baseline = { state: 'unreadable', error: (e as Error).message.split('\n')[0] ?? String(e) };
    }
  }
  const plan = planSeal(input.manifest, tree, baseline, input.baselineRef, input.accepted);
  const observations = await workspace.observe(plan.names);
  const sealedMatches = input.sealed.length > 0 ? await workspace.glob(input.sealed) : null;
  const sealedLinks = input.sealed.length > 0 ? await workspace.sealedLinks(input.sealed) : null;
  let baselineModes: Map<string, GitMode> | null = null;
  if (input.baselineRef && git && baseline.state === 'present') {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const table = plan.toObserve;
    baselineModes = await git.modesAt(
      input.baselineRef,
      Array.from({ length: table.length }, (_, i) => decoder.decode(table.name(i)).replace(/^(\.\/)+/, '')),
    );
  }
  const result = computeSealFindings({
    manifestPath: input.manifest,
    plan,
    observations,
    sealedMatches,
    baselineModes,
    sealedLinks,
  });
  const authoritativeBytes =
    plan.authoritative === 'baseline-ref' && baseline.state === 'present'
      ? baseline.bytes
      : tree.state === 'present'
        ? tree.bytes
        : null;
  const treeManifestSha256 = tree.state === 'present' ? sha256Hex(tree.bytes) : null;
  return {
    ...result,
    manifestSha256:
      authoritativeBytes === null
        ? null
        : tree.state === 'present' && authoritativeBytes === tree.bytes
          ? treeManifestSha256
          : sha256Hex(authoritativeBytes),
    treeManifestSha256,
  };
}

/** The seal stage alone (`driftgate verify`): no commands run, nothing written. */
export async function runVerify(
  settings: Settings,
  ports: { workspace: Workspace; git: Git | null },
): Promise<{ classification: Classification; seal: SealStage }> {
  const baselineRef = await resolveBaselineRef(settings['baseline-ref'], ports.git);
  const seal = await observeSeal(
    { manifest: settings.baseline, sealed: settings.sealed, baselineRef },
    ports,
  );
  const findings = [...computeAbsentBaselineFindings(settings, seal), ...seal.findings];
  return { classification: classify(findings), seal: { ...seal, findings } };
}

/** The full SHA of `ref` (fetched when the clone is shallow), or null for no ref. */
export async function resolveBaselineRef(ref: string, git: Git | null): Promise<string | null> {
  if (!ref) return null;
  if (!git) throw new Error(`baseline-ref ${ref} was given but the workspace is not a git repository`);
  return git.ensureCommit(ref);
}
