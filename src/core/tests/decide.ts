import { stripVTControlCharacters } from 'node:util';
import type { Finding } from '../finding.js';
import { parseConsoleSummaries, type ConsoleSummary } from './console/summary.js';
import { computeCounts, mergeRuns, type ReportFormat, type TestCounts, type TestRun } from './model.js';
import type { ReportReading } from './read-report.js';
import { compareOutputs, compareWithRuntimeBaseline, type RuntimeBaseline } from './runtime-baseline.js';
import { computeSignatureHits, type SignatureHit } from './signatures.js';

/** Everything the tests stage observed, as data. */
export interface TestsObservation {
  /** The command run, or null when the console came from an earlier step. */
  command: string | null;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Console output, raw (ANSI included). */
  console: string;
  /** Report globs, and those that matched no file. */
  reportPatterns: readonly string[];
  unmatchedPatterns: readonly string[];
  readings: readonly ReportReading[];
  /** Report files older than the test command's start (left over from an earlier run). */
  staleReports: readonly string[];
  baseline: { path: string; value: RuntimeBaseline } | null;
  /** Observed output hashes by path (null: matched but unreadable). */
  outputs: ReadonlyMap<string, string | null> | null;
}

/** What the decision saw, for the event and the summary. */
export interface TestsSummary {
  /** Counts from the report(s), or null when none parsed. */
  report: TestCounts | null;
  /** Counts the console printed (summed over summaries), or null. */
  console: Omit<ConsoleSummary, 'runner' | 'line'> | null;
  formats: ReportFormat[];
  signatures: string[];
  exitCode: number | null;
  signal: string | null;
}

/** The context every rule reads. */
interface Context {
  obs: TestsObservation;
  lines: string[];
  hits: SignatureHit[];
  run: TestRun | null;
  counts: TestCounts | null;
  cons: TestsSummary['console'];
  /** Readings of other formats whose counts were compared with the primary run. */
  others: Array<{ path: string; counts: TestCounts }>;
  reportProblems: number;
  sameErrorSuites: boolean;
  exitFailed: boolean;
  /** Tests executed (passed + failed), from the report, else the console; null without evidence. */
  executed: number | null;
  /** Findings made by earlier rules (a rule may look at what came before it). */
  made: Finding[];
}

/** One decision rule: documented by `when` and `then`, which the README's table is generated from. */
export interface DecisionRule {
  id: string;
  when: string;
  then: string;
  apply(ctx: Context): Finding[];
}

const MAX_IDS = 20;
const list = (ids: readonly string[]): string =>
  ids.slice(0, MAX_IDS).join(', ') + (ids.length > MAX_IDS ? ` and ${ids.length - MAX_IDS} more` : '');
const finding = (
  code: Finding['code'],
  classification: Finding['classification'],
  message: string,
  evidence: Finding['evidence'] = {},
): Finding => ({ code, stage: 'tests', classification, message, evidence });
/** TOOLING_DRIFT when tooling evidence explains it, else PRODUCT_DRIFT (SPEC §2: never STABLE). */
const explained = (ctx: Context): Finding['classification'] =>
  ctx.hits.length > 0 || ctx.reportProblems > 0 || ctx.sameErrorSuites ? 'TOOLING_DRIFT' : 'PRODUCT_DRIFT';
const consoleLines = (ctx: Context, re: RegExp, n = 8): string =>
  ctx.lines
    .filter((l) => re.test(l))
    .slice(0, n)
    .join('\n');

