import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createNodeWorkspace } from '../../src/adapters/node-workspace.js';
import { createGitCli } from '../../src/adapters/git-cli.js';
import { renderPolicyScores, renderRunbooks } from '../../src/core/render/runbook.js';
import { MAX_TRACE_LINE_BYTES } from '../../src/core/policy/traces.js';
import { observePolicies } from '../../src/stages/policy.js';
import { opposite, policyRepo, serviceTraces, servicePolicy, trace } from '../helpers/policy-repo.js';

const POLICIES = ['governance/policies/**/*.{json,yml,yaml}'];
const TRACES = ['governance/traces/**/*.ndjson'];

async function observe(dir: string, baselineRef: string | null) {
  const stage = await observePolicies(
    { policies: POLICIES, traces: TRACES, baselineRef },
    { workspace: await createNodeWorkspace(dir), git: createGitCli(dir) },
  );
  if (!stage) throw new Error('no policy stage');
  return stage;
}

const archetypes = (s: Awaited<ReturnType<typeof observe>>) => s.runbooks.map((r) => r.archetype);
const worst = (s: Awaited<ReturnType<typeof observe>>) =>
  s.findings.some((f) => f.classification === 'PRODUCT_DRIFT') ? 'PRODUCT_DRIFT' : 'STABLE';

