import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { analyzePolicies } from '../../../src/core/policy/analyze.js';
import { evaluatePolicy, type PolicyRequest } from '../../../src/core/policy/evaluate.js';
import { parsePolicy, parsePolicyFile, type Policy } from '../../../src/core/policy/model.js';
import { addTraces, emptyTraceSet } from '../../../src/core/policy/traces.js';

/** A policy using every documented field. */
const FULL = {
  version: '2.1',
  description: 'What the release agent may do.',
  defaultCommandBehavior: 'review',
  defaultWriteBehavior: 'deny',
  window: { description: 'monthly review', lastReviewedAt: '2026-10-30', reviewedBy: ['alice', 'bob'] },
  settings: { cacheDecisions: true, decisionCacheTTL: 600, maxConsecutiveReviews: 5 },
  sessions: [
    { id: 'interactive', pattern: 'interactive*', mode: 'allow' },
    { pattern: '/^batch-[0-9]+$/', mode: 'deny', description: 'batch sessions need a ticket' },
  ],
  commands: [
    { id: 'deploy-any', pattern: 'deploy *', mode: 'deny', priority: 10 },
    {
      id: 'deploy-sandbox',
      pattern: 'deploy *',
      mode: 'review',
      priority: 10,
      contexts: [
        {
          when: {
            projectType: ['sandbox', 'experiment'],
            timeRestriction: { days: ['Monday', 'tuesday'], hours: [9, 17] },
          },
          overrideMode: 'allow',
          description: 'office hours in sandboxes',
        },
        { when: { authorizationLevel: 'admin' }, overrideMode: 'allow' },
      ],
    },
    { id: 'deploy-late', pattern: 'deploy prod', mode: 'allow' },
    {
      id: 'night',
      pattern: 'backup *',
      mode: 'deny',
      contexts: [{ when: { timeRestriction: { hours: ['22:00', '06:00'] } }, overrideMode: 'allow' }],
    },
  ],
  fileWrites: [
    {
      pattern: 'src/**',
      mode: 'review',
      contexts: [
        { when: { directory: 'src/generated' }, overrideMode: 'allow' },
        { when: { directory: 'src/*/vendor', fileType: ['ts', 'js'] }, overrideMode: 'deny' },
      ],
    },
  ],
};

const MONDAY_10 = Date.UTC(2026, 10, 23, 10, 0);
const SUNDAY_10 = Date.UTC(2026, 10, 22, 10, 0);
const MONDAY_23 = Date.UTC(2026, 10, 23, 23, 30);

const req = (action: PolicyRequest['action'], target: string, context = {}, ts?: number): PolicyRequest => ({
  action,
  target,
  context,
  ...(ts === undefined ? {} : { ts }),
});

const withoutLines = (p: Policy): unknown =>
  JSON.parse(JSON.stringify(p, (k, v: unknown) => (k === 'line' ? undefined : v)));

