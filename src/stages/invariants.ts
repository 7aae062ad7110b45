import type { Finding } from '../core/finding.js';
import { redactSecrets } from '../core/redact.js';
import {
  computeInvariantFindings,
  computeProtectedPathFindings,
  type InvariantOutcome,
} from '../core/invariants.js';
import type { Git } from '../ports/git.js';
import type { Runner } from '../ports/runner.js';
import type { Invariant } from '../settings/settings.js';

/** Checks protected paths over baseline-ref..HEAD and runs each user invariant once. */
export async function observeInvariants(
  input: {
    protectedPaths: readonly string[];
    invariants: readonly Invariant[];
    baselineRef: string | null;
    cwd: string;
    timeoutMs: number;
    /** Values never to be kept from the output. */
    secrets: readonly string[];
  },
  ports: { git: Git | null; runner: Runner },
): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (input.baselineRef && ports.git && input.protectedPaths.length > 0) {
    const touched = await ports.git.changedPaths(input.baselineRef, 'HEAD');
    findings.push(...computeProtectedPathFindings(touched, input.protectedPaths, input.baselineRef));
  }
  const outcomes: InvariantOutcome[] = [];
  // One at a time, in the order given: an invariant may depend on the state the previous one saw.
  for (const inv of input.invariants) {
    const r = await ports.runner.run(inv.command, { cwd: input.cwd, timeoutMs: input.timeoutMs });
    outcomes.push({
      id: inv.id,
      command: inv.command,
      exitCode: r.exitCode,
      signal: r.signal,
      timedOut: r.timedOut,
      output: redactSecrets(r.output, input.secrets),
    });
  }
  findings.push(...computeInvariantFindings(outcomes));
  return findings;
}
