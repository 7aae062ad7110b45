import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCounts, mergeRuns } from '../../../src/core/tests/model.js';
import { parseReport, type ReportReading } from '../../../src/core/tests/parse-report.js';
import { REPORT_FORMATS, REPORT_PARSERS } from '../../../src/core/tests/report-formats.js';
import { FIXTURES, readFixture } from '../../helpers/fixtures.js';

function read(name: string, report: string): ReportReading {
  const { meta, dir } = readFixture(name);
  return parseReport(report, readFileSync(join(dir, report)), meta.cwd);
}
function run(name: string, report: string) {
  const r = read(name, report);
  if (r.state !== 'ok') throw new Error(`${name}/${report}: ${r.state}`);
  return r;
}
const ids = (name: string, report: string) => run(name, report).run.cases.map((c) => `${c.status} ${c.id}`);

describe('parseReport detects the format from content and keeps ids stable', () => {
  it('vitest JSON and vitest JUnit give the same ids', () => {
    const expected = [
      'failed tests/ledger.test.js > ledger > sums entries',
      'skipped tests/ledger.test.js > ledger > reconciles with the bank',
      'todo tests/ledger.test.js > ledger > exports to CSV',
      'passed tests/ledger.test.js > ledger > keeps order',
      'passed tests/price.test.js > pricing > adds the tax',
      'passed tests/price.test.js > pricing > rounds to the cent',
      'passed tests/price.test.js > pricing > edge cases > keeps zero at zero',
    ].sort();
    expect(run('vitest-mixed', 'reports/vitest.json').format).toBe('jest-json');
    expect(ids('vitest-mixed', 'reports/vitest.json').sort()).toEqual(expected);
    expect(run('vitest-mixed', 'reports/vitest-junit.xml').format).toBe('junit-xml');
    // JUnit has no todo status: vitest writes todo tests as skipped.
    expect(ids('vitest-mixed', 'reports/vitest-junit.xml').sort()).toEqual(
      expected.map((e) => e.replace(/^todo /, 'skipped ')).sort(),
    );
  });

  it('jest JSON and jest-junit', () => {
    expect(ids('jest-mixed', 'reports/jest.json')).toEqual([
      'passed price.test.js > pricing > adds the tax',
      'failed price.test.js > pricing > applies a discount',
      'skipped price.test.js > pricing > handles currencies',
      'todo price.test.js > pricing > handles negative amounts',
    ]);
    expect(ids('jest-mixed', 'reports/junit.xml')).toEqual([
      'passed pricing > pricing adds the tax',
      'failed pricing > pricing applies a discount',
      'skipped pricing > pricing handles currencies',
      'passed pricing > pricing handles negative amounts',
    ]);
  });

  it('node:test TAP and JUnit, with nested suites and top-level tests', () => {
    expect(ids('node-test-mixed', 'reports/node.tap')).toEqual([
      'passed pricing > adds the tax',
      'failed pricing > applies a discount',
      'skipped pricing > handles currencies',
      'todo pricing > handles negative amounts',
    ]);
    // Node 24 names the file in its JUnit; Node 20 does not (the runtime baseline matches both).
    expect(ids('m-node-test-24-pass', 'reports/node-junit.xml')).toEqual([
      'passed price.test.mjs > pricing > adds the tax',
      'passed price.test.mjs > pricing > rounds to the cent',
      'passed price.test.mjs > top-level test',
    ]);
    expect(ids('node-test-pass', 'reports/node-junit.xml')).toEqual([
      'passed pricing > adds the tax',
      'passed pricing > rounds to the cent',
      'passed top-level test',
    ]);
  });

  it('registers every format once, with detect and parse, and finds each in a real report', () => {
    expect(REPORT_FORMATS).toEqual(['jest-json', 'mocha-json', 'junit-xml', 'tap']);
    expect(new Set(REPORT_FORMATS).size).toBe(REPORT_PARSERS.length);
    const found = new Set(
      [
        ['vitest-pass', 'reports/vitest.json'],
        ['mocha-pass', 'reports/mocha.json'],
        ['m-tap-pass', 'reports/tap-junit.xml'],
        ['m-ava-pass', 'reports/ava.tap'],
      ].map(([name, report]) => run(name!, report!).format),
    );
    expect([...found].sort()).toEqual([...REPORT_FORMATS].sort());
  });

  it('mocha JSON and pytest JUnit', () => {
    expect(ids('mocha-mixed', 'reports/mocha.json')).toEqual([
      'passed price.spec.cjs > pricing > adds the tax',
      'failed price.spec.cjs > pricing > applies a discount',
      'skipped price.spec.cjs > pricing > handles currencies',
      'skipped price.spec.cjs > pricing > handles negative amounts',
    ]);
    expect(ids('pytest-mixed', 'reports/pytest.xml')).toEqual([
      'passed test_price > test_adds_the_tax',
      'failed test_price > test_applies_a_discount',
      'skipped test_price > test_handles_currencies',
      'passed test_price.TestRounding > test_rounds_to_the_cent',
    ]);
  });

  it('reads a file that failed to load as a suite error, not a test', () => {
    const r = run('vitest-setup-missing', 'reports/vitest-junit.xml').run;
    expect(r.cases).toEqual([]);
    expect(r.suiteErrors.map((s) => s.file).sort()).toEqual(['tests/ledger.test.js', 'tests/price.test.js']);
    expect(run('vitest-import-fail', 'reports/vitest.json').run.suiteErrors.map((s) => s.file)).toEqual([
      'tests/report.test.js',
    ]);
  });

  it('keeps the failure message as evidence', () => {
    const failed = run('jest-mixed', 'reports/jest.json').run.cases.find((c) => c.status === 'failed')!;
    expect(failed.message).toContain('Expected: 910');
  });

  it('says why a file is not a usable report', () => {
    expect(read('vitest-report-truncated', 'reports/vitest.json')).toMatchObject({ state: 'truncated' });
    expect(read('vitest-report-empty', 'reports/vitest.json')).toMatchObject({ state: 'empty' });
    expect(read('vitest-report-foreign', 'reports/vitest.json')).toMatchObject({ state: 'not-a-report' });
    const xml = readFileSync(join(FIXTURES, 'pytest-mixed/reports/pytest.xml'), 'utf8');
    expect(parseReport('x.xml', new TextEncoder().encode(xml.slice(0, xml.length / 2)), '/')).toMatchObject({
      state: 'truncated',
    });
    const tap = readFileSync(join(FIXTURES, 'node-test-pass/reports/node.tap'), 'utf8');
    expect(
      parseReport('x.tap', new TextEncoder().encode(tap.slice(0, tap.indexOf('1..2'))), '/'),
    ).toMatchObject({ state: 'truncated' });
    expect(
      parseReport('x', new TextEncoder().encode('<html><body>502 Bad Gateway</body></html>'), '/'),
    ).toMatchObject({ state: 'not-a-report' });
  });

  it('merges shards into one run, ids made unique', () => {
    const a = run('jest-pass', 'reports/jest.json').run;
    const b = run('jest-mixed', 'reports/jest.json').run;
    const merged = mergeRuns([a, b]);
    expect(computeCounts(merged.cases)).toMatchObject({ passed: 4, failed: 1, total: 7 });
    expect(merged.cases.map((c) => c.id)).toContain('price.test.js > pricing > adds the tax #2');
    expect(merged.success).toBe(false);
  });

  it('never throws, whatever the bytes', () => {
    const real = readFileSync(join(FIXTURES, 'vitest-mixed/reports/vitest.json'));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat(real.length), (junk, cut) => {
        expect(() => parseReport('r', junk, '/')).not.toThrow();
        expect(() => parseReport('r', real.subarray(0, cut), '/')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
