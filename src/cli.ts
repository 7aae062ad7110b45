import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createConsoleReporter } from './adapters/console-reporter.js';
import { createNodeWorkspace } from './adapters/node-workspace.js';
import { createShellRunner } from './adapters/shell-runner.js';
import { tryCreateSimpleGit } from './adapters/simple-git.js';
import { createSystemClock } from './adapters/system-clock.js';
import { readIncidentTemplate } from './adapters/templates.js';
import type { Git } from './ports/git.js';
import { formatManifest } from './core/seal/manifest.js';
import { unsafePathReason } from './core/seal/paths.js';
import { computePrimaryRun } from './core/tests/decide.js';
import { computeRuntimeBaseline } from './core/tests/runtime-baseline.js';
import { Buffer } from 'node:buffer';
import { readLog } from './core/log/read.js';
import { runGate, runVerify } from './gate.js';
import { recordDecision } from './stages/record-decision.js';
import { allSegments, appendKeptObservations, logLocationOf, readSegmentsAt } from './stages/log.js';
import { observeTests } from './stages/tests.js';
import { observePolicies } from './stages/policy.js';
import { classify, computeFails } from './core/classify.js';
import { describeChange } from './core/policy/diff.js';
import { describeFlip } from './core/policy/findings.js';
import { shortSha } from './core/runbook/model.js';
import { renderRunbooks } from './core/render/runbook.js';
import { computeClassificationRunbook } from './core/runbook/classification-runbook.js';
import type { Workspace } from './ports/workspace.js';
import { layerFrom, loadSettings } from './settings/load.js';
import { SETTING_NAMES, SettingsError, type Settings } from './settings/settings.js';

/** SPEC §8 exit codes. */
const EXIT = { passed: 0, failed: 1, error: 2 } as const;

/** Settings whose value is a list: the flag may be repeated. */
const LIST_SETTINGS = new Set([
  'sealed',
  'protected-paths',
  'invariants',
  'test-report',
  'outputs',
  'policies',
  'traces',
  'architects',
  'issue-labels',
]);

const USAGE = `usage: driftgate <command> [options]

commands:
  check     run the whole gate on the workspace (exit 0 passed, 1 failed)
  verify    verify the sealed files against the manifest only (writes nothing)
  seal      write the manifest (coreutils sha256sum format) from --sealed globs or FILE...
  log verify            check the whole governance log: chain, canonical lines, MACs (exit 1 names the line)
  log show              the governance log as a table
  log append FILE       append entries kept by a run that could not push (re-chained with a fresh seq/prev)
  decide accept|investigate|rollback [RTE_…] --reason TEXT --by LOGIN
                        record an architect's decision in the governance log
  policy diff           per-rule changes between --base and the work tree (added, removed, flipped, …)
  policy drift          drift score, band, risk level and every signal (docs/policy-signals.md)
  policy replay         traced decisions that change under the work tree's policies (--rule ID to filter)
  policy contradictions static (rules) and dynamic (traces) contradictions
  policy federation     federated stability: divergence of every pair of projects, outliers
  runbook               the runbooks the policies call for, with the classification's
                        (policy and runbook exit 1 when the policies alone would fail the gate)

options (every setting of action.yml is a flag of the same name):
  --workspace DIR     the repository root (default: current directory)
  --baseline FILE     manifest path (default BASELINE_REF.sha256)
  --sealed GLOB       sealed files (repeatable)
  --baseline-ref REF  the ref whose manifest is authoritative
  --config FILE       config file (default .github/driftgate.yml)
  --record            check: append the observation to the governance log (the Action always does)
  --runtime           seal: write the runtime baseline (RUNTIME_BASELINE.json) from one passing test run
  --update            seal: replace an existing manifest or runtime baseline (needs an architect's decision)
  --base REF          policy, runbook: the ref to compare with (default: --baseline-ref)
  --rule ID           policy replay: only flips from or to this rule
  --quiet             verify: print only the entries that are not OK
  --json              machine-readable output on stdout
  --help, --version

exit codes: 0 passed, 1 the gate failed, 2 the gate could not run`;