describe('policy stage on a real repository with history and traces', () => {
  it('a wording-only change is STABLE with no archetype and a drift of 0', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writeTraces('agent', serviceTraces());
    const base = repo.commit('policies and traces');
    repo.writePolicy('svc-a', servicePolicy({ rmDescription: 'Removing files is for people, not agents.' }));
    repo.commit('reword the rm rule');
    const s = await observe(repo.dir, base);
    expect(worst(s)).toBe('STABLE');
    expect(s.analysis.changed).toBe(false);
    expect(s.analysis.drift.score).toBe(0);
    expect(archetypes(s)).toEqual([]);
  });

  it('deny → allow on a traced command is PRODUCT_DRIFT naming the rule and the flipped count', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writeTraces('agent', serviceTraces());
    const base = repo.commit('policies and traces');
    repo.writePolicy('svc-a', servicePolicy({ rm: 'allow' }));
    repo.commit('let the agent delete files');
    const s = await observe(repo.dir, base);
    expect(worst(s)).toBe('PRODUCT_DRIFT');
    const flipped = s.findings.find((f) => f.code === 'POLICY_DECISIONS_FLIPPED')!;
    expect(flipped.classification).toBe('PRODUCT_DRIFT');
    expect(flipped.message).toMatch(
      /^20 of 100 traced decisions flip under head \(20 loosened, 0 tightened\)/,
    );
    expect(flipped.message).toContain('rm deny → rm allow');
    expect(flipped.evidence.rules).toEqual(['rm']);
    expect(s.analysis.replay.flips[0]).toMatchObject({
      from: { rule: 'rm', decision: 'deny' },
      to: { rule: 'rm', decision: 'allow' },
      lines: 20,
      requests: 2,
    });
    expect(s.analysis.diff).toEqual([
      expect.objectContaining({ id: 'rm', change: 'flipped', direction: 'loosened' }),
    ]);
    expect(s.analysis.signals.find((x) => x.id === 'permission-creep')!.value).toBeGreaterThan(0);
  });

  it('conflicting recorded decisions call for Contradiction Resolution with the trace lines', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writeTraces('agent', [
      ...serviceTraces(),
      ...Array.from({ length: 3 }, (_, i) => trace(200 + i, 'svc-a', 'run-command', 'rm -rf build', 'allow')),
    ]);
    const base = repo.commit('policies and traces');
    const s = await observe(repo.dir, base);
    expect(archetypes(s)).toContain('contradiction-resolution');
    const book = s.runbooks.find((r) => r.archetype === 'contradiction-resolution')!;
    expect(book.trigger).toEqual({ signal: 'contradictions', value: 1, comparator: '>', threshold: 0 });
    const commands = book.steps.flatMap((x) => x.commands);
    expect(commands).toContain('sed -n 56p governance/traces/agent.ndjson');
    expect(commands).toContain('sed -n 101p governance/traces/agent.ndjson');
    expect(s.analysis.contradictions.dynamic).toHaveLength(1);
  });

  it('a rule flipped at each of six commits calls for Volatility Mitigation', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writeTraces('agent', serviceTraces());
    let base = repo.commit('policies and traces');
    for (let i = 1; i <= 6; i++) {
      repo.writePolicy('svc-a', servicePolicy({ rm: i % 2 ? 'allow' : 'deny' }));
      const sha = repo.commit(`flip rm (${i})`);
      if (i === 5) base = sha;
    }
    const s = await observe(repo.dir, base);
    expect(s.analysis.history.commits).toHaveLength(7);
    expect(s.analysis.volatility).toBeGreaterThan(0.4);
    expect(archetypes(s)).toContain('volatility-mitigation');
    expect(s.analysis.history.flipFlops[0]).toMatchObject({ rule: 'rm', changes: 6, reversals: 5 });
  });

  it('two projects deciding opposite ways call for Federated Sync naming both', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writePolicy('svc-b', opposite(servicePolicy()));
    repo.writeTraces('agent', serviceTraces());
    const base = repo.commit('two services');
    const s = await observe(repo.dir, base);
    expect(s.analysis.stability).toBeLessThan(0.5);
    expect(archetypes(s)).toContain('federated-sync');
    expect(s.analysis.federation.outliers.map((o) => o.project)).toEqual(['svc-a', 'svc-b']);
  });

  it('running twice gives byte-identical runbooks', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writePolicy('svc-b', opposite(servicePolicy()));
    repo.writeTraces('agent', [
      ...serviceTraces(),
      trace(300, 'svc-a', 'run-command', 'rm -rf build', 'allow'),
    ]);
    const base = repo.commit('policies');
    repo.writePolicy('svc-a', servicePolicy({ rm: 'allow' }));
    repo.commit('loosen');
    const [a, b] = [await observe(repo.dir, base), await observe(repo.dir, base)];
    expect(a.runbooks.length).toBeGreaterThan(1);
    expect(JSON.stringify(b.runbooks)).toBe(JSON.stringify(a.runbooks));
    expect(renderRunbooks(b.runbooks)).toBe(renderRunbooks(a.runbooks));
  });

  it('a bad trace line is a finding naming file and line; the other lines still count', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    const lines = serviceTraces();
    lines.splice(
      4,
      0,
      '{"ts":"2026-11-01T00:00:00Z","request":{"action":"exec","target":"ls"},"decision":"allow"}',
      '{not json',
    );
    repo.writeTraces('agent', lines);
    const base = repo.commit('policies');
    const s = await observe(repo.dir, base);
    expect(s.findings.filter((f) => f.code === 'TRACE_INVALID').map((f) => f.message)).toEqual([
      'governance/traces/agent.ndjson:5: request.action: expected run-command|write-file|start-session, got "exec"; the line is left out, the other lines count',
      expect.stringMatching(/^governance\/traces\/agent\.ndjson:6: not JSON/),
    ]);
    expect(s.analysis.traces.lines).toBe(100);
  });

  it('trace files are read as streams of lines: past the read size, CRLF, no final newline, an overlong and a bad line', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    // 20,000 lines (about 4 MiB, several reads) with a bad line and an overlong one in the middle, CRLF ends, no final newline.
    const lines = Array.from({ length: 200 }, () => serviceTraces()).flat();
    lines.splice(
      10_000,
      0,
      '{"ts":"2026-11-01T00:00:00Z","request":{"action":"exec","target":"ls"},"decision":"allow"}',
    );
    lines.splice(15_000, 0, `{"pad":"${'x'.repeat(MAX_TRACE_LINE_BYTES * 4)}"}`);
    repo.write('governance/traces/big.ndjson', lines.join('\r\n'));
    repo.write('governance/traces/empty.ndjson', '');
    const base = repo.commit('policies and traces');
    const s = await observe(repo.dir, base);
    // The overlong line's size counts its CR: the bytes up to the newline.
    expect(s.findings.filter((f) => f.code === 'TRACE_INVALID').map((f) => f.message)).toEqual([
      'governance/traces/big.ndjson:10001: request.action: expected run-command|write-file|start-session, got "exec"; the line is left out, the other lines count',
      `governance/traces/big.ndjson:15001: expected a line of at most ${MAX_TRACE_LINE_BYTES} bytes, got ${MAX_TRACE_LINE_BYTES * 4 + 11} bytes; the line is left out, the other lines count`,
    ]);
    expect(s.analysis.traces.lines).toBe(20_000);
  });

  it('a malformed policy in the change is a PRODUCT_DRIFT finding with file, place and value, never an abort', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writePolicy('svc-b', servicePolicy());
    const base = repo.commit('policies');
    const broken = servicePolicy();
    broken.commands[2]!.mode = 'alow';
    repo.writePolicy('svc-a', broken);
    const s = await observe(repo.dir, base);
    const invalid = s.findings.filter((f) => f.code === 'POLICY_INVALID');
    expect(invalid).toEqual([
      expect.objectContaining({
        classification: 'PRODUCT_DRIFT',
        message:
          'governance/policies/svc-a.yml: commands[2].mode: expected allow|deny|review, got "alow"; the file is left out of the comparison',
        evidence: expect.objectContaining({ paths: ['governance/policies/svc-a.yml'] }),
      }),
    ]);
    // The file is left out on both sides: its rules are not reported as removed.
    expect(s.analysis.diff).toEqual([]);
  });

  it('a policy the documented model allows loads whole, unknown keys are notices', async () => {
    const repo = policyRepo();
    const p = {
      ...servicePolicy(),
      description: 'What the coding agent of svc-a may do.',
      window: { description: 'quarterly review', lastReviewedAt: '2026-10-01', reviewedBy: ['alice'] },
      settings: { cacheDecisions: true, decisionCacheTTL: 300, maxConsecutiveReviews: 3 },
      sessions: [{ pattern: 'interactive*', mode: 'allow', priority: 2 }],
      owner: 'platform-team',
    };
    p.commands.push({
      id: 'deploy',
      pattern: '/^deploy (staging|prod)$/',
      mode: 'deny',
      priority: 5,
      contexts: [
        {
          when: {
            projectType: ['sandbox', 'experiment'],
            timeRestriction: { days: ['monday'], hours: [9, 17] },
          },
          overrideMode: 'allow',
          description: 'sandboxes deploy in office hours',
        },
      ],
    });
    repo.write('governance/policies/svc-a.json', JSON.stringify(p, null, 2));
    const base = repo.commit('policies');
    const s = await observe(repo.dir, base);
    expect(s.findings.filter((f) => f.code === 'POLICY_NOTICE').map((f) => f.message)).toEqual([
      'governance/policies/svc-a.json: (top level): unknown key "owner" (ignored)',
    ]);
    expect(s.findings.filter((f) => f.classification !== 'STABLE')).toEqual([]);
    expect(s.analysis.projects).toEqual(['svc-a']);
  });
});

