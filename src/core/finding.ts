import * as z from 'zod';
import { CLASSIFICATIONS } from './classification.js';

/**
 * The stages of SPEC §1 that produce findings (the governance log's own findings are the freeze
 * stage's; the trusted side's config and template, the config stage's).
 */
export const STAGES = ['config', 'seal', 'invariants', 'tests', 'policy', 'freeze'] as const;
/** The stage that produced a finding. */
export type Stage = (typeof STAGES)[number];

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
  'POLICY_INVALID',
  'POLICY_NOTICE',
  'LOG_REWRITTEN',
  'LOG_INVALID',
  'LOG_REWOUND',
  'LOG_BRANCH_UNPROTECTED',
  'FROZEN',
  'CONFIG_CHANGED',
  'CONFIG_INVALID',
  'TEMPLATE_REFUSED',
  'BASELINE_ABSENT',
  'GIT_CONFIG_CHANGED',
  'RUNTIME_PATH_REFUSED',
] as const;

/** One finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** What a finding points at; every field optional, filled as the evidence allows. */
export const evidenceSchema = z.strictObject({
  /** Workspace-relative paths involved (display form: escaped per coreutils when needed). */
  paths: z.array(z.string()).optional(),
  /** Manifest line numbers (1-based) involved. */
  lines: z.array(z.number().int()).optional(),
  /** Expected sha256 (from the baseline). */
  expected: z.string().optional(),
  /** Observed sha256. */
  actual: z.string().optional(),
  /** Commits involved. */
  commits: z.array(z.string()).optional(),
  /** Invariant id (e.g. INV-D-01). */
  invariant: z.string().optional(),
  /** Command that was run. */
  command: z.string().optional(),
  /** Exit code of that command. */
  exitCode: z.number().int().nullable().optional(),
  /** Tail of captured output, ANSI stripped. */
  output: z.string().optional(),
  /** Stable test ids involved. */
  tests: z.array(z.string()).optional(),
  /** Tooling signature id that matched. */
  signature: z.string().optional(),
  /** Policy rule ids involved. */
  rules: z.array(z.string()).optional(),
  /** Free-form detail (old/new mode, ref, error code). */
  detail: z.string().optional(),
});

/** What a finding points at. */
export type Evidence = z.infer<typeof evidenceSchema>;

/** One observation of one stage: a code, a classification, a sentence and its evidence. */
export const findingSchema = z.strictObject({
  /** Stable machine code. */
  code: z.enum(FINDING_CODES),
  /** Stage that produced it. */
  stage: z.enum(STAGES),
  /** Severity of this finding alone; STABLE marks a notice. */
  classification: z.enum(CLASSIFICATIONS),
  /** One human sentence. */
  message: z.string(),
  /** Paths, hashes, numbers that back the sentence. */
  evidence: evidenceSchema,
});

/** One finding. */
export type Finding = z.infer<typeof findingSchema>;
