const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_redact = require("./redact-j2GdVtMn.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_event = require("./event-CdKIO7Zi.js");
const require_schemas = require("./schemas-Bs_YTln_.js");
let node_path = require("node:path");
let node_util = require("node:util");
// src/core/tests/break-point.ts
function computeFrames(lines, i) {
	const out = [];
	for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
		const m = FRAME.exec(lines[j]) ?? PY_FRAME.exec(lines[j]);
		if (m) out.push(`${m[1].replace(/^file:\/\//, "")}:${m[2]}`);
		else if (out.length > 0 && !/^\s*(?:at |\{|code:|\w+: |\}|\[|'|-\s)/.test(lines[j])) break;
	}
	return out;
}
function importerOf(lines, i) {
	for (let j = i; j < lines.length && j <= i + 4; j++) {
		const m = IMPORTER.exec(lines[j].trim());
		if (m) return (m[1] ?? m[2] ?? "").replace(/^file:\/\//, "");
	}
	return null;
}
function locateModuleError(lines) {
	for (let i = 0; i < lines.length; i++) {
		const m = MODULE_ERROR.exec(lines[i]);
		if (!m) continue;
		const wanted = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
		const importer = importerOf(lines, i);
		const frames = computeFrames(lines, i);
		if (importer && !importer.endsWith("/")) {
			if (isToolingPath(importer)) return point("start", "runner-module", lines, i, [importer, ...frames]);
			continue;
		}
		if (importer) return point("start", "runner-module", lines, i, [importer, ...frames]);
		const toolingStack = frames.every(isToolingPath);
		if (wanted !== "" && !/^[./]|^[A-Za-z]:\\/.test(wanted) && frames.length > 0 && toolingStack) return point("start", "runner-module", lines, i, frames);
		if (/^\//.test(wanted) && toolingStack) return point("start", "runner-module", lines, i, frames);
	}
	return null;
}
function computeReportBase(pattern) {
	const parts = pattern.replace(/\\/g, "/").split("/");
	const literal = [];
	for (const p of parts) {
		if (/[*?[\]{}()!]/.test(p)) break;
		literal.push(p);
	}
	return literal.join("/").replace(/^\.\//, "");
}
function locateReportWrite(input) {
	const bases = input.reportBases.filter((b) => b !== "" && b !== ".");
	if (bases.length === 0) return null;
	const under = (text) => {
		for (const b of bases) if (new RegExp(`(?:^|[\\s'"/:=])(${b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})(?:[/'"\\s:]|$)`).test(text)) return b;
		return null;
	};
	for (let i = 0; i < input.lines.length; i++) {
		const line = input.lines[i];
		if (!FS_ERROR.test(line)) continue;
		const block = input.lines.slice(i, i + 24).join("\n");
		const pathLine = /^\s*path: '([^']+)'/m.exec(block)?.[1];
		const paths = [...line.matchAll(QUOTED_PATH)].map((m) => m[1] ?? m[2] ?? "");
		const hit = under(line) ?? (pathLine ? under(pathLine) : null);
		if (hit) return point("reporting", "report-write", input.lines, i, [pathLine ?? paths[0] ?? hit]);
	}
	return null;
}
function computeBreakPoint(input) {
	for (const rule of BREAK_RULES) {
		const found = rule.locate(input);
		if (found) return found;
	}
	return null;
}
function computeMessagePlace(message) {
	const lines = message.replace(/\r\n?/g, "\n").split("\n");
	return locateModuleError(lines) ?? byPattern("start", "runner-config", CONFIG)({
		lines,
		reportBases: []
	}) ?? null;
}
function computeCauseLine(message) {
	const lines = (0, node_util.stripVTControlCharacters)(message).replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter((l) => l !== "" && !HEADER.test(l) && !FRAME.test(l) && !/^>?\s*\d+\s*\|/.test(l) && !/^\|?\s*\^/.test(l));
	return (lines.find((l) => /\b(?:\w*Error|Cannot find|ERR_[A-Z_]+|not found|does not exist|Exception|expected)\b/i.test(l)) ?? lines[0] ?? "").slice(0, 300);
}
function computeConsoleCause(lines) {
	const line = lines.find((l) => /(?:^|\s)(?:\w*Error|Exception)\b(?: \[[A-Z_]+\])?:/.test(l) && !FRAME.test(l) && !/^\s*>?\s*\d+\s*\||^\s*throw\b/.test(l));
	return line ? line.trim().slice(0, 300) : null;
}
var FRAME, PY_FRAME, QUOTED_PATH, isToolingPath, firstMatch, point, CAUSE_HEADER, causeAt, USAGE, NOTHING_TO_RUN, CONFIG, MODULE_ERROR, IMPORTER, FS_ERROR, byPattern, BREAK_RULES, HEADER;
function init_break_point() {
	return (init_break_point = require_rolldown_runtime.__esmMin((() => {
		FRAME = /^\s*(?:at\s+(?:.*?\()?|❯\s+)((?:file:\/\/)?(?:node:[\w/]+|[^\s()]+?)):(\d+)(?::(\d+))?\)?\s*$/;
		PY_FRAME = /^\s*File "([^"]+)", line (\d+)/;
		QUOTED_PATH = /'((?:\/|\.{1,2}\/|[A-Za-z]:\\)[^']+)'|"((?:\/|\.{1,2}\/)[^"]+)"/g;
		isToolingPath = (p) => /(?:^|[\\/])node_modules[\\/]|^node:|(?:^|[\\/])(?:site|dist)-packages[\\/]|[\\/]lib[\\/]python\d/.test(p);
		firstMatch = (lines, re) => lines.findIndex((l) => re.test(l));
		point = (place, rule, lines, i, frames) => ({
			place,
			rule,
			cause: causeAt(lines, i).slice(0, 500),
			frames: (frames ?? computeFrames(lines, i)).slice(0, 8)
		});
		CAUSE_HEADER = /^\s*● (?:Validation Error|Unrecognized CLI Parameter|Multiple configurations found):\s*$/;
		causeAt = (lines, i) => (CAUSE_HEADER.test(lines[i]) ? lines.slice(i + 1, i + 8).find((l) => l.trim() !== "" && !/^\s*\*/.test(l)) ?? lines[i] : lines[i]).trim();
		USAGE = /Could not load "?[^"\s]+"? reporter|^ERROR: --\S+ |\bpython[\d.]*: No module named |CACError: Unknown option|^\s*(?:Error: )?[Uu]nknown (?:option|argument|arguments)\b|: bad option: |● Unrecognized CLI Parameter|^ERROR: usage:|error: unrecognized arguments|^\w+: error: |Unknown or unexpected option|Unexpected argument|npx canceled due to missing packages|Could not resolve a module for a custom reporter|Unable to use specified reporter|Cannot find (?:module|package) ['"][^'"]*reporter[^'"]*['"]|Failed to load custom Reporter|ERR_UNKNOWN_BUILTIN_MODULE|reporter.* (?:not found|could not be (?:found|loaded))/;
		NOTHING_TO_RUN = /No valid test files found|^[ℹ#] tests 0\s*$|No test files found|No tests found|Could not find '|^ERROR: (?:file or directory|module or package) not found|^=+ no tests ran|collected 0 items|Couldn[’']t find any files to test|No test files found:|Error: No test files found|No tests? (?:files? )?(?:were )?found|no test files/i;
		CONFIG = /failed to load config from|Error loading \S*(?:config|rc)\S*:|Startup Error|● Validation Error|Multiple configurations found|Preset .* not found|Error while loading config|Error: .*\.(?:mocharc|taprc)|^ERROR: .*(?:\.ini|\.toml|\.cfg)|pytest\.ini|INTERNALERROR>|^ERROR: .*minversion|requires pytest-|Error importing plugin|Invalid (?:config|configuration)|Could not read package\.json|npm (?:error|ERR!) code ENOENT|npm (?:error|ERR!) enoent/;
		MODULE_ERROR = /^(?!\s*(?:throw|const|let|var|code:)\b).*(?:Cannot find (?:module|package) ['"]([^'"]+)['"]|Failed to load url (\S+)|Failed to resolve import ["']([^"']+)["']|No module named ['"]?([\w.]+))/;
		IMPORTER = /(?:imported from|in|from) ['"]?((?:\/|file:\/\/)[^\s'"]+?)['"]?(?:\.\s|\s|$|\.$)|^- (\/\S+)$/;
		FS_ERROR = /\b(EACCES|EROFS|ENOTDIR|ENOENT|EISDIR|EPERM|ENOSPC|EEXIST)\b|Permission denied|Read-only file system|Not a directory|Is a directory|No such file or directory|File exists|(?:FileExists|Permission|NotADirectory|IsADirectory|FileNotFound)Error/;
		byPattern = (place, rule, re) => (input) => {
			const i = firstMatch(input.lines, re);
			return i < 0 ? null : point(place, rule, input.lines, i);
		};
		BREAK_RULES = [
			{
				id: "report-write",
				place: "reporting",
				when: "a file system error (EACCES, EROFS, ENOTDIR, ENOENT, EISDIR, EPERM, ENOSPC, or the same as words) names a path under a `test-report` glob's folder",
				locate: locateReportWrite
			},
			{
				id: "runner-usage",
				place: "start",
				when: "the runner refused its command line: unknown option, bad option, a reporter module it cannot load, npx with the runner not installed",
				locate: byPattern("start", "runner-usage", USAGE)
			},
			{
				id: "runner-config",
				place: "start",
				when: "the runner's configuration could not be loaded or is invalid (config file syntax, validation, preset, pytest.ini, no package.json for npm)",
				locate: byPattern("start", "runner-config", CONFIG)
			},
			{
				id: "runner-module",
				place: "start",
				when: "a module is missing and what imports it, or every frame of its stack, is the toolchain's (`node_modules/…`, `node:internal`, site-packages)",
				locate: (input) => locateModuleError(input.lines)
			},
			{
				id: "nothing-to-run",
				place: "start",
				when: "the runner found no test file, or a test path given to it does not exist",
				locate: byPattern("start", "nothing-to-run", NOTHING_TO_RUN)
			}
		];
		HEADER = /^\s*(?:●|FAIL\b|⎯+|Test suite failed to run|Error: Test suite failed to run|\[?\d+\/\d+\]?|×|✖|Failed Suites|Failed Tests|Unhandled (?:Errors?|Rejection)|This error originated|The latest test|#|\s*$)/;
	})))();
}
// src/core/tests/console/summary.ts
function parseConsoleSummaries(text) {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	return READERS.flatMap((read) => read(lines));
}
var count, vitest, jest, nodeTest, mocha, pytest, READERS;
function init_summary() {
	return (init_summary = require_rolldown_runtime.__esmMin((() => {
		count = (text, word) => {
			const m = new RegExp(`(\\d+) ${word.source}`).exec(text);
			return m ? Number(m[1]) : 0;
		};
		vitest = (lines) => {
			const out = [];
			lines.forEach((l, i) => {
				const m = /^\s*Tests\s{2,}(.*\(\d+\)|no tests)\s*$/.exec(l);
				if (!m) return;
				const errLine = lines.slice(i + 1, i + 3).find((n) => /^\s*Errors\s{2,}\d+ errors?/.test(n)) ?? "";
				out.push({
					runner: "vitest",
					passed: count(m[1], /passed/),
					failed: count(m[1], /failed/),
					skipped: count(m[1], /skipped/),
					todo: count(m[1], /todo/),
					errors: count(errLine, /errors?/),
					line: l.trim()
				});
			});
			return out;
		};
		jest = (lines) => lines.filter((l) => /^Tests:\s+.*\d+ total\s*$/.test(l)).map((l) => ({
			runner: "jest",
			passed: count(l, /passed/),
			failed: count(l, /failed/),
			skipped: count(l, /skipped/),
			todo: count(l, /todo/),
			errors: 0,
			line: l.trim()
		}));
		nodeTest = (lines) => {
			const out = [];
			lines.forEach((l, i) => {
				const m = /^(ℹ|#) tests (\d+)\s*$/.exec(l);
				if (!m) return;
				const block = lines.slice(i, i + 9);
				const get = (k) => {
					const hit = block.find((b) => b.startsWith(`${m[1]} ${k} `));
					return hit ? Number(hit.split(" ")[2]) : 0;
				};
				out.push({
					runner: "node:test",
					passed: get("pass"),
					failed: get("fail") + get("cancelled"),
					skipped: get("skipped"),
					todo: get("todo"),
					errors: 0,
					line: block.filter((b) => b.startsWith(m[1])).join("; ")
				});
			});
			return out;
		};
		mocha = (lines) => {
			const out = [];
			lines.forEach((l, i) => {
				const m = /^\s*(\d+) passing \(\d+(?:ms|s|m)\)\s*$/.exec(l);
				if (!m) return;
				const next = lines.slice(i + 1, i + 4).join("\n");
				out.push({
					runner: "mocha",
					passed: Number(m[1]),
					failed: count(next, /failing/),
					skipped: count(next, /pending/),
					todo: 0,
					errors: 0,
					line: l.trim()
				});
			});
			return out;
		};
		pytest = (lines) => lines.filter((l) => /^=+ .*\b(passed|failed|skipped|error|errors|no tests ran|deselected|xfailed|xpassed)\b.* in [\d.]+s.* =+$/.test(l)).map((l) => ({
			runner: "pytest",
			passed: count(l, /passed/) + count(l, /xpassed/),
			failed: count(l, /failed/),
			skipped: count(l, /skipped/) + count(l, /xfailed/),
			todo: 0,
			errors: count(l, /errors?/),
			line: l.trim()
		}));
		READERS = [
			vitest,
			jest,
			nodeTest,
			mocha,
			pytest
		];
	})))();
}
// src/core/tests/runtime-baseline.ts
function parseRuntimeBaseline(text, path) {
	let json;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new Error(`${path}: invalid JSON: ${e.message}`);
	}
	const r = runtimeBaselineSchema.safeParse(json);
	if (r.success) return r.data;
	const issue = r.error.issues[0];
	throw new Error(`${path}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
}
function computeRuntimeBaseline(run, outputs, commit) {
	const tests = Object.fromEntries([...run.cases].sort((a, b) => a.id < b.id ? -1 : 1).map((c) => [c.id, c.status]));
	const sortedOutputs = Object.fromEntries(Object.entries(outputs).sort(([a], [b]) => a < b ? -1 : 1));
	return {
		version: 1,
		commit,
		tests,
		totals: require_event.computeCounts(run.cases),
		outputs: sortedOutputs
	};
}
function compareWithRuntimeBaseline(run, baseline, path) {
	const now = new Map(run.cases.map((c) => [c.id, c.status]));
	const fileless = new Map(run.cases.filter((c) => c.file === "").map((c) => [c.id, c.status]));
	const statusOf = (id) => {
		const exact = now.get(id);
		if (exact !== void 0 || fileless.size === 0) return exact;
		const cut = id.indexOf(" > ");
		return cut > 0 ? fileless.get(id.slice(cut + 3)) : void 0;
	};
	const matched = new Set(Object.keys(baseline.tests).flatMap((id) => {
		const cut = id.indexOf(" > ");
		return cut > 0 && fileless.has(id.slice(cut + 3)) ? [id.slice(cut + 3)] : [];
	}));
	const regressed = [];
	const missing = [];
	for (const [id, was] of Object.entries(baseline.tests)) {
		if (was !== "passed") continue;
		const is = statusOf(id);
		if (is === void 0) missing.push(id);
		else if (is !== "passed" && is !== "failed") regressed.push(`${id} (passed → ${is})`);
	}
	const added = run.cases.filter((c) => c.status === "passed" && !(c.id in baseline.tests) && !matched.has(c.id)).map((c) => c.id);
	const findings = [];
	if (regressed.length) findings.push({
		code: "TEST_REGRESSED",
		stage: "tests",
		classification: "PRODUCT_DRIFT",
		message: `${regressed.length} test(s) that passed in ${path} did not pass: ${list$1(regressed)}`,
		evidence: {
			tests: regressed.map((r) => r.replace(/ \(passed → \w+\)$/, "")),
			paths: [path]
		}
	});
	if (missing.length) findings.push({
		code: "TEST_MISSING",
		stage: "tests",
		classification: "PRODUCT_DRIFT",
		message: `${missing.length} test(s) that passed in ${path} did not run: ${list$1(missing)}`,
		evidence: {
			tests: missing,
			paths: [path]
		}
	});
	if (added.length) findings.push({
		code: "TEST_ADDED",
		stage: "tests",
		classification: "STABLE",
		message: `${added.length} new passing test(s) not in ${path}: ${list$1(added)}`,
		evidence: {
			tests: added,
			paths: [path]
		}
	});
	return findings;
}
function compareOutputs(observed, baseline, path) {
	const findings = [];
	for (const [file, expected] of Object.entries(baseline.outputs)) {
		const actual = observed.get(file);
		if (actual === void 0 || actual === null) findings.push({
			code: "OUTPUT_MISSING",
			stage: "tests",
			classification: "PRODUCT_DRIFT",
			message: `output ${file} recorded in ${path} was not produced`,
			evidence: {
				paths: [file],
				expected
			}
		});
		else if (actual !== expected) findings.push({
			code: "OUTPUT_CHANGED",
			stage: "tests",
			classification: "PRODUCT_DRIFT",
			message: `output ${file} differs from ${path}`,
			evidence: {
				paths: [file],
				expected,
				actual
			}
		});
	}
	for (const [file, actual] of observed) if (actual !== null && !(file in baseline.outputs)) findings.push({
		code: "OUTPUT_ADDED",
		stage: "tests",
		classification: "STABLE",
		message: `output ${file} is new (not in ${path})`,
		evidence: {
			paths: [file],
			actual
		}
	});
	return findings;
}
var status, runtimeBaselineSchema, MAX_IDS$1, list$1;
function init_runtime_baseline() {
	return (init_runtime_baseline = require_rolldown_runtime.__esmMin((() => {
		require_schemas.init_schemas();
		status = require_schemas._enum([
			"passed",
			"failed",
			"skipped",
			"todo",
			"pending",
			"cancelled"
		]);
		runtimeBaselineSchema = require_schemas.strictObject({
			version: require_schemas.literal(1),
			commit: require_schemas.string(),
			tests: require_schemas.record(require_schemas.string(), status),
			totals: require_schemas.strictObject({
				passed: require_schemas.number().int().min(0),
				failed: require_schemas.number().int().min(0),
				skipped: require_schemas.number().int().min(0),
				todo: require_schemas.number().int().min(0),
				pending: require_schemas.number().int().min(0),
				cancelled: require_schemas.number().int().min(0),
				total: require_schemas.number().int().min(0)
			}),
			outputs: require_schemas.record(require_schemas.string(), require_schemas.string().regex(/^[0-9a-f]{64}$/))
		});
		MAX_IDS$1 = 20;
		list$1 = (ids) => ids.slice(0, MAX_IDS$1).join(", ") + (ids.length > MAX_IDS$1 ? ` and ${ids.length - MAX_IDS$1} more` : "");
	})))();
}
// src/core/tests/signatures.ts
function computeSignatureHits(input) {
	const hits = [];
	for (const s of SIGNATURES) {
		const evidence = s.match(input);
		if (evidence !== null) hits.push({
			id: s.id,
			title: s.title,
			source: s.source,
			evidence: evidence.slice(0, 500)
		});
	}
	return hits;
}
var firstLine, headerThenCause, NPM_CODES, NPM_SOURCE, exitIs, SIGNATURES;
function init_signatures() {
	return (init_signatures = require_rolldown_runtime.__esmMin((() => {
		firstLine = (re) => (input) => input.lines.find((l) => re.test(l))?.trim() ?? null;
		headerThenCause = (re, header) => (input) => {
			const at = input.lines.findIndex((l) => re.test(l));
			if (at < 0) return null;
			const line = input.lines[at];
			if (!header.test(line)) return line.trim();
			return (input.lines.slice(at + 1, at + 8).find((l) => l.trim() !== "" && !/^[\s⎯]+$/.test(l) && !/^\s*\*/.test(l)) ?? line).trim();
		};
		NPM_CODES = [
			["EINTEGRITY", "a downloaded package does not match the lockfile integrity (corrupt cache or tarball)"],
			["ENOTCACHED", "offline install and the package is not in the npm cache"],
			["EACCES", "npm has no permission on a file or folder"],
			["EPERM", "the operating system refused a file operation to npm"],
			["ENOSPC", "no space left on the device"],
			["EROFS", "npm tried to write to a read-only file system"],
			["ETARGET", "no version of a package matches the requested range"],
			["E404", "a package or version is not in the registry"],
			["ERESOLVE", "npm could not resolve the dependency tree (peer conflict)"],
			["EUSAGE", "npm was used wrongly, e.g. `npm ci` with package.json and the lockfile out of sync"],
			["EJSONPARSE", "package.json or the lockfile is not valid JSON"],
			["ECONNREFUSED", "the registry refused the connection"],
			["ETIMEDOUT", "a registry request timed out"],
			["ENOTFOUND", "the registry host could not be resolved"],
			["ECONNRESET", "the registry connection was reset"],
			["EAI_AGAIN", "DNS lookup of the registry failed temporarily"]
		];
		NPM_SOURCE = "npm docs, \"common errors\"; npm/cli lib/utils/error-message.js";
		exitIs = (codes, signals, what) => (input) => {
			if (input.signal && signals.includes(input.signal)) return `ended by ${input.signal}`;
			if (input.exitCode !== null && codes.includes(input.exitCode)) return `exit code ${input.exitCode} (${what})`;
			return null;
		};
		SIGNATURES = [
			{
				id: "driftgate-timeout",
				title: "the test command ran past test-timeout and was killed by driftgate",
				source: "driftgate (test-timeout input)",
				match: (i) => i.timedOut ? "killed after test-timeout" : null
			},
			...NPM_CODES.map(([code, title]) => ({
				id: `npm-${code}`,
				title: `npm ${code}: ${title}`,
				source: NPM_SOURCE,
				match: firstLine(new RegExp(`^npm (?:error|ERR!) code ${code}\\b`))
			})),
			{
				id: "npm-missing-script",
				title: "npm: the script to run does not exist in package.json",
				source: NPM_SOURCE,
				match: firstLine(/^npm (?:error|ERR!) Missing script: /)
			},
			{
				id: "command-not-found",
				title: "the test command or the runner binary was not found",
				source: "bash/sh \"command not found\", POSIX exit status 127",
				match: (i) => firstLine(/: (?:command )?not found\s*$/)(i) ?? exitIs([127], [], "command not found")(i)
			},
			{
				id: "killed",
				title: "the test process was killed (runner OOM killer, cancellation, timeout)",
				source: "POSIX signals; exit 137 = 128+SIGKILL, 143 = 128+SIGTERM, 124 = timeout(1)",
				match: exitIs([
					137,
					143,
					124
				], [
					"SIGKILL",
					"SIGTERM",
					"SIGINT"
				], "killed")
			},
			{
				id: "heap-out-of-memory",
				title: "Node ran out of heap memory",
				source: "V8 \"FATAL ERROR: … JavaScript heap out of memory\"; exit 134 = 128+SIGABRT",
				match: (i) => firstLine(/JavaScript heap out of memory|Reached heap limit Allocation failed/)(i) ?? exitIs([134], ["SIGABRT"], "aborted")(i)
			},
			{
				id: "worker-crash",
				title: "a test worker process or thread crashed",
				source: "vitest (tinypool) and jest-worker messages",
				match: firstLine(/Worker exited unexpectedly|Channel closed|ERR_IPC_CHANNEL_CLOSED|Timeout starting (?:forks|threads|vmThreads) runner|worker process has failed to exit gracefully|Call retries were exceeded|Jest worker encountered \d+ child process exceptions/)
			},
			{
				id: "vitest-startup-error",
				title: "vitest could not start (config or environment)",
				source: "vitest: \"Startup Error\", \"failed to load config from\", \"MISSING DEPENDENCY\"",
				match: headerThenCause(/failed to load config from|Startup Error|MISSING DEPENDENCY/, /Startup Error/)
			},
			{
				id: "jest-config-error",
				title: "jest refused its configuration or command line",
				source: "jest-validate: \"● Validation Error\", \"● Unrecognized CLI Parameter\"; jest-config: \"Preset … not found\"",
				match: headerThenCause(/● (?:Validation Error|Unrecognized CLI Parameter|Multiple configurations found)|Preset .* not found/, /^\s*● (?:Validation Error|Unrecognized CLI Parameter|Multiple configurations found):\s*$/)
			},
			{
				id: "no-tests",
				title: "the runner found no test to run",
				source: "vitest \"No test files found\", jest \"No tests found\", pytest \"no tests ran\" / exit 5",
				match: (i) => firstLine(/No test files found|No tests found|^=+ no tests ran|collected 0 items/)(i) ?? (i.lines.some((l) => /pytest/.test(l)) ? exitIs([5], [], "pytest: no tests collected")(i) : null)
			},
			{
				id: "pytest-internal-error",
				title: "pytest failed internally or was used wrongly",
				source: "pytest exit codes 2 (interrupted), 3 (internal error), 4 (usage error)",
				match: firstLine(/^INTERNALERROR>|^ERROR: usage:|^ERROR: file or directory not found|No module named pytest/)
			},
			{
				id: "report-write-failed",
				title: "the reporter could not write its report file",
				source: "Node fs errors on the report path (EACCES, ENOENT, ENOSPC, EROFS, ENOTDIR, EPERM)",
				match: (i) => {
					const names = i.reportPaths.map((p) => p.replace(/^.*[\\/]/, "")).filter(Boolean);
					return i.lines.find((l) => /\b(EACCES|ENOENT|ENOSPC|EROFS|ENOTDIR|EPERM|EISDIR)\b/.test(l) && names.some((n) => l.includes(n)))?.trim() ?? null;
				}
			},
			{
				id: "disk-full",
				title: "the machine ran out of disk space",
				source: "ENOSPC / \"No space left on device\"",
				match: firstLine(/No space left on device|\bENOSPC\b/)
			}
		];
	})))();
}
// src/core/tests/classify-tests.ts
function locationsOf(failed) {
	const first = new Map();
	for (const c of failed) if (c.file && !first.has(c.file)) first.set(c.file, c.line);
	if (first.size === 0) return {};
	const lines = [...first.values()];
	return {
		paths: [...first.keys()],
		...lines.every((l) => l !== void 0) ? { lines } : {}
	};
}
function computePrimaryRun(readings) {
	const ok = readings.filter((r) => r.state === "ok");
	const primaryFormat = require_event.REPORT_PARSERS.map((p) => p.format).find((f) => ok.some((r) => r.format === f));
	return {
		run: primaryFormat ? require_event.mergeRuns(ok.filter((r) => r.format === primaryFormat).map((r) => r.run)) : null,
		others: ok.filter((r) => r.format !== primaryFormat).map((r) => ({
			path: r.path,
			counts: require_event.computeCounts(r.run.cases)
		}))
	};
}
function computeConsoleCounts(text) {
	const summaries = parseConsoleSummaries(text);
	if (summaries.length === 0) return null;
	return summaries.reduce((a, s) => ({
		passed: a.passed + s.passed,
		failed: a.failed + s.failed,
		skipped: a.skipped + s.skipped,
		todo: a.todo + s.todo,
		errors: a.errors + s.errors
	}), {
		passed: 0,
		failed: 0,
		skipped: 0,
		todo: 0,
		errors: 0
	});
}
function computeSuites(run, broke, executed, lines) {
	const startBreak = broke?.place === "start" && (executed ?? 0) === 0 ? broke : null;
	return (run?.suiteErrors ?? []).map((e) => {
		const own = computeMessagePlace(e.message);
		const said = /ERR_TEST_FAILURE|^\[Error: test failed\]/.test(e.message) ? computeConsoleCause(lines) ?? computeCauseLine(e.message) : computeCauseLine(e.message);
		return {
			file: e.file,
			message: e.message,
			cause: own?.cause ?? (startBreak ? startBreak.cause : said),
			tooling: own ?? startBreak
		};
	});
}
function computeContext(obs) {
	const text = (0, node_util.stripVTControlCharacters)(obs.console);
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	const { run, others } = computePrimaryRun(obs.readings);
	const counts = run ? require_event.computeCounts(run.cases) : null;
	const cons = computeConsoleCounts(text);
	const hits = computeSignatureHits({
		lines,
		exitCode: obs.exitCode,
		signal: obs.signal,
		timedOut: obs.timedOut,
		reportPaths: [...obs.reportPatterns, ...obs.readings.map((r) => r.path)]
	});
	const broke = computeBreakPoint({
		lines,
		reportBases: [...new Set(obs.reportPatterns.map(computeReportBase).map((b) => b.replace(/\/[^/]*\.[^/]*$/, "")))]
	});
	const executed = counts ? counts.passed + counts.failed : cons ? cons.passed + cons.failed : null;
	const suites = computeSuites(run, broke, executed, lines);
	const sameErrorSuites = suites.length >= 2 && counts.passed + counts.failed === 0 && new Set(suites.map((e) => normalizeSuiteError(e.file, e.message))).size === 1;
	return {
		obs,
		lines,
		hits,
		run,
		counts,
		cons,
		others,
		reportProblems: obs.readings.filter((r) => r.state !== "ok").length + obs.unmatchedPatterns.length + obs.staleReports.length,
		sameErrorSuites,
		broke,
		suites,
		exitFailed: obs.timedOut || obs.signal !== null || obs.exitCode !== null && obs.exitCode !== 0,
		executed,
		made: []
	};
}
function computeDemonstrablyPassed(ctx) {
	return ctx.executed !== null && ctx.executed > 0 && (ctx.counts?.failed ?? 0) === 0 && (ctx.cons?.failed ?? 0) === 0 && ctx.suites.length === 0 && !ctx.exitFailed && ctx.broke === null && ctx.hits.length === 0;
}
function classifyTests(obs) {
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
			signal: obs.signal
		},
		passed: computeDemonstrablyPassed(ctx)
	};
}
var MAX_IDS, list, finding, toolingExplains, explained, whyNotRun, consoleLines, TESTS_RULES, normalizeSuiteError;
function init_classify_tests() {
	return (init_classify_tests = require_rolldown_runtime.__esmMin((() => {
		init_summary();
		init_runtime_baseline();
		init_signatures();
		init_break_point();
		require_event.init_report_formats();
		MAX_IDS = 20;
		list = (ids) => ids.slice(0, MAX_IDS).join(", ") + (ids.length > MAX_IDS ? ` and ${ids.length - MAX_IDS} more` : "");
		finding = (code, classification, message, evidence = {}) => ({
			code,
			stage: "tests",
			classification,
			message,
			evidence
		});
		toolingExplains = (ctx) => ctx.hits.length > 0 || ctx.reportProblems > 0 || ctx.sameErrorSuites || ctx.broke !== null || ctx.suites.some((s) => s.tooling !== null);
		explained = (ctx) => toolingExplains(ctx) ? "TOOLING_DRIFT" : "PRODUCT_DRIFT";
		whyNotRun = (ctx) => ctx.broke?.cause ?? ctx.suites.find((s) => s.tooling)?.cause ?? (ctx.sameErrorSuites ? ctx.suites[0]?.cause ?? null : null) ?? (ctx.executed === 0 || ctx.executed === null ? ctx.hits[0]?.evidence ?? null : null);
		consoleLines = (ctx, re, n = 8) => ctx.lines.filter((l) => re.test(l)).slice(0, n).join("\n");
		TESTS_RULES = [
			{
				id: "tooling-signature",
				when: "a tooling signature matches the console or the exit status (npm error codes, command not found / 127, killed / 137 / 143 / 124, heap out of memory / 134, worker crash, runner start-up or config error, no tests found, report write error, test-timeout)",
				then: "TOOLING_DRIFT, one finding per signature with the matching line",
				apply: (ctx) => ctx.hits.map((h) => finding("TOOLING_SIGNATURE", "TOOLING_DRIFT", `${h.title} (${h.id}): ${h.evidence}`, {
					signature: h.id,
					output: h.evidence,
					detail: h.source
				}))
			},
			{
				id: "where-it-broke",
				when: "the console shows where the run broke outside the product: before any test ran (see the table of places) or while the reporters wrote",
				then: "TOOLING_DRIFT quoting the cause line, with the frames or path that placed it",
				apply: (ctx) => {
					const b = ctx.broke;
					if (!b || ctx.hits.some((h) => h.evidence === b.cause)) return [];
					if (ctx.sameErrorSuites || ctx.suites.some((s) => s.tooling === b || s.tooling?.cause === b.cause)) return [];
					const where = b.place === "reporting" ? "while the reporters wrote, after the tests ran" : "before any test ran";
					return [finding("TOOLING_SIGNATURE", "TOOLING_DRIFT", `the run broke ${where}: ${b.cause}`, {
						signature: `broke:${b.rule}`,
						output: b.cause,
						...b.frames.length > 0 ? { detail: `placed by ${b.frames.join(", ")}` } : {},
						...b.place === "reporting" && b.frames[0] ? { paths: [b.frames[0]] } : {}
					})];
				}
			},
			{
				id: "report-unreadable",
				when: "a `test-report` glob matches no file, or a report is 0 bytes, truncated, unparseable, not a test report, or older than the test command",
				then: "TOOLING_DRIFT naming the report",
				apply: (ctx) => [
					...ctx.obs.unmatchedPatterns.map((p) => finding("REPORT_MISSING", "TOOLING_DRIFT", `no report file matches ${p}`, { paths: [p] })),
					...ctx.obs.staleReports.map((p) => finding("REPORT_STALE", "TOOLING_DRIFT", `report ${p} is older than this run: the runner did not write it`, { paths: [p] })),
					...ctx.obs.readings.flatMap((r) => {
						switch (r.state) {
							case "ok": return [];
							case "empty": return [finding("REPORT_EMPTY", "TOOLING_DRIFT", `report ${r.path} is empty (0 bytes)`, { paths: [r.path] })];
							case "truncated": return [finding("REPORT_TRUNCATED", "TOOLING_DRIFT", `report ${r.path} is truncated: ${r.detail}`, {
								paths: [r.path],
								detail: r.detail
							})];
							case "unparseable": return [finding("REPORT_UNPARSEABLE", "TOOLING_DRIFT", `report ${r.path} cannot be read: ${r.detail}`, {
								paths: [r.path],
								detail: r.detail
							})];
							case "not-a-report": return [finding("REPORT_NOT_A_REPORT", "TOOLING_DRIFT", `${r.path} is not a test report: ${r.detail}`, {
								paths: [r.path],
								detail: r.detail
							})];
						}
					})
				]
			},
			{
				id: "suites-same-error",
				when: "two or more test files failed to load with the same error and no test ran (a missing setup file, a broken environment)",
				then: "TOOLING_DRIFT quoting the error",
				apply: (ctx) => ctx.sameErrorSuites ? [finding("SUITES_SAME_ERROR", "TOOLING_DRIFT", `all ${ctx.suites.length} test files failed before any test ran, with the same error: ${ctx.suites[0].cause}`, {
					paths: ctx.suites.map((s) => s.file),
					output: ctx.suites[0].message.slice(0, 1e3)
				})] : []
			},
			{
				id: "suite-failed",
				when: "a test file failed to load and the files did not all fail alike: placed by where its error broke (a module missing for the toolchain, a config error) or in the project (its own import, its own code)",
				then: "TOOLING_DRIFT when the toolchain's frames placed it, else PRODUCT_DRIFT; both quote the error line, not the header",
				apply: (ctx) => ctx.sameErrorSuites ? [] : ctx.suites.map((s) => s.tooling ? finding("SUITE_FAILED", "TOOLING_DRIFT", `test file ${s.file} could not be loaded by the toolchain: ${s.cause}`, {
					paths: [s.file],
					output: s.message.slice(0, 1e3),
					detail: `placed by ${s.tooling.frames.join(", ") || s.tooling.rule}`
				}) : finding("SUITE_FAILED", "PRODUCT_DRIFT", `test file ${s.file} failed to run: ${s.cause}`, {
					paths: [s.file],
					output: s.message.slice(0, 1e3)
				}))
			},
			{
				id: "tests-failed",
				when: "the report has failed tests; a \"test\" that is the runner reporting its own break (ava and tap report an uncaught start-up error as a failed test) is placed like a suite",
				then: "PRODUCT_DRIFT naming each failed test (marked when it passed in the runtime baseline), with files and lines; TOOLING_DRIFT when every failure is the toolchain breaking and no test passed",
				apply: (ctx) => {
					const failed = ctx.run?.cases.filter((c) => c.status === "failed") ?? [];
					if (failed.length === 0) return [];
					const placed = failed.map((c) => computeMessagePlace(`${c.name}\n${c.message ?? ""}`)).find((p) => p !== null);
					if (placed && (ctx.counts?.passed ?? 0) === 0) return [finding("TESTS_FAILED", "TOOLING_DRIFT", `${failed.length} test(s) reported failed before any test passed, because the toolchain broke: ${placed.cause}`, {
						tests: failed.map((c) => c.id),
						detail: `placed by ${placed.frames.join(", ") || placed.rule}`
					})];
					const base = ctx.obs.baseline?.value.tests;
					const ids = failed.map((c) => base?.[c.id] === "passed" ? `${c.id} (PASS→FAIL)` : c.id);
					return [finding("TESTS_FAILED", "PRODUCT_DRIFT", `${failed.length} test(s) failed: ${list(ids)}`, {
						tests: failed.map((c) => c.id),
						...locationsOf(failed),
						output: failed.slice(0, 5).map((c) => `${c.id}: ${computeCauseLine(c.message ?? "")}`).join("\n")
					})];
				}
			},
			{
				id: "console-failed",
				when: "the console summary counts failed tests that no parsed report shows",
				then: "PRODUCT_DRIFT with the summary line",
				apply: (ctx) => ctx.cons && ctx.cons.failed > ctx.suites.length && (ctx.counts?.failed ?? 0) === 0 ? [finding("CONSOLE_FAILED", "PRODUCT_DRIFT", `the console reports ${ctx.cons.failed} failed test(s)`, { output: consoleLines(ctx, /\bfail(?:ed|ing)?\b|✖|×/i) })] : []
			},
			{
				id: "counts-disagree",
				when: "the report and the console summary give different passed/failed counts, or two report formats of one run different failed counts",
				then: "TOOLING_DRIFT with both counts",
				apply: (ctx) => {
					const out = [];
					const c = ctx.counts;
					const failedAgree = (n) => n === c?.failed || n === (c?.failed ?? 0) + ctx.suites.length;
					if (c && ctx.cons && (c.passed !== ctx.cons.passed || !failedAgree(ctx.cons.failed))) out.push(finding("COUNTS_DISAGREE", "TOOLING_DRIFT", `the report counts ${c.passed} passed / ${c.failed} failed, the console ${ctx.cons.passed} passed / ${ctx.cons.failed} failed`, { detail: `report ${c.passed}/${c.failed}, console ${ctx.cons.passed}/${ctx.cons.failed}` }));
					for (const o of ctx.others) if (c && o.counts.failed !== c.failed) out.push(finding("COUNTS_DISAGREE", "TOOLING_DRIFT", `report ${o.path} counts ${o.counts.failed} failed, the main report ${c.failed}`, { paths: [o.path] }));
					return out;
				}
			},
			{
				id: "no-tests-ran",
				when: "the report or the console shows that no test ran (0 passed, 0 failed), whatever the exit code",
				then: "TOOLING_DRIFT when tooling evidence explains it, else PRODUCT_DRIFT — never STABLE",
				apply: (ctx) => ctx.executed === 0 ? [finding("NO_TESTS_RAN", explained(ctx), "no test ran: nothing shows that the tests pass")] : []
			},
			{
				id: "no-evidence",
				when: "neither a parsed report nor a console summary shows how many tests ran",
				then: "TOOLING_DRIFT when tooling evidence explains it, else PRODUCT_DRIFT — never STABLE",
				apply: (ctx) => ctx.executed === null && (ctx.obs.command !== null || ctx.obs.console !== "" || ctx.obs.reportPatterns.length > 0) ? [finding("NO_EVIDENCE_OF_PASS", explained(ctx), `no report and no console summary show that the tests passed${ctx.obs.exitCode === 0 ? " (exit code 0 alone is not evidence)" : ""}`)] : []
			},
			{
				id: "exit-failed",
				when: "the command failed (non-zero exit or a signal) while no failing test and no tooling signature explains it (e.g. an unhandled error with the report saying `success: true`)",
				then: "PRODUCT_DRIFT with the exit status and the console error lines",
				apply: (ctx) => {
					const toolingBreak = ctx.hits.length > 0 || ctx.broke !== null || ctx.suites.some((s) => s.tooling);
					if (!ctx.exitFailed || toolingBreak) return [];
					if (ctx.made.some((f) => f.classification === "PRODUCT_DRIFT" || f.code === "SUITES_SAME_ERROR")) return [];
					const status = ctx.obs.signal ? `was ended by ${ctx.obs.signal}` : `exited with code ${ctx.obs.exitCode}`;
					const said = ctx.run ? ctx.run.success === true ? "the report says success" : "the report shows no failed test" : "the console shows no failed test";
					const cause = computeConsoleCause(ctx.lines);
					return [finding("EXIT_FAILED", "PRODUCT_DRIFT", `the test command ${status} while ${said}${cause ? `: ${cause.slice(0, 300)}` : ""}`, {
						exitCode: ctx.obs.exitCode,
						output: consoleLines(ctx, /Unhandled|Uncaught|Error\b|errors?\s*$/)
					})];
				}
			},
			{
				id: "fewer-than-baseline",
				when: "no report parsed and the console counts fewer than half the tests that passed in the runtime baseline",
				then: "PRODUCT_DRIFT with both counts",
				apply: (ctx) => {
					const base = ctx.obs.baseline?.value.totals.passed ?? 0;
					return !ctx.run && ctx.executed !== null && ctx.executed > 0 && ctx.executed < base / 2 ? [finding("FEWER_TESTS_THAN_BASELINE", "PRODUCT_DRIFT", `${ctx.executed} test(s) ran; ${base} passed in the runtime baseline`)] : [];
				}
			},
			{
				id: "runtime-baseline",
				when: "a runtime baseline exists and a report parsed: a baseline PASS is now skipped/todo/pending/cancelled, or missing (a test matched by suite and name when a runner version leaves the file out of its report); a new test passes",
				then: "PRODUCT_DRIFT naming the tests (new passing tests: a notice); when tooling evidence explains why tests did not run, the missing tests are TOOLING_DRIFT, quoting that cause",
				apply: (ctx) => {
					if (!ctx.run || !ctx.obs.baseline) return [];
					const found = compareWithRuntimeBaseline(ctx.run, ctx.obs.baseline.value, ctx.obs.baseline.path);
					const cause = toolingExplains(ctx) ? whyNotRun(ctx) : null;
					if (!cause) return found;
					return found.map((f) => f.code === "TEST_MISSING" ? {
						...f,
						classification: "TOOLING_DRIFT",
						message: `${f.message}; they did not run because ${cause}`
					} : f);
				}
			},
			{
				id: "outputs",
				when: "a runtime baseline records output hashes: an `outputs` file differs or is missing (a new one is a notice)",
				then: "PRODUCT_DRIFT naming the file with both hashes",
				apply: (ctx) => ctx.obs.baseline && ctx.obs.outputs ? compareOutputs(ctx.obs.outputs, ctx.obs.baseline.value, ctx.obs.baseline.path) : []
			}
		];
		normalizeSuiteError = (file, message) => computeCauseLine(message.split(file).join("<file>"));
	})))();
}
// src/core/tests/parse-report.ts
function parseReport(path, bytes, root) {
	const text = decoder.decode(bytes).replace(/^\uFEFF/, "");
	if (text.trim() === "") return {
		path,
		state: "empty"
	};
	const head = text.trimStart()[0];
	const doc = {
		text,
		json: void 0
	};
	if (head === "{" || head === "[") try {
		doc.json = JSON.parse(text);
	} catch (e) {
		return {
			path,
			state: "truncated",
			detail: `invalid JSON: ${e.message}`
		};
	}
	const syntax = doc.json !== void 0 ? "json" : head === "<" ? "xml" : "text";
	const parser = require_event.REPORT_PARSERS.find((p) => p.syntax === syntax && p.detect(doc));
	if (!parser) return syntax === "text" ? {
		path,
		state: "unparseable",
		detail: "neither JSON, JUnit XML nor TAP"
	} : {
		path,
		state: "not-a-report",
		detail: `${SYNTAX_NAMES[syntax]} that is not ${expectedOf(syntax)}`
	};
	const problem = parser.problem(doc);
	if (problem) return {
		path,
		state: "truncated",
		detail: problem
	};
	try {
		return {
			path,
			state: "ok",
			format: parser.format,
			run: parser.parse(doc, root)
		};
	} catch (e) {
		return {
			path,
			state: "unparseable",
			detail: e.message.split("\n")[0] ?? String(e)
		};
	}
}
var decoder, SYNTAX_NAMES, expectedOf;
function init_parse_report() {
	return (init_parse_report = require_rolldown_runtime.__esmMin((() => {
		require_event.init_report_formats();
		decoder = new TextDecoder("utf-8");
		SYNTAX_NAMES = {
			json: "JSON",
			xml: "XML",
			text: "text"
		};
		expectedOf = (syntax) => require_event.REPORT_PARSERS.filter((p) => p.syntax === syntax).map((p) => p.format).join(" or ");
	})))();
}
// src/stages/tests.ts
var tests_exports = require_rolldown_runtime.__exportAll({ secretsOf: () => secretsOf });
async function observeTests(settings, baselineRef, ports, options = {}) {
	const { workspace } = ports;
	const command = settings["test-command"] || null;
	const patterns = settings["test-report"];
	if (!command && !settings["test-console"] && patterns.length === 0) return null;
	const pre = [];
	const run = await runOrReadConsole(settings, ports, pre);
	const { readings, reports, unmatched, stale } = await readReports(patterns, run.startedAt, workspace);
	const tree = await workspace.readFile(settings["runtime-baseline"]);
	const treeRuntimeBaselineSha256 = tree.state === "present" ? require_verify.sha256Hex(tree.bytes) : null;
	const accepted = treeRuntimeBaselineSha256 !== null && (options.acceptedRuntimeBaselines?.has(treeRuntimeBaselineSha256) ?? false);
	const baseline = options.ignoreBaseline ? null : await readRuntimeBaseline(settings["runtime-baseline"], accepted ? null : baselineRef, ports, pre);
	const outputs = await readOutputHashes(settings.outputs, workspace);
	const decided = classifyTests({
		command,
		exitCode: run.exitCode,
		signal: run.signal,
		timedOut: run.timedOut,
		console: run.console,
		reportPatterns: patterns,
		unmatchedPatterns: unmatched,
		readings,
		staleReports: stale,
		baseline,
		outputs: baseline || settings.outputs.length > 0 ? outputs : null
	});
	return {
		findings: [...pre, ...decided.findings],
		summary: decided.summary,
		passed: decided.passed && pre.every((f) => f.classification === "STABLE"),
		console: run.console,
		readings,
		reports,
		outputs,
		treeRuntimeBaselineSha256
	};
}
async function runOrReadConsole(settings, ports, findings) {
	const { workspace } = ports;
	const command = settings["test-command"];
	const consoleFile = settings["test-console"];
	const none = {
		signal: null,
		timedOut: false,
		startedAt: null
	};
	if (command) {
		await makeReportFolders(settings["test-report"], workspace, findings);
		const startedAt = ports.clock.now().getTime();
		const r = await ports.runner.run(command, {
			cwd: workspace.root,
			timeoutMs: settings["test-timeout"] * 6e4
		});
		const text = require_redact.redactSecrets(r.output, secretsOf(settings));
		return {
			exitCode: r.exitCode,
			signal: r.signal,
			timedOut: r.timedOut,
			console: text,
			startedAt
		};
	}
	const exitCode = settings["test-exit-code"];
	if (!consoleFile) return {
		...none,
		exitCode,
		console: ""
	};
	const read = await workspace.readFile(consoleFile);
	if (read.state === "present") {
		const text = require_redact.redactSecrets(new TextDecoder().decode(read.bytes), secretsOf(settings));
		return {
			...none,
			exitCode,
			console: text
		};
	}
	findings.push({
		code: "REPORT_MISSING",
		stage: "tests",
		classification: "TOOLING_DRIFT",
		message: `test-console ${consoleFile} ${read.state === "absent" ? "does not exist" : `cannot be read (${read.error})`}: the earlier step left no console log`,
		evidence: { paths: [consoleFile] }
	});
	return {
		...none,
		exitCode,
		console: ""
	};
}
async function readReports(patterns, startedAt, workspace) {
	const unmatched = [];
	const stale = [];
	const readings = [];
	const reports = new Map();
	for (const pattern of patterns) {
		const files = await workspace.glob([pattern]);
		if (files.length === 0) unmatched.push(pattern);
		for (const file of files) {
			if (readings.some((r) => r.path === file)) continue;
			const modified = startedAt !== null ? await workspace.modifiedAt(file) : null;
			if (startedAt !== null && modified !== null && modified < startedAt - MTIME_SLACK_MS) {
				stale.push(file);
				continue;
			}
			const read = await workspace.readFile(file);
			if (read.state === "present") {
				readings.push(parseReport(file, read.bytes, workspace.root));
				reports.set(file, read.bytes);
			} else unmatched.push(file);
		}
	}
	return {
		readings,
		reports,
		unmatched,
		stale
	};
}
async function readOutputHashes(globs, workspace) {
	const outputs = new Map();
	if (globs.length === 0) return outputs;
	const files = await workspace.glob(globs);
	const observed = require_verify.observationList(await workspace.observe(files.map((f) => new TextEncoder().encode(f))));
	files.forEach((f, i) => {
		const o = observed[i];
		outputs.set(f, o.state === "ok" ? o.sha256 : null);
	});
	return outputs;
}
async function makeReportFolders(patterns, workspace, findings) {
	for (const pattern of patterns) {
		if (computeReportBase(pattern) !== pattern.replace(/^\.\//, "")) continue;
		const folder = (0, node_path.dirname)(pattern);
		if (folder === "." || folder === "") continue;
		try {
			await workspace.makeFolder(folder);
		} catch (e) {
			findings.push({
				code: "REPORT_MISSING",
				stage: "tests",
				classification: "TOOLING_DRIFT",
				message: `the report folder ${folder} cannot be created: ${e.message.split("\n")[0]}`,
				evidence: {
					paths: [folder],
					detail: e.code ?? "error"
				}
			});
		}
	}
}
async function readRuntimeBaseline(path, baselineRef, ports, findings) {
	const tree = await ports.workspace.readFile(path);
	const treeText = tree.state === "present" ? new TextDecoder().decode(tree.bytes) : null;
	let text = treeText;
	if (baselineRef && ports.git) {
		const atRef = await ports.git.readFileAt(baselineRef, path);
		if (atRef) {
			text = new TextDecoder().decode(atRef);
			if (treeText !== text) findings.push({
				code: "RUNTIME_BASELINE_MODIFIED",
				stage: "tests",
				classification: "INCIDENT",
				message: `the runtime baseline ${path} differs from its copy at ${baselineRef.slice(0, 12)}; only an architect's decision may change a baseline`,
				evidence: {
					paths: [path],
					commits: [baselineRef]
				}
			});
		}
	}
	if (text === null) return null;
	try {
		return {
			path,
			value: parseRuntimeBaseline(text, path)
		};
	} catch (e) {
		findings.push({
			code: "RUNTIME_BASELINE_INVALID",
			stage: "tests",
			classification: "INCIDENT",
			message: `the runtime baseline cannot be used: ${e.message}`,
			evidence: { paths: [path] }
		});
		return null;
	}
}
var secretsOf, MTIME_SLACK_MS;
function init_tests() {
	return (init_tests = require_rolldown_runtime.__esmMin((() => {
		require_event.init_event();
		init_break_point();
		require_redact.init_redact();
		init_classify_tests();
		require_verify.init_observation();
		init_parse_report();
		init_runtime_baseline();
		secretsOf = (settings) => [settings["github-token"], settings["log-key"]].filter(Boolean);
		MTIME_SLACK_MS = 2e3;
	})))();
}
Object.defineProperty(exports, "computePrimaryRun", {
	enumerable: true,
	get: function() {
		return computePrimaryRun;
	}
});
Object.defineProperty(exports, "computeRuntimeBaseline", {
	enumerable: true,
	get: function() {
		return computeRuntimeBaseline;
	}
});
Object.defineProperty(exports, "init_classify_tests", {
	enumerable: true,
	get: function() {
		return init_classify_tests;
	}
});
Object.defineProperty(exports, "init_runtime_baseline", {
	enumerable: true,
	get: function() {
		return init_runtime_baseline;
	}
});
Object.defineProperty(exports, "init_tests", {
	enumerable: true,
	get: function() {
		return init_tests;
	}
});
Object.defineProperty(exports, "observeTests", {
	enumerable: true,
	get: function() {
		return observeTests;
	}
});
Object.defineProperty(exports, "secretsOf", {
	enumerable: true,
	get: function() {
		return secretsOf;
	}
});
Object.defineProperty(exports, "tests_exports", {
	enumerable: true,
	get: function() {
		return tests_exports;
	}
});
