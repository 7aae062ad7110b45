const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_schemas = require("./schemas-Bs_YTln_.js");
// src/settings/settings.ts
var settings_exports = require_rolldown_runtime.__exportAll({ parseSettings: () => parseSettings });
function once(build) {
	let built;
	return () => built ??= build();
}
function settingsSchemaOf(names) {
	return require_schemas.strictObject(Object.fromEntries(names.map((name) => [name, FIELDS[name]()])));
}
function describeSource(source, key) {
	if (!source) return key;
	if (source.kind === "file") return `${source.path}: ${key}`;
	return source.kind === "input" ? `input ${key}` : `--${key}`;
}
function describeValue(v) {
	if (typeof v === "string") return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
	const json = JSON.stringify(v);
	return json === void 0 ? String(v) : json.length > 80 ? `${json.slice(0, 80)}…` : json;
}
function parseSettings(layers) {
	const merged = {};
	for (const layer of layers) for (const [key, raw] of Object.entries(layer)) {
		if (raw.source.kind === "file" && SECRET_NAMES.has(key)) throw new require_verify.SettingsError(`${describeSource(raw.source, key)}: secrets may not be stored in the config file; pass ${key} as a step input from a secret`);
		merged[key] = raw;
	}
	const values = Object.fromEntries(Object.entries(merged).map(([k, r]) => [k, r.value]));
	const result = settingsSchemaOf(require_verify.SETTING_NAMES.filter((name) => Object.hasOwn(values, name))).safeParse(values);
	if (result.success) {
		const defaults = require_verify.computeDefaultSettings();
		const parsed = result.data;
		return Object.fromEntries(require_verify.SETTING_NAMES.map((name) => [name, Object.hasOwn(parsed, name) ? parsed[name] : defaults[name]]));
	}
	const messages = result.error.issues.map((issue) => {
		const key = String(issue.path[0] ?? "");
		if (issue.code === "unrecognized_keys") return `${issue.keys.map((k) => `${describeSource(merged[k]?.source, k)}: unknown setting`).join("; ")} (expected one of: ${require_verify.SETTING_NAMES.join(", ")})`;
		const raw = merged[key];
		const at = issue.path.length > 1 ? `[${issue.path.slice(1).join(".")}]` : "";
		const got = raw ? `, got ${describeValue(issue.path.length > 1 ? pick(raw.value, issue.path.slice(1)) : raw.value)}` : "";
		const expected = issue.code === "invalid_value" && "values" in issue ? `expected ${issue.values.map(String).join("|")}` : issue.message;
		return `${describeSource(raw?.source, key)}${at}: ${expected}${got}`;
	});
	throw new require_verify.SettingsError(messages.join("\n"));
}
function pick(value, path) {
	let v = value;
	for (const p of path) if (typeof v === "string" && typeof p === "number") v = v.split(/\r?\n/).filter((s) => s.trim())[p];
	else if (v && typeof v === "object") v = v[p];
	else return void 0;
	return v;
}
var list, workspacePath, optionalText, bool, positiveNumber, exitCode, INVARIANT_LINE, invariants, logins, FIELDS, SECRET_NAMES;
function init_settings() {
	return (init_settings = require_rolldown_runtime.__esmMin((() => {
		require_schemas.init_schemas();
		require_verify.init_defaults();
		list = once(() => require_schemas.preprocess((v) => {
			if (v === void 0 || v === null || v === "") return [];
			if (typeof v === "string") return v.split(/\r?\n/);
			return v;
		}, require_schemas.array(require_schemas.string(), { error: "expected a list of strings (YAML list or newline-separated text)" }).transform((a) => a.map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith("#")))));
		workspacePath = once(() => require_schemas.string({ error: "expected a path relative to the workspace" }).refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), { error: "expected a path inside the workspace (relative, no \"..\")" }));
		optionalText = once(() => require_schemas.preprocess((v) => v === void 0 || v === null ? "" : v, require_schemas.string()));
		bool = once(() => require_schemas.preprocess((v) => v === "true" ? true : v === "false" ? false : v, require_schemas.boolean({ error: "expected true or false" })));
		positiveNumber = once(() => require_schemas.preprocess((v) => typeof v === "string" && v.trim() !== "" ? Number(v) : v, require_schemas.number({ error: "expected a number of minutes" }).positive({ error: "expected a positive number of minutes" })));
		exitCode = once(() => require_schemas.preprocess((v) => v === "" || v === void 0 || v === null ? null : typeof v === "string" ? Number(v) : v, require_schemas.number({ error: "expected an exit code (integer 0-255)" }).int().min(0).max(255).nullable()));
		INVARIANT_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*:\s*(\S.*)$/;
		invariants = once(() => list().pipe(require_schemas.array(require_schemas.string().regex(INVARIANT_LINE, { error: "expected \"ID: command\" (e.g. \"INV-D-01: npm run check-schema\")" }))).transform((lines) => lines.map((l) => {
			const m = INVARIANT_LINE.exec(l);
			return {
				id: m[1],
				command: m[2].trim()
			};
		})));
		logins = once(() => list().transform((a) => a.flatMap((s) => s.split(",")).map((s) => s.trim().replace(/^@/, "")).filter(Boolean)));
		FIELDS = {
			config: once(() => workspacePath().default(require_verify.SETTING_DEFAULTS.config)),
			mode: once(() => require_schemas._enum(["check", "decide"]).default(require_verify.SETTING_DEFAULTS.mode)),
			baseline: once(() => workspacePath().default(require_verify.SETTING_DEFAULTS.baseline)),
			sealed: once(() => list().default([...require_verify.SETTING_DEFAULTS.sealed])),
			"baseline-ref": once(() => optionalText().default(require_verify.SETTING_DEFAULTS["baseline-ref"])),
			"protected-paths": once(() => list().default([...require_verify.SETTING_DEFAULTS["protected-paths"]])),
			invariants: once(() => invariants().default([...require_verify.SETTING_DEFAULTS.invariants])),
			"test-command": once(() => optionalText().default(require_verify.SETTING_DEFAULTS["test-command"])),
			"test-report": once(() => list().default([...require_verify.SETTING_DEFAULTS["test-report"]])),
			"test-console": once(() => require_schemas.union([require_schemas.literal(""), workspacePath()]).default(require_verify.SETTING_DEFAULTS["test-console"])),
			"test-exit-code": once(() => exitCode().default(require_verify.SETTING_DEFAULTS["test-exit-code"])),
			"test-timeout": once(() => positiveNumber().default(require_verify.SETTING_DEFAULTS["test-timeout"])),
			"runtime-baseline": once(() => workspacePath().default(require_verify.SETTING_DEFAULTS["runtime-baseline"])),
			outputs: once(() => list().default([...require_verify.SETTING_DEFAULTS.outputs])),
			policies: once(() => list().default([...require_verify.SETTING_DEFAULTS.policies])),
			traces: once(() => list().default([...require_verify.SETTING_DEFAULTS.traces])),
			log: once(() => workspacePath().default(require_verify.SETTING_DEFAULTS.log)),
			"log-branch": once(() => optionalText().default(require_verify.SETTING_DEFAULTS["log-branch"])),
			"log-key": once(() => optionalText().default(require_verify.SETTING_DEFAULTS["log-key"])),
			"fail-on": once(() => require_schemas._enum(["PRODUCT_DRIFT", "TOOLING_DRIFT"]).default(require_verify.SETTING_DEFAULTS["fail-on"])),
			comment: once(() => bool().default(require_verify.SETTING_DEFAULTS.comment)),
			escalate: once(() => require_schemas._enum([
				"TOOLING_DRIFT",
				"PRODUCT_DRIFT",
				"INCIDENT"
			]).default(require_verify.SETTING_DEFAULTS.escalate)),
			architects: once(() => logins().default([...require_verify.SETTING_DEFAULTS.architects])),
			"governed-refs": once(() => list().default([...require_verify.SETTING_DEFAULTS["governed-refs"]])),
			"issue-labels": once(() => list().default([...require_verify.SETTING_DEFAULTS["issue-labels"]])),
			"github-token": once(() => optionalText().default(require_verify.SETTING_DEFAULTS["github-token"]))
		};
		SECRET_NAMES = new Set(["github-token", "log-key"]);
	})))();
}
Object.defineProperty(exports, "init_settings", {
	enumerable: true,
	get: function() {
		return init_settings;
	}
});
Object.defineProperty(exports, "parseSettings", {
	enumerable: true,
	get: function() {
		return parseSettings;
	}
});
Object.defineProperty(exports, "settings_exports", {
	enumerable: true,
	get: function() {
		return settings_exports;
	}
});
