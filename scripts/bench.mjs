// npm run bench: times `driftgate verify` against `sha256sum -c --strict --quiet` on the same
// manifests, alternating the two, warm cache, and prints ratios and peak memory.
//   corpora: 1,000 × 1 MiB files and 50,000 × 1 KiB files (kept in $TMPDIR/driftgate-bench)
//   BENCH_ROUNDS=N (default 3) timed rounds per tool and corpus, after one warm-up each.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const home = join(tmpdir(), 'driftgate-bench');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

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

/** Wall time (s) and peak RSS (MiB, when GNU time is there) of one run; throws unless it verified. */
function timeRun(cmd, args, cwd, okCodes = [0]) {
  const argv = gnuTime ? ['-f', '%M', cmd, ...args] : args;
  const started = process.hrtime.bigint();
  const r = spawnSync(gnuTime ?? cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!okCodes.includes(r.status))
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const kb = gnuTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, mib: kb / 1024, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tools = [
  {
    name: 'sha256sum -c --strict --quiet',
    run: (dir) => timeRun('sha256sum', ['-c', '--strict', '--quiet', 'BASELINE_REF.sha256'], dir),
  },
  {
    name: 'driftgate verify --quiet',
    run: (dir) => timeRun(process.execPath, [cli, 'verify', '--quiet'], dir),
  },
];

/** BENCH_ONLY=seal,reports,log,policy runs only those sections. */
const want = (name) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(name);
process.stdout.write(`node ${process.versions.node}, ${rounds} rounds, medians\n\n`);
if (want('seal')) {
  const rows = [];
  for (const corpus of corpora) {
    ensureCorpus(corpus);
    for (const t of tools) t.run(corpus.dir); // warm the page cache and the binaries
    const times = tools.map(() => []);
    const mems = tools.map(() => []);
    for (let r = 0; r < rounds; r++) {
      tools.forEach((t, i) => {
        const m = t.run(corpus.dir);
        times[i].push(m.seconds);
        mems[i].push(m.mib);
      });
    }
    const [coreutils, driftgate] = times.map(median);
    const ratio = driftgate / coreutils;
    rows.push(
      `| ${corpus.name} | ${coreutils.toFixed(3)} s | ${driftgate.toFixed(3)} s | **${ratio.toFixed(2)}×** (target ≤ ${corpus.target.toFixed(1)}×) | ${Math.max(...mems[0]).toFixed(0)} MiB | ${Math.max(...mems[1]).toFixed(0)} MiB |`,
    );
  }
  process.stdout.write(
    [
      '| corpus | sha256sum -c | driftgate verify | driftgate / coreutils | peak RSS coreutils | peak RSS driftgate |',
      '|---|---|---|---|---|---|',
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
  const git = (...args) => {
    const r = spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@b',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@b',
      },
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
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
  const times = [];
  let mib = NaN;
  let result;
  for (let r = 0; r < rounds + 1; r++) {
    const m = timeRun(
      process.execPath,
      [cli, 'policy', 'drift', '--json', '--base', base, '--fail-on', 'PRODUCT_DRIFT'],
      dir,
      [0, 1],
    );
    if (r > 0) times.push(m.seconds);
    mib = m.mib;
    result = m.stdout;
  }
  const a = JSON.parse(result);
  process.stdout.write(
    `| policy workload | driftgate policy drift (whole stage: read, parse, history, traces, signals) | peak RSS |\n|---|---|---|\n` +
      `| ${PROJECTS} projects × ${RULES} rules, ${VERSIONS} versions, ${LINES.toLocaleString('en')} trace lines | ${median(times).toFixed(2)} s (drift ${a.drift.score}, ${a.signals.length} signals) | ${mib.toFixed(0)} MiB |\n`,
  );
}
