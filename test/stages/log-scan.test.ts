import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEntry, type EntryDraft } from '../../src/core/log/entry.js';
import { scanLog, scanLogLines } from '../../src/stages/log.js';

const id = (n: number) => `RTE_20261121_100000_${n.toString(16).padStart(8, '0')}`;
const observation = (n: number, classification: string, snapshot: boolean): EntryDraft =>
  ({
    type: 'OBSERVATION',
    event_id: id(n),
    timestamp: `2026-11-21T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    classification,
    commit: 'c'.repeat(40),
    ref: 'refs/heads/main',
    freezes_all: true,
    snapshot_id: snapshot ? `SNP_${n}` : null,
    frozen_by: null,
    manifest_sha256: null,
    observed_manifest_sha256: null,
    observed_runtime_baseline_sha256: null,
    run_url: null,
    findings: 0,
  }) as EntryDraft;
const decision = (n: number, reason: string): EntryDraft => ({
  type: 'DECISION',
  event_id: id(n),
  timestamp: '2026-11-21T11:00:00.000Z',
  decision: 'accept',
  by: 'octocat',
  reason,
  manifest_sha256: null,
  runtime_baseline_sha256: null,
  source: 'cli',
});

/** One line of a generated log: an entry, or bytes the scans meet in a log that did not hold. */
const lineArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom('STABLE', 'TOOLING_DRIFT', 'PRODUCT_DRIFT', 'INCIDENT')
      .map((c) => ({ kind: 'obs' as const, c, snap: false })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'obs' as const, c: 'STABLE', snap: true }) },
  // A decision whose reason names another entry's fields: a substring search must not be fooled.
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('ok', '"type":"OBSERVATION" "classification":"INCIDENT"', 'x\u00e9\u2192')
      .map((r) => ({ kind: 'dec' as const, r })),
  },
  // A freeze line that does not hold its schema (the line-by-line scan reports it).
  { weight: 1, arbitrary: fc.constant({ kind: 'badFreeze' as const }) },
);

function render(
  kinds: Array<{ kind: string; c?: string; snap?: boolean; r?: string }>,
  n0: number,
): string[] {
  return kinds.map((k, i) => {
    const n = n0 + i;
    if (k.kind === 'obs') return formatEntry(observation(n, k.c!, k.snap!), n, '0'.repeat(64), null).line;
    if (k.kind === 'dec') return formatEntry(decision(n, k.r!), n, '0'.repeat(64), null).line;
    return `{"classification":"INCIDENT","seq":${n},"type":"OBSERVATION"}`;
  });
}

describe('the log scan that searches bytes finds what the line-by-line scan finds', () => {
  it('on logs of any mix of lines, segments, byte order marks and cut last lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(lineArb, { maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.array(fc.nat(200), { maxLength: 4 }),
        (segments, boms, cut, witnessed) => {
          let n = 0;
          const segs = segments.map((kinds, i) => {
            const lines = render(kinds, n);
            n += kinds.length;
            let text = lines.map((l) => `${l}\n`).join('');
            if (cut[i] && text.length > 5) text = text.slice(0, -5);
            const bytes = new TextEncoder().encode(text);
            return boms[i] ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
          });
          const witnesses = new Set(witnessed.map(id));
          const slow = scanLogLines(segs, witnesses);
          const fast = scanLog(segs, witnesses);
          expect({ ...fast, found: [...fast.found].sort() }).toEqual({
            ...slow,
            found: [...slow.found].sort(),
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the last 500 observations, oldest first, across segments', () => {
    const lines = render(
      Array.from({ length: 1_200 }, (_, i) =>
        i % 7 === 0 ? { kind: 'dec', r: 'ok' } : { kind: 'obs', c: 'STABLE', snap: i === 3 },
      ),
      0,
    ).map((l) => `${l}\n`);
    const enc = new TextEncoder();
    const segs = [enc.encode(lines.slice(0, 700).join('')), enc.encode(lines.slice(700).join(''))];
    const fast = scanLog(segs, new Set([id(1), id(1_199), id(7)]));
    expect(fast).toEqual(scanLogLines(segs, new Set([id(1), id(1_199), id(7)])));
    expect(fast.recent).toHaveLength(500);
    expect(fast.lastSnapshotAt).toBe('2026-11-21T10:00:03.000Z');
    expect([...fast.found].sort()).toEqual([id(1), id(1_199)]);
  });
});
