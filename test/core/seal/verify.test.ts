import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DETAILED,
  observationAt,
  observationList,
  PLAIN,
  PLAIN_EXECUTABLE,
  type FileObservation,
  type GitMode,
  type Observations,
} from '../../../src/core/seal/observation.js';
import { computeSealFindings, planSeal } from '../../../src/core/seal/verify.js';

/** Observations given in full, packed (every one DETAILED). */
function packObservations(list: readonly FileObservation[]): Observations {
  return {
    length: list.length,
    kinds: new Uint8Array(list.length).fill(DETAILED),
    digests: new Uint8Array(0),
    details: new Map(list.map((o, i) => [i, o])),
  };
}

const enc = new TextEncoder();
const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** How one file was seen, as the workspace packs it. */
type Seen =
  { kind: 'plain' | 'executable'; digest: Uint8Array } | { kind: 'detailed'; observation: FileObservation };

/** The observations of `seen` packed as the workspace hands them over: plain files as digest bytes. */
function packed(seen: readonly Seen[]): Observations {
  const digests = new Uint8Array(32 * seen.length);
  const kinds = new Int32Array(seen.length);
  const details = new Map<number, FileObservation>();
  seen.forEach((s, i) => {
    if (s.kind === 'detailed') {
      kinds[i] = DETAILED;
      details.set(i, s.observation);
    } else {
      kinds[i] = s.kind === 'plain' ? PLAIN : PLAIN_EXECUTABLE;
      digests.set(s.digest, 32 * i);
    }
  });
  return { length: seen.length, kinds, digests, details };
}

const digest = fc.uint8Array({ minLength: 32, maxLength: 32 });
const seenArb: fc.Arbitrary<Seen> = fc.oneof(
  fc.record({ kind: fc.constantFrom('plain' as const, 'executable' as const), digest }),
  fc.record({
    kind: fc.constant('detailed' as const),
    observation: fc.oneof(
      fc.constant<FileObservation>({ state: 'missing' }),
      fc.constant<FileObservation>({ state: 'unreadable', error: 'EACCES' }),
      fc.constant<FileObservation>({ state: 'escapes', detail: 'links to /etc/passwd' }),
      digest.map<FileObservation>((d) => ({
        state: 'ok',
        sha256: hexOf(d),
        executable: false,
        symlink: true,
        linkedFolder: null,
      })),
    ),
  }),
);

describe('computeSealFindings on packed observations', () => {
  it('judges digest bytes exactly as the full observations they stand for', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(seenArb, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (files, withModes) => {
          // Each file's manifest line expects its digest (or another one), upper or lower case.
          const lines = files.map(([s, same, upper], i) => {
            const seenHex =
              s.kind === 'detailed'
                ? s.observation.state === 'ok'
                  ? s.observation.sha256
                  : '0'.repeat(64)
                : hexOf(s.digest);
            const expected = same ? seenHex : 'a'.repeat(64);
            return `${upper ? expected.toUpperCase() : expected}  dir/f ${i}\n`;
          });
          const plan = planSeal(
            'BASELINE_REF.sha256',
            { state: 'present', bytes: enc.encode(lines.join('')) },
            { state: 'no-ref' },
            null,
          );
          const modes: Map<string, GitMode> | null = withModes
            ? new Map(files.map((_, i) => [`dir/f ${i}`, i % 2 ? '100755' : '100644'] as const))
            : null;
          const input = {
            manifestPath: 'BASELINE_REF.sha256',
            plan,
            sealedMatches: null,
            baselineModes: modes,
          };
          const fast = computeSealFindings({ ...input, observations: packed(files.map(([s]) => s)) });
          const full = packObservations(observationList(packed(files.map(([s]) => s))));
          const slow = computeSealFindings({ ...input, observations: full });
          expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(slow)));
          expect(fast.verdicts.map((v) => [v.line, v.path, v.status])).toEqual(
            slow.verdicts.map((v) => [v.line, v.path, v.status]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the modified file with both digests, and a changed mode, from bytes alone', () => {
    const a = new Uint8Array(32).fill(0xab);
    const b = new Uint8Array(32).fill(0xcd);
    const manifest = `${hexOf(a)}  ok.txt\n${hexOf(a).toUpperCase()}  changed.txt\n${hexOf(b)}  run.sh\n`;
    const plan = planSeal('M', { state: 'present', bytes: enc.encode(manifest) }, { state: 'no-ref' }, null);
    const result = computeSealFindings({
      manifestPath: 'M',
      plan,
      observations: packed([
        { kind: 'plain', digest: a },
        { kind: 'plain', digest: b },
        { kind: 'executable', digest: b },
      ]),
      sealedMatches: null,
      baselineModes: new Map([['run.sh', '100644']]),
    });
    expect(result.verdicts.map((v) => [v.path, v.status])).toEqual([
      ['ok.txt', 'OK'],
      ['changed.txt', 'FAILED'],
      ['run.sh', 'OK'],
    ]);
    expect(JSON.parse(JSON.stringify(result.verdicts[0]))).toEqual({ line: 1, path: 'ok.txt', status: 'OK' });
    expect(result.findings.map((f) => [f.code, f.evidence])).toEqual([
      ['SEALED_MODIFIED', { paths: ['changed.txt'], lines: [2], expected: hexOf(a), actual: hexOf(b) }],
      ['SEALED_MODE_CHANGED', { paths: ['run.sh'], lines: [3], detail: '100644 -> 100755' }],
    ]);
  });

  it('refuses observations that do not match the entries one for one', () => {
    const plan = planSeal(
      'M',
      { state: 'present', bytes: enc.encode(`${'0'.repeat(64)}  a\n`) },
      { state: 'no-ref' },
      null,
    );
    expect(() =>
      computeSealFindings({
        manifestPath: 'M',
        plan,
        observations: packed([]),
        sealedMatches: null,
        baselineModes: null,
      }),
    ).toThrow(/0 observations of 1 entries/);
  });
});

describe('packed observations', () => {
  it('unpack to the full observation of each name, and back', () => {
    const d = new Uint8Array(32).map((_, i) => i);
    const gone: FileObservation = { state: 'missing' };
    const o = packed([
      { kind: 'executable', digest: d },
      { kind: 'detailed', observation: gone },
    ]);
    expect(observationAt(o, 0)).toEqual({
      state: 'ok',
      sha256: hexOf(d),
      executable: true,
      symlink: false,
      linkedFolder: null,
    });
    expect(observationAt(o, 1)).toBe(gone);
    expect(observationList(packObservations(observationList(o)))).toEqual(observationList(o));
  });
});