/** Thrown for wrong usage: exit 2 with the usage text. */
class UsageError extends Error {}

const options = {
  ...Object.fromEntries(
    SETTING_NAMES.map((name) => [
      name,
      { type: 'string', ...(LIST_SETTINGS.has(name) ? { multiple: true } : {}) },
    ]),
  ),
  workspace: { type: 'string', short: 'C' },
  json: { type: 'boolean' },
  update: { type: 'boolean' },
  runtime: { type: 'boolean' },
  record: { type: 'boolean' },
  reason: { type: 'string' },
  base: { type: 'string' },
  rule: { type: 'string' },
  by: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function flagLayer(values: Values) {
  const flags = values as Record<string, string | string[] | boolean | undefined>;
  return layerFrom(
    (name) => {
      const v = flags[name];
      return Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : undefined;
    },
    { kind: 'flag' },
  );
}

const print = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};

/** Runs the command line; returns the exit code. The one catch of the CLI. */
export async function runCli(argv: readonly string[]): Promise<number> {
  let json = false;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { values, positionals } = parsed;
    json = values.json === true;
    if (values.help) {
      print(USAGE);
      return EXIT.passed;
    }
    if (values.version) {
      print(__DRIFTGATE_VERSION__);
      return EXIT.passed;
    }
    const [command, ...rest] = positionals;
    if (!command) throw new UsageError('a command is required');
    const workspace = await createNodeWorkspace(values.workspace ?? process.cwd());
    const settings = await loadSettings(workspace, flagLayer(values));
    switch (command) {
      case 'check':
        return await check(settings, workspace, json, values.record === true);
      case 'verify':
        return await verify(settings, workspace, json, values.quiet === true);
      case 'seal':
        if (values.runtime) return await sealRuntime(settings, workspace, values.update === true, json);
        return await seal(settings, workspace, rest, values.update === true, json);
      case 'log':
        return await logCommand(settings, workspace, rest, json);
      case 'decide':
        return await decide(settings, workspace, rest, values, json);
      case 'policy':
      case 'runbook':
        return await policyCommand(
          settings,
          workspace,
          command === 'runbook' ? 'runbook' : (rest[0] ?? ''),
          values,
          json,
        );
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (json) print(JSON.stringify({ error: message }));
    process.stderr.write(`driftgate: ${message}\n`);
    if (e instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    return EXIT.error;
  }
}

async function check(
  settings: Settings,
  workspace: Workspace,
  json: boolean,
  record: boolean,
): Promise<number> {
  const reporter = createConsoleReporter({ quiet: json });
  const git = await tryCreateSimpleGit(workspace.root);
  const verdict = await runGate(
    settings,
    {
      eventName: 'cli',
      ref: (await currentBranchRef(git)) ?? null,
      branch: null,
      onDefaultBranch: false,
      record,
      run: { id: null, attempt: null, url: null },
      incidentTemplate: await readIncidentTemplate(workspace),
      logUrl: settings['log-branch'] ? `${settings['log-branch']}:${settings.log}` : settings.log,
      pullRequest: null,
      statusSha: null,
      fork: false,
    },
    { workspace, git, runner: createShellRunner(), clock: createSystemClock(), reporter, github: null },
  );
  if (json) {
    print(
      JSON.stringify(
        {
          classification: verdict.classification,
          fails: verdict.fails,
          outputs: reporter.outputs,
          event: verdict.event,
          log: verdict.log
            ? { line: verdict.log.line, pushed: !verdict.log.notPushed, commit: verdict.log.commit }
            : null,
        },
        null,
        2,
      ),
    );
  } else {
    print(`driftgate: ${verdict.classification} — the gate ${verdict.fails ? 'fails' : 'passes'}`);
    print(
      `event ${verdict.event.event_id}; ${verdict.event.findings.length} finding(s); report ${verdict.reportPath}`,
    );
    for (const f of verdict.event.findings) print(`  ${f.classification} ${f.code}: ${f.message}`);
    const p = verdict.event.policy;
    if (p)
      print(
        `policy drift ${p.drift_score} (${p.band}), risk ${p.risk_level}; runbook ${verdict.runbookPath}`,
      );
  }
  return verdict.fails ? EXIT.failed : EXIT.passed;
}

async function verify(
  settings: Settings,
  workspace: Workspace,
  json: boolean,
  quiet: boolean,
): Promise<number> {
  // Without a baseline-ref, verification needs no git (and skips starting it).
  const git = settings['baseline-ref'] ? await tryCreateSimpleGit(workspace.root) : null;
  const { classification, seal } = await runVerify(settings, { workspace, git });
  const fails = classification !== 'STABLE';
  if (json) {
    print(
      JSON.stringify({ classification, fails, entries: seal.verdicts, findings: seal.findings }, null, 2),
    );
  } else {
    const lines = seal.verdicts
      .filter((v) => !quiet || v.status !== 'OK')
      .map((v) => `${v.path}: ${v.status}`);
    if (lines.length) print(lines.join('\n'));
    for (const f of seal.findings)
      if (f.classification !== 'STABLE' || !quiet)
        process.stderr.write(`${f.classification} ${f.code}: ${f.message}\n`);
    if (!quiet || fails) print(`driftgate verify: ${classification}`);
  }
  return fails ? EXIT.failed : EXIT.passed;
}

async function seal(
  settings: Settings,
  workspace: Workspace,
  files: readonly string[],
  update: boolean,
  json: boolean,
): Promise<number> {
  const target = settings.baseline;
  if (!update && (await workspace.exists(target))) {
    throw new SettingsError(
      `${target} exists; updating a sealed baseline needs an architect's decision (SPEC §6). Re-run with --update only with that decision recorded`,
    );
  }
  const listed = files.length > 0 ? [...files] : await workspace.glob(settings.sealed);
  if (listed.length === 0) throw new UsageError('nothing to seal: give --sealed globs or file names');
  const encoder = new TextEncoder();
  const names = [...new Set(listed.map((f) => f.replace(/^(\.\/)+/, '')))].filter((f) => f !== target).sort();
  const bytes = names.map((n) => encoder.encode(n));
  for (const [i, b] of bytes.entries()) {
    const reason = unsafePathReason(b);
    if (reason) throw new UsageError(`${names[i]}: cannot seal a path outside the workspace (${reason})`);
  }
  const observed = await workspace.observe(bytes);
  const entries = observed.map((o, i) => {
    if (o.state !== 'ok') {
      throw new SettingsError(
        `${names[i]}: cannot seal it (${o.state === 'unreadable' ? o.error : o.state})`,
      );
    }
    return { hash: o.sha256, name: bytes[i]! };
  });
  await workspace.writeFile(target, formatManifest(entries));
  if (json) print(JSON.stringify({ manifest: target, entries: entries.length, updated: update }));
  else {
    print(`driftgate seal: wrote ${entries.length} entries to ${target}`);
    if (update)
      process.stderr.write(
        `warning: ${target} was replaced; commit it together with the architect's decision that accepts it\n`,
      );
  }
  return EXIT.passed;
}

/** `driftgate seal --runtime`: one test run, which must be clean and have a report, becomes the runtime baseline. */
async function sealRuntime(
  settings: Settings,
  workspace: Workspace,
  update: boolean,
  json: boolean,
): Promise<number> {
  const target = settings['runtime-baseline'];
  if (!update && (await workspace.exists(target))) {
    throw new SettingsError(
      `${target} exists; updating a runtime baseline needs an architect's decision (SPEC §6). Re-run with --update only with that decision recorded`,
    );
  }
  const git = await tryCreateSimpleGit(workspace.root);
  const stage = await observeTests(
    settings,
    null,
    { workspace, git, runner: createShellRunner(), clock: createSystemClock() },
    { ignoreBaseline: true },
  );
  if (!stage)
    throw new UsageError(
      'seal --runtime needs --test-command (or --test-console with --test-exit-code) and --test-report',
    );
  const { run } = computePrimaryRun(stage.readings);
  const problems = stage.findings.filter((f) => f.classification !== 'STABLE');
  if (problems.length > 0 || !run) {
    const why = problems.length
      ? problems.map((f) => `  ${f.classification} ${f.code}: ${f.message}`).join('\n')
      : '  no test report was read: a runtime baseline records test ids, so it needs --test-report';
    if (json) print(JSON.stringify({ sealed: false, findings: problems }));
    process.stderr.write(`driftgate seal --runtime: refusing to record a run that is not clean:\n${why}\n`);
    return EXIT.failed;
  }
  const outputs: Record<string, string> = {};
  for (const [path, hash] of stage.outputs) {
    if (hash === null) throw new SettingsError(`${path}: output cannot be read, so it cannot be recorded`);
    outputs[path] = hash;
  }
  const baseline = computeRuntimeBaseline(run, outputs, (await git?.head()) ?? 'unknown');
  await workspace.writeFile(target, `${JSON.stringify(baseline, null, 2)}\n`);
  const counts = baseline.totals;
  if (json)
    print(
      JSON.stringify({
        sealed: true,
        runtimeBaseline: target,
        totals: counts,
        outputs: Object.keys(outputs).length,
      }),
    );
  else
    print(
      `driftgate seal --runtime: wrote ${target}: ${counts.total} tests (${counts.passed} passed, ${counts.skipped + counts.todo} skipped/todo), ${Object.keys(outputs).length} output(s)`,
    );
  return EXIT.passed;
}

/** The log's segments: from origin's log branch (or the local one without an origin), else the workspace file. */
async function loadLog(
  settings: Settings,
  workspace: Workspace,
  git: Git | null,
): Promise<{ segments: Uint8Array[]; where: string }> {
  const location = logLocationOf(settings, null);
  if (location.dedicated && git && location.branch) {
    let tip: string | null = null;
    try {
      tip = await git.fetchBranch(location.branch);
    } catch {
      // No origin: read the local branch of that name.
      tip = await git.ensureCommit(location.branch).catch(() => null);
    }
    if (!tip) return { segments: [], where: `${location.branch} (does not exist yet)` };
    return {
      segments: allSegments(await readSegmentsAt(git, tip, location.path)),
      where: `${location.branch}:${location.path}`,
    };
  }
  const file = await workspace.readFile(location.path);
  return { segments: file.state === 'present' ? [file.bytes] : [], where: location.path };
}

async function logCommand(
  settings: Settings,
  workspace: Workspace,
  args: readonly string[],
  json: boolean,
): Promise<number> {
  const [sub, file] = args;
  const git = await tryCreateSimpleGit(workspace.root);
  if (sub === 'verify' || sub === 'show') {
    const { segments, where } = await loadLog(settings, workspace, git);
    const reading = readLog(Buffer.concat(segments), undefined, settings['log-key'] || null);
    const error = reading.errors[0];
    if (sub === 'verify') {
      if (json) print(JSON.stringify({ log: where, lines: reading.entries.length, error: error ?? null }));
      else if (error)
        process.stderr.write(`driftgate log verify: ${where}: line ${error.line}: ${error.reason}\n`);
      else
        print(
          `driftgate log verify: ${where}: ${reading.entries.length} line(s), chain intact${settings['log-key'] ? ', every MAC valid' : ''}`,
        );
      return error ? EXIT.failed : EXIT.passed;
    }
    if (json) print(JSON.stringify(reading.entries, null, 2));
    else {
      print('seq  type         event_id                      timestamp                 what');
      for (const e of reading.entries) {
        const what =
          e.type === 'OBSERVATION'
            ? `${e.classification}${e.frozen_by ? ` (frozen by ${e.frozen_by})` : ''} ${e.ref ?? ''} ${e.commit.slice(0, 12)}`
            : e.type === 'DECISION'
              ? `${e.decision} by ${e.by}: ${e.reason}`
              : `seal by ${e.by}`;
        print(
          `${String(e.seq).padEnd(4)} ${e.type.padEnd(12)} ${e.event_id.padEnd(29)} ${e.timestamp.padEnd(25)} ${what}`,
        );
      }
      if (error) process.stderr.write(`line ${error.line}: ${error.reason}\n`);
    }
    return error ? EXIT.failed : EXIT.passed;
  }
  if (sub === 'append') {
    if (!file) throw new UsageError('log append needs the FILE holding the entry lines');
    const read = await workspace.readFile(file);
    if (read.state !== 'present')
      throw new SettingsError(`${file}: ${read.state === 'absent' ? 'not found' : read.error}`);
    const results = await appendKeptObservations(logLocationOf(settings, null), file, read.bytes, git);
    if (json) print(JSON.stringify(results));
    else for (const r of results) print(`appended OBSERVATION ${r.event_id} as ${r.entry}`);
    return EXIT.passed;
  }
  throw new UsageError(`unknown log command "${sub ?? ''}" (verify, show or append FILE)`);
}

async function decide(
  settings: Settings,
  workspace: Workspace,
  args: readonly string[],
  values: { reason?: string; by?: string },
  json: boolean,
): Promise<number> {
  const [kind, eventId] = args;
  if (kind !== 'accept' && kind !== 'investigate' && kind !== 'rollback') {
    throw new UsageError('decide needs accept, investigate or rollback');
  }
  if (!values.reason?.trim()) throw new UsageError('decide needs --reason: a decision is written');
  const by = values.by ?? process.env.USER ?? '';
  if (!by) throw new UsageError('decide needs --by LOGIN');
  const git = await tryCreateSimpleGit(workspace.root);
  const outcome = await recordDecision(
    {
      request: { decision: kind, eventId: eventId ?? null, reason: values.reason.trim() },
      by,
      source: 'cli',
      place: { kind: 'command-line' },
      architects: settings.architects,
      // No API on the command line: with an empty architects list the shell user (who needs push rights to the log) decides.
      permission: settings.architects.length ? null : 'admin',
    },
    logLocationOf(settings, null),
    { git, workspace, clock: createSystemClock() },
  );
  if (json)
    print(
      JSON.stringify(
        outcome.status === 'recorded'
          ? { status: 'recorded', event: outcome.event.event_id, entry: outcome.appended.id }
          : outcome,
      ),
    );
  else if (outcome.status === 'recorded')
    print(`driftgate decide: ${kind} on ${outcome.event.event_id} recorded as ${outcome.appended.id}`);
  else process.stderr.write(`driftgate decide: not recorded: ${outcome.reason}\n`);
  return outcome.status === 'recorded' ? EXIT.passed : EXIT.failed;
}

/** refs/heads/<branch> of the checkout, so freezes scoped to a ref apply on the command line too. */
async function currentBranchRef(git: Git | null): Promise<string | null> {
  const branch = git ? await git.currentBranch() : null;
  return branch ? `refs/heads/${branch}` : null;
}

declare const __DRIFTGATE_VERSION__: string;

const POLICY_COMMANDS = ['diff', 'drift', 'replay', 'contradictions', 'federation', 'runbook'] as const;

/** `driftgate policy diff|drift|replay|contradictions|federation` and `driftgate runbook`. */
async function policyCommand(
  settings: Settings,
  workspace: Workspace,
  sub: string,
  values: Values,
  json: boolean,
): Promise<number> {
  if (!(POLICY_COMMANDS as readonly string[]).includes(sub))
    throw new UsageError(
      `policy needs one of diff, drift, replay, contradictions, federation (got "${sub}")`,
    );
  const git = await tryCreateSimpleGit(workspace.root);
  const ref = values.base ?? settings['baseline-ref'];
  if (ref && !git) throw new UsageError(`--base ${ref} needs a git repository`);
  const baselineRef = ref && git ? await git.ensureCommit(ref) : null;
  const stage = await observePolicies(
    { policies: settings.policies, traces: settings.traces, baselineRef },
    { workspace, git },
  );
  if (!stage) {
    if (json) print(JSON.stringify({ policies: [], traces: 0 }));
    else
      print(
        `driftgate: no policy file (${settings.policies.join(', ')}) and no trace (${settings.traces.join(', ')})`,
      );
    return EXIT.passed;
  }
  const a = stage.analysis;
  const classification = classify(stage.findings);
  const code = computeFails(classification, settings['fail-on']) ? EXIT.failed : EXIT.passed;
  const flips = values.rule
    ? a.replay.flips.filter((f) => f.from.rule === values.rule || f.to.rule === values.rule)
    : a.replay.flips;
  const out = {
    diff: () => ({ base: a.base, head: a.head, changes: a.diff }),
    drift: () => ({
      drift: a.drift,
      risk: a.risk,
      volatility: a.volatility,
      stability: a.stability,
      signals: a.signals,
      flipFlops: a.history.flipFlops,
      commits: a.history.commits,
    }),
    replay: () => ({ ...a.replay, flips, rule: values.rule ?? null }),
    contradictions: () => a.contradictions,
    federation: () => ({ stability: a.stability, ...a.federation }),
    runbook: () => {
      const books = [
        computeClassificationRunbook(classification, {
          head: a.head,
          base: a.base,
          manifest: settings.baseline,
          logBranch: settings['log-branch'] || null,
        }),
        ...stage.runbooks,
      ];
      return json ? books : renderRunbooks(books);
    },
  }[sub as (typeof POLICY_COMMANDS)[number]]();
  if (json) {
    print(
      JSON.stringify(
        {
          classification,
          findings: stage.findings,
          ...(Array.isArray(out) ? { runbooks: out } : typeof out === 'object' ? out : {}),
        },
        null,
        2,
      ),
    );
    return code;
  }
  if (typeof out === 'string') {
    print(out);
    return code;
  }
  const lines: string[] = [];
  switch (sub) {
    case 'diff':
      lines.push(
        `policy diff ${a.base ? shortSha(a.base) : '(no base)'}..${shortSha(a.head)}: ${a.diff.length} change(s)`,
      );
      for (const d of a.diff) lines.push(`  ${d.project}  ${d.id}  ${describeChange(d)}  ${d.direction}`);
      break;
    case 'drift':
      lines.push(
        `drift ${a.drift.score} (${a.drift.band}) · risk ${a.risk.level}${a.risk.alarms.length ? ` (${a.risk.alarms.join('; ')})` : ''} · volatility ${a.volatility} · stability ${a.stability}`,
      );
      for (const s of a.signals)
        lines.push(
          `  ${s.title.padEnd(24)} ${String(s.value).padEnd(7)} = ${s.intensity} × confidence ${s.confidence} (${s.severity}) — ${s.detail}`,
        );
      for (const f of a.history.flipFlops.slice(0, 10))
        lines.push(`  flip-flop ${f.project} ${f.rule}: ${f.changes} changes, ${f.reversals} reversals`);
      break;
    case 'replay':
      lines.push(
        `${a.replay.flipped} of ${a.replay.lines} traced decisions change under head (${a.replay.loosened} loosened, ${a.replay.tightened} tightened)`,
      );
      for (const f of flips) lines.push(`  ${f.project}: ${describeFlip(f)}`);
      break;
    case 'contradictions':
      lines.push(
        `${a.contradictions.static.length} static (${a.contradictions.introduced.length} new), ${a.contradictions.dynamic.length} dynamic`,
      );
      for (const c of a.contradictions.static)
        lines.push(
          `  static ${c.type} ${c.project}: ${c.rules.join(' vs ')} (${c.effects.join(' vs ')}) in ${c.files.join(', ')}${c.example ? ` e.g. ${c.example}` : ''}`,
        );
      for (const d of a.contradictions.dynamic)
        lines.push(
          `  dynamic ${d.project ?? '(no project)'}: ${d.request.action} ${d.request.target}: ${d.decisions.map((x) => `${x.decision} ×${x.lines} (first ${x.firstAt})`).join(', ')}`,
        );
      break;
    case 'federation':
      lines.push(`federated stability ${a.stability} over ${a.projects.length} project(s)`);
      for (const p of a.federation.pairs)
        lines.push(`  ${p.a} vs ${p.b}: divergence ${p.divergence} on ${p.shared} shared probes`);
      if (a.federation.outliers.length)
        lines.push(
          `  outliers: ${a.federation.outliers.map((o) => `${o.project} (${o.divergence})`).join(', ')}`,
        );
      break;
  }
  for (const f of stage.findings)
    if (f.classification !== 'STABLE') lines.push(`${f.classification} ${f.code}: ${f.message}`);
  print(lines.join('\n'));
  return code;
}
