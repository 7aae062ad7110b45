import type { Decisions } from '../decisions.js';
import type { Project } from '../project.js';

/** One project through the policy history, oldest version first (null where it did not exist). */
export interface ProjectHistory {
  name: string;
  versions: Array<Project | null>;
  /** Its decisions on its probe set at each version. */
  decisions: Decisions[];
}

/** Transitions between consecutive versions of a history of `n` versions. */
export const transitionsOf = (histories: readonly ProjectHistory[]): number =>
  Math.max(0, (histories[0]?.versions.length ?? 0) - 1);

/** Confidence of a history signal: min(1, transitions / 5). */
export const HISTORY_TRANSITIONS_NEEDED = 5;
