import type { ReportParser } from '../report-parser.js';
import * as z from 'zod';
import { makeCase, type TestCase, type TestRun, type TestStatus } from '../model.js';

/**
 * The jest JSON report (`jest --json`), which vitest's `json` reporter also writes:
 * testResults[] per file, assertionResults[] per test.
 */
const assertion = z.looseObject({
  ancestorTitles: z.array(z.string()).default([]),
  title: z.string(),
  status: z.string(),
  failureMessages: z.array(z.string()).nullish(),
  duration: z.number().nullish(),
});
const fileResult = z.looseObject({
  name: z.string(),
  status: z.string().optional(),
  message: z.string().optional(),
  testExecError: z.unknown().optional(),
  assertionResults: z.array(assertion).default([]),
});
export const jestReportSchema = z.looseObject({
  numTotalTests: z.number(),
  success: z.boolean().optional(),
  testResults: z.array(fileResult),
});

const STATUS: Record<string, TestStatus> = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  pending: 'skipped',
  disabled: 'skipped',
  todo: 'todo',
  focused: 'passed',
};

/** True when the parsed JSON looks like a jest/vitest report. */
export const isJestReport = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && 'testResults' in json && 'numTotalTests' in json;

/** Normalizes a jest/vitest JSON report. Throws on a shape it cannot read. */
export function parseJestReport(json: unknown, root: string): TestRun {
  const report = jestReportSchema.parse(json);
  const cases: TestCase[] = [];
  const suiteErrors: TestRun['suiteErrors'] = [];
  for (const file of report.testResults) {
    for (const a of file.assertionResults) {
      cases.push(
        makeCase(root, file.name, a.ancestorTitles, a.title, STATUS[a.status] ?? 'pending', {
          ...(a.failureMessages?.length ? { message: a.failureMessages.join('\n') } : {}),
          ...(a.duration != null ? { durationMs: a.duration } : {}),
        }),
      );
    }
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      suiteErrors.push({
        file: makeCase(root, file.name, [], '', 'failed').file,
        message: file.message?.trim() || 'test file failed to run',
      });
    }
  }
  return { formats: ['jest-json'], cases, suiteErrors, success: report.success ?? null };
}

/** jest and vitest JSON (`--json`, `--reporter=json`). */
export const jestJsonParser: ReportParser<'jest-json'> = {
  format: 'jest-json',
  syntax: 'json',
  detect: (doc) => isJestReport(doc.json),
  problem: () => null,
  parse: (doc, root) => parseJestReport(doc.json, root),
};
