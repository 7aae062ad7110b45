import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { commitAll, gitRepo, run } from './helpers/tmp.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const schema = JSON.parse(
  readFileSync(new URL('../schema/runtime-event.schema.json', import.meta.url), 'utf8'),
);

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
});
