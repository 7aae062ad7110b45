const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
let node_os = require("node:os");
let node_path = require("node:path");
let node_buffer = require("node:buffer");
let node_util = require("node:util");
let node_crypto = require("node:crypto");
let node_fs = require("node:fs");
// src/adapters/lazy-fs.ts
var fsPromises;
function init_lazy_fs() {
	return (init_lazy_fs = require_rolldown_runtime.__esmMin((() => {
		fsPromises = () => process.getBuiltinModule("node:fs/promises");
	})))();
}
// src/adapters/git-hardening.ts
function hardenGitEnvironment(env = process.env) {
	const start = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10) || 0;
	const already = Array.from({ length: start }, (_, i) => env[`GIT_CONFIG_KEY_${i}`]);
	if (HARDENED.every(([key], i) => already[start - HARDENED.length + i] === key)) return;
	HARDENED.forEach(([key, value], i) => {
		env[`GIT_CONFIG_KEY_${start + i}`] = key;
		env[`GIT_CONFIG_VALUE_${start + i}`] = value;
	});
	env.GIT_CONFIG_COUNT = String(start + HARDENED.length);
}
async function readGitFingerprint(root) {
	const hash = (0, node_crypto.createHash)("sha256");
	const add = async (path) => {
		try {
			hash.update(path).update("\0").update(await fsPromises().readFile((0, node_path.join)(root, path))).update("\0");
		} catch (e) {
			hash.update(path).update(`\0${e.code ?? "error"}\0`);
		}
	};
	await add(".git/config");
	let hooks = [];
	try {
		hooks = (await fsPromises().readdir((0, node_path.join)(root, ".git/hooks"))).filter((h) => !h.endsWith(".sample")).sort();
	} catch {}
	for (const h of hooks) await add(`.git/hooks/${h}`);
	return hash.digest("hex");
}
var HARDENED;
function init_git_hardening() {
	return (init_git_hardening = require_rolldown_runtime.__esmMin((() => {
		init_lazy_fs();
		HARDENED = [
			["core.hooksPath", "/dev/null"],
			["core.fsmonitor", "false"],
			["commit.gpgSign", "false"],
			["tag.gpgSign", "false"],
			["core.sshCommand", "ssh"],
			["protocol.ext.allow", "never"]
		];
	})))();
}
// src/cli/io.ts
var EXIT, UsageError, print, warn, printJson;
function init_io() {
	return (init_io = require_rolldown_runtime.__esmMin((() => {
		EXIT = {
			passed: 0,
			failed: 1,
			error: 2
		};
		UsageError = class extends Error {};
		print = (text) => {
			process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
		};
		warn = (text) => {
			process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
		};
		printJson = (value, pretty = true) => print(pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
	})))();
}
// src/settings/defaults.ts
function computeDefaultSettings() {
	return Object.fromEntries(Object.entries(SETTING_DEFAULTS).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));
}
async function parseSettingsOnDemand(layers) {
	if (layers.every((layer) => Object.keys(layer).length === 0)) return computeDefaultSettings();
	const { parseSettings } = await Promise.resolve().then(() => require("./settings--AKwJVJX.js")).then((n) => (n.init_settings(), n.settings_exports));
	return parseSettings(layers);
}
var SettingsError, SETTING_DEFAULTS, SETTING_NAMES;
function init_defaults() {
	return (init_defaults = require_rolldown_runtime.__esmMin((() => {
		SettingsError = class extends Error {
			name = "SettingsError";
		};
		SETTING_DEFAULTS = {
			config: ".github/driftgate.yml",
			mode: "check",
			baseline: "BASELINE_REF.sha256",
			sealed: [],
			"baseline-ref": "",
			"protected-paths": ["governance/runtime/**"],
			invariants: [],
			"test-command": "",
			"test-report": [],
			"test-console": "",
			"test-exit-code": null,
			"test-timeout": 60,
			"runtime-baseline": "governance/RUNTIME_BASELINE.json",
			outputs: [],
			policies: ["governance/policies/**/*.{json,yml,yaml}"],
			traces: ["governance/traces/**/*.ndjson"],
			log: "governance/GOVERNANCE_LOG.ndjson",
			"log-branch": "driftgate-log",
			"log-key": "",
			"fail-on": "PRODUCT_DRIFT",
			comment: true,
			escalate: "TOOLING_DRIFT",
			architects: [],
			"governed-refs": [],
			"issue-labels": [],
			"github-token": ""
		};
		SETTING_NAMES = Object.keys(SETTING_DEFAULTS);
	})))();
}
// src/cli/table.ts
function renderUsage() {
	const commandFlags = new Set(COMMANDS.flatMap((c) => c.flags));
	return [
		"usage: driftgate <command> [options]",
		"",
		"commands:",
		...column(COMMANDS.flatMap((c) => c.lines), 22),
		"",
		"options (every setting of action.yml is a flag of the same name):",
		...column([
			flagRow("workspace"),
			...COMMON_SETTINGS,
			...[...commandFlags].map((name) => {
				const [left, help] = flagRow(name);
				return [left, `${COMMANDS.filter((c) => c.flags.includes(name)).map((c) => c.name).join(", ")}: ${help}`];
			}),
			flagRow("json"),
			["--help, --version", ""]
		], 20),
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
		...column([
			...spec.flags.map(flagRow),
			flagRow("workspace"),
			...COMMON_SETTINGS,
			flagRow("json")
		], 20),
		"",
		EXIT_LINE
	].join("\n");
}
var COMMANDS, LIST_SETTINGS, FLAGS, COMMON_SETTINGS, PARSE_OPTIONS, EXIT_LINE, column, flagRow;
function init_table() {
	return (init_table = require_rolldown_runtime.__esmMin((() => {
		init_defaults();
		COMMANDS = [
			{
				name: "check",
				lines: [["check", "run the whole gate on the workspace (exit 0 passed, 1 failed)"]],
				flags: ["record"],
				load: () => Promise.resolve().then(() => require("./check-BWulBB2L.js"))
			},
			{
				name: "verify",
				lines: [["verify", "verify the sealed files against the manifest only (writes nothing)"]],
				flags: ["quiet"],
				load: () => Promise.resolve().then(() => (init_verify$1(), verify_exports))
			},
			{
				name: "seal",
				lines: [["seal [FILE...]", "write the manifest (coreutils sha256sum format) from --sealed globs or FILE..."]],
				flags: ["runtime", "update"],
				load: () => Promise.resolve().then(() => require("./seal-B9p2KaFy.js"))
			},
			{
				name: "log",
				lines: [
					["log verify", "check the whole governance log: chain, canonical lines, MACs (exit 1 names the line)"],
					["log show", "the governance log as a table"],
					["log append FILE", "append entries kept by a run that could not push (re-chained with a fresh seq/prev)"]
				],
				flags: [],
				load: () => Promise.resolve().then(() => require("./log-BEyibRfg.js"))
			},
			{
				name: "decide",
				lines: [["decide accept|investigate|rollback [RTE_…] --reason TEXT --by LOGIN", "record an architect's decision in the governance log"]],
				flags: ["reason", "by"],
				load: () => Promise.resolve().then(() => require("./decide-mkTo3Gcy.js"))
			},
			{
				name: "policy",
				lines: [
					["policy diff", "per-rule changes between --base and the work tree (added, removed, flipped, …)"],
					["policy drift", "drift score, band, risk level and every signal (docs/policy-signals.md)"],
					["policy replay", "traced decisions that change under the work tree's policies (--rule ID to filter)"],
					["policy contradictions", "static (rules) and dynamic (traces) contradictions"],
					["policy federation", "federated stability: divergence of every pair of projects, outliers"],
					["policy runbook", "the same as runbook"]
				],
				flags: ["base", "rule"],
				load: () => Promise.resolve().then(() => require("./policy-BHJTzLQ6.js")).then((n) => (n.init_policy(), n.policy_exports))
			},
			{
				name: "runbook",
				lines: [["runbook", "the runbooks the policies call for, with the classification's (policy and runbook exit 1 when the policies alone would fail the gate)"]],
				flags: ["base"],
				load: () => Promise.resolve().then(() => require("./runbook-CSq1l8nF.js"))
			}
		];
		LIST_SETTINGS = new Set([
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
		FLAGS = {
			workspace: {
				type: "string",
				short: "C",
				arg: "DIR",
				help: "the repository root (default: current directory)"
			},
			record: {
				type: "boolean",
				help: "append the observation to the governance log (the Action always does)"
			},
			runtime: {
				type: "boolean",
				help: "write the runtime baseline (RUNTIME_BASELINE.json) from one passing test run"
			},
			update: {
				type: "boolean",
				help: "replace an existing manifest or runtime baseline (needs an architect's decision)"
			},
			base: {
				type: "string",
				arg: "REF",
				help: "the ref to compare with (default: --baseline-ref)"
			},
			rule: {
				type: "string",
				arg: "ID",
				help: "only flips from or to this rule"
			},
			reason: {
				type: "string",
				arg: "TEXT",
				help: "why: a decision is written"
			},
			by: {
				type: "string",
				arg: "LOGIN",
				help: "who decides (default: $USER)"
			},
			quiet: {
				type: "boolean",
				short: "q",
				help: "print only the entries that are not OK"
			},
			json: {
				type: "boolean",
				help: "machine-readable output on stdout"
			},
			help: {
				type: "boolean",
				short: "h",
				help: "this text; after a command, that command's"
			},
			version: {
				type: "boolean",
				help: "driftgate's version"
			}
		};
		COMMON_SETTINGS = [
			["--baseline FILE", "manifest path (default BASELINE_REF.sha256)"],
			["--sealed GLOB", "sealed files (repeatable)"],
			["--baseline-ref REF", "the ref whose manifest is authoritative"],
			["--config FILE", "config file (default .github/driftgate.yml)"]
		];
		PARSE_OPTIONS = {
			...Object.fromEntries(SETTING_NAMES.map((name) => [name, {
				type: "string",
				...LIST_SETTINGS.has(name) ? { multiple: true } : {}
			}])),
			...Object.fromEntries(Object.entries(FLAGS).map(([name, f]) => [name, {
				type: f.type,
				...f.short ? { short: f.short } : {}
			}]))
		};
		EXIT_LINE = "exit codes: 0 passed, 1 the gate failed, 2 the gate could not run";
		column = (rows, width) => rows.map(([left, right]) => left.length < width ? `  ${left.padEnd(width)}${right}` : `  ${left}\n  ${" ".repeat(width)}${right}`);
		flagRow = (name) => {
			const f = FLAGS[name];
			return [`--${name}${f.arg ? ` ${f.arg}` : ""}`, f.help];
		};
	})))();
}
// src/cli/main.ts
async function runCli(argv) {
	let json = false;
	try {
		let parsed;
		try {
			parsed = (0, node_util.parseArgs)({
				args: [...argv],
				options: PARSE_OPTIONS,
				allowPositionals: true,
				strict: true
			});
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
		return await run({
			args,
			flags,
			json
		});
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		if (json) print(JSON.stringify({ error: message }));
		warn(`driftgate: ${message}`);
		if (e instanceof UsageError) warn(`\n${renderUsage()}`);
		return EXIT.error;
	}
}
function init_main() {
	return (init_main = require_rolldown_runtime.__esmMin((() => {
		init_io();
		init_table();
	})))();
}
// src/bin.ts
var bin_exports = require_rolldown_runtime.__exportAll({});
function init_bin() {
	return (init_bin = require_rolldown_runtime.__esmMin((() => {
		init_main();
		runCli(process.argv.slice(2)).then((code) => {
			process.exitCode = code;
		});
	})))();
}
// src/adapters/console-reporter.ts
function createConsoleReporter(options) {
	const outputs = {};
	const say = (line) => {
		if (!options.quiet) process.stderr.write(`${line}\n`);
	};
	return {
		outputs,
		info: say,
		progress: (m) => say(`driftgate: ${m}`),
		warning: (m) => process.stderr.write(`warning: ${m}\n`),
		annotate: ({ level, message, file, line }) => say(`${level}: ${file ? `${file}${line ? `:${line}` : ""}: ` : ""}${message}`),
		setOutput: (name, value) => {
			outputs[name] = value;
		},
		writeSummary: async () => {}
	};
}
// src/core/seal/observation.ts
function modeOf(o) {
	if (o.symlink) return "120000";
	return o.executable ? "100755" : "100644";
}
function digestHex(digests, at) {
	return node_buffer.Buffer.from(digests.buffer, digests.byteOffset + at, 32).toString("hex");
}
function observationAt(o, i) {
	const kind = o.kinds[i];
	if (kind === 1 || kind === 2) return {
		state: "ok",
		sha256: digestHex(o.digests, i * 32),
		executable: kind === 2,
		symlink: false,
		linkedFolder: null
	};
	const detail = o.details.get(i);
	if (detail === void 0) throw new Error(`internal: no observation of name ${i}`);
	return detail;
}
function observationList(o) {
	return Array.from({ length: o.length }, (_, i) => observationAt(o, i));
}
function init_observation() {
	return (init_observation = require_rolldown_runtime.__esmMin((() => {})))();
}
// src/core/seal/manifest.ts
function cLength(s, start, end) {
	let i = start;
	while (i < end && s[i] !== NUL) i++;
	return i - start;
}
function hexDigits(s, start, end) {
	if (cLength(s, start, end) !== DIGEST_HEX_BYTES) return false;
	for (let i = start; i < start + DIGEST_HEX_BYTES; i++) if (!isHex(s[i])) return false;
	return true;
}
function unescapeName(s) {
	const out = [];
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c === NUL) return null;
		if (c !== BACKSLASH) {
			out.push(c);
			continue;
		}
		if (i === s.length - 1) return null;
		const next = s[++i];
		if (next === 110) out.push(NL);
		else if (next === 114) out.push(CR);
		else if (next === BACKSLASH) out.push(BACKSLASH);
		else return null;
	}
	return Uint8Array.from(out);
}
function startsWithAt(s, at, prefix) {
	if (at + prefix.length > s.length) return false;
	for (let k = 0; k < prefix.length; k++) if (s[at + k] !== prefix[k]) return false;
	return true;
}
function displayOf(state, name) {
	const bytes = state.source.bytes;
	if (name.buffer !== bytes.buffer) return displayName(name);
	for (let i = 0; i < name.length; i++) {
		const b = name[i];
		if (b < 32 || b >= 127 || b === BACKSLASH) return displayName(name);
	}
	const at = name.byteOffset - bytes.byteOffset;
	return textAt(state, at, at + name.length);
}
function nameAt(s, start, end, escaped) {
	if (escaped) return unescapeName(s.subarray(start, end));
	return s.subarray(start, start + cLength(s, start, end));
}
function parseBsdTag(s, start, end, escaped, state) {
	if (end === start) return { reason: "BSD line ends after \"SHA256 (\"" };
	let i = end - 1;
	while (i > start && s[i] !== 41) i--;
	if (s[i] !== 41) return { reason: "BSD line has no closing \")\"" };
	const name = nameAt(s, start, i, escaped);
	if (name === null) return { reason: BAD_ESCAPE };
	i++;
	while (i < end && isWhite(s[i])) i++;
	if (i >= end || s[i] !== 61) return { reason: "BSD line has no \"=\" after the file name" };
	i++;
	while (i < end && isWhite(s[i])) i++;
	if (!hexDigits(s, i, end)) return { reason: "expected 64 hexadecimal digits after \"=\"" };
	return {
		hash: hexOf(state, i),
		name,
		binary: false,
		form: "bsd-tag"
	};
}
function parseLine(s, start, end, state) {
	const at = (k) => k < end ? s[k] : void 0;
	let i = start;
	let escaped = false;
	while (isWhite(at(i))) i++;
	if (at(i) === BACKSLASH) {
		i++;
		escaped = true;
	}
	if (end - i >= TYPE_BYTES.length && startsWithAt(s, i, TYPE_BYTES)) {
		i += TYPE_BYTES.length;
		if (at(i) === SPACE) i++;
		if (at(i) === 40) return parseBsdTag(s, i + 1, end, escaped, state);
		return { reason: "expected \"(\" after \"SHA256\"" };
	}
	if (end - i < MIN_DIGEST_LINE_LENGTH + (at(i) === BACKSLASH ? 1 : 0)) return { reason: "line too short for a SHA-256 checksum line" };
	const hexStart = i;
	i += DIGEST_HEX_BYTES;
	if (!isWhite(at(i))) return { reason: "expected a blank after 64 hexadecimal digits" };
	i++;
	for (let k = hexStart; k < hexStart + DIGEST_HEX_BYTES; k++) if (!isHex(s[k])) return { reason: "expected 64 hexadecimal digits" };
	let binary = false;
	let form = "gnu";
	if (end - i === 1 || at(i) !== SPACE && at(i) !== STAR) {
		if (state.bsdReversed === 0) return { reason: "expected two blanks or \" *\" between checksum and name" };
		state.bsdReversed = 1;
		form = "reversed";
	} else if (state.bsdReversed !== 1) {
		state.bsdReversed = 0;
		binary = s[i++] === STAR;
	} else form = "reversed";
	const name = nameAt(s, i, end, escaped);
	if (name === null) return { reason: BAD_ESCAPE };
	return {
		hash: hexOf(state, hexStart),
		name,
		binary,
		form
	};
}
function hexDigitsAt(s, words, start) {
	const end = start + DIGEST_HEX_BYTES;
	let found = 1;
	let k = start;
	for (; (k & 3) !== 0; k++) {
		const c = HEX_CLASS[s[k]];
		if (c === 0) return 0;
		found |= c;
	}
	const lastWord = end >> 2;
	for (let w = k >> 2; w < lastWord; w++) {
		const x = words[w];
		if ((x & HIGH_BITS) !== 0) return 0;
		if ((inRange(x, 1347440720, 1179010630) | inRange(x | 538976288, 522133279, 421075225)) !== HIGH_BITS) return 0;
		if (inRange(x, 1061109567, 960051513) !== 0) found = 3;
	}
	for (k = lastWord << 2; k < end; k++) {
		const c = HEX_CLASS[s[k]];
		if (c === 0) return 0;
		found |= c;
	}
	return found;
}
function displayAt(source, from, to) {
	const bytes = source.bytes;
	for (let k = from; k < to; k++) if (needsDisplayName(bytes[k])) return displayName(bytes.subarray(from, to));
	return source.text.slice(from, to);
}
function hexIsDigest(s, start, digests, at) {
	let k = start;
	for (let j = at; j < at + 32; j++) {
		const b = digests[j];
		if ((s[k++] | 32) !== LOWER_HEX[b >> 4] || (s[k++] | 32) !== LOWER_HEX[b & 15]) return false;
	}
	return true;
}
function parseGnuLine(s, start, line, state, table) {
	const nameStart = start + DIGEST_HEX_BYTES + 2;
	if (nameStart >= s.length || state.bsdReversed === 1) return false;
	const hex = hexDigitsAt(s, state.words, start);
	if (hex === 0) return false;
	const blank = s[start + DIGEST_HEX_BYTES];
	const mode = s[start + DIGEST_HEX_BYTES + 1];
	if (blank !== SPACE && blank !== TAB || mode !== SPACE && mode !== STAR) return false;
	let k = nameStart;
	if (state.noNul) while (k < s.length && s[k] !== NL) k++;
	else while (k < s.length && s[k] !== NL && s[k] !== NUL) k++;
	if (k < s.length && s[k] === NUL) return false;
	const end = k > nameStart && s[k - 1] === CR ? k - 1 : k;
	if (end === nameStart) return false;
	state.bsdReversed = 0;
	state.next = k + 1;
	table.addGnu(line, start, end, (hex & 2 ? UPPER_HEX : 0) | (mode === STAR ? BINARY : 0));
	return true;
}
function parseManifest(bytes) {
	if (bytes.length > 268435456) {
		const reason = `the manifest holds ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} driftgate reads`;
		return new ParsedManifest(new EntryTable(new ManifestText(bytes), 0), [{
			line: 0,
			reason
		}], 0);
	}
	const errors = [];
	if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
	const search = node_buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	const state = {
		bsdReversed: -1,
		source: new ManifestText(bytes),
		next: 0,
		words: new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2),
		noNul: search.indexOf(NUL) === -1
	};
	const table = new EntryTable(state.source, Math.floor(bytes.length / 80) + 1);
	let lineNo = 0;
	let pos = 0;
	while (pos < bytes.length) {
		lineNo++;
		if (HEX_CLASS[bytes[pos]] && parseGnuLine(bytes, pos, lineNo, state, table)) {
			pos = state.next;
			continue;
		}
		const nl = search.indexOf(NL, pos);
		const lineEnd = nl === -1 ? bytes.length : nl;
		const start = pos;
		pos = lineEnd + 1;
		if (bytes[start] === HASH && start < lineEnd) continue;
		const end = lineEnd > start && bytes[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
		if (end === start) continue;
		const parsed = parseLine(bytes, start, end, state);
		if ("reason" in parsed) errors.push({
			line: lineNo,
			reason: parsed.reason
		});
		else {
			const { hash, name, binary, form } = parsed;
			table.addOther({
				line: lineNo,
				hash,
				name,
				display: displayOf(state, name),
				binary,
				form
			});
		}
	}
	return new ParsedManifest(table, errors, lineNo);
}
function packList(list) {
	const starts = new Int32Array(list.length);
	const ends = new Int32Array(list.length);
	let total = 0;
	for (let i = 0; i < list.length; i++) {
		starts[i] = total;
		total += list[i].length;
		ends[i] = total;
	}
	const bytes = new Uint8Array(total);
	list.forEach((b, i) => bytes.set(b, starts[i]));
	return {
		bytes,
		starts,
		ends
	};
}
function manifestRejection(m) {
	const first = m.errors[0];
	if (first?.line === 0) return first.reason;
	if (first) return `line ${first.line}: improperly formatted SHA256 checksum line (${first.reason})`;
	for (let i = 0; i < m.table.length; i++) if (m.table.namesStdin(i)) return `line ${m.table.line(i)}: the entry "-" names standard input for sha256sum, so it seals no file`;
	if (m.table.length === 0) return "no properly formatted SHA256 checksum lines found";
	return null;
}
function hashIs(e, hex) {
	return e instanceof GnuEntry ? e.hashIs(hex) : e.hash === hex;
}
function digestIs(e, digests, at) {
	return e instanceof GnuEntry ? e.digestIs(digests, at) : hashIs(e, digestHex(digests, at));
}
function displayName(name) {
	let text;
	try {
		text = decoder.decode(name);
	} catch {
		return Array.from(name, (b) => b >= 128 ? `\\x${b.toString(16).padStart(2, "0")}` : escapeChar(String.fromCharCode(b))).join("");
	}
	return text.replace(/[\\\n\r]|\p{Cf}/gu, escapeChar);
}
function formatManifestLine(hash, name) {
	const needsEscape = name.some((b) => b === BACKSLASH || b === NL || b === CR);
	const body = [];
	for (const b of name) if (needsEscape && b === BACKSLASH) body.push(BACKSLASH, BACKSLASH);
	else if (needsEscape && b === NL) body.push(BACKSLASH, 110);
	else if (needsEscape && b === CR) body.push(BACKSLASH, 114);
	else body.push(b);
	const head = ascii(`${needsEscape ? "\\" : ""}${hash.toLowerCase()}  `);
	const out = new Uint8Array(head.length + body.length + 1);
	out.set(head, 0);
	out.set(body, head.length);
	out[out.length - 1] = NL;
	return out;
}
function formatManifest(entries) {
	const lines = entries.map((e) => formatManifestLine(e.hash, e.name));
	const out = new Uint8Array(lines.reduce((n, l) => n + l.length, 0));
	let at = 0;
	for (const l of lines) {
		out.set(l, at);
		at += l.length;
	}
	return out;
}
var DIGEST_HEX_BYTES, MIN_DIGEST_LINE_LENGTH, DIGEST_TYPE_STRING, NL, CR, SPACE, TAB, BACKSLASH, STAR, HASH, NUL, isWhite, isHex, ascii, TYPE_BYTES, latin1, ManifestText, textAt, hexOf, BAD_ESCAPE, HEX_CLASS, UPPER_HEX, BINARY, HIGH_BITS, inRange, needsDisplayName, GnuEntry, EntryTable, MAX_MANIFEST_BYTES, ParsedManifest, LOWER_HEX, decoder, escapeChar;
function init_manifest() {
	return (init_manifest = require_rolldown_runtime.__esmMin((() => {
		init_observation();
		DIGEST_HEX_BYTES = 64;
		MIN_DIGEST_LINE_LENGTH = 66;
		DIGEST_TYPE_STRING = "SHA256";
		NL = 10;
		CR = 13;
		SPACE = 32;
		TAB = 9;
		BACKSLASH = 92;
		STAR = 42;
		HASH = 35;
		NUL = 0;
		isWhite = (c) => c === SPACE || c === TAB;
		isHex = (c) => c !== void 0 && (c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102);
		ascii = (s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
		TYPE_BYTES = ascii(DIGEST_TYPE_STRING);
		latin1 = (bytes) => node_buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
		ManifestText = class {
			bytes;
			decoded = null;
			constructor(bytes) {
				this.bytes = bytes;
			}
			get text() {
				return this.decoded ??= latin1(this.bytes);
			}
		};
		textAt = (state, start, end) => state.source.text.slice(start, end);
		hexOf = (state, start) => textAt(state, start, start + DIGEST_HEX_BYTES).toLowerCase();
		BAD_ESCAPE = "invalid escape in file name (only \\\\, \\n and \\r are allowed)";
		HEX_CLASS = (() => {
			const t = new Uint8Array(256);
			for (let c = 48; c <= 57; c++) t[c] = 1;
			for (let c = 97; c <= 102; c++) t[c] = 1;
			for (let c = 65; c <= 70; c++) t[c] = 3;
			return t;
		})();
		UPPER_HEX = 2;
		BINARY = 4;
		HIGH_BITS = -2139062144;
		inRange = (x, ge, gt) => x + ge & ~(x + gt) & HIGH_BITS;
		needsDisplayName = (b) => b < 32 || b >= 127 || b === BACKSLASH;
		GnuEntry = class {
			line;
			source;
			start;
			end;
			flags;
			constructor(line, source, start, end, flags) {
				this.line = line;
				this.source = source;
				this.start = start;
				this.end = end;
				this.flags = flags;
			}
			get form() {
				return "gnu";
			}
			get binary() {
				return (this.flags & BINARY) !== 0;
			}
			get hash() {
				const hex = this.source.text.slice(this.start, this.start + DIGEST_HEX_BYTES);
				return this.flags & UPPER_HEX ? hex.toLowerCase() : hex;
			}
			hashIs(hex) {
				if (this.flags & UPPER_HEX) return this.hash === hex;
				return hex.length === DIGEST_HEX_BYTES && this.source.text.startsWith(hex, this.start);
			}
			get name() {
				return this.source.bytes.subarray(this.start + DIGEST_HEX_BYTES + 2, this.end);
			}
			get display() {
				return displayAt(this.source, this.start + DIGEST_HEX_BYTES + 2, this.end);
			}
			digestIs(digests, at) {
				return hexIsDigest(this.source.bytes, this.start, digests, at);
			}
		};
		EntryTable = class EntryTable {
			constructor(source, capacity) {
				this.source = source;
				this.lines = new Int32Array(capacity);
				this.starts = new Int32Array(capacity);
				this.ends = new Int32Array(capacity);
				this.flags = new Uint8Array(capacity);
				this.others = new Map();
				this.count = 0;
			}
			get length() {
				return this.count;
			}
			addGnu(line, start, end, flags) {
				if (this.count === this.lines.length) this.grow();
				const i = this.count++;
				this.lines[i] = line;
				this.starts[i] = start;
				this.ends[i] = end;
				this.flags[i] = flags;
			}
			addOther(entry) {
				if (this.count === this.lines.length) this.grow();
				const i = this.count++;
				this.lines[i] = entry.line;
				this.starts[i] = -1;
				this.others.set(i, entry);
			}
			grow() {
				const size = Math.max(16, this.lines.length * 2);
				const more = (from, to) => {
					to.set(from);
					return to;
				};
				this.lines = more(this.lines, new Int32Array(size));
				this.starts = more(this.starts, new Int32Array(size));
				this.ends = more(this.ends, new Int32Array(size));
				this.flags = more(this.flags, new Uint8Array(size));
			}
			entry(i) {
				const start = this.starts[i];
				if (start < 0) return this.others.get(i);
				return new GnuEntry(this.lines[i], this.source, start, this.ends[i], this.flags[i]);
			}
			line(i) {
				return this.lines[i];
			}
			display(i) {
				const start = this.starts[i];
				if (start < 0) return this.others.get(i).display;
				return displayAt(this.source, start + DIGEST_HEX_BYTES + 2, this.ends[i]);
			}
			name(i) {
				const start = this.starts[i];
				if (start < 0) return this.others.get(i).name;
				return this.source.bytes.subarray(start + DIGEST_HEX_BYTES + 2, this.ends[i]);
			}
			digestIs(i, digests, at) {
				const start = this.starts[i];
				if (start < 0) return digestIs(this.others.get(i), digests, at);
				return hexIsDigest(this.source.bytes, start, digests, at);
			}
			namesStdin(i) {
				const start = this.starts[i];
				if (start < 0) {
					const name = this.others.get(i).name;
					return name.length === 1 && name[0] === 45;
				}
				const from = start + DIGEST_HEX_BYTES + 2;
				return this.ends[i] === from + 1 && this.source.bytes[from] === 45;
			}
			packNames() {
				const n = this.count;
				if (this.others.size === 0) {
					const starts = new Int32Array(n);
					for (let i = 0; i < n; i++) starts[i] = this.starts[i] + DIGEST_HEX_BYTES + 2;
					return {
						bytes: this.source.bytes,
						starts,
						ends: this.ends.slice(0, n)
					};
				}
				return packList(Array.from({ length: n }, (_, i) => this.name(i)));
			}
			without(drop) {
				const kept = new EntryTable(this.source, this.count - drop.size);
				for (let i = 0; i < this.count; i++) {
					if (drop.has(i)) continue;
					const start = this.starts[i];
					if (start < 0) kept.addOther(this.others.get(i));
					else kept.addGnu(this.lines[i], start, this.ends[i], this.flags[i]);
				}
				return kept;
			}
		};
		MAX_MANIFEST_BYTES = 268435456;
		ParsedManifest = class {
			table;
			errors;
			lineCount;
			made = null;
			constructor(table, errors, lineCount) {
				this.table = table;
				this.errors = errors;
				this.lineCount = lineCount;
			}
			get entries() {
				return this.made ??= Array.from({ length: this.table.length }, (_, i) => this.table.entry(i));
			}
		};
		LOWER_HEX = ascii("0123456789abcdef");
		decoder = new TextDecoder("utf-8", {
			fatal: true,
			ignoreBOM: true
		});
		escapeChar = (ch) => ch === "\\" ? "\\\\" : ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : /\p{Cf}/u.test(ch) ? `\\u{${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}}` : ch;
	})))();
}
// src/adapters/file-observer.ts
function createFileObserver() {
	const fs = process.getBuiltinModule("node:fs");
	const crypto = process.getBuiltinModule("node:crypto");
	const chunk = Buffer.allocUnsafe(1 << 20);
	const SLASH = Buffer.from("/");
	const FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
	let lastRoot = null;
	let pathBuf = Buffer.allocUnsafe(4096);
	const pathViews = new Map();
	const chunkViews = new Map();
	const viewOf = (views, of, n) => {
		let v = views.get(n);
		if (v === void 0) {
			if (views.size > 4096) views.clear();
			v = of.subarray(0, n);
			views.set(n, v);
		}
		return v;
	};
	const byHash = new Map();
	let rootBuf = Buffer.alloc(0);
	let rootFolder = {
		real: rootBuf,
		prefix: SLASH,
		linked: null,
		inside: true
	};
	const errorCode = (e) => {
		const c = e.code;
		return typeof c === "string" ? c : String(e);
	};
	const absent = (c) => c === "ENOENT" || c === "ENOTDIR";
	const inside = (real) => real.equals(rootBuf) || real.length > rootBuf.length && real[rootBuf.length] === 47 && rootBuf.equals(real.subarray(0, rootBuf.length));
	const firstLink = (segments) => {
		for (let i = 1; i <= segments.length; i++) {
			const rel = segments.slice(0, i).join("/");
			try {
				if (fs.lstatSync(Buffer.concat([
					rootBuf,
					SLASH,
					Buffer.from(rel, "latin1")
				])).isSymbolicLink()) return Buffer.from(rel, "latin1").toString("utf8");
			} catch {
				break;
			}
		}
		return Buffer.from(segments.join("/"), "latin1").toString("utf8");
	};
	const realFolder = (key) => resolveFolder(key.split("/").filter((seg) => seg !== "" && seg !== "."));
	const bySegments = new Map();
	const resolveFolder = (segments) => {
		if (segments.length === 0) return rootFolder;
		let length = 0;
		for (const s of segments) length += s.length + 1;
		if (length > 4096) return viaRealpath(segments);
		const keys = [];
		for (let d = 1; d <= segments.length; d++) keys.push(d === 1 ? segments[0] : `${keys[d - 2]}/${segments[d - 1]}`);
		let depth = segments.length;
		let folder;
		while (depth > 0 && (folder = bySegments.get(keys[depth - 1])) === void 0) depth--;
		if (depth === 0) folder = rootFolder;
		for (; depth < segments.length; depth++) {
			folder = childFolder(folder, segments, depth);
			bySegments.set(keys[depth], folder);
		}
		return folder;
	};
	const childFolder = (parent, segments, depth) => {
		if (typeof parent === "string") return parent;
		const last = segments[depth];
		if (parent.linked !== null || !parent.inside || last === "..") return viaRealpath(segments.slice(0, depth + 1));
		const path = Buffer.concat([parent.prefix, Buffer.from(last, "latin1")]);
		try {
			const st = fs.lstatSync(path, { throwIfNoEntry: false });
			if (st === void 0) return "ENOENT";
			if (st.isDirectory()) return {
				real: path,
				prefix: Buffer.concat([path, SLASH]),
				linked: null,
				inside: true
			};
			if (st.isSymbolicLink()) return viaRealpath(segments.slice(0, depth + 1));
			return "ENOTDIR";
		} catch (e) {
			return errorCode(e);
		}
	};
	const viaRealpath = (segments) => {
		const lexical = Buffer.concat([
			rootBuf,
			SLASH,
			Buffer.from(segments.join("/"), "latin1")
		]);
		try {
			const real = fs.realpathSync.native(lexical, { encoding: "buffer" });
			return {
				real,
				prefix: Buffer.concat([real, SLASH]),
				linked: real.equals(lexical) ? null : firstLink(segments),
				inside: inside(real)
			};
		} catch (e) {
			return errorCode(e);
		}
	};
	const folderOf = (names, start, cut) => {
		let h = 2166136261;
		for (let k = start; k < cut; k++) h = Math.imul(h ^ names[k], 16777619);
		let bucket = byHash.get(h);
		if (bucket !== void 0) for (const f of bucket) {
			if (f.bytes.length !== cut - start) continue;
			let same = true;
			for (let k = start; k < cut && same; k++) same = f.bytes[k - start] === names[k];
			if (same) return f.folder;
		}
		else {
			bucket = [];
			byHash.set(h, bucket);
		}
		const bytes = names.slice(start, cut);
		const folder = realFolder(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"));
		bucket.push({
			bytes,
			folder
		});
		return folder;
	};
	const store = (raw, digest, at) => {
		for (let k = 0; k < 32; k++) digest[at + k] = raw.charCodeAt(k);
	};
	const hashInto = (fd, size, digest, at) => {
		const first = fs.readSync(fd, chunk, 0, chunk.length, null);
		if (first < chunk.length && first >= size) {
			store(crypto.hash("sha256", viewOf(chunkViews, chunk, first), "binary"), digest, at);
			return;
		}
		const hash = crypto.createHash("sha256").update(chunk.subarray(0, first));
		for (;;) {
			const n = fs.readSync(fd, chunk, 0, chunk.length, null);
			if (n === 0) break;
			hash.update(chunk.subarray(0, n));
		}
		store(hash.digest("binary"), digest, at);
	};
	const hex = (digest, at) => Buffer.from(digest.buffer, digest.byteOffset + at, 32).toString("hex");
	return (root, names, start, end, digest, at) => {
		if (root !== lastRoot) {
			lastRoot = root;
			rootBuf = Buffer.from(root);
			rootFolder = {
				real: rootBuf,
				prefix: Buffer.concat([rootBuf, SLASH]),
				linked: null,
				inside: true
			};
			byHash.clear();
			bySegments.clear();
		}
		if (end === start) return { state: "missing" };
		let cut = end - 1;
		while (cut >= start && names[cut] !== 47) cut--;
		const folder = cut < start ? rootFolder : folderOf(names, start, cut);
		if (typeof folder === "string") return absent(folder) ? { state: "missing" } : {
			state: "unreadable",
			error: folder
		};
		if (!folder.inside) return {
			state: "escapes",
			detail: `its folder resolves to ${folder.real.toString("utf8")}`
		};
		const length = folder.prefix.length + end - cut - 1;
		if (length > pathBuf.length) {
			pathBuf = Buffer.allocUnsafe(length * 2);
			pathViews.clear();
		}
		const prefix = folder.prefix;
		for (let k = 0; k < prefix.length; k++) pathBuf[k] = prefix[k];
		for (let k = cut + 1, o = prefix.length; k < end; k++, o++) pathBuf[o] = names[k];
		let path = viewOf(pathViews, pathBuf, length);
		let symlink = false;
		let fd;
		try {
			fd = fs.openSync(path, FLAGS);
		} catch (e) {
			const c = errorCode(e);
			if (absent(c)) return { state: "missing" };
			if (c !== "ELOOP") return {
				state: "unreadable",
				error: c
			};
			symlink = true;
			try {
				path = fs.realpathSync.native(path, { encoding: "buffer" });
			} catch (e2) {
				const c2 = errorCode(e2);
				return absent(c2) ? { state: "missing" } : {
					state: "unreadable",
					error: c2
				};
			}
			if (!inside(path)) return {
				state: "escapes",
				detail: `links to ${path.toString("utf8")}`
			};
			try {
				fd = fs.openSync(path, FLAGS);
			} catch (e3) {
				return {
					state: "unreadable",
					error: errorCode(e3)
				};
			}
		}
		try {
			const st = fs.fstatSync(fd);
			if (!st.isFile()) return {
				state: "unreadable",
				error: st.isDirectory() ? "EISDIR" : "not a regular file"
			};
			hashInto(fd, st.size, digest, at);
			const executable = (st.mode & 73) !== 0;
			if (!symlink && folder.linked === null) return executable ? 2 : 1;
			return {
				state: "ok",
				sha256: hex(digest, at),
				executable,
				symlink,
				linkedFolder: folder.linked
			};
		} catch (e) {
			return {
				state: "unreadable",
				error: errorCode(e)
			};
		} finally {
			fs.closeSync(fd);
		}
	};
}
// src/adapters/read-to-end.ts
function readToEnd(fd, room, limit = Number.MAX_SAFE_INTEGER) {
	let bytes = new Uint8Array(Math.min(room, limit + 1));
	let length = 0;
	for (;;) {
		if (length === bytes.length) {
			if (length > limit) break;
			const more = new Uint8Array(Math.min(Math.max(1 << 20, length * 2), limit + 1));
			more.set(bytes);
			bytes = more;
		}
		const n = (0, node_fs.readSync)(fd, bytes, length, bytes.length - length, null);
		if (n === 0) break;
		length += n;
	}
	return bytes.subarray(0, length);
}
function init_read_to_end() {
	return (init_read_to_end = require_rolldown_runtime.__esmMin((() => {})))();
}
// src/adapters/node-workspace.ts
async function createNodeWorkspace(root) {
	const realRoot = node_fs.realpathSync.native((0, node_path.resolve)(root));
	const rootBytes = new Uint8Array(Buffer.from(realRoot));
	const locate = (path) => {
		const abs = (0, node_path.resolve)(realRoot, path);
		const rel = (0, node_path.relative)(realRoot, abs);
		if ((0, node_path.isAbsolute)(path) || rel === ".." || rel.startsWith(`..${node_path.sep}`) || (0, node_path.isAbsolute)(rel)) throw new Error(`${path}: refusing a path outside the workspace ${realRoot}`);
		return abs;
	};
	let ready = null;
	return {
		root: realRoot,
		async readFile(path) {
			const abs = locate(path);
			try {
				const real = node_fs.realpathSync.native(abs);
				if (real !== realRoot && !real.startsWith(realRoot + node_path.sep)) return {
					state: "unreadable",
					error: `${path} resolves outside the workspace`
				};
				return readRegularFile$1(real, path);
			} catch (e) {
				const code = e.code;
				if (code === "ENOENT" || code === "ENOTDIR") return { state: "absent" };
				return {
					state: "unreadable",
					error: code ?? String(e)
				};
			}
		},
		async readChunks(path, onChunk) {
			const abs = locate(path);
			try {
				const real = await fsPromises().realpath(abs);
				if (real !== realRoot && !real.startsWith(realRoot + node_path.sep)) return {
					state: "unreadable",
					error: `${path} resolves outside the workspace`
				};
				return await streamRegularFile(real, path, onChunk);
			} catch (e) {
				const code = e.code;
				if (code === "ENOENT" || code === "ENOTDIR") return { state: "absent" };
				return {
					state: "unreadable",
					error: code ?? String(e)
				};
			}
		},
		prepareObserve(count) {
			if (count > IN_PROCESS_MAX_FILES && ready === null) ready = startHelpers();
		},
		async observe(names) {
			const helpers = ready;
			ready = null;
			return observeAll(rootBytes, Array.isArray(names) ? packList(names) : names, helpers);
		},
		async glob(patterns) {
			if (patterns.length === 0) return [];
			const { glob } = await Promise.resolve().then(() => require("./dist-BRd_AnRq.js"));
			return (await glob([...patterns], {
				cwd: realRoot,
				dot: true,
				onlyFiles: true,
				followSymbolicLinks: false,
				expandDirectories: false,
				ignore: [".git/**"]
			})).sort();
		},
		async sealedLinks(patterns) {
			return findSealedLinks(realRoot, patterns);
		},
		async writeRefusal(path) {
			const abs = locate(path);
			return findLinkOnTheWay(realRoot, (0, node_path.relative)(realRoot, abs).split(node_path.sep), path, {
				create: false,
				file: false
			});
		},
		async writeFile(path, data) {
			const abs = locate(path);
			await assertNoLinkOnTheWay(realRoot, (0, node_path.relative)(realRoot, abs).split(node_path.sep), path);
			const handle = await fsPromises().open(abs, node_fs.constants.O_WRONLY | node_fs.constants.O_CREAT | node_fs.constants.O_NOFOLLOW | node_fs.constants.O_NONBLOCK, 420).catch((e) => {
				throw new Error(`${path}: refusing to write (${e.code === "ELOOP" ? "it is a symbolic link" : e.code ?? e.message})`);
			});
			try {
				if (!(await handle.stat()).isFile()) throw new Error(`${path}: refusing to write (not a regular file)`);
				await handle.truncate(0);
				await handle.writeFile(data);
			} finally {
				await handle.close();
			}
			return abs;
		},
		async makeFolder(path) {
			await fsPromises().mkdir(locate(path), { recursive: true });
		},
		async modifiedAt(path) {
			try {
				return (await fsPromises().lstat(locate(path))).mtimeMs;
			} catch (e) {
				if (e.code === "ENOENT") return null;
				throw e;
			}
		},
		async exists(path) {
			try {
				await fsPromises().lstat(locate(path));
				return true;
			} catch (e) {
				if (e.code === "ENOENT") return false;
				throw e;
			}
		}
	};
}
function readRegularFile$1(real, path) {
	const fd = (0, node_fs.openSync)(real, READ_FLAGS);
	try {
		const st = (0, node_fs.fstatSync)(fd);
		if (!st.isFile()) return {
			state: "unreadable",
			error: notRegular(path, st)
		};
		return {
			state: "present",
			bytes: readToEnd(fd, st.size + 1)
		};
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
async function streamRegularFile(real, path, onChunk) {
	return withRegularFile(real, path, async (handle) => {
		const buffer = new Uint8Array(CHUNK_BYTES);
		for (;;) {
			const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
			if (bytesRead === 0) return { state: "present" };
			onChunk(buffer.subarray(0, bytesRead));
		}
	});
}
async function withRegularFile(real, path, use) {
	const handle = await fsPromises().open(real, READ_FLAGS);
	try {
		const st = await handle.stat();
		if (!st.isFile()) return {
			state: "unreadable",
			error: notRegular(path, st)
		};
		return await use(handle);
	} finally {
		await handle.close();
	}
}
async function assertNoLinkOnTheWay(root, segments, path) {
	const refusal = await findLinkOnTheWay(root, segments, path, {
		create: true,
		file: true
	});
	if (refusal) throw new Error(refusal);
}
async function findLinkOnTheWay(root, segments, path, opts) {
	let at = root;
	for (const [i, seg] of segments.entries()) {
		const last = opts.file && i === segments.length - 1;
		at = `${at}${node_path.sep}${seg}`;
		let st;
		try {
			st = await fsPromises().lstat(at);
		} catch (e) {
			if (e.code !== "ENOENT") throw e;
			if (last || !opts.create) return null;
			await fsPromises().mkdir(at);
			continue;
		}
		const rel = segments.slice(0, i + 1).join("/");
		if (st.isSymbolicLink()) return `${path}: refusing to write through the symbolic link ${rel} (the gate writes only inside the workspace, never through a link)`;
		if (!last && !st.isDirectory()) return `${path}: refusing to write, ${rel} is not a folder`;
	}
	return null;
}
async function linkTarget(root, abs) {
	let real;
	try {
		real = await fsPromises().realpath(abs);
	} catch {
		return "dangling";
	}
	if (real !== root && !real.startsWith(root + node_path.sep)) return "outside";
	const st = await fsPromises().stat(real);
	return st.isDirectory() ? "folder" : st.isFile() ? "file" : "other";
}
async function findSealedLinks(root, patterns) {
	const positive = patterns.filter((p) => !p.startsWith("!"));
	if (positive.length === 0) return [];
	const { default: picomatch } = await Promise.resolve().then(() => require("./picomatch-BuZvGNEW.js")).then((n) => require_rolldown_runtime.__toESM(n.require_picomatch(), 1));
	const isMatch = picomatch([...positive], { dot: true });
	const bases = [...new Set(positive.map((p) => picomatch.scan(p).base.replace(/\/+$/, "")))].sort();
	const roots = bases.filter((b, i) => !bases.slice(0, i).some((o) => o === "" || b.startsWith(`${o}/`)));
	const found = new Map();
	const consider = async (rel, abs) => {
		const target = await linkTarget(root, abs);
		if (target !== "file" || isMatch(rel)) found.set(rel, {
			path: rel,
			target
		});
	};
	const walk = async (rel) => {
		const abs = rel === "" ? root : `${root}${node_path.sep}${rel}`;
		let entries;
		try {
			entries = await fsPromises().readdir(abs, { withFileTypes: true });
		} catch {
			return;
		}
		for (const d of entries) {
			const child = rel === "" ? d.name : `${rel}/${d.name}`;
			if (rel === "" && d.name === ".git") continue;
			if (d.isSymbolicLink()) await consider(child, `${abs}${node_path.sep}${d.name}`);
			else if (d.isDirectory()) await walk(child);
		}
	};
	for (const base of roots) {
		const segments = base === "" ? [] : base.split("/").filter((s) => s !== "" && s !== ".");
		let reached = true;
		for (let i = 1; i <= segments.length && reached; i++) {
			const rel = segments.slice(0, i).join("/");
			const abs = `${root}${node_path.sep}${rel}`;
			try {
				const st = await fsPromises().lstat(abs);
				if (st.isSymbolicLink()) {
					found.set(rel, {
						path: rel,
						target: await linkTarget(root, abs)
					});
					reached = false;
				} else if (!st.isDirectory()) reached = false;
			} catch {
				reached = false;
			}
		}
		if (reached) await walk(segments.join("/"));
	}
	return [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function drain(observe, root, names, starts, ends, digests, status, next, threads, details) {
	const n = starts.length;
	for (;;) {
		const remaining = n - Atomics.load(next, 0);
		const size = Math.max(1, Math.min(64, remaining / (threads * 4) | 0));
		const start = Atomics.add(next, 0, size);
		if (start >= n) return;
		const end = Math.min(n, start + size);
		for (let i = start; i < end; i++) {
			const r = observe(root, names, starts[i], ends[i], digests, i * 32);
			if (typeof r !== "number") details.push([i, r]);
			Atomics.store(status, i, typeof r === "number" ? r : 3);
		}
	}
}
function startHelpers() {
	const helpers = [];
	const { Worker } = process.getBuiltinModule("node:worker_threads");
	for (let i = 1; i < (0, node_os.availableParallelism)(); i++) {
		let worker;
		try {
			worker = new Worker(WORKER_SOURCE, { eval: true });
		} catch {
			break;
		}
		worker.unref();
		const details = new Promise((resolveWorker) => {
			worker.once("message", resolveWorker);
			worker.once("error", () => resolveWorker([]));
			worker.once("exit", () => resolveWorker([]));
		});
		helpers.push({
			worker,
			details
		});
	}
	return helpers;
}
function shared(from, make) {
	const to = make(new SharedArrayBuffer(Math.max(4, from.byteLength)));
	to.set(from);
	return to;
}
async function observeAll(root, list, ready) {
	const n = list.starts.length;
	const names = shared(list.bytes, (b) => new Uint8Array(b));
	const starts = shared(list.starts, (b) => new Int32Array(b));
	const ends = shared(list.ends, (b) => new Int32Array(b));
	const digests = new Uint8Array(new SharedArrayBuffer(Math.max(1, 32 * n)));
	const status = new Int32Array(new SharedArrayBuffer(Math.max(4, 4 * n)));
	const next = new Int32Array(new SharedArrayBuffer(4));
	const helpers = ready ?? (n > IN_PROCESS_MAX_FILES ? startHelpers() : []);
	const started = new Int32Array(new SharedArrayBuffer(Math.max(4, 4 * helpers.length)));
	const threads = helpers.length + 1;
	helpers.forEach(({ worker }, slot) => {
		const job = {
			root,
			names: names.buffer,
			starts: starts.buffer,
			ends: ends.buffer,
			digests: digests.buffer,
			status: status.buffer,
			next: next.buffer,
			started: started.buffer,
			threads,
			slot
		};
		worker.ref();
		worker.postMessage(job);
	});
	const observe = createFileObserver();
	const found = [];
	try {
		drain(observe, root, names, starts, ends, digests, status, next, threads, found);
		const answers = helpers.map(({ details: d }, slot) => Atomics.compareExchange(started, slot, SLOT_OPEN, SLOT_CLOSED) === SLOT_OPEN ? [] : d);
		for (const d of await Promise.all(answers)) found.push(...d);
	} finally {
		for (const { worker } of helpers) {
			worker.terminate();
			worker.unref();
		}
	}
	const details = new Map(found);
	for (let i = 0; i < n; i++) {
		const s = Atomics.load(status, i);
		if (s !== 0 && (s !== 3 || details.has(i))) continue;
		const r = observe(root, names, starts[i], ends[i], digests, i * 32);
		if (typeof r !== "number") details.set(i, r);
		status[i] = typeof r === "number" ? r : 3;
	}
	return {
		length: n,
		kinds: status,
		digests,
		details
	};
}
var IN_PROCESS_MAX_FILES, CHUNK_BYTES, READ_FLAGS, notRegular, SLOT_OPEN, SLOT_WORKING, SLOT_CLOSED, WORKER_SOURCE;
function init_node_workspace() {
	return (init_node_workspace = require_rolldown_runtime.__esmMin((() => {
		init_manifest();
		init_observation();
		init_lazy_fs();
		init_read_to_end();
		IN_PROCESS_MAX_FILES = 256;
		CHUNK_BYTES = 1 << 20;
		READ_FLAGS = node_fs.constants.O_RDONLY | node_fs.constants.O_NONBLOCK | node_fs.constants.O_NOFOLLOW;
		notRegular = (path, st) => `${path} is not a regular file (${st.isDirectory() ? "a folder" : st.isFIFO() ? "a FIFO" : "a device or socket"})`;
		SLOT_OPEN = 0;
		SLOT_WORKING = 1;
		SLOT_CLOSED = 2;
		WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const observe = (${createFileObserver.toString()})();
const drain = ${drain.toString()};
parentPort.once('message', (job) => {
  if (Atomics.compareExchange(new Int32Array(job.started), job.slot, ${SLOT_OPEN}, ${SLOT_WORKING}) !== ${SLOT_OPEN}) return;
  const details = [];
  drain(observe, job.root, new Uint8Array(job.names), new Int32Array(job.starts), new Int32Array(job.ends),
    new Uint8Array(job.digests),
    new Int32Array(job.status), new Int32Array(job.next), job.threads, details);
  parentPort.postMessage(details);
});
`;
	})))();
}
// src/adapters/system-clock.ts
var createSystemClock;
function init_system_clock() {
	return (init_system_clock = require_rolldown_runtime.__esmMin((() => {
		createSystemClock = () => ({ now: () => new Date() });
	})))();
}
// src/adapters/templates.ts
async function readShippedTemplate() {
	for (const rel of SHIPPED) try {
		return await fsPromises().readFile(new URL(rel, require("url").pathToFileURL(__filename).href), "utf8");
	} catch (e) {
		if (e.code !== "ENOENT") throw e;
	}
	throw new Error("templates/INCIDENT_TEMPLATE.md is missing from the driftgate installation");
}
async function readIncidentTemplate(trusted) {
	const own = await trusted.readFile(WORKSPACE_TEMPLATE);
	if (own.state === "absent") return {
		template: await readShippedTemplate(),
		findings: []
	};
	let reason = own.state === "refused" ? own.reason : null;
	let text = "";
	if (own.state === "present") try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(own.bytes);
		if (own.bytes.length > MAX_TEMPLATE_BYTES) reason = `${own.bytes.length} bytes, over the ${MAX_TEMPLATE_BYTES}-byte limit`;
		else if (text.includes("\0")) reason = "it holds NUL characters";
	} catch {
		reason = "expected UTF-8 text";
	}
	if (reason === null) return {
		template: text,
		findings: []
	};
	const at = trusted.ref ? ` at ${trusted.ref.slice(0, 12)}` : "";
	return {
		template: await readShippedTemplate(),
		findings: [{
			code: "TEMPLATE_REFUSED",
			stage: "config",
			classification: "TOOLING_DRIFT",
			message: `the incident template ${WORKSPACE_TEMPLATE}${at} was not used (${reason}); driftgate's own template stands in`,
			evidence: {
				paths: [WORKSPACE_TEMPLATE],
				detail: reason
			}
		}]
	};
}
var WORKSPACE_TEMPLATE, MAX_TEMPLATE_BYTES, SHIPPED;
function init_templates() {
	return (init_templates = require_rolldown_runtime.__esmMin((() => {
		init_lazy_fs();
		WORKSPACE_TEMPLATE = "governance/INCIDENT_TEMPLATE.md";
		MAX_TEMPLATE_BYTES = 32768;
		SHIPPED = ["../templates/INCIDENT_TEMPLATE.md", "../../templates/INCIDENT_TEMPLATE.md"];
	})))();
}
// src/settings/event.ts
function defaultBaselineRef(eventName, payload) {
	if (eventName.startsWith("pull_request")) return payload.pull_request?.base?.sha ?? "";
	if (eventName === "push") return payload.before && !NULL_SHA.test(payload.before) ? payload.before : "";
	if (eventName === "merge_group") return payload.merge_group?.base_sha ?? "";
	return "";
}
var NULL_SHA;
function init_event() {
	return (init_event = require_rolldown_runtime.__esmMin((() => {
		NULL_SHA = /^0+$/;
	})))();
}
// src/adapters/trusted-side.ts
async function readRegularFile(root, path) {
	const bad = refusedPath(path);
	if (bad) return {
		state: "refused",
		reason: bad
	};
	const parts = path.split("/").filter((p) => p !== "" && p !== ".");
	let at = root;
	for (const [i, part] of parts.entries()) {
		at = (0, node_path.join)(at, part);
		let info;
		try {
			info = (0, node_fs.lstatSync)(at);
		} catch (e) {
			const code = e.code;
			if (code === "ENOENT" || code === "ENOTDIR") return { state: "absent" };
			return {
				state: "refused",
				reason: `cannot be read (${code ?? String(e)})`
			};
		}
		if (info.isSymbolicLink()) return {
			state: "refused",
			reason: `${parts.slice(0, i + 1).join("/")} is a symbolic link`
		};
		if (i < parts.length - 1 && !info.isDirectory()) return { state: "absent" };
		if (i === parts.length - 1 && !info.isFile()) return {
			state: "refused",
			reason: "not a regular file"
		};
	}
	let fd;
	try {
		fd = (0, node_fs.openSync)(at, node_fs.constants.O_RDONLY | node_fs.constants.O_NOFOLLOW | node_fs.constants.O_NONBLOCK);
	} catch (e) {
		return {
			state: "refused",
			reason: `cannot be opened (${e.code ?? String(e)})`
		};
	}
	try {
		const info = (0, node_fs.fstatSync)(fd);
		if (!info.isFile()) return {
			state: "refused",
			reason: "not a regular file"
		};
		if (info.size > 262144) return {
			state: "refused",
			reason: `${info.size} bytes, over the ${MAX_SIDE_FILE_BYTES}-byte limit`
		};
		const bytes = readToEnd(fd, info.size + 1, MAX_SIDE_FILE_BYTES);
		if (bytes.length > 262144) return {
			state: "refused",
			reason: `over the ${MAX_SIDE_FILE_BYTES}-byte limit`
		};
		return {
			state: "present",
			bytes
		};
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
function createJudgedSide(root) {
	return { readFile: (path) => readRegularFile(root, path) };
}
function createTrustedSide(root, ref) {
	if (ref === null) return {
		ref,
		readFile: (path) => readRegularFile(root, path)
	};
	return {
		ref,
		async readFile(path) {
			const bad = refusedPath(path);
			if (bad) return {
				state: "refused",
				reason: bad
			};
			const rec = (await run$1("git", [
				"ls-tree",
				"-z",
				"--full-tree",
				ref,
				"--",
				path.replace(/^(\.\/)+/, "")
			], {
				cwd: root,
				encoding: "buffer",
				maxBuffer: 1048576
			})).stdout.toString("utf8").split("\0").find(Boolean);
			if (!rec) return { state: "absent" };
			const [mode, type, oid] = rec.slice(0, rec.indexOf("	")).split(" ");
			if (mode === "120000") return {
				state: "refused",
				reason: `a symbolic link at ${ref.slice(0, 12)}`
			};
			if (type !== "blob" || !oid) return {
				state: "refused",
				reason: "not a regular file"
			};
			const size = Number((await run$1("git", [
				"cat-file",
				"-s",
				oid
			], { cwd: root })).stdout.trim());
			if (size > 262144) return {
				state: "refused",
				reason: `${size} bytes, over the ${MAX_SIDE_FILE_BYTES}-byte limit`
			};
			const blob = await run$1("git", [
				"cat-file",
				"blob",
				oid
			], {
				cwd: root,
				encoding: "buffer",
				maxBuffer: 262145
			});
			return {
				state: "present",
				bytes: new Uint8Array(blob.stdout)
			};
		}
	};
}
async function resolveNewBranchBase(root, git, defaultBranch) {
	const tip = await git.fetchBranch(defaultBranch);
	if (!tip) throw new Error(`origin has no default branch ${defaultBranch} to judge this branch against`);
	const mergeBase = async () => {
		try {
			return (await run$1("git", [
				"merge-base",
				tip,
				"HEAD"
			], { cwd: root })).stdout.trim() || null;
		} catch {
			return null;
		}
	};
	const found = await mergeBase();
	if (found) return found;
	if ((await run$1("git", ["rev-parse", "--is-shallow-repository"], { cwd: root })).stdout.trim() === "true") {
		await run$1("git", [
			"fetch",
			"--quiet",
			"--no-tags",
			"--unshallow",
			"origin",
			`+refs/heads/${defaultBranch}:refs/driftgate/${defaultBranch}`
		], { cwd: root });
		return await mergeBase() ?? tip;
	}
	return tip;
}
async function openTrustedSide(input) {
	const { git, payload } = input;
	let ref = input.givenRef || defaultBaselineRef(input.eventName, payload);
	const branch = payload.ref?.startsWith("refs/heads/") ? payload.ref.slice(11) : null;
	const defaultBranch = payload.repository?.default_branch;
	if (!ref && branch && defaultBranch && branch !== defaultBranch) {
		if (!git) throw new Error(`${branch} is not the default branch, and the workspace is not a git repository to find its base in`);
		ref = await resolveNewBranchBase(input.root, git, defaultBranch);
	}
	if (!ref) return createTrustedSide(input.root, null);
	if (!git) throw new Error(`baseline-ref ${ref} was given but the workspace is not a git repository`);
	return createTrustedSide(input.root, await git.ensureCommit(ref));
}
var execFileAsync, run$1, MAX_SIDE_FILE_BYTES, refusedPath;
function init_trusted_side() {
	return (init_trusted_side = require_rolldown_runtime.__esmMin((() => {
		init_event();
		init_read_to_end();
		run$1 = ((...args) => (execFileAsync ??= (0, node_util.promisify)(process.getBuiltinModule("node:child_process").execFile))(...args));
		MAX_SIDE_FILE_BYTES = 262144;
		refusedPath = (path) => path === "" || path.startsWith("/") || path.split(/[\\/]/).includes("..") ? "a path outside the workspace" : null;
	})))();
}
// src/settings/load.ts
function layerFrom(get, source) {
	const out = {};
	for (const name of SETTING_NAMES) {
		const value = get(name);
		if (value !== void 0 && value !== "") out[name] = {
			value,
			source
		};
	}
	return out;
}
function workflowPathOf(workflowRef) {
	const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef ?? "");
	return m ? m[1] : null;
}
var DEFAULT_CONFIG;
function init_load() {
	return (init_load = require_rolldown_runtime.__esmMin((() => {
		init_defaults();
		DEFAULT_CONFIG = ".github/driftgate.yml";
	})))();
}
// src/core/hash.ts
var sha256Hex;
function init_hash() {
	return (init_hash = require_rolldown_runtime.__esmMin((() => {
		sha256Hex = (data) => (0, node_crypto.createHash)("sha256").update(data).digest("hex");
	})))();
}
// src/core/trust.ts
function describeValue(v) {
	const json = typeof v === "string" ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v) : JSON.stringify(v);
	if (json === void 0) return String(v);
	return json.length > 80 && typeof v !== "string" ? `${json.slice(0, 80)}…` : json;
}
function isConfigAccepted(changeSha256, accepted) {
	return changeSha256 !== null && accepted.has(changeSha256);
}
function computeTrustFindings(trust, acceptedConfigs) {
	if (!trust) return [];
	const findings = [...trust.findings];
	const wf = trust.workflowChange;
	if (wf && !isConfigAccepted(wf.changeSha256, acceptedConfigs)) findings.push({
		code: "CONFIG_CHANGED",
		stage: "config",
		classification: "PRODUCT_DRIFT",
		message: `this change edits ${wf.path}, the workflow running the gate, so the gate's step inputs are the change's own; it takes effect once an architect's decision accepts it${wf.changeSha256 ? ` (sha256 ${wf.changeSha256})` : ""}`,
		evidence: {
			paths: [wf.path],
			...wf.trustedSha256 ? { expected: wf.trustedSha256 } : {},
			...wf.changeSha256 ? { actual: wf.changeSha256 } : {}
		}
	});
	const change = trust.change;
	if (!change) return findings;
	const accepted = isConfigAccepted(change.changeSha256, acceptedConfigs);
	const ref = trust.ref?.slice(0, 12) ?? "the baseline";
	const how = change.changeSha256 === null ? "removes it" : change.trustedSha256 === null ? "adds it" : "changes it";
	const keys = change.keys.map((k) => `${k.key}: ${shown(k.old)} → ${shown(k.new)}`);
	if (!accepted) findings.push({
		code: "CONFIG_CHANGED",
		stage: "config",
		classification: "PRODUCT_DRIFT",
		message: `the gate's config file ${change.path} is read from ${ref}, never from the change; this change ${how}${keys.length ? ` (${keys.join("; ")})` : ""}. It takes effect once an architect's decision accepts it${change.changeSha256 ? ` (sha256 ${change.changeSha256})` : ""}`,
		evidence: {
			paths: [change.path],
			...change.trustedSha256 ? { expected: change.trustedSha256 } : {},
			...change.changeSha256 ? { actual: change.changeSha256 } : {},
			detail: keys.join("\n") || "formatting only"
		}
	});
	for (const p of change.problems) findings.push(configFinding(change.path, `${p.message} (in the change)`));
	return findings;
}
function computeAbsentBaselineFindings(settings, seal) {
	if (settings.sealed.length === 0 || seal.authoritative !== "none") return [];
	if (seal.manifestSha256 !== null || seal.treeManifestSha256 !== null) return [];
	return [{
		code: "BASELINE_ABSENT",
		stage: "seal",
		classification: "INCIDENT",
		message: `sealed files are declared (${settings.sealed.join(", ")}) but no manifest ${settings.baseline} exists here or on the trusted side: nothing proves them unchanged`,
		evidence: {
			paths: [settings.baseline],
			detail: settings.sealed.join("\n")
		}
	}];
}
var configFinding, shown;
function init_trust() {
	return (init_trust = require_rolldown_runtime.__esmMin((() => {
		configFinding = (path, message, detail) => ({
			code: "CONFIG_INVALID",
			stage: "config",
			classification: "PRODUCT_DRIFT",
			message,
			evidence: {
				paths: [path],
				...detail ? { detail } : {}
			}
		});
		shown = (v) => v === void 0 ? "(unset)" : describeValue(v);
	})))();
}
// src/settings/trusted.ts
async function readLayer(file, path, where) {
	if (file.state === "absent") return {
		values: {},
		problems: [],
		present: false
	};
	if (file.state === "refused") return {
		values: {},
		problems: [{
			key: null,
			message: `${path}${where}: refused: ${file.reason}`
		}],
		present: true
	};
	const { parseConfigLenient } = await Promise.resolve().then(() => require("./config-file-B_MfHLaQ.js"));
	return {
		...parseConfigLenient(file.bytes, path),
		present: true
	};
}
async function loadTrustedSettings(given, sides) {
	await parseSettingsOnDemand([given]);
	const explicitConfig = given.config !== void 0;
	const path = explicitConfig ? String(given.config.value).replace(/^(\.\/)+/, "") : DEFAULT_CONFIG;
	const { trusted, judged } = sides;
	const at = trusted.ref ? ` at ${trusted.ref.slice(0, 12)}` : "";
	const trustedFile = await trusted.readFile(path);
	const trustedLayer = await readLayer(trustedFile, path, at);
	const findings = trustedLayer.problems.map((p) => configFinding(path, `${p.message}${trusted.ref ? ` (the trusted copy${at})` : ""}; ${p.key ? `${p.key} keeps its default or step input` : "the defaults and step inputs apply"}`));
	let change = null;
	let changeSettings = null;
	let changeFile = trustedFile;
	if (trusted.ref) {
		changeFile = await judged.readFile(path);
		if (!sameFile(trustedFile, changeFile)) {
			const changeLayer = await readLayer(changeFile, path, "");
			const keys = [...new Set([...Object.keys(trustedLayer.values), ...Object.keys(changeLayer.values)])].sort().map((key) => ({
				key,
				old: trustedLayer.values[key]?.value,
				new: changeLayer.values[key]?.value
			})).filter((k) => comparable(k.old) !== comparable(k.new));
			change = {
				path,
				trustedSha256: trustedFile.state === "present" ? sha256Hex(trustedFile.bytes) : null,
				changeSha256: changeFile.state === "present" ? sha256Hex(changeFile.bytes) : null,
				keys,
				problems: changeLayer.problems
			};
			if (changeFile.state === "present") changeSettings = await tryParseSettings([changeLayer.values, given]);
		}
	}
	if (explicitConfig && trustedFile.state === "absent" && changeFile.state === "absent") throw new SettingsError(`${path}: config file not found (given as config)`);
	const settings = await parseSettingsOnDemand([trustedLayer.values, given]);
	if ((given.baseline ?? trustedLayer.values.baseline) && sides.requireBaseline !== false && !await existsOnEitherSide(settings.baseline, sides)) {
		const how = given.baseline ? `given as ${given.baseline.source.kind === "flag" ? "--baseline" : "input baseline"}` : `set in ${path}`;
		throw new SettingsError(`${settings.baseline}: the sealed manifest does not exist${trusted.ref ? ` here or at ${trusted.ref.slice(0, 12)}` : ""} (${how}); a manifest named explicitly must exist`);
	}
	let workflowChange = null;
	if (trusted.ref && sides.workflowPath) {
		const [before, after] = [await trusted.readFile(sides.workflowPath), await judged.readFile(sides.workflowPath)];
		if (!sameFile(before, after)) workflowChange = {
			path: sides.workflowPath,
			trustedSha256: before.state === "present" ? sha256Hex(before.bytes) : null,
			changeSha256: after.state === "present" ? sha256Hex(after.bytes) : null
		};
	}
	return {
		settings,
		trust: {
			configPath: path,
			ref: trusted.ref,
			change,
			findings,
			workflowChange
		},
		changeSettings
	};
}
async function tryParseSettings(layers) {
	try {
		return await parseSettingsOnDemand(layers);
	} catch (e) {
		if (e instanceof SettingsError) return null;
		throw e;
	}
}
function selectSettingsInEffect(trusted, change, acceptedConfigs) {
	if (!change || !acceptedConfigs.has(change.sha256)) return trusted;
	return {
		...change.settings,
		log: trusted.log,
		"log-branch": trusted["log-branch"],
		"baseline-ref": change.settings["baseline-ref"] || trusted["baseline-ref"]
	};
}
async function existsOnEitherSide(path, sides) {
	if ((await sides.judged.readFile(path)).state !== "absent") return true;
	return sides.trusted.ref !== null && (await sides.trusted.readFile(path)).state !== "absent";
}
function sameFile(a, b) {
	if (a.state !== b.state) return false;
	if (a.state === "present" && b.state === "present") return sha256Hex(a.bytes) === sha256Hex(b.bytes);
	return true;
}
var comparable;
function init_trusted() {
	return (init_trusted = require_rolldown_runtime.__esmMin((() => {
		init_hash();
		init_trust();
		init_defaults();
		init_load();
		comparable = (v) => v === void 0 ? "\0unset" : JSON.stringify(v);
	})))();
}
// src/compose.ts
async function composeContext(settings, facts, side) {
	const { repoUrl, ...rest } = facts;
	const { logLocationOf } = await Promise.resolve().then(() => require("./log-CpC3AkU6.js")).then((n) => (n.init_log(), n.log_exports));
	const location = logLocationOf(settings, facts.branch);
	const template = await readIncidentTemplate(side.trusted);
	return {
		location,
		context: {
			...rest,
			incidentTemplate: template.template,
			trust: side.trust,
			changeConfig: side.changeConfig ?? null,
			trustFindings: template.findings,
			logUrl: logUrlOf(location, repoUrl)
		}
	};
}
function logUrlOf(location, repoUrl) {
	if (repoUrl) return location.branch ? `${repoUrl}/blob/${encodeURIComponent(location.branch)}/${location.path}` : null;
	return location.dedicated ? `${location.branch}:${location.path}` : location.path;
}
async function composeAction(env = process.env) {
	hardenGitEnvironment();
	const core = await Promise.resolve().then(() => require("./core-Cfpcz6rq.js")).then((n) => (n.init_core(), n.core_exports));
	const { readActionsContext } = await Promise.resolve().then(() => require("./actions-context-7VdUxxEZ.js"));
	const { createActionsReporter } = await Promise.resolve().then(() => require("./actions-reporter-CPI54q5E.js"));
	const workspace = await createNodeWorkspace(env.GITHUB_WORKSPACE || process.cwd());
	const given = layerFrom((name) => core.getInput(name), { kind: "input" });
	for (const secret of ["github-token", "log-key"]) {
		const value = given[secret]?.value;
		if (typeof value === "string" && value) core.setSecret(value);
	}
	const { context: facts, payload, repoUrl } = await readActionsContext(env);
	const git = await createGit(workspace.root);
	const { settings, trust, trusted, changeConfig } = await loadSettingsWithTrust(workspace, given, {
		name: facts.eventName,
		payload,
		git,
		workflowPath: workflowPathOf(env.GITHUB_WORKFLOW_REF)
	});
	const reporter = createActionsReporter();
	const repository = env.GITHUB_REPOSITORY;
	const github = settings["github-token"] && repository ? (await Promise.resolve().then(() => require("./octokit-github-B1f707vt.js"))).createOctokitGitHub(settings["github-token"], repository, reporter) : null;
	const { context, location } = await composeContext(settings, {
		...facts,
		repoUrl
	}, {
		trusted,
		trust,
		changeConfig
	});
	const { secretsOf } = await Promise.resolve().then(() => require("./tests-C3mizSuR.js")).then((n) => (n.init_tests(), n.tests_exports));
	const { createShellRunner } = await Promise.resolve().then(() => require("./shell-runner-BQu_HXbO.js"));
	const { createJobLogGroup } = await Promise.resolve().then(() => require("./job-log-group-BjntUyP2.js"));
	const secrets = secretsOf(settings);
	return {
		settings,
		context,
		location,
		ports: {
			workspace,
			git,
			runner: createShellRunner({
				env,
				secrets,
				repository: workspace.root,
				live: (command) => createJobLogGroup(`driftgate runs: ${command}`, secrets)
			}),
			clock: createSystemClock(),
			reporter,
			github
		},
		payload
	};
}
async function composeCliSettings(flags, options = {}) {
	hardenGitEnvironment();
	const workspace = await createNodeWorkspace(flags.workspace ?? process.cwd());
	const given = flagLayer(flags);
	let git = options.git !== "if-baseline-ref" || given["baseline-ref"] ? await createGit(workspace.root) : null;
	const { settings, trust, trusted, changeConfig } = await loadSettingsWithTrust(workspace, given, {
		name: "cli",
		payload: {},
		git,
		requireBaseline: options.requireBaseline ?? true
	});
	if (!git && settings["baseline-ref"]) git = await createGit(workspace.root);
	return {
		settings,
		workspace,
		git,
		trust,
		trusted,
		changeConfig
	};
}
async function composeCli(flags, options = {}) {
	const { settings, workspace, git, trust, trusted, changeConfig } = await composeCliSettings(flags, options);
	const branch = git ? await git.currentBranch() : null;
	const { context, location } = await composeContext(settings, {
		eventName: "cli",
		ref: branch ? `refs/heads/${branch}` : null,
		branch,
		onDefaultBranch: false,
		record: flags.record === true,
		run: {
			id: null,
			attempt: null,
			url: null
		},
		pullRequest: null,
		statusSha: null,
		fork: false,
		repoUrl: null
	}, {
		trusted,
		trust,
		changeConfig
	});
	const reporter = createConsoleReporter({ quiet: flags.json === true });
	const { secretsOf } = await Promise.resolve().then(() => require("./tests-C3mizSuR.js")).then((n) => (n.init_tests(), n.tests_exports));
	const { createShellRunner } = await Promise.resolve().then(() => require("./shell-runner-BQu_HXbO.js"));
	return {
		settings,
		context,
		location,
		ports: {
			workspace,
			git,
			runner: createShellRunner({
				secrets: secretsOf(settings),
				repository: workspace.root
			}),
			clock: createSystemClock(),
			reporter,
			github: null
		}
	};
}
function flagLayer(flags) {
	return layerFrom((name) => {
		const v = flags[name];
		return Array.isArray(v) ? v.join("\n") : typeof v === "string" ? v : void 0;
	}, { kind: "flag" });
}
async function createGit(root) {
	const { createGitCliIfRepository } = await Promise.resolve().then(() => require("./git-cli-VPAAFLwL.js"));
	return createGitCliIfRepository(root);
}
async function loadSettingsWithTrust(workspace, given, event) {
	const givenRef = String(given["baseline-ref"]?.value ?? "");
	const trusted = await openTrustedSide({
		root: workspace.root,
		git: event.git,
		givenRef,
		eventName: event.name,
		payload: event.payload
	});
	const { settings, trust, changeSettings } = await loadTrustedSettings(given, {
		trusted,
		judged: createJudgedSide(workspace.root),
		workflowPath: event.workflowPath ?? null,
		requireBaseline: event.requireBaseline ?? true
	});
	if (!settings["baseline-ref"] && trusted.ref) settings["baseline-ref"] = trusted.ref;
	const sha256 = trust.change?.changeSha256;
	return {
		settings,
		trust,
		trusted,
		changeConfig: changeSettings && sha256 ? {
			sha256,
			settings: changeSettings
		} : null
	};
}
function init_compose() {
	return (init_compose = require_rolldown_runtime.__esmMin((() => {
		init_git_hardening();
		init_node_workspace();
		init_system_clock();
		init_templates();
		init_trusted_side();
		init_load();
		init_trusted();
	})))();
}
// src/core/classification.ts
function rankOf(c) {
	return CLASSIFICATIONS.indexOf(c);
}
function maxClassification(a, b) {
	return rankOf(a) >= rankOf(b) ? a : b;
}
var CLASSIFICATIONS;
function init_classification() {
	return (init_classification = require_rolldown_runtime.__esmMin((() => {
		CLASSIFICATIONS = [
			"STABLE",
			"TOOLING_DRIFT",
			"PRODUCT_DRIFT",
			"INCIDENT"
		];
	})))();
}
// src/core/classify.ts
function classify(findings) {
	return findings.reduce((acc, f) => maxClassification(acc, f.classification), "STABLE");
}
function computeFails(classification, failOn, context = {
	pullRequest: false,
	testsPassed: null
}) {
	if (classification === "INCIDENT" || classification === "PRODUCT_DRIFT") return true;
	if (classification !== "TOOLING_DRIFT") return false;
	if (failOn === "TOOLING_DRIFT") return true;
	return context.pullRequest && context.testsPassed === false;
}
var isPullRequestEvent;
function init_classify() {
	return (init_classify = require_rolldown_runtime.__esmMin((() => {
		init_classification();
		isPullRequestEvent = (eventName) => eventName === "pull_request" || eventName === "pull_request_target";
	})))();
}
// src/core/seal/paths.ts
function unsafePathReason(name, from = 0, to = name.length) {
	if (to > from && name[from] === SLASH) return "absolute path";
	let start = from;
	for (let i = from; i <= to; i++) if (i === to || name[i] === SLASH) {
		if (i - start === 2 && name[start] === DOT && name[start + 1] === DOT) return "\"..\" segment";
		start = i + 1;
	}
	return null;
}
function normalizeRelative(path) {
	if (!/(^|\/)\.?(\/|$)/.test(path)) return path;
	return path.split("/").filter((seg, i, all) => seg !== "." && !(seg === "" && i > 0 && i < all.length)).join("/");
}
var SLASH, DOT;
function init_paths() {
	return (init_paths = require_rolldown_runtime.__esmMin((() => {
		SLASH = 47;
		DOT = 46;
	})))();
}
// src/core/seal/verify.ts
function corruptFinding(path, where, reason, lines) {
	return {
		code: "BASELINE_CORRUPT",
		stage: "seal",
		classification: "INCIDENT",
		message: `${where} ${path} is rejected by sha256sum -c --strict: ${reason}`,
		evidence: {
			paths: [path],
			lines
		}
	};
}
function planSeal(manifestPath, tree, baseline, baselineRef, accepted = new Set()) {
	const findings = [];
	const parse = (bytes, where) => {
		const m = parseManifest(bytes);
		const rejection = manifestRejection(m);
		if (rejection === null) return m;
		findings.push(corruptFinding(manifestPath, where, rejection, m.errors.map((e) => e.line)));
		return null;
	};
	const treeManifest = tree.state === "present" ? parse(tree.bytes, "the manifest") : null;
	if (tree.state === "unreadable") findings.push({
		code: "BASELINE_CORRUPT",
		stage: "seal",
		classification: "INCIDENT",
		message: `the manifest ${manifestPath} cannot be read: ${tree.error}`,
		evidence: {
			paths: [manifestPath],
			detail: tree.error
		}
	});
	let authoritative = "none";
	let manifest = null;
	if (tree.state === "present" && accepted.size > 0 && accepted.has(sha256Hex(tree.bytes)) && baseline.state === "present" && treeManifest) {
		manifest = treeManifest;
		authoritative = "tree";
		findings.push({
			code: "BASELINE_ACCEPTED",
			stage: "seal",
			classification: "STABLE",
			message: `${manifestPath} differs from ${baselineRef ?? "baseline-ref"} but an architect accepted it as the new baseline`,
			evidence: {
				paths: [manifestPath],
				detail: describeManifestDiff(baseline.bytes, tree.bytes)
			}
		});
	} else if (baseline.state === "present") {
		manifest = parse(baseline.bytes, `the manifest at ${baselineRef ?? "baseline-ref"} of`);
		authoritative = "baseline-ref";
		findings.push(...compareWithBaseline(manifestPath, tree, baseline.bytes, baselineRef));
	} else if (tree.state === "present") {
		manifest = treeManifest;
		authoritative = "tree";
		findings.push(...unsealedNotices(manifestPath, baseline, baselineRef, true));
	} else if (tree.state === "absent") findings.push(...unsealedNotices(manifestPath, baseline, baselineRef, false));
	const table = (manifest ?? parseManifest(new Uint8Array(0))).table;
	const all = table.packNames();
	const refused = new Set();
	const verdicts = [];
	const dots = node_buffer.Buffer.from(all.bytes.buffer, all.bytes.byteOffset, all.bytes.length).includes("..");
	for (let i = 0; i < table.length; i++) {
		const start = all.starts[i];
		const end = all.ends[i];
		if (!dots && (end === start || all.bytes[start] !== 47)) continue;
		const reason = unsafePathReason(all.bytes, start, end);
		if (reason === null) continue;
		const entry = table.entry(i);
		refused.add(i);
		verdicts.push({
			line: entry.line,
			path: entry.display,
			status: "REFUSED"
		});
		findings.push({
			code: "PATH_ESCAPES_WORKSPACE",
			stage: "seal",
			classification: "INCIDENT",
			message: `${manifestPath} line ${entry.line} names ${entry.display}, outside the workspace (${reason}); it was not read`,
			evidence: {
				paths: [entry.display],
				lines: [entry.line],
				detail: reason
			}
		});
	}
	const toObserve = refused.size === 0 ? table : table.without(refused);
	const names = refused.size === 0 ? all : toObserve.packNames();
	return {
		authoritative,
		manifest,
		toObserve,
		names,
		findings,
		verdicts
	};
}
function unsealedNotices(manifestPath, baseline, baselineRef, inTree) {
	if (baseline.state === "unreadable") return [{
		code: "BASELINE_REF_UNREADABLE",
		stage: "seal",
		classification: "INCIDENT",
		message: `the manifest at ${baselineRef} cannot be read, so the baseline cannot be proven unchanged: ${baseline.error}`,
		evidence: {
			paths: [manifestPath],
			commits: baselineRef ? [baselineRef] : [],
			detail: baseline.error
		}
	}];
	if (inTree) {
		if (baseline.state === "no-ref") return [];
		return [{
			code: "BASELINE_INTRODUCED",
			stage: "seal",
			classification: "STABLE",
			message: `${manifestPath} is new since ${baselineRef}: this change introduces the seal; it is verified as written`,
			evidence: {
				paths: [manifestPath],
				commits: baselineRef ? [baselineRef] : []
			}
		}];
	}
	return [{
		code: "NOT_SEALED",
		stage: "seal",
		classification: "STABLE",
		message: `the repository is not sealed yet: no ${manifestPath}${baselineRef ? ` here or at ${baselineRef}` : ""} (run \`driftgate seal\`)`,
		evidence: { paths: [manifestPath] }
	}];
}
function compareWithBaseline(manifestPath, tree, baselineBytes, baselineRef) {
	const commits = baselineRef ? [baselineRef] : [];
	if (tree.state === "absent") return [{
		code: "BASELINE_REMOVED",
		stage: "seal",
		classification: "INCIDENT",
		message: `the sealed manifest ${manifestPath} exists at ${baselineRef} and is gone now`,
		evidence: {
			paths: [manifestPath],
			commits
		}
	}];
	if (tree.state !== "present" || bytesEqual(tree.bytes, baselineBytes)) return [];
	return [{
		code: "BASELINE_MODIFIED",
		stage: "seal",
		classification: "INCIDENT",
		message: `the sealed manifest ${manifestPath} differs from its copy at ${baselineRef}`,
		evidence: {
			paths: [manifestPath],
			commits,
			detail: describeManifestDiff(baselineBytes, tree.bytes)
		}
	}];
}
function bytesEqual(a, b) {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
function describeManifestDiff(before, after) {
	const index = (m) => new Map(m.entries.map((e) => [e.display, e.hash]));
	const a = index(parseManifest(before));
	const b = index(parseManifest(after));
	const parts = [];
	const added = [...b.keys()].filter((k) => !a.has(k));
	const removed = [...a.keys()].filter((k) => !b.has(k));
	const changed = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k));
	const list = (names) => names.length <= DIFF_NAMES_SHOWN ? names.join(", ") : `${names.slice(0, DIFF_NAMES_SHOWN).join(", ")} and ${names.length - DIFF_NAMES_SHOWN} more`;
	if (added.length) parts.push(`added: ${list(added)}`);
	if (removed.length) parts.push(`removed: ${list(removed)}`);
	if (changed.length) parts.push(`re-hashed: ${list(changed)}`);
	return parts.length ? parts.join("; ") : "the entries are the same; formatting, comments or order differ";
}
function computeSealFindings(input) {
	const { plan, manifestPath } = input;
	const tally = {
		findings: [...plan.findings],
		verdicts: [...plan.verdicts],
		linked: new Set(),
		linkedFolders: new Map()
	};
	const { observations, baselineModes } = input;
	if (observations.length !== plan.toObserve.length) throw new Error(`internal: ${observations.length} observations of ${plan.toObserve.length} entries`);
	const { kinds, digests } = observations;
	const table = plan.toObserve;
	for (let i = 0; i < table.length; i++) {
		const kind = kinds[i];
		if (kind === 1 || kind === 2) {
			if (table.digestIs(i, digests, i * 32)) tally.verdicts.push(new VerifiedEntry(table, i));
			else modified(table.entry(i), digestHex(digests, i * 32), manifestPath, tally);
			if (baselineModes !== null) {
				const now = kind === 2 ? "100755" : "100644";
				const was = baselineModes.get(normalizeRelative(utf8.decode(table.name(i))));
				if (was !== void 0 && was !== now) modeChanged(table.entry(i), was, now, manifestPath, tally);
			}
			continue;
		}
		const entry = table.entry(i);
		const o = observationAt(observations, i);
		if (o.state !== "ok") {
			judgeAbsent(entry, o, manifestPath, tally);
			continue;
		}
		if (hashIs(entry, o.sha256)) tally.verdicts.push(new VerifiedEntry(table, i));
		else modified(entry, o.sha256, manifestPath, tally);
		judgeKind(entry, o, baselineModes, manifestPath, tally);
	}
	tally.findings.push(...computeLinkFindings(input, tally), ...computeUnexpectedFindings(input));
	if (!inLineOrder(tally.verdicts)) tally.verdicts.sort((a, b) => a.line - b.line);
	return {
		findings: tally.findings,
		verdicts: tally.verdicts,
		authoritative: plan.authoritative,
		entries: plan.manifest?.table.length ?? 0
	};
}
function inLineOrder(verdicts) {
	for (let i = 1; i < verdicts.length; i++) if (verdicts[i - 1].line > verdicts[i].line) return false;
	return true;
}
function judgeAbsent(entry, o, manifestPath, tally) {
	const where = whereOf(entry, manifestPath);
	const status = o.state === "escapes" ? "REFUSED" : "FAILED open or read";
	tally.verdicts.push({
		line: entry.line,
		path: entry.display,
		status
	});
	const common = {
		stage: "seal",
		classification: "INCIDENT"
	};
	if (o.state === "escapes") tally.findings.push({
		...common,
		code: "PATH_ESCAPES_WORKSPACE",
		message: `${where} leads outside the workspace (${o.detail}); it was not read`,
		evidence: {
			...baseOf(entry),
			detail: o.detail
		}
	});
	else if (o.state === "missing") tally.findings.push({
		...common,
		code: "SEALED_MISSING",
		message: `sealed file ${where} is missing`,
		evidence: {
			...baseOf(entry),
			expected: entry.hash
		}
	});
	else tally.findings.push({
		...common,
		code: "SEALED_UNREADABLE",
		message: `sealed file ${where} cannot be read (${o.error}); unverifiable counts as changed`,
		evidence: {
			...baseOf(entry),
			expected: entry.hash,
			detail: o.error
		}
	});
}
function modified(entry, sha256, manifestPath, tally) {
	tally.verdicts.push({
		line: entry.line,
		path: entry.display,
		status: "FAILED"
	});
	tally.findings.push({
		code: "SEALED_MODIFIED",
		stage: "seal",
		classification: "INCIDENT",
		message: `sealed file ${whereOf(entry, manifestPath)} was modified`,
		evidence: {
			...baseOf(entry),
			expected: entry.hash,
			actual: sha256
		}
	});
}
function judgeKind(entry, o, baselineModes, manifestPath, tally) {
	const normalized = normalizeRelative(utf8.decode(entry.name));
	const was = baselineModes?.get(normalized);
	const now = modeOf(o);
	if (!o.symlink && o.linkedFolder === null) {
		if (was !== void 0 && was !== now) modeChanged(entry, was, now, manifestPath, tally);
		return;
	}
	if (o.symlink) {
		tally.linked.add(normalized);
		tally.findings.push({
			code: "SEALED_SYMLINK",
			stage: "seal",
			classification: "INCIDENT",
			message: `sealed file ${whereOf(entry, manifestPath)} is a symbolic link${was !== void 0 && was !== now ? ` (it was mode ${was})` : ""}; a link under the seal is tampering even when it stays inside the workspace`,
			evidence: {
				...baseOf(entry),
				detail: was !== void 0 ? `${was} -> ${now}` : "symbolic link"
			}
		});
	} else if (o.linkedFolder !== null) {
		const paths = tally.linkedFolders.get(o.linkedFolder) ?? [];
		paths.push({
			path: entry.display,
			line: entry.line
		});
		tally.linkedFolders.set(o.linkedFolder, paths);
	}
}
function modeChanged(entry, was, now, manifestPath, tally) {
	tally.findings.push({
		code: "SEALED_MODE_CHANGED",
		stage: "seal",
		classification: "INCIDENT",
		message: `sealed file ${whereOf(entry, manifestPath)} changed mode from ${was} to ${now}`,
		evidence: {
			...baseOf(entry),
			detail: `${was} -> ${now}`
		}
	});
}
function computeLinkFindings(input, tally) {
	const findings = [];
	for (const [folder, entries] of tally.linkedFolders) {
		tally.linked.add(folder);
		findings.push({
			code: "SEALED_SYMLINK",
			stage: "seal",
			classification: "INCIDENT",
			message: `the folder ${folder} holding sealed files (${entries.length === 1 ? entries[0].path : `${entries.length} entries of ${input.manifestPath}`}) is a symbolic link; a sealed folder swapped for a link is tampering even when it stays inside the workspace`,
			evidence: {
				paths: [folder, ...entries.map((e) => e.path)],
				lines: entries.map((e) => e.line),
				detail: "folder replaced by a symbolic link"
			}
		});
	}
	for (const link of input.sealedLinks ?? []) {
		if (tally.linked.has(link.path)) continue;
		findings.push({
			code: "SEALED_SYMLINK",
			stage: "seal",
			classification: "INCIDENT",
			message: `${displayPath(link.path)} is a symbolic link under the sealed globs, to ${TARGET_WORDS[link.target]}; links are never sealed`,
			evidence: {
				paths: [displayPath(link.path)],
				detail: `symbolic link to ${link.target}`
			}
		});
	}
	return findings;
}
function computeUnexpectedFindings(input) {
	const { plan, manifestPath } = input;
	if (!input.sealedMatches || !plan.manifest) return [];
	const { table } = plan.manifest;
	const listed = new Set(Array.from({ length: table.length }, (_, i) => normalizeRelative(utf8.decode(table.name(i)))));
	return input.sealedMatches.map(normalizeRelative).filter((p) => !listed.has(p)).sort().map((path) => ({
		code: "SEALED_UNEXPECTED",
		stage: "seal",
		classification: "INCIDENT",
		message: `${displayPath(path)} matches the sealed globs but ${manifestPath} does not list it`,
		evidence: { paths: [displayPath(path)] }
	}));
}
var VerifiedEntry, utf8, DIFF_NAMES_SHOWN, displayPath, TARGET_WORDS, whereOf, baseOf;
function init_verify() {
	return (init_verify = require_rolldown_runtime.__esmMin((() => {
		init_hash();
		init_manifest();
		init_observation();
		init_paths();
		VerifiedEntry = class {
			constructor(table, index) {
				this.table = table;
				this.index = index;
			}
			get status() {
				return "OK";
			}
			get line() {
				return this.table.line(this.index);
			}
			get path() {
				return this.table.display(this.index);
			}
			toJSON() {
				return {
					line: this.line,
					path: this.path,
					status: this.status
				};
			}
		};
		utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
		DIFF_NAMES_SHOWN = 20;
		displayPath = (path) => displayName(new TextEncoder().encode(path));
		TARGET_WORDS = {
			file: "a file inside the workspace",
			folder: "a folder inside the workspace",
			outside: "a place outside the workspace (not followed)",
			dangling: "nothing (a dangling link)",
			other: "something that is not a regular file"
		};
		whereOf = (entry, manifestPath) => `${entry.display} (${manifestPath} line ${entry.line})`;
		baseOf = (entry) => ({
			paths: [entry.display],
			lines: [entry.line]
		});
	})))();
}
// src/stages/seal.ts
async function observeSeal(input, ports) {
	const { workspace, git } = ports;
	const tree = await workspace.readFile(input.manifest);
	if (tree.state === "present") workspace.prepareObserve(Math.floor(tree.bytes.length / 67));
	let baseline = { state: "no-ref" };
	if (input.baselineRef && git) try {
		const bytes = await git.readFileAt(input.baselineRef, input.manifest);
		baseline = bytes ? {
			state: "present",
			bytes
		} : { state: "absent" };
	} catch (e) {
		baseline = {
			state: "unreadable",
			error: e.message.split("\n")[0] ?? String(e)
		};
	}
	const plan = planSeal(input.manifest, tree, baseline, input.baselineRef, input.accepted);
	const observations = await workspace.observe(plan.names);
	const sealedMatches = input.sealed.length > 0 ? await workspace.glob(input.sealed) : null;
	const sealedLinks = input.sealed.length > 0 ? await workspace.sealedLinks(input.sealed) : null;
	let baselineModes = null;
	if (input.baselineRef && git && baseline.state === "present") {
		const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
		const table = plan.toObserve;
		baselineModes = await git.modesAt(input.baselineRef, Array.from({ length: table.length }, (_, i) => decoder.decode(table.name(i)).replace(/^(\.\/)+/, "")));
	}
	const result = computeSealFindings({
		manifestPath: input.manifest,
		plan,
		observations,
		sealedMatches,
		baselineModes,
		sealedLinks
	});
	const authoritativeBytes = plan.authoritative === "baseline-ref" && baseline.state === "present" ? baseline.bytes : tree.state === "present" ? tree.bytes : null;
	const treeManifestSha256 = tree.state === "present" ? sha256Hex(tree.bytes) : null;
	return {
		...result,
		manifestSha256: authoritativeBytes === null ? null : tree.state === "present" && authoritativeBytes === tree.bytes ? treeManifestSha256 : sha256Hex(authoritativeBytes),
		treeManifestSha256
	};
}
async function runVerify(settings, ports) {
	const baselineRef = await resolveBaselineRef(settings["baseline-ref"], ports.git);
	const seal = await observeSeal({
		manifest: settings.baseline,
		sealed: settings.sealed,
		baselineRef
	}, ports);
	const findings = [...computeAbsentBaselineFindings(settings, seal), ...seal.findings];
	return {
		classification: classify(findings),
		seal: {
			...seal,
			findings
		}
	};
}
async function resolveBaselineRef(ref, git) {
	if (!ref) return null;
	if (!git) throw new Error(`baseline-ref ${ref} was given but the workspace is not a git repository`);
	return git.ensureCommit(ref);
}
function init_seal() {
	return (init_seal = require_rolldown_runtime.__esmMin((() => {
		init_classify();
		init_hash();
		init_trust();
		init_verify();
	})))();
}
// src/cli/commands/verify.ts
var verify_exports = require_rolldown_runtime.__exportAll({ run: () => run });
async function run({ flags, json }) {
	const { settings, workspace, git } = await composeCliSettings(flags, { git: "if-baseline-ref" });
	const { classification, seal } = await runVerify(settings, {
		workspace,
		git
	});
	const fails = classification !== "STABLE";
	if (json) {
		printJson({
			classification,
			fails,
			entries: seal.verdicts,
			findings: seal.findings
		});
		return fails ? EXIT.failed : EXIT.passed;
	}
	const quiet = flags.quiet === true;
	const lines = seal.verdicts.filter((v) => !quiet || v.status !== "OK").map((v) => `${v.path}: ${v.status}`);
	if (lines.length) print(lines.join("\n"));
	for (const f of seal.findings) if (f.classification !== "STABLE" || !quiet) warn(`${f.classification} ${f.code}: ${f.message}`);
	if (!quiet || fails) print(`driftgate verify: ${classification}`);
	return fails ? EXIT.failed : EXIT.passed;
}
function init_verify$1() {
	return (init_verify$1 = require_rolldown_runtime.__esmMin((() => {
		init_compose();
		init_seal();
		init_io();
	})))();
}
Object.defineProperty(exports, "CLASSIFICATIONS", {
	enumerable: true,
	get: function() {
		return CLASSIFICATIONS;
	}
});
Object.defineProperty(exports, "EXIT", {
	enumerable: true,
	get: function() {
		return EXIT;
	}
});
Object.defineProperty(exports, "SETTING_DEFAULTS", {
	enumerable: true,
	get: function() {
		return SETTING_DEFAULTS;
	}
});
Object.defineProperty(exports, "SETTING_NAMES", {
	enumerable: true,
	get: function() {
		return SETTING_NAMES;
	}
});
Object.defineProperty(exports, "SettingsError", {
	enumerable: true,
	get: function() {
		return SettingsError;
	}
});
Object.defineProperty(exports, "UsageError", {
	enumerable: true,
	get: function() {
		return UsageError;
	}
});
Object.defineProperty(exports, "bin_exports", {
	enumerable: true,
	get: function() {
		return bin_exports;
	}
});
Object.defineProperty(exports, "classify", {
	enumerable: true,
	get: function() {
		return classify;
	}
});
Object.defineProperty(exports, "composeAction", {
	enumerable: true,
	get: function() {
		return composeAction;
	}
});
Object.defineProperty(exports, "composeCli", {
	enumerable: true,
	get: function() {
		return composeCli;
	}
});
Object.defineProperty(exports, "computeAbsentBaselineFindings", {
	enumerable: true,
	get: function() {
		return computeAbsentBaselineFindings;
	}
});
Object.defineProperty(exports, "computeDefaultSettings", {
	enumerable: true,
	get: function() {
		return computeDefaultSettings;
	}
});
Object.defineProperty(exports, "computeFails", {
	enumerable: true,
	get: function() {
		return computeFails;
	}
});
Object.defineProperty(exports, "computeTrustFindings", {
	enumerable: true,
	get: function() {
		return computeTrustFindings;
	}
});
Object.defineProperty(exports, "formatManifest", {
	enumerable: true,
	get: function() {
		return formatManifest;
	}
});
Object.defineProperty(exports, "init_bin", {
	enumerable: true,
	get: function() {
		return init_bin;
	}
});
Object.defineProperty(exports, "init_classification", {
	enumerable: true,
	get: function() {
		return init_classification;
	}
});
Object.defineProperty(exports, "init_classify", {
	enumerable: true,
	get: function() {
		return init_classify;
	}
});
Object.defineProperty(exports, "init_compose", {
	enumerable: true,
	get: function() {
		return init_compose;
	}
});
Object.defineProperty(exports, "init_defaults", {
	enumerable: true,
	get: function() {
		return init_defaults;
	}
});
Object.defineProperty(exports, "init_git_hardening", {
	enumerable: true,
	get: function() {
		return init_git_hardening;
	}
});
Object.defineProperty(exports, "init_hash", {
	enumerable: true,
	get: function() {
		return init_hash;
	}
});
Object.defineProperty(exports, "init_io", {
	enumerable: true,
	get: function() {
		return init_io;
	}
});
Object.defineProperty(exports, "init_manifest", {
	enumerable: true,
	get: function() {
		return init_manifest;
	}
});
Object.defineProperty(exports, "init_observation", {
	enumerable: true,
	get: function() {
		return init_observation;
	}
});
Object.defineProperty(exports, "init_paths", {
	enumerable: true,
	get: function() {
		return init_paths;
	}
});
Object.defineProperty(exports, "init_seal", {
	enumerable: true,
	get: function() {
		return init_seal;
	}
});
Object.defineProperty(exports, "init_trust", {
	enumerable: true,
	get: function() {
		return init_trust;
	}
});
Object.defineProperty(exports, "init_trusted", {
	enumerable: true,
	get: function() {
		return init_trusted;
	}
});
Object.defineProperty(exports, "isPullRequestEvent", {
	enumerable: true,
	get: function() {
		return isPullRequestEvent;
	}
});
Object.defineProperty(exports, "observationList", {
	enumerable: true,
	get: function() {
		return observationList;
	}
});
Object.defineProperty(exports, "observeSeal", {
	enumerable: true,
	get: function() {
		return observeSeal;
	}
});
Object.defineProperty(exports, "print", {
	enumerable: true,
	get: function() {
		return print;
	}
});
Object.defineProperty(exports, "printJson", {
	enumerable: true,
	get: function() {
		return printJson;
	}
});
Object.defineProperty(exports, "rankOf", {
	enumerable: true,
	get: function() {
		return rankOf;
	}
});
Object.defineProperty(exports, "readGitFingerprint", {
	enumerable: true,
	get: function() {
		return readGitFingerprint;
	}
});
Object.defineProperty(exports, "resolveBaselineRef", {
	enumerable: true,
	get: function() {
		return resolveBaselineRef;
	}
});
Object.defineProperty(exports, "selectSettingsInEffect", {
	enumerable: true,
	get: function() {
		return selectSettingsInEffect;
	}
});
Object.defineProperty(exports, "sha256Hex", {
	enumerable: true,
	get: function() {
		return sha256Hex;
	}
});
Object.defineProperty(exports, "unsafePathReason", {
	enumerable: true,
	get: function() {
		return unsafePathReason;
	}
});
Object.defineProperty(exports, "warn", {
	enumerable: true,
	get: function() {
		return warn;
	}
});