/** The rules, in order. Every rule that holds adds its findings; the run is classified by the most severe. */
export const DECISION_RULES: readonly DecisionRule[] = [
  {
    id: 'tooling-signature',
    when: 'a tooling signature matches the console or the exit status (npm error codes, command not found / 127, killed / 137 / 143 / 124, heap out of memory / 134, worker crash, runner start-up or config error, no tests found, report write error, test-timeout)',
    then: 'TOOLING_DRIFT, one finding per signature with the matching line',
    apply: (ctx) =>
      ctx.hits.map((h) =>
        finding('TOOLING_SIGNATURE', 'TOOLING_DRIFT', `${h.title} (${h.id})`, {
          signature: h.id,
          output: h.evidence,
          detail: h.source,
        }),
      ),
  },
  {
    id: 'report-unreadable',
    when: 'a `test-report` glob matches no file, or a report is 0 bytes, truncated, unparseable, not a test report, or older than the test command',
    then: 'TOOLING_DRIFT naming the report',
    apply: (ctx) => [
      ...ctx.obs.unmatchedPatterns.map((p) =>
        finding('REPORT_MISSING', 'TOOLING_DRIFT', `no report file matches ${p}`, { paths: [p] }),
      ),
      ...ctx.obs.staleReports.map((p) =>
        finding(
          'REPORT_STALE',
          'TOOLING_DRIFT',
          `report ${p} is older than this run: the runner did not write it`,
          { paths: [p] },
        ),
      ),
      ...ctx.obs.readings.flatMap((r) => {
        switch (r.state) {
          case 'ok':
            return [];
          case 'empty':
            return [
              finding('REPORT_EMPTY', 'TOOLING_DRIFT', `report ${r.path} is empty (0 bytes)`, {
                paths: [r.path],
              }),
            ];
          case 'truncated':
            return [
              finding('REPORT_TRUNCATED', 'TOOLING_DRIFT', `report ${r.path} is truncated: ${r.detail}`, {
                paths: [r.path],
                detail: r.detail,
              }),
            ];
          case 'unparseable':
            return [
              finding('REPORT_UNPARSEABLE', 'TOOLING_DRIFT', `report ${r.path} cannot be read: ${r.detail}`, {
                paths: [r.path],
                detail: r.detail,
              }),
            ];
          case 'not-a-report':
            return [
              finding('REPORT_NOT_A_REPORT', 'TOOLING_DRIFT', `${r.path} is not a test report: ${r.detail}`, {
                paths: [r.path],
                detail: r.detail,
              }),
            ];
        }
      }),
    ],
  },
  {
    id: 'suites-same-error',
    when: 'two or more test files failed to load with the same error and no test ran (a missing setup file, a broken environment)',
    then: 'TOOLING_DRIFT naming the error',
    apply: (ctx) =>
      ctx.sameErrorSuites && ctx.run
        ? [
            finding(
              'SUITES_SAME_ERROR',
              'TOOLING_DRIFT',
              `all ${ctx.run.suiteErrors.length} test files failed before any test ran, with the same error: ${firstLine(ctx.run.suiteErrors[0]!.message)}`,
              {
                paths: ctx.run.suiteErrors.map((s) => s.file),
                output: ctx.run.suiteErrors[0]!.message.slice(0, 1000),
              },
            ),
          ]
        : [],
  },
  {
    id: 'suite-failed',
    when: 'a test file failed to load (import error) and the files did not all fail alike',
    then: 'PRODUCT_DRIFT naming the file and the error',
    apply: (ctx) =>
      ctx.sameErrorSuites || !ctx.run
        ? []
        : ctx.run.suiteErrors.map((s) =>
            finding(
              'SUITE_FAILED',
              'PRODUCT_DRIFT',
              `test file ${s.file} failed to run: ${firstLine(s.message)}`,
              {
                paths: [s.file],
                output: s.message.slice(0, 1000),
              },
            ),
          ),
  },
  {
    id: 'tests-failed',
    when: 'the report has failed tests',
    then: 'PRODUCT_DRIFT naming each failed test (marked when it passed in the runtime baseline)',
    apply: (ctx) => {
      const failed = ctx.run?.cases.filter((c) => c.status === 'failed') ?? [];
      if (failed.length === 0) return [];
      const base = ctx.obs.baseline?.value.tests;
      const ids = failed.map((c) => (base?.[c.id] === 'passed' ? `${c.id} (PASS→FAIL)` : c.id));
      return [
        finding('TESTS_FAILED', 'PRODUCT_DRIFT', `${failed.length} test(s) failed: ${list(ids)}`, {
          tests: failed.map((c) => c.id),
          output: failed
            .slice(0, 5)
            .map((c) => `${c.id}: ${firstLine(c.message ?? '')}`)
            .join('\n'),
        }),
      ];
    },
  },
  {
    id: 'console-failed',
    when: 'the console summary counts failed tests that no parsed report shows',
    then: 'PRODUCT_DRIFT with the summary line',
    apply: (ctx) =>
      ctx.cons && ctx.cons.failed > 0 && (ctx.counts?.failed ?? 0) === 0
        ? [
            finding(
              'CONSOLE_FAILED',
              'PRODUCT_DRIFT',
              `the console reports ${ctx.cons.failed} failed test(s)`,
              {
                output: consoleLines(ctx, /\bfail(?:ed|ing)?\b|✖|×/i),
              },
            ),
          ]
        : [],
  },
  {
    id: 'counts-disagree',
    when: 'the report and the console summary give different passed/failed counts, or two report formats of one run different failed counts',
    then: 'TOOLING_DRIFT with both counts',
    apply: (ctx) => {
      const out: Finding[] = [];
      const c = ctx.counts;
      if (c && ctx.cons && (c.passed !== ctx.cons.passed || c.failed !== ctx.cons.failed)) {
        out.push(
          finding(
            'COUNTS_DISAGREE',
            'TOOLING_DRIFT',
            `the report counts ${c.passed} passed / ${c.failed} failed, the console ${ctx.cons.passed} passed / ${ctx.cons.failed} failed`,
            { detail: `report ${c.passed}/${c.failed}, console ${ctx.cons.passed}/${ctx.cons.failed}` },
          ),
        );
      }
      for (const o of ctx.others) {
        // Across formats only failures are compared: jest-junit, for one, writes a todo test as a plain (passing) case.
        if (c && o.counts.failed !== c.failed) {
          out.push(
            finding(
              'COUNTS_DISAGREE',
              'TOOLING_DRIFT',
              `report ${o.path} counts ${o.counts.failed} failed, the main report ${c.failed}`,
              {
                paths: [o.path],
              },
            ),
          );
        }
      }
      return out;
    },
  },
  {
    id: 'no-tests-ran',
    when: 'the report or the console shows that no test ran (0 passed, 0 failed), whatever the exit code',
    then: 'TOOLING_DRIFT when tooling evidence explains it, else PRODUCT_DRIFT — never STABLE',
    apply: (ctx) =>
      ctx.executed === 0
        ? [finding('NO_TESTS_RAN', explained(ctx), 'no test ran: nothing shows that the tests pass')]
        : [],
  },
  {
    id: 'no-evidence',
    when: 'neither a parsed report nor a console summary shows how many tests ran',
    then: 'TOOLING_DRIFT when tooling evidence explains it, else PRODUCT_DRIFT — never STABLE',
    apply: (ctx) =>
      ctx.executed === null &&
      (ctx.obs.command !== null || ctx.obs.console !== '' || ctx.obs.reportPatterns.length > 0)
        ? [
            finding(
              'NO_EVIDENCE_OF_PASS',
              explained(ctx),
              `no report and no console summary show that the tests passed${ctx.obs.exitCode === 0 ? ' (exit code 0 alone is not evidence)' : ''}`,
            ),
          ]
        : [],
  },
  {
    id: 'exit-failed',
    when: 'the command failed (non-zero exit or a signal) while no failing test and no tooling signature explains it (e.g. an unhandled error with the report saying `success: true`)',
    then: 'PRODUCT_DRIFT with the exit status and the console error lines',
    apply: (ctx) => {
      if (!ctx.exitFailed || ctx.hits.length > 0) return [];
      if (ctx.made.some((f) => f.classification === 'PRODUCT_DRIFT' || f.code === 'SUITES_SAME_ERROR'))
        return [];
      const status = ctx.obs.signal
        ? `was ended by ${ctx.obs.signal}`
        : `exited with code ${ctx.obs.exitCode}`;
      const said = ctx.run
        ? ctx.run.success === true
          ? 'the report says success'
          : 'the report shows no failed test'
        : 'the console shows no failed test';
      return [
        finding('EXIT_FAILED', 'PRODUCT_DRIFT', `the test command ${status} while ${said}`, {
          exitCode: ctx.obs.exitCode,
          output: consoleLines(ctx, /Unhandled|Uncaught|Error\b|errors?\s*$/),
        }),
      ];
    },
  },
  {
    id: 'fewer-than-baseline',
    when: 'no report parsed and the console counts fewer than half the tests that passed in the runtime baseline',
    then: 'PRODUCT_DRIFT with both counts',
    apply: (ctx) => {
      const base = ctx.obs.baseline?.value.totals.passed ?? 0;
      return !ctx.run && ctx.executed !== null && ctx.executed > 0 && ctx.executed < base / 2
        ? [
            finding(
              'FEWER_TESTS_THAN_BASELINE',
              'PRODUCT_DRIFT',
              `${ctx.executed} test(s) ran; ${base} passed in the runtime baseline`,
            ),
          ]
        : [];
    },
  },
  {
    id: 'runtime-baseline',
    when: 'a runtime baseline exists and a report parsed: a baseline PASS is now skipped/todo/pending/cancelled, or missing; a new test passes',
    then: 'PRODUCT_DRIFT naming the tests (new passing tests: a notice)',
    apply: (ctx) =>
      ctx.run && ctx.obs.baseline
        ? compareWithRuntimeBaseline(ctx.run, ctx.obs.baseline.value, ctx.obs.baseline.path)
        : [],
  },
  {
    id: 'outputs',
    when: 'a runtime baseline records output hashes: an `outputs` file differs or is missing (a new one is a notice)',
    then: 'PRODUCT_DRIFT naming the file with both hashes',
    apply: (ctx) =>
      ctx.obs.baseline && ctx.obs.outputs
        ? compareOutputs(ctx.obs.outputs, ctx.obs.baseline.value, ctx.obs.baseline.path)
        : [],
  },
];

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 300);
}

