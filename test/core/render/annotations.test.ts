import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding.js';
import { computeAnnotations } from '../../../src/core/render/annotations.js';

const f = (i: number, classification: Finding['classification'], path = `src/f${i}.js`): Finding => ({
  code: 'SEALED_MODIFIED',
  stage: 'seal',
  classification,
  message: `m${i}`,
  evidence: { paths: [path] },
});

describe('computeAnnotations', () => {
  it('keeps 10 per level, then one notice with the count left out', () => {
    const findings = [...Array.from({ length: 25 }, (_, i) => f(i, 'INCIDENT')), f(99, 'TOOLING_DRIFT')];
    const out = computeAnnotations(findings);
    expect(out.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(1);
    expect(out.at(-1)).toMatchObject({
      level: 'notice',
      message: expect.stringContaining('15 more error annotation(s)'),
    });
  });

  it('puts the file on the annotation unless its name cannot be a file property', () => {
    expect(computeAnnotations([f(1, 'INCIDENT')])[0]!.file).toBe('src/f1.js');
    expect(computeAnnotations([f(1, 'INCIDENT', 'a\nb')])[0]!.file).toBeUndefined();
  });

  it('puts each failing test on its file, with the line when the evidence has one', () => {
    const failed: Finding = {
      code: 'TESTS_FAILED',
      stage: 'tests',
      classification: 'PRODUCT_DRIFT',
      message: '2 test(s) failed: test/a.test.ts > adds, test/b.test.ts > s > subtracts',
      evidence: {
        tests: ['test/a.test.ts > adds', 'test/b.test.ts > s > subtracts'],
        output:
          'test/a.test.ts > adds: AssertionError: expected 1 to be 2\ntest/b.test.ts > s > subtracts: boom',
      },
    };
    expect(computeAnnotations([failed])).toEqual([
      {
        level: 'error',
        title: 'driftgate PRODUCT_DRIFT: TESTS_FAILED',
        message: 'test/a.test.ts > adds: AssertionError: expected 1 to be 2',
        file: 'test/a.test.ts',
      },
      {
        level: 'error',
        title: 'driftgate PRODUCT_DRIFT: TESTS_FAILED',
        message: 'test/b.test.ts > s > subtracts: boom',
        file: 'test/b.test.ts',
      },
    ]);
    const located = {
      ...failed,
      evidence: { ...failed.evidence, paths: ['test/a.test.ts', 'test/b.test.ts'], lines: [12, 30] },
    };
    expect(computeAnnotations([located]).map((a) => [a.file, a.line])).toEqual([
      ['test/a.test.ts', 12],
      ['test/b.test.ts', 30],
    ]);
    // A sealed file's lines are the manifest's: never put on the file.
    expect(
      computeAnnotations([{ ...f(1, 'INCIDENT'), evidence: { paths: ['src/f1.js'], lines: [3] } }])[0]!.line,
    ).toBeUndefined();
  });

  it('never attaches an annotation to a path outside the workspace', () => {
    expect(computeAnnotations([f(1, 'INCIDENT', '../etc/passwd')])[0]!.file).toBeUndefined();
  });
});
