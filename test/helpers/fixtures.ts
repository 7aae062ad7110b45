import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestsObservation } from '../../src/core/tests/decide.js';
import { readReport } from '../../src/core/tests/read-report.js';

/** The recorded runner cases (scripts/fixtures.mjs). */
export const FIXTURES = new URL('../fixtures/tests/', import.meta.url).pathname;

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

export const fixtureNames = (): string[] => readdirSync(FIXTURES).sort();

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
    readings: present.map((r) => readReport(r, readFileSync(join(dir, r)), meta.cwd)),
    staleReports: [],
    baseline: null,
    outputs: null,
  };
}