describe('the whole documented model loads', () => {
  it('in JSON and in YAML alike, every field kept, rules with their line', () => {
    const json = parsePolicyFile(JSON.stringify(FULL, null, 2), 'governance/policies/release.json');
    const yaml = parsePolicyFile(stringify(FULL), 'governance/policies/release.yml');
    expect(json.notices).toEqual([]);
    expect(yaml.notices).toEqual([]);
    expect(withoutLines(json.policy)).toEqual(withoutLines(yaml.policy));
    const p = yaml.policy;
    expect(p.description).toBe(FULL.description);
    expect(p.window).toEqual(FULL.window);
    expect(p.settings).toEqual(FULL.settings);
    expect(p.sessions).toHaveLength(2);
    expect(p.commands[1]!.contexts![0]!.when.timeRestriction).toEqual({
      days: ['monday', 'tuesday'],
      hours: [540, 1020],
    });
    expect(p.commands[3]!.contexts![0]!.when.timeRestriction!.hours).toEqual([1320, 360]);
    // A rule's line is where its item starts: the `- id:` line in YAML, the `{` line in JSON.
    const lineOf = (text: string, needle: string) =>
      text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const yamlText = stringify(FULL);
    expect(yaml.policy.commands.map((r) => r.line)).toEqual(
      ['deploy-any', 'deploy-sandbox', 'deploy-late', 'night'].map((id) => lineOf(yamlText, `- id: ${id}`)),
    );
    expect(json.policy.commands[0]!.line).toBe(
      lineOf(JSON.stringify(FULL, null, 2), '"id": "deploy-any"') - 1,
    );
  });

  it('an unknown key at any level is a notice naming file and key; the policy still loads', () => {
    const odd = structuredClone(FULL) as Record<string, unknown> & typeof FULL;
    Object.assign(odd, { owner: 'platform' });
    Object.assign(odd.window, { nextReview: '2027-01-01' });
    Object.assign(odd.commands[1]!, { tags: ['prod'] });
    Object.assign(odd.commands[1]!.contexts![0]!.when, { region: 'eu' });
    Object.assign(odd.commands[1]!.contexts![0]!.when.timeRestriction!, { timezone: 'CET' });
    const r = parsePolicyFile(stringify(odd), 'p.yml');
    expect(r.notices).toEqual([
      'p.yml: (top level): unknown key "owner" (ignored)',
      'p.yml: window: unknown key "nextReview" (ignored)',
      'p.yml: commands[1]: unknown key "tags" (ignored)',
      'p.yml: commands[1].contexts[0].when: unknown key "region" (ignored)',
      'p.yml: commands[1].contexts[0].when.timeRestriction: unknown key "timezone" (ignored)',
    ]);
    expect(r.policy.commands).toHaveLength(4);
  });

  it('a bad value of a known key names file, place, value and what was expected', () => {
    const bad = (mutate: (p: typeof FULL) => void) => {
      const p = structuredClone(FULL);
      mutate(p);
      return () => parsePolicy(stringify(p), 'p.yml');
    };
    expect(
      bad(
        (p) => ((p.commands[1]!.contexts![0]!.when.timeRestriction as { days: string[] }).days = ['funday']),
      ),
    ).toThrow(
      'p.yml: commands[1].contexts[0].when.timeRestriction.days[0]: expected sunday|monday|tuesday|wednesday|thursday|friday|saturday, got "funday"',
    );
    expect(
      bad((p) => (p.commands[3]!.contexts![0]!.when.timeRestriction!.hours = ['25:00', '06:00'])),
    ).toThrow(/^p\.yml: commands\[3\]\.contexts\[0\]\.when\.timeRestriction\.hours\[0\]: .*got "25:00"$/);
    expect(bad((p) => Object.assign(p.commands[0]!, { priority: 'high' }))).toThrow(
      /^p\.yml: commands\[0\]\.priority: .*expected number.*got "high"$/,
    );
    expect(bad((p) => (p.sessions[1]!.pattern = '/(x)\\1/'))).toThrow(
      /^p\.yml: sessions\[1\]\.pattern: expected a regular expression RE2 accepts/,
    );
  });
});

