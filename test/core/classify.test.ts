import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, rankOf } from '../../src/core/classification.js';
import { classify, computeFails } from '../../src/core/classify.js';
import type { Finding } from '../../src/core/finding.js';

const finding = (classification: Finding['classification']): Finding => ({
  code: 'SEALED_MODIFIED',
  stage: 'seal',
  classification,
  message: 'x',
  evidence: {},
});

describe('classify', () => {
  it('is STABLE without findings', () => expect(classify([])).toBe('STABLE'));

  it('is the most severe finding, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CLASSIFICATIONS)), (cs) => {
        const expected = cs.reduce(
          (a, c) => (rankOf(c) > rankOf(a) ? c : a),
          'STABLE' as (typeof CLASSIFICATIONS)[number],
        );
        expect(classify(cs.map(finding))).toBe(expected);
        expect(classify([...cs].reverse().map(finding))).toBe(expected);
      }),
    );
  });
});

describe('computeFails', () => {
  it('always fails PRODUCT_DRIFT and INCIDENT; TOOLING_DRIFT only when asked', () => {
    expect(
      CLASSIFICATIONS.map((c) => [c, computeFails(c, 'PRODUCT_DRIFT'), computeFails(c, 'TOOLING_DRIFT')]),
    ).toEqual([
      ['STABLE', false, false],
      ['TOOLING_DRIFT', false, true],
      ['PRODUCT_DRIFT', true, true],
      ['INCIDENT', true, true],
    ]);
  });
});
