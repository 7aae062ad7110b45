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
      message: expect.stringContaining('15 more error finding(s)'),
    });
  });

  it('puts the file on the annotation unless its name cannot be a file property', () => {
    expect(computeAnnotations([f(1, 'INCIDENT')])[0]!.file).toBe('src/f1.js');
    expect(computeAnnotations([f(1, 'INCIDENT', 'a\nb')])[0]!.file).toBeUndefined();
  });
});
