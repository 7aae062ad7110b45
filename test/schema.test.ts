import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { eventFilesIn, schemaErrorsOfEvents } from './helpers/events.js';
import { policyRepo, servicePolicy, serviceTraces, trace } from './helpers/policy-repo.js';
import { sealedRemote } from './helpers/remote.js';
import { commitAll, gitRepo, run } from './helpers/tmp.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const schema = JSON.parse(
  readFileSync(new URL('../schema/runtime-event.schema.json', import.meta.url), 'utf8'),
);
const cli = (cwd: string, ...args: string[]) => run(process.execPath, [CLI, ...args], { cwd });

interface CheckOut {
  event: {
    event_id: string;
    snapshot_id: string | null;
    frozen_by: string | null;
    findings: Array<{ code: string }>;
  };
}
/** `driftgate check --json`; the event it wrote, after checking every event of the workspace against the schema. */
function check(dir: string, ...args: string[]): CheckOut['event'] {
  const r = cli(dir, 'check', '--json', ...args);
  expect(r.status, r.stderr).not.toBe(2);
  expect(schemaErrorsOfEvents(dir)).toEqual({});
  return (JSON.parse(r.stdout) as CheckOut).event;
}
const codes = (e: CheckOut['event']) => e.findings.map((f) => f.code);

describe('schema/runtime-event.schema.json', () => {
  it('validates the events a real run writes, in events/ and in the snapshot', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const dir = gitRepo();
    writeFileSync(join(dir, 'a.js'), 'a\n');
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), spawnSync('sha256sum', ['a.js'], { cwd: dir }).stdout);
    const base = commitAll(dir, 'seal');
    writeFileSync(join(dir, 'a.js'), 'tampered\n');
    const r = run(
      process.execPath,
      [
        CLI,
        'check',
        '--json',
        '--baseline-ref',
        base,
        '--test-command',
        'echo "Tests:       1 passed, 1 total"',
      ],
      { cwd: dir },
    );
    expect(r.status, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { event: { event_id: string; snapshot_id: string } };
    const files = [
      join(dir, 'governance/runtime/events', `${out.event.event_id}.json`),
      join(dir, 'governance/runtime/snapshots', out.event.snapshot_id, 'RUNTIME_EVENT.json'),
    ];
    for (const f of files) {
      const ok = validate(JSON.parse(readFileSync(f, 'utf8')));
      expect(validate.errors ?? [], f).toEqual([]);
      expect(ok).toBe(true);
    }
    expect(readdirSync(join(dir, 'governance/runtime/snapshots', out.event.snapshot_id)).sort()).toEqual(
      [
        'GOVERNANCE_LOG.ndjson',
        'INCIDENT_REPORT.md',
        'RUNTIME_EVENT.json',
        'console.log',
        'diff.txt',
        'runbook.md',
        'runbooks.json',
        'seal-verification.json',
      ].sort(),
    );
  });

  it('rejects an event missing what an escalation needs', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate({ event_id: 'RTE_20261121_100000_deadbeef', classification: 'INCIDENT' })).toBe(false);
  });

  it('validates the events of a tests run with real reports (failed tests, formats, counts)', () => {
    const dir = gitRepo();
    const fixture = new URL('./fixtures/tests/jest-mixed/', import.meta.url).pathname;
    cpSync(join(fixture, 'reports'), join(dir, 'reports'), { recursive: true });
    cpSync(join(fixture, 'console.txt'), join(dir, 'console.txt'));
    commitAll(dir, 'reports');
    const event = check(
      dir,
      '--test-console',
      'console.txt',
      '--test-exit-code',
      '1',
      '--test-report',
      'reports/jest.json',
      '--test-report',
      'reports/junit.xml',
    );
    expect(codes(event)).toContain('TESTS_FAILED');
    expect(eventFilesIn(dir)).toHaveLength(2);
  });

  it('validates the events of policy runs: changed, decisions flipped, contradiction', () => {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writeTraces('agent', serviceTraces());
    const base = repo.commit('policies');
    const tightened = servicePolicy();
    tightened.fileWrites[3]!.mode = 'deny';
    repo.writePolicy('svc-a', tightened);
    const tightenedAt = repo.commit('lock files: review → deny');
    expect(codes(check(repo.dir, '--baseline-ref', base))).toContain('POLICY_CHANGED');
    repo.writePolicy('svc-a', servicePolicy({ rm: 'allow' }));
    repo.writeTraces('agent', [
      ...serviceTraces(),
      ...Array.from({ length: 3 }, (_, i) => trace(200 + i, 'svc-a', 'run-command', 'rm -rf build', 'allow')),
    ]);
    repo.commit('loosen rm; the agent recorded both decisions');
    const loosened = check(repo.dir, '--baseline-ref', tightenedAt);
    expect(codes(loosened)).toEqual(
      expect.arrayContaining(['POLICY_DECISIONS_FLIPPED', 'POLICY_CONTRADICTION']),
    );
    expect(eventFilesIn(repo.dir).length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('validates the events of a frozen run and of the run after the decision that lifts the freeze', () => {
    const { clone } = sealedRemote();
    const dir = clone();
    const base = commitAll(dir, 'base');
    writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');
    commitAll(dir, 'tamper');
    const incident = check(dir, '--record', '--sealed', 'src/**', '--baseline-ref', base);
    expect(codes(incident)).toContain('SEALED_MODIFIED');
    writeFileSync(join(dir, 'NOTES.md'), 'later\n');
    commitAll(dir, 'later');
    const frozen = check(dir, '--record', '--sealed', 'src/**', '--baseline-ref', 'HEAD');
    expect(frozen.frozen_by).toBe(incident.event_id);
    expect(codes(frozen)).toContain('FROZEN');
    const decided = cli(
      dir,
      'decide',
      'accept',
      incident.event_id,
      '--reason',
      'intended change',
      '--by',
      'lead',
    );
    expect(decided.status, decided.stderr).toBe(0);
    const after = check(dir, '--record', '--sealed', 'src/**', '--baseline-ref', 'HEAD');
    expect(after.frozen_by).toBeNull();
    expect(eventFilesIn(dir).length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
