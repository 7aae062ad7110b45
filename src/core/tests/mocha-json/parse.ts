import type { ReportParser } from '../report-parser.js';
import * as z from 'zod';
import { makeCase, type TestCase, type TestRun } from '../model.js';

/** mocha's `json` reporter: stats, then tests / passes / pending / failures arrays. */
const test = z.looseObject({
  title: z.string(),
  fullTitle: z.string(),
  file: z.string().optional(),
  duration: z.number().optional(),
  err: z.looseObject({ message: z.string().optional(), stack: z.string().optional() }).optional(),
});
export const mochaReportSchema = z.looseObject({
  stats: z.looseObject({ tests: z.number() }),
  tests: z.array(test),
  pending: z.array(test).default([]),
  failures: z.array(test).default([]),
  passes: z.array(test).default([]),
});

/** True when the parsed JSON looks like a mocha report. */
export const isMochaReport = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && 'stats' in json && 'tests' in json && 'failures' in json;

/** Normalizes a mocha JSON report. Hook failures ("before all" hook) count as failed tests. */
export function parseMochaReport(json: unknown, root: string): TestRun {
  const r = mochaReportSchema.parse(json);
  const key = (t: z.infer<typeof test>): string => `${t.file ?? ''}\u0000${t.fullTitle}`;
  const failed = new Set(r.failures.map(key));
  const pending = new Set(r.pending.map(key));
  const all = [...r.tests, ...r.failures.filter((f) => !r.tests.some((t) => key(t) === key(f)))];
  const cases: TestCase[] = all.map((t) => {
    const suite = t.fullTitle.endsWith(t.title) ? t.fullTitle.slice(0, -t.title.length).trim() : '';
    const status = failed.has(key(t)) ? 'failed' : pending.has(key(t)) ? 'skipped' : 'passed';
    return makeCase(root, t.file ?? '', suite ? [suite] : [], t.title, status, {
      ...(status === 'failed' ? { message: t.err?.message ?? t.err?.stack ?? 'failed' } : {}),
      ...(t.duration !== undefined ? { durationMs: t.duration } : {}),
    });
  });
  return { formats: ['mocha-json'], cases, suiteErrors: [], success: null };
}

/** mocha's `json` reporter. */
export const mochaJsonParser: ReportParser<'mocha-json'> = {
  format: 'mocha-json',
  syntax: 'json',
  detect: (doc) => isMochaReport(doc.json),
  problem: () => null,
  parse: (doc, root) => parseMochaReport(doc.json, root),
};
