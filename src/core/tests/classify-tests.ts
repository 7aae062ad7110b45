import { stripVTControlCharacters } from 'node:util';
import type { Finding } from '../finding.js';
import { parseConsoleSummaries, type ConsoleSummary } from './console/summary.js';
import {
  computeCounts,
  mergeRuns,
  type ReportFormat,
  type TestCase,
  type TestCounts,
  type TestRun,
} from './model.js';
import type { ReportReading } from './parse-report.js';
import { compareOutputs, compareWithRuntimeBaseline, type RuntimeBaseline } from './runtime-baseline.js';
import { computeSignatureHits, type SignatureHit } from './signatures.js';
import {
  computeBreakPoint,
  computeCauseLine,
  computeConsoleCause,
  computeMessagePlace,
  computeReportBase,
  BREAK_RULES,
  type BreakPoint,
} from './break-point.js';
import { REPORT_PARSERS } from './report-formats.js';

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

/** A test file that failed to load, placed: in the toolchain (tooling) or in the project. */
interface PlacedSuiteError {
  file: string;
  message: string;
  cause: string;
  tooling: BreakPoint | null;
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
  /** Where the console shows the run broke, when it shows a break before or after the tests. */
  broke: BreakPoint | null;
  suites: PlacedSuiteError[];
  exitFailed: boolean;
  /** Tests executed (passed + failed), from the report, else the console; null without evidence. */
  executed: number | null;
  /** Findings made by earlier rules (a rule may look at what came before it). */
  made: Finding[];
}

