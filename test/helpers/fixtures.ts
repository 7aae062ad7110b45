import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestsObservation } from '../../src/core/tests/classify-tests.js';
import { parseReport } from '../../src/core/tests/parse-report.js';

/** The recorded runner cases (scripts/fixtures.mjs). */
export const FIXTURES = import.meta.url.startsWith('file:')
  ? new URL('../fixtures/tests/', import.meta.url).pathname
  : // Bundled in memory by scripts/import-ts.mjs (npm run docs), which runs from the repository root.
    join(process.cwd(), 'test/fixtures/tests/');

/** What scripts/fixtures.mjs recorded for a case. */
export interface FixtureMeta {
  case: string;
  command: string;
  cwd: string;
  exitCode: number | null;
  signal: string | null;
  reports: string[];
  written: string[];
}

/** The recorded cases: folders holding a meta.json (a case being recorded has none yet). */
export const fixtureNames = (): string[] =>
  readdirSync(FIXTURES)
    .filter((n) => existsSync(join(FIXTURES, n, 'meta.json')))
    .sort();

export function readFixture(name: string): { meta: FixtureMeta; dir: string; console: string } {
  const dir = join(FIXTURES, name);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as FixtureMeta;
  return { meta, dir, console: readFileSync(join(dir, 'console.txt'), 'utf8') };
}

/** The observation the tests stage would have made of a recorded case. */
export function observationOf(name: string): TestsObservation {
  const { meta, dir, console } = readFixture(name);
  const present = meta.reports.filter((r) => existsSync(join(dir, r)));
  return {
    command: meta.command,
    exitCode: meta.exitCode,
    signal: meta.signal,
    timedOut: false,
    console,
    reportPatterns: meta.reports,
    unmatchedPatterns: meta.reports.filter((r) => !present.includes(r)),
    readings: present.map((r) => parseReport(r, readFileSync(join(dir, r)), meta.cwd)),
    staleReports: [],
    baseline: null,
    outputs: null,
  };
}
