import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePolicies, type PolicyVersion } from '../../../src/core/policy/analyze.js';
import { MODES, type Mode, type Policy } from '../../../src/core/policy/model.js';
import { bandOf, computeDriftScore, riskOf } from '../../../src/core/policy/score.js';
import { overrideEscalation } from '../../../src/core/policy/signals/override-escalation.js';
import { makeSignal, SIGNAL_IDS } from '../../../src/core/policy/signals/signal.js';
import { addTraces, emptyTraceSet } from '../../../src/core/policy/traces.js';

const COMMANDS = ['rm *', 'git *', 'git push*', 'npm test*', 'curl *', '*', 'make'];
const FILES = ['src/**', '**/*.lock', 'governance/**', '*.md', 'dist/*.js'];
const mode = fc.constantFrom(...MODES);
const rule = (patterns: string[]) =>
  fc.record({
    pattern: fc.constantFrom(...patterns),
    mode,
    contexts: fc.option(
      fc.array(
        fc.record({ when: fc.record({ sessionType: fc.constantFrom('ci', 'agent') }), overrideMode: mode }),
        { maxLength: 2 },
      ),
      { nil: undefined },
    ),
  });
const policyArb: fc.Arbitrary<Policy> = fc.record({
  version: fc.constant(1),
  defaultCommandBehavior: mode,
  defaultWriteBehavior: mode,
  commands: fc.array(rule(COMMANDS), { maxLength: 6 }),
  fileWrites: fc.array(rule(FILES), { maxLength: 5 }),
  sessions: fc.constant([]),
});
const traceLine = fc
  .record({
    t: fc.integer({ min: 0, max: 1000 }),
    project: fc.constantFrom('a', 'b'),
    write: fc.boolean(),
    target: fc.constantFrom('rm -rf x', 'git push', 'npm test', 'src/a.ts', 'x.lock', 'README.md'),
    decision: mode,
    override: fc.boolean(),
    review: fc.option(mode, { nil: undefined }),
  })
  .map((l) =>
    JSON.stringify({
      ts: l.t * 1000,
      project: l.project,
      request: {
        action: l.write ? 'write-file' : 'run-command',
        target: l.target,
        context: { sessionType: 'agent' },
      },
      decision: l.decision,
      override: l.override,
      review: l.review,
    }),
  );

const version = (ref: string, ps: Record<string, Policy>): PolicyVersion => ({
  ref,
  files: Object.entries(ps).map(([name, policy]) => ({
    path: `p/${name}.yml`,
    key: `${ref}:${JSON.stringify(policy)}`,
    policy,
  })),
});
function analyze(
  base: Record<string, Policy>,
  head: Record<string, Policy>,
  history: Array<Record<string, Policy>> = [],
  lines: string[] = [],
) {
  const traces = emptyTraceSet();
  addTraces(traces, lines.join('\n'), 't.ndjson');
  return analyzePolicies({
    root: 'p',
    base: version('base', base),
    head: version('head', head),
    history: history.map((h, i) => version(`h${i}`, h)),
    traces,
  });
}
const loosen = (p: Policy, indices: ReadonlySet<number>): Policy => ({
  ...p,
  commands: p.commands.map((r, i) =>
    indices.has(i) ? { ...r, mode: 'allow' as Mode, contexts: undefined } : r,
  ),
});
const valueOf = (a: ReturnType<typeof analyze>, id: string) => a.signals.find((s) => s.id === id)!.value;

