import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/event.js';
import { proveAppendOnly, segmentPath } from '../../../src/core/log/append-only.js';
import { formatEntry, GENESIS_PREV, type EntryDraft, type Observation } from '../../../src/core/log/entry.js';
import { computeFreeze, computeFreezeScope } from '../../../src/core/log/freeze.js';
import { readLog } from '../../../src/core/log/read.js';
import { sha256Hex } from '../../../src/core/event.js';

const enc = new TextEncoder();
const obs = (
  i: number,
  classification: 'STABLE' | 'PRODUCT_DRIFT' | 'INCIDENT' = 'STABLE',
  extra: Partial<EntryDraft> = {},
): EntryDraft =>
  ({
    type: 'OBSERVATION',
    event_id: `RTE_20261121_1000${String(i % 60).padStart(2, '0')}_${(i >>> 0).toString(16).padStart(8, '0')}`,
    timestamp: '2026-11-21T10:00:00.000Z',
    classification,
    commit: 'c'.repeat(40),
    ref: 'refs/heads/main',
    freezes_all: false,
    snapshot_id: null,
    frozen_by: null,
    manifest_sha256: null,
    observed_manifest_sha256: null,
    observed_runtime_baseline_sha256: null,
    run_url: null,
    findings: 0,
    ...extra,
  }) as EntryDraft;

/** A log of drafts, chained from the start; returns its bytes. */
function build(drafts: EntryDraft[], key: string | null = null): Uint8Array {
  let prev = GENESIS_PREV;
  const lines = drafts.map((d, seq) => {
    const { line } = formatEntry(d, seq, prev, key);
    prev = sha256Hex(line);
    return `${line}\n`;
  });
  return enc.encode(lines.join(''));
}

describe('log lines', () => {
  it('are canonical JSON and read back to the same entries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.nat(), reason: fc.string() }), { minLength: 1, maxLength: 20 }),
        (xs) => {
          const drafts = xs.map((x, i) =>
            i % 3 === 2
              ? ({
                  type: 'DECISION',
                  event_id: obs(x.n).event_id,
                  timestamp: '2026-11-21T10:00:00Z',
                  decision: 'accept',
                  by: 'alice',
                  reason: x.reason || 'ok',
                  manifest_sha256: null,
                  runtime_baseline_sha256: null,
                  source: 'cli',
                } as EntryDraft)
              : obs(x.n),
          );
          const bytes = build(drafts, 'k');
          const r = readLog(bytes, undefined, 'k');
          expect(r.errors).toEqual([]);
          expect(r.entries.map((e) => e.seq)).toEqual(drafts.map((_, i) => i));
          for (const line of new TextDecoder().decode(bytes).trimEnd().split('\n'))
            expect(canonicalJson(JSON.parse(line))).toBe(line);
        },
      ),
    );
  });

  it('reject a CR, a missing final newline, a non-canonical line, a bad MAC and a missing MAC', () => {
    const good = new TextDecoder().decode(build([obs(1), obs(2)], 'k'));
    const lines = good.trimEnd().split('\n');
    const err = (text: string, key: string | null = 'k') =>
      readLog(enc.encode(text), undefined, key).errors[0];
    expect(err(good.replace('\n', '\r\n'))).toMatchObject({ line: 1, reason: 'carriage return in the line' });
    expect(err(good.slice(0, -1))).toMatchObject({
      line: 2,
      reason: expect.stringContaining('no final newline'),
    });
    expect(
      err(`${JSON.stringify(JSON.parse(lines[0]!), null, 1).replace(/\n/g, '')}\n${lines[1]}\n`),
    ).toMatchObject({ line: 1, reason: expect.stringContaining('not canonical') });
    expect(err(good, 'other-key')).toMatchObject({
      line: 1,
      reason: expect.stringContaining('mac does not match'),
    });
    expect(err(new TextDecoder().decode(build([obs(1)])))).toMatchObject({
      reason: 'no mac, but a log-key is set',
    });
    expect(err(good, null)).toBeUndefined();
  });

  it("chain mode (whole-log verification) agrees with the full read on every mutation of a MAC'd log", () => {
    const good = new TextDecoder().decode(build([obs(1), obs(2, 'INCIDENT'), obs(3)], 'k'));
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.integer({ min: 32, max: 126 }), (at, code) => {
        const text = good.slice(0, at) + String.fromCharCode(code) + good.slice(at + 1);
        const full = readLog(enc.encode(text), undefined, 'k');
        const chain = readLog(enc.encode(text), undefined, 'k', 1, 'chain');
        expect(chain.errors.length).toBe(full.errors.length > 0 ? 1 : 0);
        if (full.errors.length === 0) expect(chain.next).toEqual(full.next);
        else expect(chain.errors[0]!.line).toBeLessThanOrEqual(full.errors[0]!.line);
      }),
      { numRuns: 300 },
    );
  });
});

