import {
  EXIT,
  UsageError,
  print,
  warn
} from "./chunk-C5FXNSZY.js";
import {
  SETTING_NAMES
} from "./chunk-YT3BNT63.js";
import "./chunk-Q5N7MLC5.js";

// src/cli/main.ts
const { parseArgs } = process.getBuiltinModule("node:util");

// src/cli/table.ts
var COMMANDS = [
  {
    name: "check",
    lines: [["check", "run the whole gate on the workspace (exit 0 passed, 1 failed)"]],
    flags: ["record"],
    load: () => import("./chunk-Q2QOTNPR.js")
  },
  {
    name: "verify",
    lines: [["verify", "verify the sealed files against the manifest only (writes nothing)"]],
    flags: ["quiet"],
    load: () => import("./chunk-KRP4EAIH.js")
  },
  {
    name: "seal",
    lines: [
      ["seal [FILE...]", "write the manifest (coreutils sha256sum format) from --sealed globs or FILE..."]
    ],
    flags: ["runtime", "update"],
    load: () => import("./chunk-5IZJQGTY.js")
  },
  {
    name: "log",
    lines: [
      ["log verify", "check the whole governance log: chain, canonical lines, MACs (exit 1 names the line)"],
      ["log show", "the governance log as a table"],
      [
        "log append FILE",
        "append entries kept by a run that could not push (re-chained with a fresh seq/prev)"
      ]
    ],
    flags: [],
    load: () => import("./chunk-KG5ZAOI4.js")
  },
  {
    name: "decide",
    lines: [
      [
        "decide accept|investigate|rollback [RTE_\u2026] --reason TEXT --by LOGIN",
        "record an architect's decision in the governance log"
      ]
    ],
    flags: ["reason", "by"],
    load: () => import("./chunk-7O2PQTN7.js")
  },
  {
    name: "policy",
    lines: [
      ["policy diff", "per-rule changes between --base and the work tree (added, removed, flipped, \u2026)"],
      ["policy drift", "drift score, band, risk level and every signal (docs/policy-signals.md)"],
      ["policy replay", "traced decisions that change under the work tree's policies (--rule ID to filter)"],
      ["policy contradictions", "static (rules) and dynamic (traces) contradictions"],
      ["policy federation", "federated stability: divergence of every pair of projects, outliers"],
      ["policy runbook", "the same as runbook"]
    ],
    flags: ["base", "rule"],
    load: () => import("./chunk-ZKLWHM3X.js")
  },
  {
    name: "runbook",
    lines: [
      [
        "runbook",
        "the runbooks the policies call for, with the classification's (policy and runbook exit 1 when the policies alone would fail the gate)"
      ]
    ],
    flags: ["base"],
    load: () => import("./chunk-KS5OWVLT.js")
  }
];
var LIST_SETTINGS = /* @__PURE__ */ new Set([
  "sealed",
  "protected-paths",
  "invariants",
  "test-report",
  "outputs",
  "policies",
  "traces",
  "architects",
  "issue-labels"
]);
var FLAGS = {
  workspace: {
    type: "string",
    short: "C",
    arg: "DIR",
    help: "the repository root (default: current directory)"
  },
  record: { type: "boolean", help: "append the observation to the governance log (the Action always does)" },
  runtime: {
    type: "boolean",
    help: "write the runtime baseline (RUNTIME_BASELINE.json) from one passing test run"
  },
  update: {
    type: "boolean",
    help: "replace an existing manifest or runtime baseline (needs an architect's decision)"
  },
  base: { type: "string", arg: "REF", help: "the ref to compare with (default: --baseline-ref)" },
  rule: { type: "string", arg: "ID", help: "only flips from or to this rule" },
  reason: { type: "string", arg: "TEXT", help: "why: a decision is written" },
  by: { type: "string", arg: "LOGIN", help: "who decides (default: $USER)" },
  quiet: { type: "boolean", short: "q", help: "print only the entries that are not OK" },
  json: { type: "boolean", help: "machine-readable output on stdout" },
  help: { type: "boolean", short: "h", help: "this text; after a command, that command's" },
  version: { type: "boolean", help: "driftgate's version" }
};
var COMMON_SETTINGS = [
  ["--baseline FILE", "manifest path (default BASELINE_REF.sha256)"],
  ["--sealed GLOB", "sealed files (repeatable)"],
  ["--baseline-ref REF", "the ref whose manifest is authoritative"],
  ["--config FILE", "config file (default .github/driftgate.yml)"]
];
var PARSE_OPTIONS = {
  ...Object.fromEntries(
    SETTING_NAMES.map((name) => [
      name,
      { type: "string", ...LIST_SETTINGS.has(name) ? { multiple: true } : {} }
    ])
  ),
  ...Object.fromEntries(
    Object.entries(FLAGS).map(([name, f]) => [
      name,
      { type: f.type, ...f.short ? { short: f.short } : {} }
    ])
  )
};
var EXIT_LINE = "exit codes: 0 passed, 1 the gate failed, 2 the gate could not run";
var column = (rows, width) => rows.map(
  ([left, right]) => left.length < width ? `  ${left.padEnd(width)}${right}` : `  ${left}
  ${" ".repeat(width)}${right}`
);
var flagRow = (name) => {
  const f = FLAGS[name];
  return [`--${name}${f.arg ? ` ${f.arg}` : ""}`, f.help];
};
function renderUsage() {
  const commandFlags = new Set(COMMANDS.flatMap((c) => c.flags));
  return [
    "usage: driftgate <command> [options]",
    "",
    "commands:",
    ...column(
      COMMANDS.flatMap((c) => c.lines),
      22
    ),
    "",
    "options (every setting of action.yml is a flag of the same name):",
    ...column(
      [
        flagRow("workspace"),
        ...COMMON_SETTINGS,
        ...[...commandFlags].map((name) => {
          const [left, help] = flagRow(name);
          const users = COMMANDS.filter((c) => c.flags.includes(name)).map((c) => c.name);
          return [left, `${users.join(", ")}: ${help}`];
        }),
        flagRow("json"),
        ["--help, --version", ""]
      ],
      20
    ),
    "",
    EXIT_LINE
  ].join("\n");
}
function renderCommandHelp(spec) {
  return [
    ...spec.lines.map(([synopsis]) => `usage: driftgate ${synopsis} [options]`),
    "",
    ...column(spec.lines, 22),
    "",
    "options (every setting of action.yml is a flag of the same name):",
    ...column([...spec.flags.map(flagRow), flagRow("workspace"), ...COMMON_SETTINGS, flagRow("json")], 20),
    "",
    EXIT_LINE
  ].join("\n");
}

// src/cli/main.ts
async function runCli(argv) {
  let json = false;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: PARSE_OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(e.message);
    }
    const flags = parsed.values;
    json = flags.json === true;
    const [name, ...args] = parsed.positionals;
    const spec = COMMANDS.find((c) => c.name === name);
    if (flags.help) {
      if (name && !spec) throw new UsageError(`unknown command "${name}"`);
      print(spec ? renderCommandHelp(spec) : renderUsage());
      return EXIT.passed;
    }
    if (flags.version) {
      print("0.1.0");
      return EXIT.passed;
    }
    if (!name) throw new UsageError("a command is required");
    if (!spec) throw new UsageError(`unknown command "${name}"`);
    const { run } = await spec.load();
    return await run({ args, flags, json });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (json) print(JSON.stringify({ error: message }));
    warn(`driftgate: ${message}`);
    if (e instanceof UsageError) warn(`
${renderUsage()}`);
    return EXIT.error;
  }
}

// src/bin.ts
process.exitCode = await runCli(process.argv.slice(2));
