import { stripVTControlCharacters } from 'node:util';
import picomatch from 'picomatch';
import type { Finding } from './finding.js';

/** A path some commit in the range touched. */
export interface TouchedPath {
  path: string;
  /** Commits that touched it, oldest first; empty when only the tree diff shows it. */
  commits: readonly string[];
}

/** Every touched path matching a protected glob is an INCIDENT (SPEC §3 protected-paths). */
export function computeProtectedPathFindings(
  touched: readonly TouchedPath[],
  globs: readonly string[],
  baselineRef: string,
): Finding[] {
  if (globs.length === 0) return [];
  const isProtected = picomatch([...globs], { dot: true });
  return touched
    .filter((t) => isProtected(t.path))
    .map((t) => ({
      code: 'PROTECTED_PATH_WRITTEN' as const,
      stage: 'invariants' as const,
      classification: 'INCIDENT' as const,
      message: `${t.path} is protected and was written since ${baselineRef.slice(0, 12)}${t.commits.length ? ` (commit ${t.commits.map((c) => c.slice(0, 12)).join(', ')})` : ''}`,
      evidence: {
        paths: [t.path],
        commits: [...t.commits],
        detail: `protected by ${globs.join(', ')}`,
      },
    }));
}

/** The outcome of one user invariant command. */
export interface InvariantOutcome {
  id: string;
  command: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  output: string;
}

/** Lines of command output kept as evidence. */
const OUTPUT_TAIL_LINES = 40;

/** The last lines of output, ANSI stripped. */
export function outputTail(output: string, lines = OUTPUT_TAIL_LINES): string {
  return stripVTControlCharacters(output).replace(/\r\n/g, '\n').split('\n').slice(-lines).join('\n').trim();
}

/** A non-zero exit, a signal or a timeout of a user invariant is an INCIDENT naming its id. */
export function computeInvariantFindings(outcomes: readonly InvariantOutcome[]): Finding[] {
  return outcomes
    .filter((o) => o.exitCode !== 0 || o.timedOut)
    .map((o) => {
      const how = o.timedOut
        ? 'was killed after the timeout'
        : o.exitCode === null
          ? `was ended by ${o.signal ?? 'a signal'}`
          : `exited with code ${o.exitCode}`;
      return {
        code: 'INVARIANT_VIOLATED' as const,
        stage: 'invariants' as const,
        classification: 'INCIDENT' as const,
        message: `invariant ${o.id} is violated: \`${o.command}\` ${how}`,
        evidence: { invariant: o.id, command: o.command, exitCode: o.exitCode, output: outputTail(o.output) },
      };
    });
}
