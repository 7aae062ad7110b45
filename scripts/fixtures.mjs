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
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runners = join(root, 'test/fixtures/runners');
const out = join(root, 'test/fixtures/tests');
// Inside the repository so the sample projects resolve vitest, jest and mocha from its node_modules.
const work = join(root, '.fixture-work');

const VITEST_REPORTS =
  '--reporter=default --reporter=json --outputFile.json=reports/vitest.json --reporter=junit --outputFile.junit=reports/vitest-junit.xml';
const NODE_REPORTS =
  '--test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=reports/node.tap --test-reporter=junit --test-reporter-destination=reports/node-junit.xml';
const JEST_REPORTS = '--ci --json --outputFile=reports/jest.json --reporters=default --reporters=jest-junit';

/** @type {Array<{name: string, project?: string, command?: string, reports?: string[], env?: Record<string,string>, prepare?: (dir: string) => void, from?: string, derive?: (report: Buffer) => Buffer, note?: string}>} */
const CASES = [
  {
    name: 'vitest-pass',
    project: 'vitest/pass',
    command: `vitest run ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json', 'reports/vitest-junit.xml'],
  },
  {
    name: 'vitest-mixed',
    project: 'vitest/mixed',
    command: `vitest run ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json', 'reports/vitest-junit.xml'],
    env: { FORCE_COLOR: '1' },
  },
  {
    name: 'vitest-import-fail',
    project: 'vitest/import-fail',
    command: `vitest run ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json', 'reports/vitest-junit.xml'],
  },
  {
    name: 'vitest-unhandled-error',
    project: 'vitest/unhandled',
    command: `vitest run ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json', 'reports/vitest-junit.xml'],
  },
  {
    name: 'vitest-setup-missing',
    project: 'vitest/setup-missing',
    command: `vitest run ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json', 'reports/vitest-junit.xml'],
  },
  {
    name: 'vitest-no-test-files',
    project: 'vitest/empty',
    command: `vitest run ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json'],
  },
  {
    name: 'vitest-pass-with-no-tests',
    project: 'vitest/empty',
    command: `vitest run --passWithNoTests ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json'],
  },
  {
    name: 'vitest-report-dir-unwritable',
    project: 'vitest/pass',
    command: `vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json`,
    reports: ['reports/vitest.json'],
    // A file where the report folder should be: the reporter cannot create reports/vitest.json.
    // (This machine runs as root, so a chmod'ed folder would still be writable.)
    prepare: (dir) => writeFileSync(join(dir, 'reports'), 'not a folder\n'),
  },
  {
    name: 'vitest-config-error',
    project: 'vitest/pass',
    command: `vitest run ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json'],
    prepare: (dir) =>
      writeFileSync(join(dir, 'vitest.config.mjs'), "export default {\n  test: { include: ['tests/**'] \n"),
  },
  {
    name: 'vitest-binary-missing',
    project: 'vitest/pass',
    command: `vitset run ${VITEST_REPORTS}`,
    reports: ['reports/vitest.json'],
  },
  {
    name: 'vitest-report-truncated',
    from: 'vitest-pass',
    derive: (b) => b.subarray(0, Math.floor(b.length / 2)),
    note: 'reports/vitest.json cut to half its bytes (as when a disk fills or a job is cancelled mid-write)',
  },
  {
    name: 'vitest-report-empty',
    from: 'vitest-pass',
    derive: () => Buffer.alloc(0),
    note: 'reports/vitest.json replaced by 0 bytes',
  },
  {
    name: 'vitest-report-foreign',
    from: 'vitest-pass',
    derive: () => Buffer.from('{"name":"not-a-test-report","version":"1.0.0"}\n'),
    note: 'reports/vitest.json replaced by a JSON file that is not a test report',
  },
  {
    name: 'jest-pass',
    project: 'jest/pass',
    command: `jest ${JEST_REPORTS}`,
    reports: ['reports/jest.json', 'reports/junit.xml'],
    env: { JEST_JUNIT_OUTPUT_DIR: 'reports' },
  },
  {
    name: 'jest-mixed',
    project: 'jest/mixed',
    command: `jest ${JEST_REPORTS}`,
    reports: ['reports/jest.json', 'reports/junit.xml'],
    env: { JEST_JUNIT_OUTPUT_DIR: 'reports' },
  },
  {
    name: 'jest-unrecognized-flag',
    project: 'jest/pass',
    command: `jest --notAFlag ${JEST_REPORTS}`,
    reports: ['reports/jest.json'],
    env: { JEST_JUNIT_OUTPUT_DIR: 'reports' },
  },
  {
    name: 'jest-no-tests',
    project: 'jest/pass',
    command: `jest --testPathPatterns=nothing-matches ${JEST_REPORTS}`,
    reports: ['reports/jest.json', 'reports/junit.xml'],
    env: { JEST_JUNIT_OUTPUT_DIR: 'reports' },
  },
  {
    name: 'node-test-pass',
    project: 'node-test/pass',
    command: `node --test ${NODE_REPORTS}`,
    reports: ['reports/node.tap', 'reports/node-junit.xml'],
    prepare: (d) => mkdirSync(join(d, 'reports')),
  },
  {
    name: 'node-test-mixed',
    project: 'node-test/mixed',
    command: `node --test ${NODE_REPORTS}`,
    reports: ['reports/node.tap', 'reports/node-junit.xml'],
    prepare: (d) => mkdirSync(join(d, 'reports')),
  },
  {
    name: 'node-test-tap-console',
    project: 'node-test/mixed',
    command: 'node --test --test-reporter=tap',
    reports: [],
  },
  {
    name: 'mocha-pass',
    project: 'mocha/pass',
    command: 'mocha --reporter json --reporter-option output=reports/mocha.json price.spec.cjs',
    reports: ['reports/mocha.json'],
  },
  {
    name: 'mocha-mixed',
    project: 'mocha/mixed',
    command: 'mocha --reporter json --reporter-option output=reports/mocha.json price.spec.cjs',
    reports: ['reports/mocha.json'],
  },
  { name: 'mocha-spec-console', project: 'mocha/mixed', command: 'mocha price.spec.cjs', reports: [] },
  {
    name: 'pytest-mixed',
    project: 'pytest/mixed',
    command: 'python3 -m pytest -p no:cacheprovider --junitxml=reports/pytest.xml',
    reports: ['reports/pytest.xml'],
  },
  {
    name: 'heap-out-of-memory',
    project: 'vitest/pass',
    command: `node --max-old-space-size=16 -e "const keep = []; for (;;) keep.push(new Array(1e5).fill('x'))"`,
    reports: [],
  },
  { name: 'killed', project: 'vitest/pass', command: "echo 'running 4 test files'; kill -9 $$", reports: [] },
  {
    name: 'npm-integrity',
    project: 'npm/integrity',
    command: 'npm ci --cache .npm-cache --no-audit --no-fund && npm test',
    reports: [],
  },
  {
    name: 'npm-out-of-sync',
    project: 'npm/out-of-sync',
    command: 'npm ci --cache .npm-cache --no-audit --no-fund && npm test',
    reports: [],
  },
  { name: 'npm-missing-script', project: 'npm/integrity', command: 'npm run test:unit', reports: [] },
];

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