describe('rendered runbooks (committed for review)', () => {
  it('a troubled policy set calls for every archetype; the Markdown and JSON are committed', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writePolicy('svc-b', opposite(servicePolicy()));
    repo.writeTraces('agent', [
      ...serviceTraces(),
      ...Array.from({ length: 4 }, (_, i) => trace(400 + i, 'svc-a', 'run-command', 'rm -rf build', 'allow')),
      ...serviceTraces('svc-b', 'allow'),
    ]);
    let base = repo.commit('two services');
    for (let i = 1; i <= 6; i++) {
      repo.writePolicy('svc-a', servicePolicy({ rm: i % 2 ? 'allow' : 'deny' }));
      base = repo.commit(`flip rm (${i})`);
    }
    const loose = servicePolicy({ rm: 'allow' });
    loose.defaultCommandBehavior = 'allow';
    loose.defaultWriteBehavior = 'allow';
    for (const r of [...loose.commands, ...loose.fileWrites]) r.mode = 'allow';
    repo.writePolicy('svc-a', loose);
    repo.commit('open everything up');
    const s = await observe(repo.dir, base);
    expect(archetypes(s)).toEqual([
      'policy-change',
      'drift-investigation',
      'volatility-mitigation',
      'federated-sync',
      'contradiction-resolution',
      'critical-state',
    ]);
    expect(s.runbooks.find((r) => r.archetype === 'drift-investigation')!.trigger.value).toBeGreaterThan(0.5);
    await expect(renderRunbooks(s.runbooks)).toMatchFileSnapshot('../__outputs__/runbooks-policy.md');
    await expect(renderPolicyScores(s.analysis)).toMatchFileSnapshot('../__outputs__/policy-scores.md');
    await expect(`${JSON.stringify(s.runbooks, null, 2)}\n`).toMatchFileSnapshot(
      '../__outputs__/runbooks-policy.json',
    );
  });
});

