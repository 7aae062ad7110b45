import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify.js';
import {
  classifyTests,
  computePrimaryRun,
  renderTestsRuleTable,
} from '../../../src/core/tests/classify-tests.js';
import type { RuntimeBaseline } from '../../../src/core/tests/runtime-baseline.js';
import { EXPECTED } from '../../helpers/expected.js';
import { fixtureNames, observationOf } from '../../helpers/fixtures.js';

describe('classifyTests on the first recorded runner cases, finding by finding', () => {
  it('has each of them recorded', () => {
    expect(fixtureNames()).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name} → ${want.classification}`, () => {
      const { findings } = classifyTests(observationOf(name));
      const serious = findings.filter((f) => f.classification !== 'STABLE');
      expect(classify(findings)).toBe(want.classification);
      expect([...new Set(serious.map((f) => f.code))].sort()).toEqual([...want.codes].sort());
      const evidence = JSON.stringify(serious);
      for (const n of want.names ?? []) expect(evidence).toContain(JSON.stringify(n).slice(1, -1));
    });
  }
});

describe('the decision table', () => {
  it('in the README is the one generated from the rules', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(renderTestsRuleTable());
  });
});

/** A runtime baseline holding `ids` as passed. */
const baselineOf = (ids: string[]): RuntimeBaseline => ({
  version: 1,
  commit: 'c0ffee',
  tests: Object.fromEntries(ids.map((id) => [id, 'passed'])),
  totals: { passed: ids.length, failed: 0, skipped: 0, todo: 0, pending: 0, cancelled: 0, total: ids.length },
  outputs: {},
});
const withBaseline = (name: string, ids: string[]) => ({
  ...observationOf(name),
  baseline: { path: 'governance/RUNTIME_BASELINE.json', value: baselineOf(ids) },
});
const idsOf = (name: string) => computePrimaryRun(observationOf(name).readings).run!.cases.map((c) => c.id);

describe('evidence that explains why tests did not run wins over the runtime baseline', () => {
  it('jest with its transform preset gone: the baseline tests that did not run are TOOLING_DRIFT, quoting the cause', () => {
    const { findings } = classifyTests(
      withBaseline('m-jest-transform-missing', ['price.test.js > pricing > adds the tax']),
    );
    expect(classify(findings)).toBe('TOOLING_DRIFT');
    const missing = findings.find((f) => f.code === 'TEST_MISSING')!;
    expect(missing.classification).toBe('TOOLING_DRIFT');
    expect(missing.message).toContain("Cannot find module '@babel/preset-typescript-removed'");
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/: ● Test suite failed to run/);
  });

  it('a product that fails to import keeps its missing tests PRODUCT_DRIFT', () => {
    const { findings } = classifyTests(
      withBaseline('m-jest-import-missing', ['price.test.js > pricing > adds the tax']),
    );
    expect(classify(findings)).toBe('PRODUCT_DRIFT');
    expect(findings.find((f) => f.code === 'TEST_MISSING')!.classification).toBe('PRODUCT_DRIFT');
  });
});

describe('test identity survives a runner version that leaves the file out of its report', () => {
  it('node:test JUnit on Node 20 (no file) against a baseline made on Node 24 (file): nothing missing, nothing new', () => {
    const node24 = idsOf('m-node-test-24-pass');
    const node20 = idsOf('m-node-test-pass');
    expect(node24[0]).toMatch(/^price\.test\.mjs > /);
    expect(node20[0]).not.toMatch(/^price\.test\.mjs > /);
    const { findings } = classifyTests(withBaseline('m-node-test-pass', node24));
    expect(findings.filter((f) => f.code === 'TEST_MISSING' || f.code === 'TEST_ADDED')).toEqual([]);
    expect(classify(findings)).toBe('STABLE');
  });
});

describe('a failed test carries its file and line for annotations', () => {
  it('vitest: the failing test file and the line its stack points at', () => {
    const failed = classifyTests(observationOf('m-vitest-assertion')).findings.find(
      (f) => f.code === 'TESTS_FAILED',
    )!;
    expect(failed.evidence.paths).toEqual(['tests/price.test.js']);
    expect(failed.evidence.lines).toEqual([4]);
  });
});

describe('whether the tests demonstrably passed (what a pull request needs on TOOLING_DRIFT)', () => {
  it.each([
    ['m-vitest-pass', true],
    ['vitest-report-dir-unwritable', false],
    ['m-vitest-self-kill', false],
    ['m-vitest-assertion', false],
    ['vitest-pass-with-no-tests', false],
  ])('%s: %s', (name, passed) => {
    expect(classifyTests(observationOf(name)).passed).toBe(passed);
  });
});
