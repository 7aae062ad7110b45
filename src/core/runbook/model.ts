import { canonicalJson, sha256Hex } from '../event.js';

export const RUNBOOK_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type RunbookSeverity = (typeof RUNBOOK_SEVERITIES)[number];

/** The five archetypes of SPEC §7 and the classification runbook of SPEC §2. */
export const ARCHETYPES = [
  'classification',
  'policy-change',
  'drift-investigation',
  'volatility-mitigation',
  'federated-sync',
  'contradiction-resolution',
  'critical-state',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

/** One numbered step: what to do, why, the commands, what they produce and how to check it. */
export interface RunbookStep {
  title: string;
  why: string;
  /** Runnable with git or driftgate, filled in with this repository's refs, files and rule ids. */
  commands: string[];
  /** What the step produces. */
  artifacts: string[];
  /** How to tell the step worked. */
  verify: string;
  /**
   * The step is a written decision: its commands name the run's event and who may decide, so they
   * are filled in when the runbook is rendered and stay out of its content-hash id.
   */
  decide?: true;
}

/** What set a runbook off: a value against its threshold. */
export interface Trigger {
  signal: string;
  value: number | string;
  comparator: '>' | '<' | '≥' | '=';
  threshold: number | string;
}

export interface Runbook {
  /** RB_ and 12 hex of the sha256 of the runbook's canonical JSON without its id. */
  id: string;
  archetype: Archetype;
  title: string;
  severity: RunbookSeverity;
  trigger: Trigger;
  purpose: string;
  steps: RunbookStep[];
  /** Escalation channel and deadline (classification runbooks). */
  escalation: string | null;
  /** Decisions an architect may take. */
  decisions: string[];
}

/** Gives a runbook its content-hash id: the same content always has the same id. */
export function withId(book: Omit<Runbook, 'id'>): Runbook {
  return { id: `RB_${sha256Hex(canonicalJson(book)).slice(0, 12)}`, ...book };
}

/** A commit SHA cut to 12 hex digits for people; any other ref as given. */
export const shortSha = (ref: string): string => (/^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 12) : ref);

/** Quotes one shell word (POSIX single quotes) when it needs quoting. */
export const sh = (word: string): string =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
