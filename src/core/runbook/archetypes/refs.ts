import type { PolicyAnalysis } from '../../policy/analyze.js';
import type { Signal } from '../../policy/signals/signal.js';
import { sh, shortSha, type Archetype as ArchetypeName, type Runbook } from '../model.js';

/** The refs and files the commands of the archetype runbooks name. */
export interface RunbookRefs {
  base: string;
  head: string;
  /** `<base>..<head>`, short. */
  range: string;
  /** `--base <base>` for driftgate policy commands. */
  baseFlag: string;
  /** The policy files the diff touches, else every head file. */
  changed: string[];
}

/** One runbook archetype: when it applies and the runbook it writes from the analysis. */
export interface Archetype {
  name: ArchetypeName;
  applies: (a: PolicyAnalysis) => boolean;
  compute: (a: PolicyAnalysis, refs: RunbookRefs) => Runbook;
}

/** Shell words for paths. */
export const files = (paths: readonly string[]): string => paths.map(sh).join(' ');

export const signalOf = (a: PolicyAnalysis, id: string): Signal => a.signals.find((s) => s.id === id)!;

export function refsOf(a: PolicyAnalysis): RunbookRefs {
  const base = a.base ?? a.history.commits.at(-2) ?? a.head;
  const changed = [...new Set(a.diff.flatMap((d) => d.files))].sort();
  return {
    base,
    head: a.head,
    range: `${shortSha(base)}..${shortSha(a.head)}`,
    baseFlag: `--base ${shortSha(base)}`,
    changed: changed.length ? changed : a.files.head,
  };
}