describe('proveAppendOnly', () => {
  const base = Array.from({ length: 30 }, (_, i) => obs(i));

  it('accepts any number of appended lines, and checks only those', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), (cut) => {
        const before = build(base.slice(0, cut));
        const after = build(base);
        const p = proveAppendOnly([before], [after], null);
        expect(p.rewritten).toBeNull();
        expect(p.appended.errors).toEqual([]);
        expect(p.appended.entries.map((e) => e.seq)).toEqual(base.slice(cut).map((_, i) => cut + i));
      }),
    );
  });

  it('names the first line that differs when any byte of the earlier log changes', () => {
    const before = build(base);
    fc.assert(
      fc.property(fc.nat(before.length - 1), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const after = Uint8Array.from(before);
        after[at] = (after[at]! + delta) % 256;
        const line = new TextDecoder().decode(before.subarray(0, at)).split('\n').length;
        expect(proveAppendOnly([before], [after], null).rewritten?.line).toBe(line);
      }),
    );
  });

  it('catches removed, reordered and truncated lines', () => {
    const before = build(base);
    const lines = new TextDecoder()
      .decode(before)
      .trimEnd()
      .split('\n')
      .map((l) => `${l}\n`);
    const removed = enc.encode([...lines.slice(0, 5), ...lines.slice(6)].join(''));
    const reordered = enc.encode([...lines.slice(0, 7), lines[8]!, lines[7]!, ...lines.slice(9)].join(''));
    const truncated = before.subarray(0, before.length - 40);
    expect(proveAppendOnly([before], [removed], null).rewritten?.line).toBe(6);
    expect(proveAppendOnly([before], [reordered], null).rewritten?.line).toBe(8);
    expect(proveAppendOnly([before], [truncated], null).rewritten).toMatchObject({
      line: 30,
      reason: expect.stringContaining('removed or truncated'),
    });
  });

  it('rejects appended lines that do not continue the chain', () => {
    const before = build(base.slice(0, 10));
    const forged = enc.encode(new TextDecoder().decode(before) + new TextDecoder().decode(build([obs(99)])));
    expect(proveAppendOnly([before], [forged], null).appended.errors[0]).toMatchObject({
      line: 11,
      reason: expect.stringContaining('seq 0'),
    });
  });

  it('reads segments as one log, across a rollover', () => {
    const all = build(base);
    const cut = new TextDecoder().decode(all).split('\n').slice(0, 20).join('\n').length + 1;
    const before = [all.subarray(0, cut)];
    const after = [all.subarray(0, cut), all.subarray(cut)];
    expect(proveAppendOnly(before, after, null)).toMatchObject({ rewritten: null, appended: { errors: [] } });
    expect(segmentPath('governance/GOVERNANCE_LOG.ndjson', 3)).toBe(
      'governance/GOVERNANCE_LOG.000003.ndjson',
    );
  });
});