describe('precedence: priority, then order; the first holding context', () => {
  const p = parsePolicy(stringify(FULL), 'p.yml');
  const decide = (r: PolicyRequest) => evaluatePolicy(p, r);

  it('the highest priority decides over a later rule; among equals the later one', () => {
    // deploy-late is last but has priority 0; deploy-sandbox (10) is later than deploy-any (10).
    expect(decide(req('run-command', 'deploy prod'))).toEqual({
      decision: 'review',
      ruleId: 'deploy-sandbox',
      override: false,
    });
  });

  it('a context holds only when every condition does; lists mean one of them; time is the request’s own', () => {
    const sandbox = { projectType: 'experiment' };
    expect(decide(req('run-command', 'deploy prod', sandbox, MONDAY_10))).toMatchObject({
      decision: 'allow',
      override: true,
    });
    expect(decide(req('run-command', 'deploy prod', sandbox, SUNDAY_10))).toMatchObject({
      decision: 'review',
      override: false,
    });
    // Without a time, a time restriction never holds (the clock is never read).
    expect(decide(req('run-command', 'deploy prod', sandbox))).toMatchObject({ decision: 'review' });
    expect(decide(req('run-command', 'deploy prod', { projectType: 'prod' }, MONDAY_10))).toMatchObject({
      decision: 'review',
    });
    // The first holding context wins; the second (authorizationLevel) is reached when the first fails.
    expect(
      decide(req('run-command', 'deploy prod', { authorizationLevel: 'admin' }, SUNDAY_10)),
    ).toMatchObject({ decision: 'allow', override: true });
    // A window over midnight.
    expect(decide(req('run-command', 'backup db', {}, MONDAY_23))).toMatchObject({ decision: 'allow' });
    expect(decide(req('run-command', 'backup db', {}, MONDAY_10))).toMatchObject({ decision: 'deny' });
  });

  it('directory is a path prefix, or a glob when it holds one; sessions have their own rules', () => {
    expect(
      decide(req('write-file', 'src/generated/a.ts', { directory: 'src/generated/deep' })),
    ).toMatchObject({ decision: 'allow' });
    expect(decide(req('write-file', 'src/generatedx/a.ts', { directory: 'src/generatedx' }))).toMatchObject({
      decision: 'review',
    });
    expect(
      decide(req('write-file', 'src/a/vendor/x.ts', { directory: 'src/a/vendor', fileType: 'ts' })),
    ).toMatchObject({ decision: 'deny' });
    expect(
      decide(req('write-file', 'src/a/vendor/x.md', { directory: 'src/a/vendor', fileType: 'md' })),
    ).toMatchObject({ decision: 'review' });
    expect(decide(req('start-session', 'interactive-42'))).toEqual({
      decision: 'allow',
      ruleId: 'interactive',
      override: false,
    });
    expect(decide(req('start-session', 'batch-7'))).toMatchObject({
      decision: 'deny',
      ruleId: 'sessions:/^batch-[0-9]+$/',
    });
    // No session rule matches: the command default.
    expect(decide(req('start-session', 'cron'))).toEqual({
      decision: 'review',
      ruleId: null,
      override: false,
    });
  });

  it('on traces: replaying under a policy that adds a higher-priority rule flips exactly the requests it outranks, by their own time', () => {
    const base = parsePolicy(stringify(FULL), 'p.yml');
    const headPolicy = structuredClone(FULL);
    headPolicy.commands.unshift({
      id: 'weekend-freeze',
      pattern: 'deploy *',
      mode: 'review',
      priority: 20,
      contexts: [
        { when: { timeRestriction: { days: ['saturday', 'sunday'] } }, overrideMode: 'deny' } as never,
      ],
    });
    const head = parsePolicy(stringify(headPolicy), 'p.yml');
    const line = (ts: number, target: string, context: object, decision: string) =>
      JSON.stringify({
        ts: new Date(ts).toISOString(),
        request: { action: 'run-command', target, context },
        decision,
      });
    const traces = emptyTraceSet(true);
    addTraces(
      traces,
      [
        line(MONDAY_10, 'deploy prod', { projectType: 'sandbox' }, 'allow'),
        line(SUNDAY_10, 'deploy prod', { projectType: 'sandbox' }, 'review'),
        line(SUNDAY_10, 'deploy prod', { authorizationLevel: 'admin' }, 'allow'),
      ].join('\n'),
      'governance/traces/t.ndjson',
    );
    const a = analyzePolicies({
      root: 'governance/policies',
      base: { ref: 'base', files: [{ path: 'governance/policies/p.yml', key: 'b', policy: base }] },
      head: { ref: 'head', files: [{ path: 'governance/policies/p.yml', key: 'h', policy: head }] },
      history: [],
      traces,
    });
    expect(a.replay).toMatchObject({ lines: 3, flipped: 3, tightened: 3 });
    const flips = a.replay.flips.map((f) => [f.from.decision, f.to.decision, f.to.rule, f.traceLines]);
    expect(flips.sort((x, y) => String(x[3]).localeCompare(String(y[3])))).toEqual([
      ['allow', 'review', 'weekend-freeze', ['governance/traces/t.ndjson:1']],
      ['review', 'deny', 'weekend-freeze', ['governance/traces/t.ndjson:2']],
      ['allow', 'deny', 'weekend-freeze', ['governance/traces/t.ndjson:3']],
    ]);
  });
});
