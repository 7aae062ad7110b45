/** Status of one test case, across runners. */
export type TestStatus = 'passed' | 'failed' | 'skipped' | 'todo' | 'pending' | 'cancelled';

/** Report formats driftgate reads (detected from content, never from the file name). */
export const REPORT_FORMATS = ['jest-json', 'junit-xml', 'tap', 'mocha-json'] as const;
/** One report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One test case, normalized. */
export interface TestCase {
  /** Stable id: workspace-relative file, suite path and name joined by " > " (no durations, no absolute paths). */
  id: string;
  /** Workspace-relative file, or "" when the format does not say. */
  file: string;
  suite: string[];
  name: string;
  status: TestStatus;
  /** First lines of the failure message (failed tests only). */
  message?: string;
  durationMs?: number;
}

/** A test file that failed before any of its tests ran (import error, missing setup file). */
export interface SuiteError {
  file: string;
  message: string;
}

/** What one report (or several merged) says. */
export interface TestRun {
  formats: ReportFormat[];
  cases: TestCase[];
  suiteErrors: SuiteError[];
  /** The runner's own verdict, when the format carries one (jest/vitest `success`). */
  success: boolean | null;
}

/** Counts by status. */
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
  pending: number;
  cancelled: number;
  total: number;
}

/** Counts of a run's cases. */
export function computeCounts(cases: readonly TestCase[]): TestCounts {
  const c: TestCounts = {
    passed: 0,
    failed: 0,
    skipped: 0,
    todo: 0,
    pending: 0,
    cancelled: 0,
    total: cases.length,
  };
  for (const t of cases) c[t.status]++;
  return c;
}

/** A workspace-relative path from whatever a runner wrote (absolute under `root`, "./x", Windows separators). */
export function relativeTo(root: string, file: string): string {
  let f = file.replace(/\\/g, '/');
  if (f.startsWith('file://')) f = f.slice('file://'.length);
  const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
  if (r && f.startsWith(`${r}/`)) f = f.slice(r.length + 1);
  return f.replace(/^(\.\/)+/, '');
}

/** The stable id of a case. */
export function computeTestId(file: string, suite: readonly string[], name: string): string {
  return [file, ...suite, name].filter((s) => s !== '').join(' > ');
}

/** First lines of a failure message, ANSI-free, for evidence. */
export function shortMessage(text: string, lines = 6): string {
  return text.replace(/\r\n/g, '\n').split('\n').slice(0, lines).join('\n').trim().slice(0, 2000);
}

/** Builds a case with its id. */
export function makeCase(
  root: string,
  file: string,
  suite: string[],
  name: string,
  status: TestStatus,
  extra: { message?: string; durationMs?: number } = {},
): TestCase {
  const rel = file ? relativeTo(root, file) : '';
  const c: TestCase = { id: computeTestId(rel, suite, name), file: rel, suite, name, status };
  if (extra.message) c.message = shortMessage(extra.message);
  if (extra.durationMs !== undefined && Number.isFinite(extra.durationMs)) c.durationMs = extra.durationMs;
  return c;
}

/** Several reports (shards, matrix jobs) as one run; ids made unique in order of appearance. */
export function mergeRuns(runs: readonly TestRun[]): TestRun {
  const seen = new Map<string, number>();
  const cases: TestCase[] = [];
  for (const run of runs) {
    for (const c of run.cases) {
      const n = (seen.get(c.id) ?? 0) + 1;
      seen.set(c.id, n);
      cases.push(n === 1 ? c : { ...c, id: `${c.id} #${n}` });
    }
  }
  const verdicts = runs.map((r) => r.success).filter((s): s is boolean => s !== null);
  return {
    formats: [...new Set(runs.flatMap((r) => r.formats))],
    cases,
    suiteErrors: runs.flatMap((r) => r.suiteErrors),
    success: verdicts.length ? verdicts.every(Boolean) : null,
  };
}
