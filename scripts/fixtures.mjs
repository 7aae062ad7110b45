// Regenerates test/fixtures/tests/<case>/ from the sample projects in test/fixtures/runners/ by
// running the real runners (vitest, jest + jest-junit, node:test, mocha, pytest, npm) once each.
//   node scripts/fixtures.mjs            all cases
//   node scripts/fixtures.mjs CASE…      some cases
// Each case folder holds console.txt (stdout and stderr interleaved, as a CI log shows them),
// meta.json (command, cwd, exit code, signal, report paths) and the report files the runner wrote.
// The npm cases need the npm registry. Derived cases (truncated / empty / foreign report) are
// made from a real report and say so in meta.json.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { CASES } from '../test/fixtures/cases.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runners = join(root, 'test/fixtures/runners');
const out = join(root, 'test/fixtures/tests');
// Inside the repository so the sample projects resolve vitest, jest and mocha from its node_modules.
const work = join(root, '.fixture-work');

function generate(c) {
  const dest = join(out, c.name);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  if (c.from) {
    const meta = JSON.parse(readFileSync(join(out, c.from, 'meta.json'), 'utf8'));
    cpSync(join(out, c.from), dest, { recursive: true });
    const report = join(dest, meta.reports[0]);
    writeFileSync(report, c.derive(readFileSync(report)));
    writeFileSync(
      join(dest, 'meta.json'),
      `${JSON.stringify({ ...meta, case: c.name, derivedFrom: c.from, note: c.note }, null, 2)}\n`,
    );
    return;
  }
  const dir = join(work, c.name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(runners, c.project), dir, { recursive: true });
  c.prepare?.(dir);
  const fd = openSync(join(dest, 'console.txt'), 'w');
  const r = spawnSync('/bin/bash', ['-c', c.command], {
    cwd: dir,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      CI: 'true',
      PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
      ...c.env,
    },
    timeout: 120_000,
  });
  closeSync(fd);
  const reports = [];
  for (const rel of c.reports) {
    if (!existsSync(join(dir, rel))) continue;
    mkdirSync(dirname(join(dest, rel)), { recursive: true });
    cpSync(join(dir, rel), join(dest, rel));
    reports.push(rel);
  }
  const meta = {
    case: c.name,
    command: c.command,
    cwd: dir,
    exitCode: r.status,
    signal: r.signal,
    reports: c.reports,
    written: reports,
    runner: `node ${process.versions.node}`,
  };
  writeFileSync(join(dest, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stdout.write(
    `${c.name}: exit ${r.status}${r.signal ? ` (${r.signal})` : ''}, reports ${reports.join(', ') || 'none'}\n`,
  );
}

const wanted = process.argv.slice(2);
for (const c of CASES) if (wanted.length === 0 || wanted.includes(c.name)) generate(c);
rmSync(work, { recursive: true, force: true });