/** One rule of the tests stage: documented by `when` and `then`, which the README's table is generated from. */
export interface TestsRule {
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
const toolingExplains = (ctx: Context): boolean =>
  ctx.hits.length > 0 ||
  ctx.reportProblems > 0 ||
  ctx.sameErrorSuites ||
  ctx.broke !== null ||
  ctx.suites.some((s) => s.tooling !== null);
const explained = (ctx: Context): Finding['classification'] =>
  toolingExplains(ctx) ? 'TOOLING_DRIFT' : 'PRODUCT_DRIFT';
/** The tooling evidence that says why tests did not run, for findings that would otherwise blame the product. */
const whyNotRun = (ctx: Context): string | null =>
  ctx.broke?.cause ??
  ctx.suites.find((s) => s.tooling)?.cause ??
  (ctx.sameErrorSuites ? (ctx.suites[0]?.cause ?? null) : null) ??
  (ctx.executed === 0 || ctx.executed === null ? (ctx.hits[0]?.evidence ?? null) : null);
const consoleLines = (ctx: Context, re: RegExp, n = 8): string =>
  ctx.lines
    .filter((l) => re.test(l))
    .slice(0, n)
    .join('\n');

/** The rules, in order. Every rule that holds adds its findings; the run is classified by the most severe. */
export const TESTS_RULES: readonly TestsRule[] = [
  {
    id: 'tooling-signature',
    when: 'a tooling signature matches the console or the exit status (npm error codes, command not found / 127, killed / 137 / 143 / 124, heap out of memory / 134, worker crash, runner start-up or config error, no tests found, report write error, test-timeout)',
    then: 'TOOLING_DRIFT, one finding per signature with the matching line',
    apply: (ctx) =>
      ctx.hits.map((h) =>
        finding('TOOLING_SIGNATURE', 'TOOLING_DRIFT', `${h.title} (${h.id}): ${h.evidence}`, {
          signature: h.id,
          output: h.evidence,
          detail: h.source,
        }),
      ),
  },
  {
    id: 'where-it-broke',
    when: 'the console shows where the run broke outside the product: before any test ran (see the table of places) or while the reporters wrote',
    then: 'TOOLING_DRIFT quoting the cause line, with the frames or path that placed it',
    apply: (ctx) => {
      const b = ctx.broke;
      // A signature already quoting the same line says it; the place adds nothing but noise.
      if (!b || ctx.hits.some((h) => h.evidence === b.cause)) return [];
      // The suites' findings quote it already, file by file.
      if (ctx.sameErrorSuites || ctx.suites.some((s) => s.tooling === b || s.tooling?.cause === b.cause))
        return [];
      const where =
        b.place === 'reporting' ? 'while the reporters wrote, after the tests ran' : 'before any test ran';
      return [
        finding('TOOLING_SIGNATURE', 'TOOLING_DRIFT', `the run broke ${where}: ${b.cause}`, {
          signature: `broke:${b.rule}`,
          output: b.cause,
          ...(b.frames.length > 0 ? { detail: `placed by ${b.frames.join(', ')}` } : {}),
          ...(b.place === 'reporting' && b.frames[0] ? { paths: [b.frames[0]] } : {}),
        }),
      ];
    },
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
    then: 'TOOLING_DRIFT quoting the error',
    apply: (ctx) =>
      ctx.sameErrorSuites
        ? [
            finding(
              'SUITES_SAME_ERROR',
              'TOOLING_DRIFT',
              `all ${ctx.suites.length} test files failed before any test ran, with the same error: ${ctx.suites[0]!.cause}`,
              {
                paths: ctx.suites.map((s) => s.file),
                output: ctx.suites[0]!.message.slice(0, 1000),
              },
            ),
          ]
        : [],
  },
  {
    id: 'suite-failed',
    when: 'a test file failed to load and the files did not all fail alike: placed by where its error broke (a module missing for the toolchain, a config error) or in the project (its own import, its own code)',
    then: "TOOLING_DRIFT when the toolchain's frames placed it, else PRODUCT_DRIFT; both quote the error line, not the header",
    apply: (ctx) =>
      ctx.sameErrorSuites
        ? []
        : ctx.suites.map((s) =>
            s.tooling
              ? finding(
                  'SUITE_FAILED',
                  'TOOLING_DRIFT',
                  `test file ${s.file} could not be loaded by the toolchain: ${s.cause}`,
                  {
                    paths: [s.file],
                    output: s.message.slice(0, 1000),
                    detail: `placed by ${s.tooling.frames.join(', ') || s.tooling.rule}`,
                  },
                )
              : finding('SUITE_FAILED', 'PRODUCT_DRIFT', `test file ${s.file} failed to run: ${s.cause}`, {
                  paths: [s.file],
                  output: s.message.slice(0, 1000),
                }),
          ),
  },
  {
    id: 'tests-failed',
    when: 'the report has failed tests; a "test" that is the runner reporting its own break (ava and tap report an uncaught start-up error as a failed test) is placed like a suite',
    then: 'PRODUCT_DRIFT naming each failed test (marked when it passed in the runtime baseline), with files and lines; TOOLING_DRIFT when every failure is the toolchain breaking and no test passed',
    apply: (ctx) => {
      const failed = ctx.run?.cases.filter((c) => c.status === 'failed') ?? [];
      if (failed.length === 0) return [];
      const placed = failed
        .map((c) => computeMessagePlace(`${c.name}\n${c.message ?? ''}`))
        .find((p) => p !== null);
      if (placed && (ctx.counts?.passed ?? 0) === 0) {
        return [
          finding(
            'TESTS_FAILED',
            'TOOLING_DRIFT',
            `${failed.length} test(s) reported failed before any test passed, because the toolchain broke: ${placed.cause}`,
            {
              tests: failed.map((c) => c.id),
              detail: `placed by ${placed.frames.join(', ') || placed.rule}`,
            },
          ),
        ];
      }
      const base = ctx.obs.baseline?.value.tests;
      const ids = failed.map((c) => (base?.[c.id] === 'passed' ? `${c.id} (PASS→FAIL)` : c.id));
      return [
        finding('TESTS_FAILED', 'PRODUCT_DRIFT', `${failed.length} test(s) failed: ${list(ids)}`, {
          tests: failed.map((c) => c.id),
          ...locationsOf(failed),
          output: failed
            .slice(0, 5)
            .map((c) => `${c.id}: ${computeCauseLine(c.message ?? '')}`)
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
      // node:test counts a test file that failed outside any test as a failure: that is a suite.
      ctx.cons && ctx.cons.failed > ctx.suites.length && (ctx.counts?.failed ?? 0) === 0
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
      const failedAgree = (n: number): boolean =>
        n === c?.failed || n === (c?.failed ?? 0) + ctx.suites.length;
      if (c && ctx.cons && (c.passed !== ctx.cons.passed || !failedAgree(ctx.cons.failed))) {
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
      const toolingBreak = ctx.hits.length > 0 || ctx.broke !== null || ctx.suites.some((s) => s.tooling);
      if (!ctx.exitFailed || toolingBreak) return [];
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
      const cause = computeConsoleCause(ctx.lines);
      return [
        finding(
          'EXIT_FAILED',
          'PRODUCT_DRIFT',
          `the test command ${status} while ${said}${cause ? `: ${cause.slice(0, 300)}` : ''}`,
          {
            exitCode: ctx.obs.exitCode,
            output: consoleLines(ctx, /Unhandled|Uncaught|Error\b|errors?\s*$/),
          },
        ),
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
    when: 'a runtime baseline exists and a report parsed: a baseline PASS is now skipped/todo/pending/cancelled, or missing (a test matched by suite and name when a runner version leaves the file out of its report); a new test passes',
    then: 'PRODUCT_DRIFT naming the tests (new passing tests: a notice); when tooling evidence explains why tests did not run, the missing tests are TOOLING_DRIFT, quoting that cause',
    apply: (ctx) => {
      if (!ctx.run || !ctx.obs.baseline) return [];
      const found = compareWithRuntimeBaseline(ctx.run, ctx.obs.baseline.value, ctx.obs.baseline.path);
      const cause = toolingExplains(ctx) ? whyNotRun(ctx) : null;
      if (!cause) return found;
      return found.map((f) =>
        f.code === 'TEST_MISSING'
          ? {
              ...f,
              classification: 'TOOLING_DRIFT',
              message: `${f.message}; they did not run because ${cause}`,
            }
          : f,
      );
    },
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

/** The files (and lines, when every one is known) of failed tests, for annotations on the file. */
function locationsOf(failed: readonly TestCase[]): Pick<Finding['evidence'], 'paths' | 'lines'> {
  const first = new Map<string, number | undefined>();
  for (const c of failed) if (c.file && !first.has(c.file)) first.set(c.file, c.line);
  if (first.size === 0) return {};
  const lines = [...first.values()];
  return {
    paths: [...first.keys()],
    ...(lines.every((l): l is number => l !== undefined) ? { lines } : {}),
  };
}

/** The error that every failing test file shares, with the file's own path taken out. */
const normalizeSuiteError = (file: string, message: string): string =>
  computeCauseLine(message.split(file).join('<file>'));

/** The main run of a set of readings: the richest format's files merged (the registry's order), the other formats' counts kept for cross-checks. */
export function computePrimaryRun(readings: readonly ReportReading[]): {
  run: TestRun | null;
  others: Array<{ path: string; counts: TestCounts }>;
} {
  const ok = readings.filter((r): r is Extract<ReportReading, { state: 'ok' }> => r.state === 'ok');
  const primaryFormat: ReportFormat | undefined = REPORT_PARSERS.map((p) => p.format).find((f) =>
    ok.some((r) => r.format === f),
  );
  const run = primaryFormat
    ? mergeRuns(ok.filter((r) => r.format === primaryFormat).map((r) => r.run))
    : null;
  const others = ok
    .filter((r) => r.format !== primaryFormat)
    .map((r) => ({ path: r.path, counts: computeCounts(r.run.cases) }));
  return { run, others };
}

/** The console's summaries added up (monorepos and several commands print several). */
function computeConsoleCounts(text: string): TestsSummary['console'] {
  const summaries = parseConsoleSummaries(text);
  if (summaries.length === 0) return null;
  return summaries.reduce(
    (a, s) => ({
      passed: a.passed + s.passed,
      failed: a.failed + s.failed,
      skipped: a.skipped + s.skipped,
      todo: a.todo + s.todo,
      errors: a.errors + s.errors,
    }),
    { passed: 0, failed: 0, skipped: 0, todo: 0, errors: 0 },
  );
}

/**
 * Each test file that failed to load, with its cause line and, when the toolchain broke, where:
 * its own message placed it, or the runner broke before any test ran and the file only shows it.
 */
function computeSuites(
  run: TestRun | null,
  broke: BreakPoint | null,
  executed: number | null,
  lines: readonly string[],
): PlacedSuiteError[] {
  const startBreak = broke?.place === 'start' && (executed ?? 0) === 0 ? broke : null;
  return (run?.suiteErrors ?? []).map((e) => {
    const own = computeMessagePlace(e.message);
    // node:test's report says only "test failed" for a file that died: the console says why.
    const generic = /ERR_TEST_FAILURE|^\[Error: test failed\]/.test(e.message);
    const said = generic
      ? (computeConsoleCause(lines) ?? computeCauseLine(e.message))
      : computeCauseLine(e.message);
    return {
      file: e.file,
      message: e.message,
      cause: own?.cause ?? (startBreak ? startBreak.cause : said),
      tooling: own ?? startBreak,
    };
  });
}

/** Everything the rules read, computed once. */
function computeContext(obs: TestsObservation): Context {
  const text = stripVTControlCharacters(obs.console);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { run, others } = computePrimaryRun(obs.readings);
  const counts = run ? computeCounts(run.cases) : null;
  const cons = computeConsoleCounts(text);
  const hits = computeSignatureHits({
    lines,
    exitCode: obs.exitCode,
    signal: obs.signal,
    timedOut: obs.timedOut,
    reportPaths: [...obs.reportPatterns, ...obs.readings.map((r) => r.path)],
  });
  const reportBases = [
    ...new Set(obs.reportPatterns.map(computeReportBase).map((b) => b.replace(/\/[^/]*\.[^/]*$/, ''))),
  ];
  const broke = computeBreakPoint({ lines, reportBases });
  const executed = counts ? counts.passed + counts.failed : cons ? cons.passed + cons.failed : null;
  const suites = computeSuites(run, broke, executed, lines);
  const sameErrorSuites =
    suites.length >= 2 &&
    counts!.passed + counts!.failed === 0 &&
    new Set(suites.map((e) => normalizeSuiteError(e.file, e.message))).size === 1;
  return {
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
    broke,
    suites,
    exitFailed: obs.timedOut || obs.signal !== null || (obs.exitCode !== null && obs.exitCode !== 0),
    executed,
    made: [],
  };
}

/**
 * Whether the tests demonstrably passed: tests ran, none failed (report and console), no file
 * failed to load, the command succeeded and nothing shows the run broke. On a pull request a
 * TOOLING_DRIFT run passes only when this holds.
 */
function computeDemonstrablyPassed(ctx: Context): boolean {
  return (
    ctx.executed !== null &&
    ctx.executed > 0 &&
    (ctx.counts?.failed ?? 0) === 0 &&
    (ctx.cons?.failed ?? 0) === 0 &&
    ctx.suites.length === 0 &&
    !ctx.exitFailed &&
    ctx.broke === null &&
    ctx.hits.length === 0
  );
}

/** The tests-stage classification: applies the rules to what the tests stage observed. */
export function classifyTests(obs: TestsObservation): {
  findings: Finding[];
  summary: TestsSummary;
  passed: boolean;
} {
  const ctx = computeContext(obs);
  for (const rule of TESTS_RULES) ctx.made.push(...rule.apply(ctx));
  return {
    findings: ctx.made,
    summary: {
      report: ctx.counts,
      console: ctx.cons,
      formats: ctx.run?.formats ?? [],
      signatures: ctx.hits.map((h) => h.id),
      exitCode: obs.exitCode,
      signal: obs.signal,
    },
    passed: computeDemonstrablyPassed(ctx),
  };
}

/** The README's table of the tests stage's rules, generated from them. */
export function renderTestsRuleTable(): string {
  const cell = (t: string): string => t.replace(/\|/g, '\\|');
  return [
    '| rule | when | then |',
    '|---|---|---|',
    ...TESTS_RULES.map((r) => `| \`${r.id}\` | ${cell(r.when)} | ${cell(r.then)} |`),
    '',
    'Where a run broke, as `where-it-broke` and `suite-failed` read it (the first place that holds):',
    '',
    '| place | rule | when |',
    '|---|---|---|',
    ...BREAK_RULES.map(
      (r) =>
        `| ${r.place === 'start' ? 'before any test ran' : r.place === 'reporting' ? 'while the reporters wrote' : 'in the product'} | \`${r.id}\` | ${cell(r.when)} |`,
    ),
    "| in the product | (any other) | failed assertions, errors whose frames are the project's files: the rules above give PRODUCT_DRIFT |",
  ].join('\n');
}
