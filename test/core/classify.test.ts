import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS } from '../../src/core/classification.js';
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
    // SPEC §2's order, written out here rather than taken from the code under test.
    const severity = ['STABLE', 'TOOLING_DRIFT', 'PRODUCT_DRIFT', 'INCIDENT'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CLASSIFICATIONS), { minLength: 1 }), (cs) => {
        const got = classify(cs.map(finding));
        expect(cs).toContain(got);
        for (const c of cs) expect(severity.indexOf(c)).toBeLessThanOrEqual(severity.indexOf(got));
        expect(classify([...cs].reverse().map(finding))).toBe(got);
      }),
    );
  });

  it('ranks as SPEC §2 says, on examples written out', () => {
    expect(
      classify(
        ['TOOLING_DRIFT', 'PRODUCT_DRIFT', 'STABLE'].map((c) => finding(c as Finding['classification'])),
      ),
    ).toBe('PRODUCT_DRIFT');
    expect(classify(['INCIDENT', 'TOOLING_DRIFT'].map((c) => finding(c as Finding['classification'])))).toBe(
      'INCIDENT',
    );
    expect(classify([finding('STABLE'), finding('TOOLING_DRIFT')])).toBe('TOOLING_DRIFT');
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
