import type { Classification } from './classification.js';

/** The stage of SPEC §1 that produced a finding. */
export type Stage = 'config' | 'seal' | 'invariants' | 'tests' | 'policy' | 'freeze';

/** Machine-readable finding codes; part of the public output (RUNTIME_EVENT.json, --json). */
export const FINDING_CODES = [
  'NOT_SEALED',
  'BASELINE_INTRODUCED',
  'BASELINE_ACCEPTED',
  'BASELINE_CORRUPT',
  'BASELINE_MODIFIED',
  'BASELINE_REMOVED',
  'BASELINE_REF_UNREADABLE',
  'SEALED_MODIFIED',
  'SEALED_MISSING',
  'SEALED_UNREADABLE',
  'SEALED_UNEXPECTED',
  'SEALED_MODE_CHANGED',
  'SEALED_SYMLINK',
  'PATH_ESCAPES_WORKSPACE',
  'PROTECTED_PATH_WRITTEN',
  'INVARIANT_VIOLATED',
  'TOOLING_SIGNATURE',
  'REPORT_MISSING',
  'REPORT_STALE',
  'REPORT_EMPTY',
  'REPORT_TRUNCATED',
  'REPORT_UNPARSEABLE',
  'REPORT_NOT_A_REPORT',
  'SUITES_SAME_ERROR',
  'SUITE_FAILED',
  'TESTS_FAILED',
  'CONSOLE_FAILED',
  'COUNTS_DISAGREE',
  'EXIT_FAILED',
  'NO_TESTS_RAN',
  'NO_EVIDENCE_OF_PASS',
  'FEWER_TESTS_THAN_BASELINE',
  'TEST_REGRESSED',
  'TEST_MISSING',
  'TEST_ADDED',
  'OUTPUT_CHANGED',
  'OUTPUT_MISSING',
  'OUTPUT_ADDED',
  'RUNTIME_BASELINE_INVALID',
  'RUNTIME_BASELINE_MODIFIED',
  'POLICY_DRIFT',
  'POLICY_CONTRADICTION',
  'POLICY_DECISIONS_FLIPPED',
  'POLICY_CHANGED',
  'TRACE_INVALID',
  'TRACE_UNASSIGNED',
  'POLICY_HISTORY_INVALID',
  'LOG_REWRITTEN',
  'LOG_INVALID',
  'FROZEN',
] as const;

/** One finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** What a finding points at; every field optional, filled as the evidence allows. */
export interface Evidence {
  /** Workspace-relative paths involved (display form: escaped per coreutils when needed). */
  paths?: string[];
  /** Manifest line numbers (1-based) involved. */
  lines?: number[];
  /** Expected sha256 (from the baseline). */
  expected?: string;
  /** Observed sha256. */
  actual?: string;
  /** Commits involved. */
  commits?: string[];
  /** Invariant id (e.g. INV-D-01). */
  invariant?: string;
  /** Command that was run. */
  command?: string;
  /** Exit code of that command. */
  exitCode?: number | null;
  /** Tail of captured output, ANSI stripped. */
  output?: string;
  /** Stable test ids involved. */
  tests?: string[];
  /** Tooling signature id that matched. */
  signature?: string;
  /** Policy rule ids involved. */
  rules?: string[];
  /** Free-form detail (old/new mode, ref, error code). */
  detail?: string;
}

/** One observation of one stage: a code, a classification, a sentence and its evidence. */
export interface Finding {
  /** Stable machine code. */
  code: FindingCode;
  /** Stage that produced it. */
  stage: Stage;
  /** Severity of this finding alone; STABLE marks a notice. */
  classification: Classification;
  /** One human sentence. */
  message: string;
  /** Paths, hashes, numbers that back the sentence. */
  evidence: Evidence;
}
