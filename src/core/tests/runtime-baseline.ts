import * as z from 'zod';
import type { Finding } from '../finding.js';
import { computeCounts, type TestRun, type TestStatus } from './model.js';

const status = z.enum(['passed', 'failed', 'skipped', 'todo', 'pending', 'cancelled']);

/** RUNTIME_BASELINE.json (SPEC §5), written by `driftgate seal --runtime` from a passing run. */
export const runtimeBaselineSchema = z.strictObject({
  version: z.literal(1),
  /** Commit the baseline was made on. */
  commit: z.string(),
  /** Verdict per stable test id. */
  tests: z.record(z.string(), status),
  totals: z.strictObject({
    passed: z.number().int().min(0),
    failed: z.number().int().min(0),
    skipped: z.number().int().min(0),
    todo: z.number().int().min(0),
    pending: z.number().int().min(0),
    cancelled: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  /** sha256 of each `outputs` file by workspace-relative path. */
  outputs: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

/** The runtime baseline. */
export type RuntimeBaseline = z.infer<typeof runtimeBaselineSchema>;

/** Parses RUNTIME_BASELINE.json; the error names the file, the place and what was expected. */
export function parseRuntimeBaseline(text: string, path: string): RuntimeBaseline {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: invalid JSON: ${(e as Error).message}`);
  }
  const r = runtimeBaselineSchema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new Error(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}

/** A baseline from a run and output hashes. Tests keyed by id, sorted, so the file diffs well. */
export function computeRuntimeBaseline(
  run: TestRun,
  outputs: Record<string, string>,
  commit: string,
): RuntimeBaseline {
  const tests = Object.fromEntries(
    [...run.cases].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => [c.id, c.status]),
  );
  const sortedOutputs = Object.fromEntries(Object.entries(outputs).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { version: 1, commit, tests, totals: computeCounts(run.cases), outputs: sortedOutputs };
}

/** Ids listed in a finding before "and N more". */
const MAX_IDS = 20;
const list = (ids: readonly string[]): string =>
  ids.slice(0, MAX_IDS).join(', ') + (ids.length > MAX_IDS ? ` and ${ids.length - MAX_IDS} more` : '');

/** PASS→not-passed and missing tests are PRODUCT_DRIFT; new passing tests a notice (SPEC §5). Failures are named by TESTS_FAILED. */
export function compareWithRuntimeBaseline(run: TestRun, baseline: RuntimeBaseline, path: string): Finding[] {
  const now = new Map(run.cases.map((c) => [c.id, c.status]));
  // A runner version that leaves the file out of its report (node:test JUnit on newer Node) gives
  // ids without the file: a baseline id "file > suite > name" is that test when one file holds it.
  const fileless = new Map(run.cases.filter((c) => c.file === '').map((c) => [c.id, c.status]));
  const statusOf = (id: string): TestStatus | undefined => {
    const exact = now.get(id);
    if (exact !== undefined || fileless.size === 0) return exact;
    const cut = id.indexOf(' > ');
    return cut > 0 ? fileless.get(id.slice(cut + 3)) : undefined;
  };
  const matched = new Set(
    Object.keys(baseline.tests).flatMap((id) => {
      const cut = id.indexOf(' > ');
      return cut > 0 && fileless.has(id.slice(cut + 3)) ? [id.slice(cut + 3)] : [];
    }),
  );
  const regressed: string[] = [];
  const missing: string[] = [];
  for (const [id, was] of Object.entries(baseline.tests)) {
    if (was !== 'passed') continue;
    const is = statusOf(id);
    if (is === undefined) missing.push(id);
    else if (is !== 'passed' && is !== 'failed') regressed.push(`${id} (passed → ${is})`);
  }
  const added = run.cases
    .filter((c) => c.status === 'passed' && !(c.id in baseline.tests) && !matched.has(c.id))
    .map((c) => c.id);
  const findings: Finding[] = [];
  if (regressed.length) {
    findings.push({
      code: 'TEST_REGRESSED',
      stage: 'tests',
      classification: 'PRODUCT_DRIFT',
      message: `${regressed.length} test(s) that passed in ${path} did not pass: ${list(regressed)}`,
      evidence: { tests: regressed.map((r) => r.replace(/ \(passed → \w+\)$/, '')), paths: [path] },
    });
  }
  if (missing.length) {
    findings.push({
      code: 'TEST_MISSING',
      stage: 'tests',
      classification: 'PRODUCT_DRIFT',
      message: `${missing.length} test(s) that passed in ${path} did not run: ${list(missing)}`,
      evidence: { tests: missing, paths: [path] },
    });
  }
  if (added.length) {
    findings.push({
      code: 'TEST_ADDED',
      stage: 'tests',
      classification: 'STABLE',
      message: `${added.length} new passing test(s) not in ${path}: ${list(added)}`,
      evidence: { tests: added, paths: [path] },
    });
  }
  return findings;
}

/** Output hashes compared with the baseline: changed or missing is PRODUCT_DRIFT, new is a notice. */
export function compareOutputs(
  observed: ReadonlyMap<string, string | null>,
  baseline: RuntimeBaseline,
  path: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const [file, expected] of Object.entries(baseline.outputs)) {
    const actual = observed.get(file);
    if (actual === undefined || actual === null) {
      findings.push({
        code: 'OUTPUT_MISSING',
        stage: 'tests',
        classification: 'PRODUCT_DRIFT',
        message: `output ${file} recorded in ${path} was not produced`,
        evidence: { paths: [file], expected },
      });
    } else if (actual !== expected) {
      findings.push({
        code: 'OUTPUT_CHANGED',
        stage: 'tests',
        classification: 'PRODUCT_DRIFT',
        message: `output ${file} differs from ${path}`,
        evidence: { paths: [file], expected, actual },
      });
    }
  }
  for (const [file, actual] of observed) {
    if (actual !== null && !(file in baseline.outputs)) {
      findings.push({
        code: 'OUTPUT_ADDED',
        stage: 'tests',
        classification: 'STABLE',
        message: `output ${file} is new (not in ${path})`,
        evidence: { paths: [file], actual },
      });
    }
  }
  return findings;
}