describe('computeFreeze', () => {
  const decision = (
    event_id: string,
    d: 'accept' | 'investigate' | 'rollback',
    manifest: string | null = null,
  ) =>
    ({
      type: 'DECISION',
      seq: 0,
      prev: GENESIS_PREV,
      event_id,
      timestamp: '2026-11-21T10:00:00Z',
      decision: d,
      by: 'alice',
      reason: 'r',
      manifest_sha256: manifest,
      runtime_baseline_sha256: null,
      source: 'cli',
    }) as const;
  const o = (i: number, c: 'STABLE' | 'PRODUCT_DRIFT' | 'INCIDENT', extra: Partial<EntryDraft> = {}) =>
    ({ ...obs(i, c, extra), seq: i, prev: GENESIS_PREV }) as unknown as Observation;

  it('freezes the ref of an undecided PRODUCT_DRIFT or INCIDENT; the default branch freezes all', () => {
    const inc = o(1, 'INCIDENT', { ref: 'refs/pull/7/merge' });
    expect(computeFreeze([inc], 'refs/pull/7/merge', true).frozenBy?.event_id).toBe(inc.event_id);
    expect(computeFreeze([inc], 'refs/heads/main', true).frozenBy).toBeNull();
    const onMain = o(2, 'PRODUCT_DRIFT', { freezes_all: true });
    expect(computeFreeze([onMain], 'refs/pull/9/merge', true).frozenBy?.event_id).toBe(onMain.event_id);
    expect(computeFreeze([o(3, 'STABLE')], 'refs/heads/main', true).frozenBy).toBeNull();
  });

  it('lifts on accept, keeps on investigate, lifts on rollback once the seal is clean', () => {
    const inc = o(1, 'INCIDENT', { observed_manifest_sha256: 'a'.repeat(64) });
    expect(
      computeFreeze([inc, decision(inc.event_id, 'investigate')], 'refs/heads/main', true).frozenBy,
    ).not.toBeNull();
    expect(
      computeFreeze([inc, decision(inc.event_id, 'accept', 'a'.repeat(64))], 'refs/heads/main', true),
    ).toMatchObject({
      frozenBy: null,
      acceptedManifests: new Set(['a'.repeat(64)]),
    });
    expect(
      computeFreeze([inc, decision(inc.event_id, 'rollback')], 'refs/heads/main', false).frozenBy,
    ).not.toBeNull();
    expect(
      computeFreeze([inc, decision(inc.event_id, 'rollback')], 'refs/heads/main', true).frozenBy,
    ).toBeNull();
  });

  it('honours an accepted manifest only from a decision on an existing, open event that observed it', () => {
    const inc = o(1, 'INCIDENT', { observed_manifest_sha256: 'a'.repeat(64) });
    const accepted = (entries: Parameters<typeof computeFreeze>[0]) =>
      computeFreeze(entries, 'refs/heads/main', true).acceptedManifests;
    // A decision naming an event that does not exist.
    expect(accepted([inc, decision('RTE_20261121_100000_deadbeef', 'accept', 'a'.repeat(64))])).toEqual(
      new Set(),
    );
    // A decision before the event it names.
    expect(accepted([decision(inc.event_id, 'accept', 'a'.repeat(64)), inc])).toEqual(new Set());
    // An accept of a manifest the event did not observe.
    expect(accepted([inc, decision(inc.event_id, 'accept', 'b'.repeat(64))])).toEqual(new Set());
    // A second accept on an event already accepted.
    expect(
      accepted([inc, decision(inc.event_id, 'accept'), decision(inc.event_id, 'accept', 'a'.repeat(64))]),
    ).toEqual(new Set());
    // A run made while frozen is no event to decide.
    const frozen = o(2, 'INCIDENT', { frozen_by: inc.event_id, observed_manifest_sha256: 'b'.repeat(64) });
    expect(accepted([inc, frozen, decision(frozen.event_id, 'accept', 'b'.repeat(64))])).toEqual(new Set());
    // A pull request's PRODUCT_DRIFT froze nothing, and may still be accepted.
    const pd = o(3, 'PRODUCT_DRIFT', { freezes: false, observed_manifest_sha256: 'c'.repeat(64) });
    expect(accepted([pd, decision(pd.event_id, 'accept', 'c'.repeat(64))])).toEqual(
      new Set(['c'.repeat(64)]),
    );
    expect(accepted([inc, decision(inc.event_id, 'accept', 'a'.repeat(64))])).toEqual(
      new Set(['a'.repeat(64)]),
    );
  });

  it('accepts a changed config file or workflow only as the decided event observed it', () => {
    const [c, w, x] = ['c', 'd', 'e'].map((h) => h.repeat(64)) as [string, string, string];
    const pd = o(1, 'PRODUCT_DRIFT', {
      freezes: false,
      ref: 'refs/pull/7/merge',
      observed_config_sha256: c,
      observed_workflow_sha256: w,
    });
    const decide = (config: string | null, workflow: string | null, id = pd.event_id) => ({
      ...decision(id, 'accept'),
      config_sha256: config,
      workflow_sha256: workflow,
    });
    const configs = (entries: Parameters<typeof computeFreeze>[0]) =>
      computeFreeze(entries, 'refs/pull/7/merge', true).acceptedConfigs;
    expect(configs([pd, decide(c, w)])).toEqual(new Set([c, w]));
    expect(configs([pd, decide(x, null)])).toEqual(new Set());
    expect(configs([pd, decide(c, null, 'RTE_20261121_100000_deadbeef')])).toEqual(new Set());
    expect(configs([decide(c, null), pd])).toEqual(new Set());
    expect(configs([pd, { ...decide(c, null), decision: 'investigate' as const }])).toEqual(new Set());
    // A pull request's PRODUCT_DRIFT never freezes, accepted or not.
    expect(computeFreeze([pd], 'refs/pull/7/merge', true).frozenBy).toBeNull();
  });

  it('scopes freezes: governed refs on PRODUCT_DRIFT and INCIDENT, a pull request on INCIDENT only', () => {
    const scope = (classification: 'PRODUCT_DRIFT' | 'INCIDENT', ref: string, extra = {}) =>
      computeFreezeScope({
        classification,
        frozen: false,
        ref,
        onDefaultBranch: false,
        commandLine: false,
        governedRefs: ['refs/heads/release/*'],
        ...extra,
      });
    expect(scope('PRODUCT_DRIFT', 'refs/pull/7/merge')).toEqual({
      freezes: false,
      all: false,
      governed: false,
    });
    expect(scope('INCIDENT', 'refs/pull/7/merge')).toEqual({ freezes: true, all: false, governed: false });
    expect(scope('PRODUCT_DRIFT', 'refs/heads/release/2')).toEqual({
      freezes: true,
      all: false,
      governed: true,
    });
    expect(scope('PRODUCT_DRIFT', 'refs/heads/main', { onDefaultBranch: true })).toEqual({
      freezes: true,
      all: true,
      governed: true,
    });
    expect(scope('INCIDENT', 'refs/heads/main', { onDefaultBranch: true, frozen: true }).freezes).toBe(false);
    expect(scope('INCIDENT', 'refs/heads/topic').freezes).toBe(false);
  });

  it('does not let a run made while frozen start a new freeze', () => {
    const inc = o(1, 'INCIDENT');
    const whileFrozen = o(2, 'INCIDENT', { frozen_by: inc.event_id });
    const state = computeFreeze(
      [inc, whileFrozen, decision(inc.event_id, 'accept')],
      'refs/heads/main',
      true,
    );
    expect(state.frozenBy).toBeNull();
  });
});
