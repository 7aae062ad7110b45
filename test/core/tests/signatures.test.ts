import { describe, expect, it } from 'vitest';
import { computeSignatureHits, SIGNATURES, type SignatureInput } from '../../../src/core/tests/signatures.js';

const input = (lines: string[], extra: Partial<SignatureInput> = {}): SignatureInput => ({
  lines,
  exitCode: 1,
  signal: null,
  timedOut: false,
  reportPaths: ['reports/vitest.json'],
  ...extra,
});
const ids = (i: SignatureInput) => computeSignatureHits(i).map((h) => h.id);

describe('tooling signatures the recorded cases do not show', () => {
  it.each([
    [['npm ERR! code ETARGET'], 'npm-ETARGET'],
    [['npm error code ENOTCACHED'], 'npm-ENOTCACHED'],
    [['npm error code ERESOLVE'], 'npm-ERESOLVE'],
    [['Error: Worker exited unexpectedly'], 'worker-crash'],
    [['Error: [vitest-pool]: Timeout starting forks runner.'], 'worker-crash'],
    [["MISSING DEPENDENCY  Cannot find dependency '@vitest/coverage-v8'"], 'vitest-startup-error'],
    [['● Validation Error:'], 'jest-config-error'],
    [['Preset ts-jest not found relative to rootDir /repo.'], 'jest-config-error'],
    [['Error: ENOSPC: no space left on device, write'], 'disk-full'],
    [["Error: EACCES: permission denied, open '/repo/reports/vitest.json'"], 'report-write-failed'],
    [['INTERNALERROR> Traceback (most recent call last):'], 'pytest-internal-error'],
    [['/usr/bin/python3: No module named pytest'], 'pytest-internal-error'],
  ])('%j → %s', (lines, id) => {
    expect(ids(input(lines))).toContain(id);
  });

  it('reads exit statuses and signals', () => {
    expect(ids(input([], { exitCode: 143 }))).toContain('killed');
    expect(ids(input([], { exitCode: 124 }))).toContain('killed');
    expect(ids(input([], { exitCode: null, signal: 'SIGTERM' }))).toContain('killed');
    expect(ids(input([], { exitCode: 134 }))).toContain('heap-out-of-memory');
    expect(ids(input([], { exitCode: 127 }))).toContain('command-not-found');
    expect(
      ids(
        input(
          [
            '============================= test session starts ==============================',
            'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
          ],
          { exitCode: 5 },
        ),
      ),
    ).toContain('no-tests');
    expect(ids(input([], { timedOut: true, exitCode: null, signal: 'SIGTERM' }))).toEqual([
      'driftgate-timeout',
      'killed',
    ]);
  });

  it('stays silent on a clean run and on product failures', () => {
    expect(
      ids(input([' Tests  1 failed | 3 passed (4)', 'AssertionError: expected 1 to be 2'], { exitCode: 1 })),
    ).toEqual([]);
    expect(ids(input(['ENOENT: no such file, open config.json'], { exitCode: 0 }))).toEqual([]);
  });

  it('has one entry per signature, each with a source', () => {
    expect(new Set(SIGNATURES.map((s) => s.id)).size).toBe(SIGNATURES.length);
    for (const s of SIGNATURES) expect(s.source.length, s.id).toBeGreaterThan(5);
  });
});
