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
function timeRun(cmd, args, cwd) {
  const argv = gnuTime ? ['-f', '%M', cmd, ...args] : args;
  const started = process.hrtime.bigint();
  const r = spawnSync(gnuTime ?? cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const kb = gnuTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, mib: kb / 1024 };
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

process.stdout.write(`node ${process.versions.node}, ${rounds} rounds, medians\n\n`);
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