/** Preference when one run wrote several formats: the richest is the main report. */
const FORMAT_ORDER: readonly ReportFormat[] = ['jest-json', 'mocha-json', 'junit-xml', 'tap'];

/** The error that every failing test file shares, with the file's own path taken out. */
const normalizeSuiteError = (file: string, message: string): string =>
  firstLine(message.split(file).join('<file>'));

/** The main run of a set of readings: the richest format's files merged, the other formats' counts kept for cross-checks. */
export function computePrimaryRun(readings: readonly ReportReading[]): {
  run: TestRun | null;
  others: Array<{ path: string; counts: TestCounts }>;
} {
  const ok = readings.filter((r): r is Extract<ReportReading, { state: 'ok' }> => r.state === 'ok');
  const primaryFormat = FORMAT_ORDER.find((f) => ok.some((r) => r.format === f));
  const run = primaryFormat
    ? mergeRuns(ok.filter((r) => r.format === primaryFormat).map((r) => r.run))
    : null;
  const others = ok
    .filter((r) => r.format !== primaryFormat)
    .map((r) => ({ path: r.path, counts: computeCounts(r.run.cases) }));
  return { run, others };
}

/** Applies the rules to what the tests stage observed. */
export function decideTests(obs: TestsObservation): { findings: Finding[]; summary: TestsSummary } {
  const text = stripVTControlCharacters(obs.console);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { run, others } = computePrimaryRun(obs.readings);
  const counts = run ? computeCounts(run.cases) : null;
  const summaries = parseConsoleSummaries(text);
  const cons = summaries.length
    ? summaries.reduce(
        (a, s) => ({
          passed: a.passed + s.passed,
          failed: a.failed + s.failed,
          skipped: a.skipped + s.skipped,
          todo: a.todo + s.todo,
          errors: a.errors + s.errors,
        }),
        { passed: 0, failed: 0, skipped: 0, todo: 0, errors: 0 },
      )
    : null;
  const hits = computeSignatureHits({
    lines,
    exitCode: obs.exitCode,
    signal: obs.signal,
    timedOut: obs.timedOut,
    reportPaths: [...obs.reportPatterns, ...obs.readings.map((r) => r.path)],
  });
  const errors = run?.suiteErrors ?? [];
  const sameErrorSuites =
    run !== null &&
    errors.length >= 2 &&
    counts!.passed + counts!.failed === 0 &&
    new Set(errors.map((e) => normalizeSuiteError(e.file, e.message))).size === 1;
  const executed = counts ? counts.passed + counts.failed : cons ? cons.passed + cons.failed : null;
  const ctx: Context = {
    obs,
    lines,
    hits,
    run,
    counts,
    cons,
    others,
    reportProblems:
      obs.readings.filter((r) => r.state !== 'ok').length +
      obs.unmatchedPatterns.length +
      obs.staleReports.length,
    sameErrorSuites,
    exitFailed: obs.timedOut || obs.signal !== null || (obs.exitCode !== null && obs.exitCode !== 0),
    executed,
    made: [],
  };
  for (const rule of DECISION_RULES) ctx.made.push(...rule.apply(ctx));
  return {
    findings: ctx.made,
    summary: {
      report: counts,
      console: cons,
      formats: run?.formats ?? [],
      signatures: hits.map((h) => h.id),
      exitCode: obs.exitCode,
      signal: obs.signal,
    },
  };
}

/** The README's decision table, generated from the rules. */
export function renderDecisionTable(): string {
  return [
    '| rule | when | then |',
    '|---|---|---|',
    ...DECISION_RULES.map(
      (r) => `| \`${r.id}\` | ${r.when.replace(/\|/g, '\\|')} | ${r.then.replace(/\|/g, '\\|')} |`,
    ),
  ].join('\n');
}
