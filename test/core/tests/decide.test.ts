import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify.js';
import { decideTests, renderDecisionTable } from '../../../src/core/tests/decide.js';
import { EXPECTED } from '../../helpers/expected.js';
import { fixtureNames, observationOf } from '../../helpers/fixtures.js';

describe('decideTests on every recorded runner case', () => {
  it('has an expectation for each fixture', () => {
    expect(fixtureNames()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name} → ${want.classification}`, () => {
      const { findings } = decideTests(observationOf(name));
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
    expect(readme).toContain(renderDecisionTable());
  });
});