describe('policy signals (docs/policy-signals.md)', () => {
  it('every signal, the drift score and the stability stay in [0, 1]', () => {
    fc.assert(
      fc.property(
        policyArb,
        policyArb,
        policyArb,
        fc.array(policyArb, { maxLength: 4 }),
        fc.array(traceLine, { maxLength: 40 }),
        (a, b, c, hist, lines) => {
          const r = analyze(
            { a, b },
            { a: b, b: c },
            hist.map((h) => ({ a: h, b: c })),
            lines,
          );
          expect(r.signals.map((s) => s.id)).toEqual([...SIGNAL_IDS]);
          for (const s of r.signals)
            for (const x of [s.intensity, s.confidence, s.value]) {
              expect(x).toBeGreaterThanOrEqual(0);
              expect(x).toBeLessThanOrEqual(1);
            }
          for (const x of [r.drift.score, r.stability, r.volatility]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a no-op change (descriptions only) scores 0 on every change signal and 0 drift without history or traces', () => {
    fc.assert(
      fc.property(policyArb, (p) => {
        const reworded: Policy = {
          ...p,
          commands: p.commands.map((r) => ({ ...r, description: 'reworded' })),
        };
        const r = analyze({ a: p }, { a: reworded });
        expect(r.diff).toEqual([]);
        expect(r.changed).toBe(false);
        for (const id of [
          'permission-creep',
          'restriction-creep',
          'replay-impact',
          'rule-churn',
          'volatility',
          'flip-flops',
        ])
          expect(valueOf(r, id)).toBe(0);
        if (r.contradictions.static.length === 0) expect(r.drift.score).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('loosening more rules never lowers permission creep', () => {
    fc.assert(
      fc.property(policyArb, fc.array(fc.nat(5)), fc.array(fc.nat(5)), (p, some, more) => {
        const small = new Set(some);
        const large = new Set([...some, ...more]);
        const lo = valueOf(analyze({ a: p }, { a: loosen(p, small) }), 'permission-creep');
        const hi = valueOf(analyze({ a: p }, { a: loosen(p, large) }), 'permission-creep');
        expect(hi).toBeGreaterThanOrEqual(lo);
      }),
      { numRuns: 200 },
    );
  });

  it('no single signal, however strong, reaches the volatile band', () => {
    for (const id of SIGNAL_IDS) {
      const signals = SIGNAL_IDS.map((x) => makeSignal(x, x === id ? 1 : 0, 1, ''));
      const score = computeDriftScore(signals);
      expect(score).toBeLessThan(0.5);
    }
    expect(computeDriftScore(SIGNAL_IDS.map((x) => makeSignal(x, 1, 1, '')))).toBe(1);
  });

  it('bands and risk levels follow the thresholds', () => {
    expect([0, 0.1999, 0.2, 0.4999, 0.5, 0.7999, 0.8, 1].map(bandOf)).toEqual([
      'stable',
      'stable',
      'watch',
      'watch',
      'volatile',
      'volatile',
      'critical',
      'critical',
    ]);
    expect(riskOf({ drift: 0, volatility: 0, stability: 1, contradictions: 0 })).toBe('low');
    expect(riskOf({ drift: 0, volatility: 0.5, stability: 1, contradictions: 0 })).toBe('medium');
    expect(riskOf({ drift: 0.1, volatility: 0.5, stability: 0.4, contradictions: 0 })).toBe('high');
    expect(riskOf({ drift: 0.1, volatility: 0.5, stability: 0.4, contradictions: 2 })).toBe('critical');
    expect(riskOf({ drift: 0.85, volatility: 0, stability: 1, contradictions: 0 })).toBe('critical');
  });

  it('override escalation is the rise of the override rate from the earlier to the later half', () => {
    const traces = emptyTraceSet();
    const lines = Array.from({ length: 100 }, (_, i) =>
      JSON.stringify({
        ts: i,
        request: { action: 'run-command', target: 'ls' },
        decision: 'allow',
        override: i >= 50 ? i % 2 === 0 : i % 10 === 0,
      }),
    );
    addTraces(traces, lines.join('\n'), 't.ndjson');
    // Earlier half (ts 0..49): 5 of 50 overridden; later half (50..99): 25 of 50.
    expect(overrideEscalation(traces)).toMatchObject({ intensity: 0.4, confidence: 1, value: 0.4 });
  });

  it('a signal with little data has low confidence, not a made-up value', () => {
    const r = analyze(
      {
        a: {
          version: 1,
          defaultCommandBehavior: 'deny',
          defaultWriteBehavior: 'deny',
          commands: [{ pattern: 'rm *', mode: 'deny' }],
          fileWrites: [],
          sessions: [],
        },
      },
      {
        a: {
          version: 1,
          defaultCommandBehavior: 'deny',
          defaultWriteBehavior: 'deny',
          commands: [{ pattern: 'rm *', mode: 'allow' }],
          fileWrites: [],
          sessions: [],
        },
      },
      [],
      [
        JSON.stringify({
          ts: 1,
          project: 'a',
          request: { action: 'run-command', target: 'rm x' },
          decision: 'deny',
        }),
      ],
    );
    const replay = r.signals.find((s) => s.id === 'replay-impact')!;
    expect(replay).toMatchObject({ intensity: 1, confidence: 0.02, value: 0.02 });
    expect(r.replay.flipped).toBe(1);
  });
});