describe('the policy-change runbook, its commands run against the repository', () => {
  const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
  /** Runs one runbook command as a reader would paste it, with `driftgate` being the bundle. */
  const run = (dir: string, command: string): string => {
    const line = command.replace(
      /^driftgate /,
      `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} `,
    );
    const r = spawnSync('sh', ['-c', line], { cwd: dir, encoding: 'utf8' });
    expect(r.status === 0 || r.status === 1, `${command}: ${r.stderr}`).toBe(true);
    return r.stdout;
  };

  it('a loosening names the rule with file and line, the 20 flipped decisions and their trace lines; its commands show them', async () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writeTraces('agent', serviceTraces());
    const base = repo.commit('policies and traces');
    repo.writePolicy('svc-a', servicePolicy({ rm: 'allow' }));
    const head = repo.commit('let the agent delete files');
    const s = await observe(repo.dir, base);
    expect(worst(s)).toBe('PRODUCT_DRIFT');
    const book = s.runbooks.find((r) => r.archetype === 'policy-change')!;
    const [rules, replay, lines] = book.steps;
    const policyText = readFileSync(join(repo.dir, 'governance/policies/svc-a.yml'), 'utf8');
    const rmLine = policyText.split('\n').indexOf('  - id: rm') + 1;
    expect(rmLine).toBeGreaterThan(0);
    expect(rules!.artifacts).toEqual([
      `rm (governance/policies/svc-a.yml:${rmLine}): flipped, deny "rm *" → allow "rm *", loosened`,
    ]);
    expect(replay!.artifacts).toEqual([
      'rm: 20 traced decisions flip (deny → allow), e.g. governance/traces/agent.ndjson:56, governance/traces/agent.ndjson:57, governance/traces/agent.ndjson:58',
    ]);
    const range = `${base.slice(0, 12)}..${head.slice(0, 12)}`;
    expect(rules!.commands[0]).toBe(`git diff ${range} -- governance/policies/svc-a.yml`);
    expect(replay!.commands).toEqual([`driftgate policy replay --base ${base.slice(0, 12)} --rule rm`]);
    expect(lines!.commands[0]).toBe(`sed -n '56p' governance/traces/agent.ndjson`);

    expect(run(repo.dir, `sed -n '${rmLine}p' governance/policies/svc-a.yml`)).toBe('  - id: rm\n');
    const diff = run(repo.dir, rules!.commands[0]!);
    expect(diff).toMatch(/^-\s+mode: deny$/m);
    expect(diff).toMatch(/^\+\s+mode: allow$/m);
    const replayed = run(repo.dir, replay!.commands[0]!);
    expect(replayed).toContain('20 of 100 traced decisions change under head (20 loosened, 0 tightened)');
    expect(replayed).toContain('rm deny → rm allow (20 trace lines, 2 requests');
    expect(replayed).toContain('governance/traces/agent.ndjson:56');
    for (const command of lines!.commands) {
      const recorded = JSON.parse(run(repo.dir, command)) as {
        request: { target: string };
        decision: string;
      };
      expect(recorded.decision).toBe('deny');
      expect(recorded.request.target).toMatch(/^rm /);
    }
  });
});

describe('policy events validate against the published schema', () => {
  const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
  const schema = JSON.parse(
    readFileSync(new URL('../../schema/runtime-event.schema.json', import.meta.url), 'utf8'),
  ) as object;

  it('a flipped, a contradicting, a merely changed and an invalid policy each write a valid RUNTIME_EVENT.json', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const scenarios: Array<[string, (repo: ReturnType<typeof policyRepo>) => void]> = [
      ['POLICY_DECISIONS_FLIPPED', (repo) => repo.writePolicy('svc-a', servicePolicy({ rm: 'allow' }))],
      [
        'POLICY_CONTRADICTION',
        (repo) =>
          repo.writeTraces('agent', [
            ...serviceTraces(),
            trace(300, 'svc-a', 'run-command', 'rm -rf build', 'allow'),
          ]),
      ],
      [
        'POLICY_CHANGED',
        (repo) => {
          const p = servicePolicy();
          p.commands.push({ id: 'make', pattern: 'make *', mode: 'deny' });
          repo.writePolicy('svc-a', p);
        },
      ],
      ['POLICY_INVALID', (repo) => repo.write('governance/policies/svc-a.yml', 'version: 1\ncommands: 3\n')],
    ];
    for (const [code, change] of scenarios) {
      const repo = policyRepo();
      repo.writePolicy('svc-a', servicePolicy());
      repo.writeTraces('agent', serviceTraces());
      const base = repo.commit('policies');
      change(repo);
      repo.commit('change');
      const r = spawnSync(process.execPath, [CLI, 'check', '--json', '--baseline-ref', base], {
        cwd: repo.dir,
        encoding: 'utf8',
      });
      expect([0, 1], r.stderr).toContain(r.status);
      const out = JSON.parse(r.stdout) as { event: { event_id: string; findings: Array<{ code: string }> } };
      expect(out.event.findings.map((f) => f.code)).toContain(code);
      const written = JSON.parse(
        readFileSync(join(repo.dir, 'governance/runtime/events', `${out.event.event_id}.json`), 'utf8'),
      ) as unknown;
      expect(validate(written), `${code}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
