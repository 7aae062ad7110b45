import {
  SETTING_DEFAULTS,
  SETTING_NAMES,
  SettingsError,
  computeDefaultSettings
} from "./chunk-YT3BNT63.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  preprocess,
  strictObject,
  string,
  union
} from "./chunk-C2M7AN2O.js";

// src/settings/settings.ts
function once(build) {
  let built;
  return () => built ??= build();
}
var list = once(
  () => preprocess(
    (v) => {
      if (v === void 0 || v === null || v === "") return [];
      if (typeof v === "string") return v.split(/\r?\n/);
      return v;
    },
    array(string(), { error: "expected a list of strings (YAML list or newline-separated text)" }).transform((a) => a.map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith("#")))
  )
);
var workspacePath = once(
  () => string({ error: "expected a path relative to the workspace" }).refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), {
    error: 'expected a path inside the workspace (relative, no "..")'
  })
);
var optionalText = once(() => preprocess((v) => v === void 0 || v === null ? "" : v, string()));
var bool = once(
  () => preprocess(
    (v) => v === "true" ? true : v === "false" ? false : v,
    boolean({ error: "expected true or false" })
  )
);
var positiveNumber = once(
  () => preprocess(
    (v) => typeof v === "string" && v.trim() !== "" ? Number(v) : v,
    number({ error: "expected a number of minutes" }).positive({ error: "expected a positive number of minutes" })
  )
);
var exitCode = once(
  () => preprocess(
    (v) => v === "" || v === void 0 || v === null ? null : typeof v === "string" ? Number(v) : v,
    number({ error: "expected an exit code (integer 0-255)" }).int().min(0).max(255).nullable()
  )
);
var INVARIANT_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*:\s*(\S.*)$/;
var invariants = once(
  () => list().pipe(
    array(
      string().regex(INVARIANT_LINE, { error: 'expected "ID: command" (e.g. "INV-D-01: npm run check-schema")' })
    )
  ).transform(
    (lines) => lines.map((l) => {
      const m = INVARIANT_LINE.exec(l);
      return { id: m[1], command: m[2].trim() };
    })
  )
);
var logins = once(
  () => list().transform(
    (a) => a.flatMap((s) => s.split(",")).map((s) => s.trim().replace(/^@/, "")).filter(Boolean)
  )
);
var FIELDS = {
  config: once(() => workspacePath().default(SETTING_DEFAULTS.config)),
  mode: once(() => _enum(["check", "decide"]).default(SETTING_DEFAULTS.mode)),
  baseline: once(() => workspacePath().default(SETTING_DEFAULTS.baseline)),
  sealed: once(() => list().default([...SETTING_DEFAULTS.sealed])),
  "baseline-ref": once(() => optionalText().default(SETTING_DEFAULTS["baseline-ref"])),
  "protected-paths": once(() => list().default([...SETTING_DEFAULTS["protected-paths"]])),
  invariants: once(() => invariants().default([...SETTING_DEFAULTS.invariants])),
  "test-command": once(() => optionalText().default(SETTING_DEFAULTS["test-command"])),
  "test-report": once(() => list().default([...SETTING_DEFAULTS["test-report"]])),
  "test-console": once(() => union([literal(""), workspacePath()]).default(SETTING_DEFAULTS["test-console"])),
  "test-exit-code": once(() => exitCode().default(SETTING_DEFAULTS["test-exit-code"])),
  "test-timeout": once(() => positiveNumber().default(SETTING_DEFAULTS["test-timeout"])),
  "runtime-baseline": once(() => workspacePath().default(SETTING_DEFAULTS["runtime-baseline"])),
  outputs: once(() => list().default([...SETTING_DEFAULTS.outputs])),
  policies: once(() => list().default([...SETTING_DEFAULTS.policies])),
  traces: once(() => list().default([...SETTING_DEFAULTS.traces])),
  log: once(() => workspacePath().default(SETTING_DEFAULTS.log)),
  "log-branch": once(() => optionalText().default(SETTING_DEFAULTS["log-branch"])),
  "log-key": once(() => optionalText().default(SETTING_DEFAULTS["log-key"])),
  "fail-on": once(() => _enum(["PRODUCT_DRIFT", "TOOLING_DRIFT"]).default(SETTING_DEFAULTS["fail-on"])),
  comment: once(() => bool().default(SETTING_DEFAULTS.comment)),
  escalate: once(() => _enum(["TOOLING_DRIFT", "PRODUCT_DRIFT", "INCIDENT"]).default(SETTING_DEFAULTS.escalate)),
  architects: once(() => logins().default([...SETTING_DEFAULTS.architects])),
  "governed-refs": once(() => list().default([...SETTING_DEFAULTS["governed-refs"]])),
  "issue-labels": once(() => list().default([...SETTING_DEFAULTS["issue-labels"]])),
  "github-token": once(() => optionalText().default(SETTING_DEFAULTS["github-token"]))
};
function settingsSchemaOf(names) {
  return strictObject(
    Object.fromEntries(names.map((name) => [name, FIELDS[name]()]))
  );
}
var SECRET_NAMES = /* @__PURE__ */ new Set(["github-token", "log-key"]);
function describeSource(source, key) {
  if (!source) return key;
  if (source.kind === "file") return `${source.path}: ${key}`;
  return source.kind === "input" ? `input ${key}` : `--${key}`;
}
function describeValue(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}\u2026` : v);
  const json = JSON.stringify(v);
  return json === void 0 ? String(v) : json.length > 80 ? `${json.slice(0, 80)}\u2026` : json;
}
function parseSettings(layers) {
  const merged = {};
  for (const layer of layers) {
    for (const [key, raw] of Object.entries(layer)) {
      if (raw.source.kind === "file" && SECRET_NAMES.has(key)) {
        throw new SettingsError(
          `${describeSource(raw.source, key)}: secrets may not be stored in the config file; pass ${key} as a step input from a secret`
        );
      }
      merged[key] = raw;
    }
  }
  const values = Object.fromEntries(Object.entries(merged).map(([k, r]) => [k, r.value]));
  const given = SETTING_NAMES.filter((name) => Object.hasOwn(values, name));
  const result = settingsSchemaOf(given).safeParse(values);
  if (result.success) {
    const defaults = computeDefaultSettings();
    const parsed = result.data;
    return Object.fromEntries(
      SETTING_NAMES.map((name) => [name, Object.hasOwn(parsed, name) ? parsed[name] : defaults[name]])
    );
  }
  const messages = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    if (issue.code === "unrecognized_keys") {
      const bad = issue.keys.map((k) => `${describeSource(merged[k]?.source, k)}: unknown setting`);
      return `${bad.join("; ")} (expected one of: ${SETTING_NAMES.join(", ")})`;
    }
    const raw = merged[key];
    const at = issue.path.length > 1 ? `[${issue.path.slice(1).join(".")}]` : "";
    const got = raw ? `, got ${describeValue(issue.path.length > 1 ? pick(raw.value, issue.path.slice(1)) : raw.value)}` : "";
    const expected = issue.code === "invalid_value" && "values" in issue ? `expected ${issue.values.map(String).join("|")}` : issue.message;
    return `${describeSource(raw?.source, key)}${at}: ${expected}${got}`;
  });
  throw new SettingsError(messages.join("\n"));
}
function pick(value, path) {
  let v = value;
  for (const p of path) {
    if (typeof v === "string" && typeof p === "number") v = v.split(/\r?\n/).filter((s) => s.trim())[p];
    else if (v && typeof v === "object") v = v[p];
    else return void 0;
  }
  return v;
}

export {
  settingsSchemaOf,
  parseSettings
};
