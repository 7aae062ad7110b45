import type { ParseArgsConfig } from 'node:util';
import { SETTING_NAMES } from '../settings/defaults.js';
import type { CommandRun } from './io.js';

/** One command of the table: how it is written, what it does, its own flags, and its code (loaded on use). */
export interface CommandSpec {
  name: string;
  /** Usage lines: the synopsis (after `driftgate`) and what it does. */
  lines: ReadonlyArray<readonly [string, string]>;
  /** Flags of this command beyond the settings and the common ones. */
  flags: readonly string[];
  /** Imported only when the command runs, so a bundle split by command loads only what it needs. */
  load: () => Promise<{ run: CommandRun }>;
}

/** Every command, in the order of the usage text. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    lines: [['check', 'run the whole gate on the workspace (exit 0 passed, 1 failed)']],
    flags: ['record'],
    load: () => import('./commands/check.js'),
  },
  {
    name: 'verify',
    lines: [['verify', 'verify the sealed files against the manifest only (writes nothing)']],
    flags: ['quiet'],
    load: () => import('./commands/verify.js'),
  },
  {
    name: 'seal',
    lines: [
      ['seal [FILE...]', 'write the manifest (coreutils sha256sum format) from --sealed globs or FILE...'],
    ],
    flags: ['runtime', 'update'],
    load: () => import('./commands/seal.js'),
  },
  {
    name: 'log',
    lines: [
      ['log verify', 'check the whole governance log: chain, canonical lines, MACs (exit 1 names the line)'],
      ['log show', 'the governance log as a table'],
      [
        'log append FILE',
        'append entries kept by a run that could not push (re-chained with a fresh seq/prev)',
      ],
    ],
    flags: [],
    load: () => import('./commands/log.js'),
  },
  {
    name: 'decide',
    lines: [
      [
        'decide accept|investigate|rollback [RTE_…] --reason TEXT --by LOGIN',
        "record an architect's decision in the governance log",
      ],
    ],
    flags: ['reason', 'by'],
    load: () => import('./commands/decide.js'),
  },
  {
    name: 'policy',
    lines: [
      ['policy diff', 'per-rule changes between --base and the work tree (added, removed, flipped, …)'],
      ['policy drift', 'drift score, band, risk level and every signal (docs/policy-signals.md)'],
      ['policy replay', "traced decisions that change under the work tree's policies (--rule ID to filter)"],
      ['policy contradictions', 'static (rules) and dynamic (traces) contradictions'],
      ['policy federation', 'federated stability: divergence of every pair of projects, outliers'],
      ['policy runbook', 'the same as runbook'],
    ],
    flags: ['base', 'rule'],
    load: () => import('./commands/policy.js'),
  },
  {
    name: 'runbook',
    lines: [
      [
        'runbook',
        "the runbooks the policies call for, with the classification's (policy and runbook exit 1 when the policies alone would fail the gate)",
      ],
    ],
    flags: ['base'],
    load: () => import('./commands/runbook.js'),
  },
];

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

/** The flags that are not settings: what each does (shown in the usage). */
export const FLAGS: Record<
  string,
  { type: 'string' | 'boolean'; short?: string; arg?: string; help: string }
> = {
  workspace: {
    type: 'string',
    short: 'C',
    arg: 'DIR',
    help: 'the repository root (default: current directory)',
  },
  record: { type: 'boolean', help: 'append the observation to the governance log (the Action always does)' },
  runtime: {
    type: 'boolean',
    help: 'write the runtime baseline (RUNTIME_BASELINE.json) from one passing test run',
  },
  update: {
    type: 'boolean',
    help: "replace an existing manifest or runtime baseline (needs an architect's decision)",
  },
  base: { type: 'string', arg: 'REF', help: 'the ref to compare with (default: --baseline-ref)' },
  rule: { type: 'string', arg: 'ID', help: 'only flips from or to this rule' },
  reason: { type: 'string', arg: 'TEXT', help: 'why: a decision is written' },
  by: { type: 'string', arg: 'LOGIN', help: 'who decides (default: $USER)' },
  quiet: { type: 'boolean', short: 'q', help: 'print only the entries that are not OK' },
  json: { type: 'boolean', help: 'machine-readable output on stdout' },
  help: { type: 'boolean', short: 'h', help: "this text; after a command, that command's" },
  version: { type: 'boolean', help: "driftgate's version" },
};

/** The settings most runs give on the command line (every setting of action.yml is a flag of the same name). */
const COMMON_SETTINGS: ReadonlyArray<readonly [string, string]> = [
  ['--baseline FILE', 'manifest path (default BASELINE_REF.sha256)'],
  ['--sealed GLOB', 'sealed files (repeatable)'],
  ['--baseline-ref REF', 'the ref whose manifest is authoritative'],
  ['--config FILE', 'config file (default .github/driftgate.yml)'],
];

/** node:util parseArgs options: every setting, then the other flags. */
export const PARSE_OPTIONS = {
  ...Object.fromEntries(
    SETTING_NAMES.map((name) => [
      name,
      { type: 'string', ...(LIST_SETTINGS.has(name) ? { multiple: true } : {}) },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(FLAGS).map(([name, f]) => [
      name,
      { type: f.type, ...(f.short ? { short: f.short } : {}) },
    ]),
  ),
} as ParseArgsConfig['options'];

const EXIT_LINE = 'exit codes: 0 passed, 1 the gate failed, 2 the gate could not run';

const column = (rows: ReadonlyArray<readonly [string, string]>, width: number): string[] =>
  rows.map(([left, right]) =>
    left.length < width ? `  ${left.padEnd(width)}${right}` : `  ${left}\n  ${' '.repeat(width)}${right}`,
  );

const flagRow = (name: string): readonly [string, string] => {
  const f = FLAGS[name]!;
  return [`--${name}${f.arg ? ` ${f.arg}` : ''}`, f.help];
};

/** `driftgate --help`. */
export function renderUsage(): string {
  const commandFlags = new Set(COMMANDS.flatMap((c) => c.flags));
  return [
    'usage: driftgate <command> [options]',
    '',
    'commands:',
    ...column(
      COMMANDS.flatMap((c) => c.lines),
      22,
    ),
    '',
    'options (every setting of action.yml is a flag of the same name):',
    ...column(
      [
        flagRow('workspace'),
        ...COMMON_SETTINGS,
        ...[...commandFlags].map((name) => {
          const [left, help] = flagRow(name);
          const users = COMMANDS.filter((c) => c.flags.includes(name)).map((c) => c.name);
          return [left, `${users.join(', ')}: ${help}`] as const;
        }),
        flagRow('json'),
        ['--help, --version', ''],
      ],
      20,
    ),
    '',
    EXIT_LINE,
  ].join('\n');
}

/** `driftgate <command> --help`. */
export function renderCommandHelp(spec: CommandSpec): string {
  return [
    ...spec.lines.map(([synopsis]) => `usage: driftgate ${synopsis} [options]`),
    '',
    ...column(spec.lines, 22),
    '',
    'options (every setting of action.yml is a flag of the same name):',
    ...column([...spec.flags.map(flagRow), flagRow('workspace'), ...COMMON_SETTINGS, flagRow('json')], 20),
    '',
    EXIT_LINE,
  ].join('\n');
}
