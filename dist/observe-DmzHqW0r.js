const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_picomatch$1 = require("./picomatch-BuZvGNEW.js");
const require_redact = require("./redact-j2GdVtMn.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_event = require("./event-CdKIO7Zi.js");
const require_schemas = require("./schemas-Bs_YTln_.js");
const require_log = require("./log-CpC3AkU6.js");
const require_dist$1 = require("./dist-DL_-OSuy.js");
const require_tests = require("./tests-C3mizSuR.js");
let node_util = require("node:util");
// src/core/policy/signals/history.ts
var transitionsOf;
function init_history() {
	return (init_history = require_rolldown_runtime.__esmMin((() => {
		transitionsOf = (histories) => Math.max(0, (histories[0]?.versions.length ?? 0) - 1);
	})))();
}
// src/core/render/escape.ts
function escapeMarkdown(text) {
	return text.replace(/[\\`*_{}[\]()#+\-.!|~<>&"]/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(/@/g, "@&#8203;").replace(/\r\n|\r|\n/g, " ");
}
function escapeProse(text) {
	return text.replace(/[\\`*{}[\]<>|~&]/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(/@/g, "@&#8203;").replace(/\r\n|\r|\n/g, " ");
}
function codeBlock(lines, indent = "") {
	if (!lines.some((l) => l.includes("<"))) return fence(lines, "sh", indent);
	return [`${indent}<pre><code>${lines.map((l) => l.replace(/\r\n|\r|\n/g, " ").replace(/[<>&]/g, (ch) => `&#${ch.charCodeAt(0)};`)).join("\n")}</code></pre>`];
}
function fence(lines, info = "", indent = "") {
	const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
	const f = "`".repeat(Math.max(3, longest + 1));
	return [
		`${indent}${f}${info}`,
		...lines.map((l) => `${indent}${l.replace(/\r\n|\r|\n/g, " ")}`),
		`${indent}${f}`
	];
}
function init_escape() {
	return (init_escape = require_rolldown_runtime.__esmMin((() => {})))();
}
// src/core/render/findings.ts
function headline(f) {
	const first = f.evidence.tests?.[0];
	if (first) {
		const at = f.message.indexOf(`: ${first}`);
		if (at > 0) return f.message.slice(0, at);
	}
	return f.message;
}
function computeEvidenceLines(f, limits) {
	const e = f.evidence;
	const items = [];
	const output = (e.output ?? "").split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
	let printed = [];
	if (e.invariant) items.push(`invariant ${e.invariant}${e.command ? `: ${e.command}` : ""}`);
	if (e.tests?.length) {
		const said = new Map();
		for (const l of output) {
			const id = e.tests.find((t) => l.trim().startsWith(`${t}: `));
			if (id && !said.has(id)) said.set(id, l.trim().slice(id.length + 2));
		}
		for (const t of e.tests) {
			const at = f.message.indexOf(`${t} (`);
			const mark = at >= 0 ? /^\([^()]*\)/.exec(f.message.slice(at + t.length + 1))?.[0] : void 0;
			const name = mark ? `${t} ${mark}` : t;
			items.push(said.has(t) ? `${name}: ${said.get(t)}` : name);
		}
	} else printed = output;
	if (e.exitCode !== void 0 && !e.tests?.length) items.push(`exit ${e.exitCode ?? "(ended by a signal)"}`);
	if (e.commits?.length) items.push(`commit${e.commits.length > 1 ? "s" : ""} ${e.commits.join(", ")}`);
	if (e.signature && !f.message.includes(e.signature)) items.push(`tooling signature ${e.signature}`);
	if (e.detail && !f.message.includes(e.detail)) items.push(e.detail);
	const shownItems = items.slice(0, limits.evidenceLines).map((l) => cut(l, limits.lineChars));
	if (items.length > shownItems.length) shownItems.push(`… and ${items.length - shownItems.length} more`);
	return {
		hashes: e.expected && e.actual ? {
			expected: e.expected,
			actual: e.actual
		} : null,
		items: shownItems,
		printed: printed.slice(0, limits.evidenceLines).map((l) => cut(l, limits.lineChars))
	};
}
function renderFindingItem(f, limits) {
	const { hashes, items, printed } = computeEvidenceLines(f, limits);
	return [
		`- ${ICON$1[f.classification]} ${escapeMarkdown(headline(f))} · \`${f.code}\``,
		...hashes ? [`  - expected ${hashCode(hashes.expected)}, found ${hashCode(hashes.actual)}`] : [],
		...items.map((l) => `  - ${escapeMarkdown(l)}`),
		...printed.length ? [
			"",
			...fence(printed, "text", "  "),
			""
		] : []
	];
}
function sortBySeverity(findings) {
	return [...findings].sort((a, b) => RANK$1[a.classification] - RANK$1[b.classification]);
}
var ICON$1, SUMMARY_LIMITS, COMMENT_LIMITS, cut, hashCode, RANK$1;
function init_findings() {
	return (init_findings = require_rolldown_runtime.__esmMin((() => {
		ICON$1 = {
			STABLE: "🟢",
			TOOLING_DRIFT: "🟡",
			PRODUCT_DRIFT: "🟠",
			INCIDENT: "🔴"
		};
		SUMMARY_LIMITS = {
			evidenceLines: 10,
			lineChars: 400
		};
		COMMENT_LIMITS = {
			evidenceLines: 5,
			lineChars: 300
		};
		cut = (s, n) => s.length <= n ? s : `${s.slice(0, n - 1)}…`;
		hashCode = (h) => /^[0-9a-f]{8,128}$/.test(h) ? `\`${h}\`` : escapeMarkdown(h);
		RANK$1 = {
			INCIDENT: 0,
			PRODUCT_DRIFT: 1,
			TOOLING_DRIFT: 2,
			STABLE: 3
		};
	})))();
}
// src/core/escalation.ts
function computeDue(event) {
	if (event.classification === "STABLE") return event.timestamp;
	return new Date(Date.parse(event.timestamp) + DUE_MINUTES[event.classification] * 6e4).toISOString();
}
function computeProblemKey(event) {
	const kinds = [...new Set(event.findings.filter((f) => f.classification === event.classification).map((f) => `${f.code}:${(f.evidence.paths ?? []).join(",")}:${f.evidence.signature ?? ""}`))].sort();
	const digest = require_verify.sha256Hex(`${event.ref ?? ""}\n${event.classification}\n${kinds.join("\n")}`).slice(0, 12);
	return `${event.classification.toLowerCase().replace("_", "-")}-${digest}`;
}
function issueMarkersOf(event) {
	return [issueMarker(computeProblemKey(event)), ...event.frozen_by ? [eventMarker(event.frozen_by)] : []];
}
function renderHistory(ref, earlier, current) {
	const runs = earlier.slice(-9);
	const when = (t) => `${t.slice(5, 10)} ${t.slice(11, 16)}`;
	const drift = (r) => typeof r.drift_score === "number" ? ` drift ${r.drift_score}` : "";
	const cells = runs.map((r) => {
		const url = httpUrl(r.run_url);
		const label = `${when(r.timestamp)}${drift(r)}`;
		return `${ICON$1[r.classification]} ${url ? `[${label}](${url} "${r.classification}")` : label}`;
	});
	cells.push(`${ICON$1[current.classification]} **this run**${drift(current)}`);
	const counts = new Map();
	for (const r of [...runs, current]) counts.set(r.classification, (counts.get(r.classification) ?? 0) + 1);
	const tally = [
		"STABLE",
		"TOOLING_DRIFT",
		"PRODUCT_DRIFT",
		"INCIDENT"
	].filter((c) => counts.has(c)).map((c) => `${ICON$1[c]} ${counts.get(c)} ${c}`).join(" · ");
	const where = ref ? `\`${ref.replace(/[`\r\n]/g, "")}\`` : "this ref";
	if (runs.length === 0) return `${cells[0]} — the governance log holds no earlier run of ${where}.`;
	return [
		cells.join(" → "),
		"",
		`<sub>Last ${runs.length + 1} runs of ${where} (times UTC), oldest first: ${tally}.</sub>`
	].join("\n");
}
var ESCALATION_LABELS, DUE_MINUTES, escalates, issueMarker, eventMarker, COMMENT_MARKER, httpUrl;
function init_escalation() {
	return (init_escalation = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_classification();
		require_event.init_event();
		init_findings();
		ESCALATION_LABELS = {
			INCIDENT: [{
				name: "driftgate:incident",
				color: "b60205",
				description: "driftgate: an invariant or a sealed file was violated"
			}, {
				name: "priority:critical",
				color: "d93f0b",
				description: "Needs an architect now"
			}],
			PRODUCT_DRIFT: [{
				name: "driftgate:product-drift",
				color: "e99695",
				description: "driftgate: runtime behaviour differs from the baseline"
			}],
			TOOLING_DRIFT: [{
				name: "driftgate:tooling-drift",
				color: "fbca04",
				description: "driftgate: the tooling broke; the product is healthy"
			}]
		};
		DUE_MINUTES = {
			INCIDENT: 0,
			PRODUCT_DRIFT: 15,
			TOOLING_DRIFT: 1440
		};
		escalates = (c, threshold) => c !== "STABLE" && require_verify.rankOf(c) >= require_verify.rankOf(threshold);
		issueMarker = (key) => `<!-- driftgate:issue:${key} -->`;
		eventMarker = (eventId) => `<!-- driftgate:event:${eventId} -->`;
		COMMENT_MARKER = "<!-- driftgate:pr-comment -->";
		httpUrl = (u) => u && /^https?:\/\/[^\s<>()]+$/.test(u) ? encodeURI(decodeURI(u)) : null;
	})))();
}
// src/core/render/annotations.ts
function placesOf(f) {
	const e = f.evidence;
	if (!e.tests?.length) return [{ ...e.paths?.[0] ? { file: e.paths[0] } : {} }];
	const lineOf = new Map();
	if (f.stage === "tests" && e.paths && e.lines && e.lines.length === e.paths.length) e.paths.forEach((p, i) => lineOf.set(p, e.lines[i]));
	return e.tests.map((t) => {
		const file = t.split(" > ")[0];
		if (!file || file === t || !/\.[A-Za-z0-9]+$/.test(file)) return { test: t };
		const line = lineOf.get(file);
		lineOf.delete(file);
		return {
			file,
			...line && line > 0 ? { line } : {},
			test: t
		};
	});
}
function computeAnnotations(findings) {
	const out = [];
	const omitted = {
		error: 0,
		warning: 0,
		notice: 0
	};
	const shown = {
		error: 0,
		warning: 0,
		notice: 0
	};
	for (const f of findings) {
		const level = LEVEL[f.classification];
		const places = placesOf(f);
		for (const place of places) {
			if (shown[level] >= 10) {
				omitted[level]++;
				continue;
			}
			shown[level]++;
			const message = messageOf(f, place.test);
			out.push({
				level,
				title: `driftgate ${f.classification}: ${f.code}`,
				message: places.length > 1 && place.test ? `${place.test}: ${message ?? "failed"}` : message ? `${f.message}\n${message}` : f.message,
				...annotatable(place.file) ? {
					file: place.file,
					...place.line ? { line: place.line } : {}
				} : {}
			});
		}
	}
	const left = Object.keys(omitted).filter((l) => omitted[l] > 0);
	if (left.length > 0) out.push({
		level: "notice",
		title: "driftgate: more findings",
		message: `${left.map((l) => `${omitted[l]} more ${l} annotation(s)`).join(", ")} left out (GitHub shows 10 per level); all findings are in the job summary and RUNTIME_EVENT.json`
	});
	return out;
}
var LEVEL, annotatable, messageOf;
function init_annotations() {
	return (init_annotations = require_rolldown_runtime.__esmMin((() => {
		LEVEL = {
			INCIDENT: "error",
			PRODUCT_DRIFT: "error",
			TOOLING_DRIFT: "warning",
			STABLE: "notice"
		};
		annotatable = (p) => !!p && !/[\n\r]/.test(p) && !p.startsWith("/") && !p.split("/").includes("..");
		messageOf = (f, test) => test ? f.evidence.output?.split("\n").find((l) => l.startsWith(`${test}: `))?.slice(test.length + 2) : void 0;
	})))();
}
// src/core/runbook/model.ts
function withId(book) {
	return {
		id: `RB_${require_verify.sha256Hex(require_event.canonicalJson(book)).slice(0, 12)}`,
		...book
	};
}
var shortSha, sh;
function init_model() {
	return (init_model = require_rolldown_runtime.__esmMin((() => {
		require_event.init_event();
		shortSha = (ref) => /^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 12) : ref;
		sh = (word) => /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
	})))();
}
// src/core/runbook/classification-runbook.ts
function commonOf(refs) {
	return {
		baseFlag: refs.base ? ` --baseline-ref ${shortSha(refs.base)}` : "",
		fetchLog: refs.logBranch ? [`git fetch origin ${sh(refs.logBranch)}`] : [],
		logShow: "driftgate log show",
		verifyLog: "driftgate log verify"
	};
}
function stableSteps(refs) {
	const { logShow } = commonOf(refs);
	return [
		{
			why: "every stage matched its baseline",
			commands: [],
			artifacts: [],
			verify: "the driftgate status is green"
		},
		{
			why: "the next run compares against the same baseline",
			commands: [],
			artifacts: [],
			verify: "the next run reports"
		},
		{
			why: "a daily snapshot is enough evidence for a stable build",
			commands: [logShow],
			artifacts: ["the schedule run’s snapshot"],
			verify: "the log holds one snapshot a day"
		}
	];
}
function toolingSteps(refs) {
	const { fetchLog, logShow, verifyLog } = commonOf(refs);
	return [
		{
			why: "the governance log is the record of what happened; the run appended to it",
			commands: [...fetchLog, logShow],
			artifacts: ["this run’s OBSERVATION entry"],
			verify: verifyLog
		},
		{
			why: "the console and the reports tell which tool broke",
			commands: ["gh run download --pattern 'driftgate-SNP_*'"],
			artifacts: ["console log, test reports, RUNTIME_EVENT.json"],
			verify: "the tooling signature or finding in the summary names the cause"
		},
		{
			why: "a tooling fault says nothing about the product; fixing it by hand would hide the evidence",
			commands: [],
			artifacts: [],
			verify: "no commit changes the product to make the run pass"
		},
		{
			why: "observation goes on; the next run shows whether the tooling recovered",
			commands: [],
			artifacts: [],
			verify: "the next run is STABLE once the tooling is repaired"
		}
	];
}
function productSteps(refs) {
	const { baseFlag, fetchLog, logShow, verifyLog } = commonOf(refs);
	return [
		{
			why: "the product behaves differently; every later run on this ref reports frozen until a decision",
			commands: [],
			artifacts: ["the FROZEN finding on later runs"],
			verify: "the driftgate status stays failing on this ref"
		},
		{
			why: "the decision needs the state as observed",
			commands: [
				...fetchLog,
				logShow,
				"gh run download --pattern 'driftgate-SNP_*'"
			],
			artifacts: ["the snapshot folder with RUNTIME_EVENT.json, console, reports and GOVERNANCE_LOG.ndjson"],
			verify: verifyLog
		},
		{
			why: "the architect decides on the difference, not on a summary of it",
			commands: [...refs.base ? [`git diff ${shortSha(refs.base)}..${shortSha(refs.head)} --stat`] : [], `driftgate check${baseFlag} --json`],
			artifacts: ["diff.txt in the snapshot"],
			verify: "every changed test or output is listed"
		},
		{
			why: "product drift goes to an architect within 15 minutes",
			commands: [],
			artifacts: ["the escalation issue and the pull request comment"],
			verify: "an architect is assigned"
		},
		{
			why: "only a written decision lifts the freeze; nothing is re-run to see if it passes",
			commands: [],
			decide: true,
			artifacts: ["a DECISION entry in the governance log"],
			verify: "the driftgate status turns green after accept"
		}
	];
}
function incidentSteps(refs) {
	const { baseFlag, fetchLog, logShow, verifyLog } = commonOf(refs);
	return [
		{
			why: "a sealed file, the baseline or an invariant was violated; nothing may build on it",
			commands: [`driftgate verify${baseFlag} --json`],
			artifacts: ["the per-file verdicts against the authoritative manifest"],
			verify: `sha256sum -c --strict ${sh(refs.manifest)} shows the same failures`
		},
		{
			why: "the incident is investigated on the state as observed, with the whole log",
			commands: [
				...fetchLog,
				logShow,
				"gh run download --pattern 'driftgate-SNP_*'"
			],
			artifacts: ["the snapshot folder with GOVERNANCE_LOG.ndjson"],
			verify: verifyLog
		},
		{
			why: "incidents reach the architects at once",
			commands: [],
			artifacts: ["the escalation issue labelled priority:critical, architects assigned"],
			verify: "an architect has acknowledged it"
		},
		{
			why: "the report is the record of what was seen and done",
			commands: [],
			artifacts: ["INCIDENT_REPORT.md in the snapshot"],
			verify: "every section of the template is filled"
		},
		{
			why: "work resumes only on a written authorization",
			commands: [],
			decide: true,
			artifacts: ["a DECISION entry in the governance log, then the post-mortem"],
			verify: "the driftgate status turns green after accept, or after rollback once the seal is clean"
		}
	];
}
function computeClassificationRunbook(c, refs) {
	const book = CLASSIFICATION_RUNBOOKS[c];
	const texts = STEPS[c](refs);
	return withId({
		archetype: "classification",
		title: `Classification: ${c}`,
		severity: SEVERITY[c],
		trigger: {
			signal: "classification",
			value: c,
			comparator: "=",
			threshold: c
		},
		purpose: `${book.meaning} The job ${book.job}.`,
		steps: book.actions.map((title, i) => ({
			title,
			...texts[i]
		})),
		escalation: book.escalation,
		decisions: book.decisions
	});
}
var CLASSIFICATION_RUNBOOKS, STEPS, SEVERITY;
function init_classification_runbook() {
	return (init_classification_runbook = require_rolldown_runtime.__esmMin((() => {
		init_model();
		CLASSIFICATION_RUNBOOKS = {
			STABLE: {
				classification: "STABLE",
				meaning: "No deviation from the baseline.",
				job: "passes",
				actions: [
					"No action required.",
					"Observation continues.",
					"Snapshot on the daily (schedule) run only."
				],
				escalation: null,
				decisions: []
			},
			TOOLING_DRIFT: {
				classification: "TOOLING_DRIFT",
				meaning: "The tooling broke (test runner, npm, file system); the product is healthy.",
				job: "passes with warnings (fails only with fail-on: TOOLING_DRIFT)",
				actions: [
					"The event is logged in the governance log.",
					"All evidence is kept (console, reports, snapshot).",
					"Do not stop observation; do not fix anything automatically.",
					"Following runs continue as usual."
				],
				escalation: "an issue labelled driftgate:tooling-drift, due within 24 hours",
				decisions: []
			},
			PRODUCT_DRIFT: {
				classification: "PRODUCT_DRIFT",
				meaning: "Runtime behaviour differs from the baseline without an invariant violation.",
				job: "fails",
				actions: [
					"Freeze the ref until a written decision (a pull request is not frozen: its next commit is judged afresh).",
					"Snapshot now; export the complete governance log.",
					"Compute the diff with the baseline (below).",
					"Escalate to an architect within 15 minutes.",
					"Wait for a written decision before resuming: the ref stays frozen."
				],
				escalation: "on a governed ref, an issue labelled driftgate:product-drift, due within 15 minutes; on a pull request, the runbook comment; the driftgate commit status fails",
				decisions: [
					"accept (new baseline)",
					"investigate (stays frozen)",
					"rollback (back to the previous version)"
				]
			},
			INCIDENT: {
				classification: "INCIDENT",
				meaning: "An invariant is violated, a BUILD SEALED file or the baseline changed, or a forbidden write happened.",
				job: "fails and blocks the merge",
				actions: [
					"Freeze: the ref stays frozen until a written decision (every ref, when it ran on the default branch).",
					"Snapshot and complete log export.",
					"Escalate to the architects at once: the incident issue assigns and mentions them.",
					"Write the INCIDENT_REPORT from the template.",
					"No resumption without an architect’s written authorization; then post-mortem, root cause analysis, formal decision, fix or rollback, re-certification if needed."
				],
				escalation: "an issue labelled driftgate:incident and priority:critical, architects assigned and mentioned, at once; the driftgate commit status fails",
				decisions: [
					"accept (new baseline)",
					"investigate (stays frozen)",
					"rollback (restore the sealed state)"
				]
			}
		};
		STEPS = {
			STABLE: stableSteps,
			TOOLING_DRIFT: toolingSteps,
			PRODUCT_DRIFT: productSteps,
			INCIDENT: incidentSteps
		};
		SEVERITY = {
			STABLE: "low",
			TOOLING_DRIFT: "medium",
			PRODUCT_DRIFT: "high",
			INCIDENT: "critical"
		};
	})))();
}
// src/core/render/incident-report.ts
function renderIncidentReport(template, event, logLink) {
	const book = CLASSIFICATION_RUNBOOKS[event.classification];
	const values = {
		event_id: event.event_id,
		snapshot_id: event.snapshot_id ? `\`${event.snapshot_id}\`` : "none",
		commit: event.commit,
		ref: escapeMarkdown(event.ref ?? "(none)"),
		classification: event.classification,
		timestamp: event.timestamp,
		run_url: event.run.url ? `[${event.run.id ?? "run"}](${encodeURI(event.run.url)})` : "(not in a workflow run)",
		log_link: logLink ? escapeMarkdown(logLink) : "(not recorded)",
		baseline: event.baseline.manifest_sha256 ? `manifest sha256 \`${event.baseline.manifest_sha256}\`${event.baseline.ref ? ` at \`${event.baseline.ref}\`` : ""}` : "not sealed",
		reasons: event.findings.length ? event.findings.map((f) => `- **${f.classification}** ${f.code}: ${escapeMarkdown(f.message)}`).join("\n") : "- (no finding)",
		diff: event.diff.length ? event.diff.map((d) => `- ${escapeMarkdown(d)}`).join("\n") : "No diff recorded.",
		runbook: [
			...book.actions.map((a, i) => `${i + 1}. ${a}`),
			"",
			`Escalation: ${book.escalation ?? "none"}.`
		].join("\n")
	};
	return neutralizeTemplate(template).replace(/\{\{(\w+)\}\}/g, (whole, key) => Object.hasOwn(values, key) ? values[key] : whole);
}
function neutralizeTemplate(template) {
	return template.replace(/\r\n?/g, "\n").replace(/!\[([^\]\n]*)\]\s*(\([^)\n]*\)|\[[^\]\n]*\])/g, (_m, alt) => alt).replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;").replace(/<(?=[A-Za-z/!?])/g, "&lt;").replace(/(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g, "$1@&#8203;");
}
function init_incident_report() {
	return (init_incident_report = require_rolldown_runtime.__esmMin((() => {
		init_classification_runbook();
	})))();
}
// node_modules/re2js/build/index.js
var RE2Flags, PublicFlags, ASCII_SIZE, ASCII_TO_UPPER, ASCII_TO_LOWER, MAX_BMP, Codepoint, UnicodeRangeTable, B64, B64_MAP, decodeVLQ, decodeRanges, decodeOrbit, LazyMap, UnicodeTables, Unicode, RE2JSException, RE2JSSyntaxException, RE2JSCompileException, RE2JSGroupException, RE2JSFlagsException, RE2JSInternalException, FAST_PATH_TABLE_SIZE, WORD_RUNE_TABLE, cachedNativeEncoder, cachedNativeDecoder, Utils, createEnum, MatcherInputBase, Utf8MatcherInput, Utf16MatcherInput, MatcherInput, MachineInputBase, MachineUTF8Input, MachineUTF16Input, MachineInput, Matcher, Inst, Queue, LookbehindState, Machine, hashState, arraysEqual, isState, NO_IDS, END_TEXT, DFAState, DFA, VISITED_BITS, MAX_BACKTRACK_PROG, INITIAL_JOB_CAPACITY, MAX_BACKTRACK_VECTOR, BitState, bitStatePool, Backtracker, QueueOnePass, mergeRuneSets, OnePassProg, onePassCopy, makeOnePass, cleanupOnePass, OnePass, Regexp, RegexpWalker, AhoCorasick, Prefilter, PrefilterTree, PatchList, Prog, ANY_RUNE_NOT_NL, ANY_RUNE, Frag, Compiler, Simplify, CharGroup, code1, code2, code3, PERL_GROUPS, code4, code5, code6, code7, code8, code9, code10, code11, code12, code13, code14, code15, code16, code17, POSIX_GROUPS, CharClass, StringIterator, Parser, RE2, TranslateRegExpString, execResult, RE2JS;
function init_build() {
	return (init_build = require_rolldown_runtime.__esmMin((() => {
		RE2Flags = class RE2Flags {
			static FOLD_CASE = 1;
			static LITERAL = 2;
			static CLASS_NL = 4;
			static DOT_NL = 8;
			static ONE_LINE = 16;
			static NON_GREEDY = 32;
			static PERL_X = 64;
			static UNICODE_GROUPS = 128;
			static WAS_DOLLAR = 256;
			static LOOKBEHIND = 512;
			static MATCH_NL = RE2Flags.CLASS_NL | RE2Flags.DOT_NL;
			static PERL = RE2Flags.CLASS_NL | RE2Flags.ONE_LINE | RE2Flags.PERL_X | RE2Flags.UNICODE_GROUPS;
			static POSIX = 0;
			static UNANCHORED = 0;
			static ANCHOR_START = 1;
			static ANCHOR_BOTH = 2;
		};
		PublicFlags = {
			CASE_INSENSITIVE: 1,
			DOTALL: 2,
			MULTILINE: 4,
			DISABLE_UNICODE_GROUPS: 8,
			LONGEST_MATCH: 16,
			LOOKBEHINDS: 512
		};
		ASCII_SIZE = 128;
		ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
		ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
		MAX_BMP = 65535;
		/*!
		* re2js
		* RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
		*
		* @version v2.10.0
		* @author Oleksii Vasyliev
		* @homepage https://github.com/le0pard/re2js#readme
		* @repository [object Object]
		* @license MIT
		*/
		for (let i = 0; i < ASCII_SIZE; i++) {
			if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
			else ASCII_TO_UPPER[i] = i;
			if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
			else ASCII_TO_LOWER[i] = i;
		}
		Codepoint = class {
			static CODES = Object.freeze({
				"\x07": 7,
				"\b": 8,
				"	": 9,
				"\n": 10,
				"\v": 11,
				"\f": 12,
				"\r": 13,
				" ": 32,
				"\"": 34,
				$: 36,
				"&": 38,
				"'": 39,
				"(": 40,
				")": 41,
				"*": 42,
				"+": 43,
				"-": 45,
				".": 46,
				0: 48,
				1: 49,
				2: 50,
				3: 51,
				4: 52,
				5: 53,
				6: 54,
				7: 55,
				8: 56,
				9: 57,
				":": 58,
				"<": 60,
				">": 62,
				"?": 63,
				A: 65,
				B: 66,
				C: 67,
				F: 70,
				P: 80,
				Q: 81,
				U: 85,
				Z: 90,
				"[": 91,
				"\\": 92,
				"]": 93,
				"^": 94,
				_: 95,
				"`": 96,
				a: 97,
				b: 98,
				f: 102,
				i: 105,
				m: 109,
				n: 110,
				r: 114,
				s: 115,
				t: 116,
				v: 118,
				x: 120,
				z: 122,
				"{": 123,
				"|": 124,
				"}": 125
			});
			static toUpperCase(codepoint) {
				if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
				const s = String.fromCodePoint(codepoint).toUpperCase();
				const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
				if (s.length > expectedLen) return codepoint;
				const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
				const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
				if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
				return s.codePointAt(0);
			}
			static toLowerCase(codepoint) {
				if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
				const s = String.fromCodePoint(codepoint).toLowerCase();
				const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
				if (s.length > expectedLen) return codepoint;
				const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
				const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
				if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
				return s.codePointAt(0);
			}
		};
		UnicodeRangeTable = class {
			constructor(data, isStride1 = false) {
				this.data = data;
				this.isStride1 = isStride1;
				this.SIZE = isStride1 ? 2 : 3;
			}
			getLo(index) {
				return this.data[index * this.SIZE];
			}
			getHi(index) {
				return this.data[index * this.SIZE + 1];
			}
			getStride(index) {
				return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
			}
			get length() {
				return this.data.length / this.SIZE;
			}
		};
		B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
		B64_MAP = new Uint8Array(256);
		for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
		decodeVLQ = (str) => {
			const res = [];
			let value = 0;
			let shift = 0;
			for (let i = 0; i < str.length; i++) {
				const digit = B64_MAP[str.charCodeAt(i)];
				value |= (digit & 31) << shift;
				if ((digit & 32) === 0) {
					res.push(value);
					value = 0;
					shift = 0;
				} else shift += 5;
			}
			return res;
		};
		decodeRanges = (str, isStride1) => {
			const res = decodeVLQ(str);
			const numRanges = isStride1 ? res.length / 2 : res.length / 3;
			const out = new Uint32Array(numRanges * 3);
			let current = 0;
			let resIdx = 0;
			for (let i = 0; i < numRanges; i++) {
				current += res[resIdx++];
				out[i * 3] = current;
				current += res[resIdx++];
				out[i * 3 + 1] = current;
				out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
			}
			return out;
		};
		decodeOrbit = (str) => {
			const res = decodeVLQ(str);
			const map = new Map();
			let currentKey = 0;
			for (let i = 0; i < res.length; i += 2) {
				currentKey += res[i];
				const zz = res[i + 1];
				const delta = zz >>> 1 ^ -(zz & 1);
				map.set(currentKey, currentKey + delta);
			}
			return map;
		};
		LazyMap = class {
			constructor(initializer) {
				this.initializer = initializer;
				this.cache = new Map();
			}
			has(key) {
				return Object.hasOwn(this.initializer, key);
			}
			get(key) {
				if (this.cache.has(key)) return this.cache.get(key);
				const val = this.has(key) ? this.initializer[key]() : null;
				this.cache.set(key, val);
				return val;
			}
		};
		UnicodeTables = class {
			static _CASE_ORBIT = null;
			static get CASE_ORBIT() {
				if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
				return this._CASE_ORBIT;
			}
			static _Print = null;
			static get Print() {
				if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
				return this._Print;
			}
			static CATEGORIES = new LazyMap({
				C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
				Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
				Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
				Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
				Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
				Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
				L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
				LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
				Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
				Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
				Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
				Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
				Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
				M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
				Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
				Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
				Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
				N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
				Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
				Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
				No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
				P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
				Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
				Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
				Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
				Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
				Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
				Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
				Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
				S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
				Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
				Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
				Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
				So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
				Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
				Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
				Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
				Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
				ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
				Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
				Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
				Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
				Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
				Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
				Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
				Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
				Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
				Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
				Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
				Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
				Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
				Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
				Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
				White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
			});
			static SCRIPTS = new LazyMap({
				Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
				Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
				Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
				Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
				Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
				Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
				Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
				Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
				Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
				Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
				Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
				Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
				Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
				Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
				Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
				Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
				Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
				Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
				Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
				Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
				Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
				Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
				Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
				Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
				Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
				Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
				Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
				Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
				Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
				Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
				Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
				Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
				Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
				Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
				Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
				Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
				Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
				Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
				Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
				Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
				Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
				Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
				Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
				Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
				Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
				Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
				Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
				Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
				Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
				Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
				Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
				Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
				Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
				Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
				Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
				Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
				Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
				Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
				Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
				Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
				Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
				Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
				Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
				Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
				Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
				Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
				Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
				Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
				Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
				Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
				Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
				Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
				Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
				Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
				Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
				Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
				Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
				Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
				Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
				Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
				Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
				Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
				Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
				Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
				Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
				Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
				Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
				Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
				Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
				Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
				Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
				Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
				Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
				Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
				Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
				Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
				Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
				Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
				Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
				Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
				Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
				Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
				Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
				New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
				Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
				Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
				Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
				Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
				Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
				Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
				Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
				Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
				Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
				Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
				Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
				Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
				Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
				Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
				Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
				Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
				Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
				Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
				Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
				Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
				Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
				Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
				Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
				Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
				Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
				Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
				Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
				Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
				Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
				Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
				Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
				Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
				Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
				SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
				Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
				Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
				Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
				Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
				Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
				Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
				Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
				Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
				Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
				Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
				Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
				Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
				Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
				Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
				Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
				Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
				Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
				Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
				Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
				Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
				Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
				Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
				Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
				Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
				Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
				Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
				Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
				Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
				Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
				Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
				Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
				Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
				Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
				Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
				Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
				Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
				Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
			});
			static FOLD_CATEGORIES = new LazyMap({
				L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
				LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
				Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
				Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
				Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
				M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
				Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
				Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
				Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
				Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
				Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
				Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
			});
			static FOLD_SCRIPT = new LazyMap({
				Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
				Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
				Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
			});
		};
		Unicode = class Unicode {
			static MAX_RUNE = 1114111;
			static RUNE_ERROR = 65533;
			static isUnsearchable(r) {
				return r === Unicode.RUNE_ERROR || r >= Unicode.MIN_HIGH_SURROGATE && r <= Unicode.MAX_LOW_SURROGATE;
			}
			static MAX_ASCII = 127;
			static MAX_LATIN1 = 255;
			static MAX_BMP = 65535;
			static MIN_FOLD = 65;
			static MAX_FOLD = 125251;
			static MIN_HIGH_SURROGATE = 55296;
			static MAX_HIGH_SURROGATE = 56319;
			static MIN_LOW_SURROGATE = 56320;
			static MAX_LOW_SURROGATE = 57343;
			static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
			static is32(ranges, r) {
				let lo = 0;
				let hi = ranges.length;
				while (lo < hi) {
					const m = lo + Math.floor((hi - lo) / 2);
					const rlo = ranges.getLo(m);
					const rhi = ranges.getHi(m);
					if (rlo <= r && r <= rhi) {
						const stride = ranges.getStride(m);
						return (r - rlo) % stride === 0;
					}
					if (r < rlo) hi = m;
					else lo = m + 1;
				}
				return false;
			}
			static is(ranges, r) {
				if (r <= Unicode.MAX_LATIN1) {
					for (let i = 0; i < ranges.length; i++) {
						if (r > ranges.getHi(i)) continue;
						const rlo = ranges.getLo(i);
						if (r < rlo) return false;
						const stride = ranges.getStride(i);
						return (r - rlo) % stride === 0;
					}
					return false;
				}
				return ranges.length > 0 && r >= ranges.getLo(0) && Unicode.is32(ranges, r);
			}
			static isPrint(r) {
				if (r <= Unicode.MAX_LATIN1) return r >= 32 && r < Unicode.MAX_ASCII || r >= 161 && r !== 173;
				return Unicode.is(UnicodeTables.Print, r);
			}
			static simpleFold(r) {
				if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
				if (r <= Unicode.MAX_ASCII) {
					const l = Codepoint.toLowerCase(r);
					return l !== r ? l : Codepoint.toUpperCase(r);
				}
				return r;
			}
			static equalsIgnoreCase(r1, r2) {
				if (r1 === r2) return true;
				if (r1 < 0 || r2 < 0) return false;
				if (r1 <= Unicode.MAX_ASCII && r2 <= Unicode.MAX_ASCII) {
					if (65 <= r1 && r1 <= 90) r1 |= 32;
					if (65 <= r2 && r2 <= 90) r2 |= 32;
					return r1 === r2;
				}
				for (let r = Unicode.simpleFold(r1); r !== r1; r = Unicode.simpleFold(r)) if (r === r2) return true;
				return false;
			}
		};
		RE2JSException = class extends Error {
			constructor(message) {
				super(message);
				this.name = "RE2JSException";
			}
		};
		RE2JSSyntaxException = class extends RE2JSException {
			constructor(error, input = null) {
				let message = `error parsing regexp: ${error}`;
				if (input) message += `: \`${input}\``;
				super(message);
				this.name = "RE2JSSyntaxException";
				this.message = message;
				this.error = error;
				this.input = input;
			}
			getDescription() {
				return this.error;
			}
			getPattern() {
				return this.input;
			}
		};
		RE2JSCompileException = class extends RE2JSException {
			constructor(message) {
				super(message);
				this.name = "RE2JSCompileException";
			}
		};
		RE2JSGroupException = class extends RE2JSException {
			constructor(message) {
				super(message);
				this.name = "RE2JSGroupException";
			}
		};
		RE2JSFlagsException = class extends RE2JSException {
			constructor(message) {
				super(message);
				this.name = "RE2JSFlagsException";
			}
		};
		RE2JSInternalException = class extends RE2JSException {
			constructor(message) {
				super(message);
				this.name = "RE2JSInternalException";
			}
		};
		FAST_PATH_TABLE_SIZE = 256;
		WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
		for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
		cachedNativeEncoder = null;
		cachedNativeDecoder = null;
		Utils = class Utils {
			static METACHARACTERS = "\\.+*?()|[]{}^$";
			static EMPTY_BEGIN_LINE = 1;
			static EMPTY_END_LINE = 2;
			static EMPTY_BEGIN_TEXT = 4;
			static EMPTY_END_TEXT = 8;
			static EMPTY_WORD_BOUNDARY = 16;
			static EMPTY_NO_WORD_BOUNDARY = 32;
			static EMPTY_ALL = -1;
			static emptyInts() {
				return [];
			}
			static isString(value) {
				return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
			}
			static typeName(value) {
				if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
				return Object.prototype.toString.call(value).slice(8, -1);
			}
			static checkPattern(pattern) {
				if (!Utils.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
			}
			static checkInput(input) {
				if (!Utils.isString(input) && !Utils.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils.typeName(input)}`);
			}
			static checkFlags(flags) {
				const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
				if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
			}
			static isByteArray(input) {
				return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
			}
			static isalnum(c) {
				return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
			}
			static unhex(c) {
				if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
				if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
				if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
				return -1;
			}
			static escapeRune(rune) {
				let out = "";
				if (Unicode.isPrint(rune)) {
					if (Utils.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
					out += String.fromCodePoint(rune);
				} else switch (rune) {
					case Codepoint.CODES["\""]:
						out += "\\\"";
						break;
					case Codepoint.CODES["\\"]:
						out += "\\\\";
						break;
					case Codepoint.CODES["	"]:
						out += "\\t";
						break;
					case Codepoint.CODES["\n"]:
						out += "\\n";
						break;
					case Codepoint.CODES["\r"]:
						out += "\\r";
						break;
					case Codepoint.CODES["\b"]:
						out += "\\b";
						break;
					case Codepoint.CODES["\f"]:
						out += "\\f";
						break;
					default: {
						let s = rune.toString(16);
						if (rune < 256) {
							out += "\\x";
							if (s.length === 1) out += "0";
							out += s;
						} else out += `\\x{${s}}`;
						break;
					}
				}
				return out;
			}
			static stringToRunes(str) {
				const string = String(str);
				const runes = [];
				let i = 0;
				while (i < string.length) {
					const cp = string.codePointAt(i);
					runes.push(cp);
					i += cp > Unicode.MAX_BMP ? 2 : 1;
				}
				return new Int32Array(runes);
			}
			static runeToString(r) {
				return String.fromCodePoint(r);
			}
			static isWordRune(r) {
				return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
			}
			static emptyOpContext(r1, r2) {
				let op = 0;
				if (r1 < 0) op |= Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
				if (r1 === 10) op |= Utils.EMPTY_BEGIN_LINE;
				if (r2 < 0) op |= Utils.EMPTY_END_TEXT | Utils.EMPTY_END_LINE;
				if (r2 === 10) op |= Utils.EMPTY_END_LINE;
				if (Utils.isWordRune(r1) !== Utils.isWordRune(r2)) op |= Utils.EMPTY_WORD_BOUNDARY;
				else op |= Utils.EMPTY_NO_WORD_BOUNDARY;
				return op;
			}
			static quoteMeta(str) {
				return str.split("").map((s) => {
					if (Utils.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
					return s;
				}).join("");
			}
			static charCount(codePoint) {
				return codePoint > Unicode.MAX_BMP ? 2 : 1;
			}
			static toArray(typedArray) {
				const len = typedArray.length;
				const res = new Array(len);
				for (let i = 0; i < len; i++) res[i] = typedArray[i];
				return res;
			}
			static stringToUtf8ByteArray(str) {
				if (globalThis.TextEncoder) {
					if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
					return cachedNativeEncoder.encode(str);
				} else {
					let out = [], p = 0;
					for (let i = 0; i < str.length; i++) {
						let c = str.charCodeAt(i);
						if (c < 128) out[p++] = c;
						else if (c < 2048) {
							out[p++] = c >> 6 | 192;
							out[p++] = c & 63 | 128;
						} else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
							c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
							out[p++] = c >> 18 | 240;
							out[p++] = c >> 12 & 63 | 128;
							out[p++] = c >> 6 & 63 | 128;
							out[p++] = c & 63 | 128;
						} else {
							out[p++] = c >> 12 | 224;
							out[p++] = c >> 6 & 63 | 128;
							out[p++] = c & 63 | 128;
						}
					}
					return out;
				}
			}
			static utf8ByteArrayToString(bytes) {
				if (globalThis.TextDecoder) {
					if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
					const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
					return cachedNativeDecoder.decode(view);
				} else {
					let out = [], pos = 0, c = 0;
					while (pos < bytes.length) {
						let c1 = bytes[pos++];
						if (c1 < 128) out[c++] = String.fromCharCode(c1);
						else if (c1 > 191 && c1 < 224) {
							let c2 = bytes[pos++];
							out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
						} else if (c1 > 239 && c1 < 365) {
							let c2 = bytes[pos++];
							let c3 = bytes[pos++];
							let c4 = bytes[pos++];
							let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
							out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
							out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
						} else {
							let c2 = bytes[pos++];
							let c3 = bytes[pos++];
							out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
						}
					}
					return out.join("");
				}
			}
		};
		createEnum = (values = [], initNum = 0) => {
			const enumObject = Object.create(null);
			for (let i = 0; i < values.length; i++) {
				const val = values[i];
				const keyVal = initNum + i;
				enumObject[val] = keyVal;
				enumObject[keyVal] = val;
			}
			return Object.freeze(enumObject);
		};
		MatcherInputBase = class MatcherInputBase {
			static Encoding = createEnum(["UTF_16", "UTF_8"]);
			getEncoding() {
				throw Error("not implemented");
			}
			asCharSequence() {
				throw Error("not implemented");
			}
			asBytes() {
				throw Error("not implemented");
			}
			length() {
				throw Error("not implemented");
			}
			isUTF8Encoding() {
				return this.getEncoding() === MatcherInputBase.Encoding.UTF_8;
			}
			isUTF16Encoding() {
				return this.getEncoding() === MatcherInputBase.Encoding.UTF_16;
			}
		};
		Utf8MatcherInput = class extends MatcherInputBase {
			constructor(bytes = null) {
				super();
				this.bytes = bytes;
			}
			getEncoding() {
				return MatcherInputBase.Encoding.UTF_8;
			}
			asCharSequence() {
				return Utils.utf8ByteArrayToString(this.bytes);
			}
			asBytes() {
				return this.bytes;
			}
			length() {
				return this.bytes.length;
			}
		};
		Utf16MatcherInput = class extends MatcherInputBase {
			constructor(charSequence = null) {
				super();
				this.charSequence = charSequence;
			}
			getEncoding() {
				return MatcherInputBase.Encoding.UTF_16;
			}
			asCharSequence() {
				return this.charSequence;
			}
			asBytes() {
				return Utils.stringToUtf8ByteArray(this.charSequence.toString());
			}
			length() {
				return this.charSequence.length;
			}
		};
		MatcherInput = class {
			static utf16(charSequence) {
				Utils.checkInput(charSequence);
				return new Utf16MatcherInput(charSequence);
			}
			static utf8(input) {
				if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
				return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
			}
		};
		MachineInputBase = class {
			static EOF() {
				return -8;
			}
			constructor() {
				this.start = 0;
				this.end = 0;
			}
			canCheckPrefix() {
				return true;
			}
			endPos() {
				return this.end - this.start;
			}
			hasString() {
				return false;
			}
			hasAnyString() {
				return false;
			}
			prefixLength() {
				return 0;
			}
		};
		MachineUTF8Input = class MachineUTF8Input extends MachineInputBase {
			static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
			constructor(bytes, start = 0, end = bytes.length) {
				super();
				this.bytes = bytes;
				this.start = start;
				this.end = end;
			}
			hasString(prefilter, pos) {
				const target = prefilter.bytes;
				if (target.length === 0) return true;
				const idx = this.indexOf(this.bytes, target, this.start + pos);
				return idx !== -1 && idx <= this.end - target.length;
			}
			hasAnyString(prefilter, pos) {
				return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
			}
			step(pos) {
				pos += this.start;
				if (pos >= this.end) return MachineInputBase.EOF();
				const c = this.bytes[pos] & 255;
				if (c < 128) return c << 3 | 1;
				let size;
				let rune;
				let lo = 128;
				let hi = 191;
				if (c >= 194 && c <= 223) {
					size = 2;
					rune = c & 31;
				} else if (c >= 224 && c <= 239) {
					size = 3;
					rune = c & 15;
					if (c === 224) lo = 160;
					else if (c === 237) hi = 159;
				} else if (c >= 240 && c <= 244) {
					size = 4;
					rune = c & 7;
					if (c === 240) lo = 144;
					else if (c === 244) hi = 143;
				} else return MachineUTF8Input.RUNE_ERROR_STEP;
				if (pos + size > this.end) return MachineUTF8Input.RUNE_ERROR_STEP;
				const c1 = this.bytes[pos + 1] & 255;
				if (c1 < lo || c1 > hi) return MachineUTF8Input.RUNE_ERROR_STEP;
				rune = rune << 6 | c1 & 63;
				if (size > 2) {
					const c2 = this.bytes[pos + 2] & 255;
					if ((c2 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
					rune = rune << 6 | c2 & 63;
					if (size > 3) {
						const c3 = this.bytes[pos + 3] & 255;
						if ((c3 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
						rune = rune << 6 | c3 & 63;
					}
				}
				return rune << 3 | size;
			}
			index(re2, pos) {
				pos += this.start;
				const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
				return i < 0 ? i : i - pos;
			}
			context(pos) {
				pos += this.start;
				let r1 = -1;
				if (pos > this.start && pos <= this.end) {
					let start = pos - 1;
					r1 = this.bytes[start--];
					if (r1 >= 128) {
						let lim = pos - 4;
						if (lim < this.start) lim = this.start;
						while (start >= lim && (this.bytes[start] & 192) === 128) start--;
						if (start < this.start) start = this.start;
						const r = this.step(start - this.start);
						r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
					}
				}
				const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
				return Utils.emptyOpContext(r1, r2);
			}
			indexOf(source, target, fromIndex = 0) {
				let targetLength = target.length;
				if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
				const firstByte = target[0];
				let limit = this.end - targetLength;
				const hasNativeIndexOf = typeof source.indexOf === "function";
				let i = fromIndex;
				while (i <= limit) {
					if (hasNativeIndexOf) {
						i = source.indexOf(firstByte, i);
						if (i === -1 || i > limit) return -1;
					} else {
						while (i <= limit && source[i] !== firstByte) i++;
						if (i > limit) return -1;
					}
					let match = true;
					for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
						match = false;
						break;
					}
					if (match) return i;
					i++;
				}
				return -1;
			}
			prefixLength(re2) {
				return re2.prefixUTF8.length;
			}
		};
		MachineUTF16Input = class extends MachineInputBase {
			constructor(charSequence, start = 0, end = charSequence.length) {
				super();
				this.charSequence = charSequence;
				this.start = start;
				this.end = end;
			}
			hasString(prefilter, pos) {
				const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
				return idx !== -1 && idx <= this.end - prefilter.str.length;
			}
			hasAnyString(prefilter, pos) {
				return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
			}
			step(pos) {
				pos += this.start;
				if (pos >= this.end) return MachineInputBase.EOF();
				const c1 = this.charSequence.charCodeAt(pos);
				if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
				const c2 = this.charSequence.charCodeAt(pos + 1);
				if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
				return c1 << 3 | 1;
			}
			index(re2, pos) {
				pos += this.start;
				const i = this.charSequence.indexOf(re2.prefix, pos);
				if (i < 0 || i > this.end - re2.prefix.length) return -1;
				return i - pos;
			}
			context(pos) {
				pos += this.start;
				const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
				const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
				return Utils.emptyOpContext(r1, r2);
			}
			prefixLength(re2) {
				return re2.prefix.length;
			}
		};
		MachineInput = class {
			static fromUTF8(bytes, start = 0, end = bytes.length) {
				return new MachineUTF8Input(bytes, start, end);
			}
			static fromUTF16(charSequence, start = 0, end = void 0) {
				Utils.checkInput(charSequence);
				return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
			}
		};
		Matcher = class Matcher {
			static MAX_REPLACER_ARGS = 65535;
			static quoteReplacement(str, javaMode = false) {
				if (javaMode) {
					if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
					return str.split("").map((s) => {
						const c = s.codePointAt(0);
						if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
						return s;
					}).join("");
				}
				if (str.indexOf("$") < 0) return str;
				return str.split("").map((s) => {
					if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
					return s;
				}).join("");
			}
			constructor(pattern, input) {
				if (pattern === null) throw new Error("pattern is null");
				this.patternInput = pattern;
				const re2 = this.patternInput.re2();
				this.patternGroupCount = re2.numberOfCapturingGroups();
				this.groups = [];
				this.namedGroups = re2.namedGroups;
				this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
				this.numberOfInstructions = re2.numberOfInstructions();
				this.lookbehindState = null;
				if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
				else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
				else this.resetMatcherInput(MatcherInput.utf16(input));
			}
			pattern() {
				return this.patternInput;
			}
			reset() {
				this.matcherInputLength = this.matcherInput.length();
				this.appendPos = 0;
				this.hasMatch = false;
				this.hasGroups = false;
				this.anchorFlag = 0;
				return this;
			}
			resetMatcherInput(input) {
				if (input === null) throw new Error("input is null");
				if (!(input instanceof MatcherInputBase)) {
					if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
					else input = MatcherInput.utf16(input);
				}
				this.matcherInput = input;
				if (this.lookbehindState !== null) this.lookbehindState.reset();
				else this.lookbehindState = this.patternInput.re2().createLookbehindState();
				this.reset();
				return this;
			}
			start(group = 0) {
				if (typeof group === "string") {
					const groupInt = this.namedGroups[group];
					if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
					group = groupInt;
				}
				this.loadGroup(group);
				return this.groups[2 * group];
			}
			end(group = 0) {
				if (typeof group === "string") {
					const groupInt = this.namedGroups[group];
					if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
					group = groupInt;
				}
				this.loadGroup(group);
				return this.groups[2 * group + 1];
			}
			programSize() {
				return this.numberOfInstructions;
			}
			group(group = 0) {
				if (typeof group === "string") {
					const groupInt = this.namedGroups[group];
					if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
					group = groupInt;
				}
				const start = this.start(group);
				const end = this.end(group);
				if (start < 0 && end < 0) return null;
				return this.substring(start, end);
			}
			getNamedGroups() {
				if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
				const result = Object.create(null);
				for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
				return result;
			}
			groupCount() {
				return this.patternGroupCount;
			}
			loadGroup(group) {
				if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
				if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
				if (group === 0 || this.hasGroups) return;
				const end = this.matcherInputLength;
				const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
				if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
				this.groups = res[1];
				this.hasGroups = true;
			}
			matches() {
				return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
			}
			lookingAt() {
				return this.genMatch(0, RE2Flags.ANCHOR_START);
			}
			find(start = null) {
				if (start !== null) {
					if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
					this.reset();
					return this.genMatch(start, 0);
				}
				start = 0;
				if (this.hasMatch) {
					start = this.groups[1];
					if (this.groups[0] === this.groups[1]) {
						const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
						if (r < 0) start++;
						else start += r & 7;
					}
				}
				return this.genMatch(start, RE2Flags.UNANCHORED);
			}
			genMatch(startByte, anchor) {
				const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
				if (!res[0]) {
					this.hasMatch = false;
					return false;
				}
				this.groups = res[1];
				this.hasMatch = true;
				this.hasGroups = this.patternGroupCount === 0;
				this.anchorFlag = anchor;
				return true;
			}
			substring(start, end) {
				if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
				return this.matcherInput.asCharSequence().substring(start, end).toString();
			}
			inputLength() {
				return this.matcherInputLength;
			}
			appendReplacement(replacement, javaMode = false) {
				let res = "";
				const s = this.start();
				const e = this.end();
				if (this.appendPos < s) res += this.substring(this.appendPos, s);
				this.appendPos = e;
				res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
				return res;
			}
			appendReplacementInternalJava(replacement) {
				let res = "";
				let last = 0;
				const m = replacement.length;
				let i = 0;
				while (i < m) {
					const cCode = replacement.codePointAt(i);
					if (cCode === Codepoint.CODES["\\"]) {
						if (last < i) res += replacement.substring(last, i);
						i++;
						if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
						last = i;
						i++;
						continue;
					}
					if (cCode === Codepoint.CODES["$"]) {
						if (last < i) res += replacement.substring(last, i);
						if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
						const nextCode = replacement.codePointAt(i + 1);
						if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
							let n = nextCode - Codepoint.CODES["0"];
							let j = i + 2;
							for (; j < m; j++) {
								const digit = replacement.codePointAt(j);
								if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
								n = n * 10 + digit - Codepoint.CODES["0"];
							}
							if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
							const group = this.group(n);
							if (group !== null) res += group;
							i = j;
							last = i;
						} else if (nextCode === Codepoint.CODES["{"]) {
							let j = i + 2;
							while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
							if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
							const groupName = replacement.substring(i + 2, j);
							const groupVal = this.group(groupName);
							if (groupVal !== null) res += groupVal;
							i = j + 1;
							last = i;
						} else throw new RE2JSGroupException("Illegal group reference");
						continue;
					}
					i++;
				}
				if (last < m) res += replacement.substring(last, m);
				return res;
			}
			appendReplacementInternalJs(replacement) {
				const isDigit = (c) => c >= 48 && c <= 57;
				const groupCount = this.patternGroupCount;
				let res = "";
				let i = 0;
				while (i < replacement.length) {
					const dollar = replacement.indexOf("$", i);
					if (dollar < 0) break;
					res += replacement.substring(i, dollar);
					i = dollar;
					const c = replacement.charCodeAt(i + 1);
					if (c === Codepoint.CODES["$"]) {
						res += "$";
						i += 2;
					} else if (c === Codepoint.CODES["&"]) {
						res += this.group(0);
						i += 2;
					} else if (c === Codepoint.CODES["`"]) {
						res += this.substring(0, this.start(0));
						i += 2;
					} else if (c === Codepoint.CODES["'"]) {
						res += this.substring(this.end(0), this.matcherInputLength);
						i += 2;
					} else if (isDigit(c)) {
						let digits = 1;
						let index = c - 48;
						const c2 = replacement.charCodeAt(i + 2);
						if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
							digits = 2;
							index = index * 10 + c2 - 48;
						}
						if (index >= 1 && index <= groupCount) {
							const group = this.group(index);
							if (group !== null) res += group;
						} else res += replacement.substring(i, i + 1 + digits);
						i += 1 + digits;
					} else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
						const gt = replacement.indexOf(">", i + 2);
						if (gt < 0) {
							res += "$<";
							i += 2;
						} else {
							const name = replacement.substring(i + 2, gt);
							if (Object.hasOwn(this.namedGroups, name)) {
								const group = this.group(name);
								if (group !== null) res += group;
							}
							i = gt + 1;
						}
					} else {
						res += "$";
						i += 1;
					}
				}
				return res + replacement.substring(i);
			}
			appendTail() {
				return this.substring(this.appendPos, this.matcherInputLength);
			}
			replaceAll(replacement, javaMode = false) {
				return this.replace(replacement, true, javaMode);
			}
			replaceFirst(replacement, javaMode = false) {
				return this.replace(replacement, false, javaMode);
			}
			replace(replacement, all = true, javaMode = false) {
				let res = "";
				this.reset();
				const isFunc = typeof replacement === "function";
				let originalInput = null;
				if (isFunc) {
					if (this.groupCount() >= Matcher.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
					originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
				}
				while (this.find()) {
					res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
					if (!all) break;
				}
				res += this.appendTail();
				return res;
			}
			appendReplacementFunc(replacer, originalInput) {
				let res = "";
				const s = this.start();
				const e = this.end();
				if (this.appendPos < s) res += this.substring(this.appendPos, s);
				this.appendPos = e;
				const args = this.matchArray();
				args.push(s, originalInput);
				if (this.hasNamedGroups) args.push(this.namedGroupsObject());
				res += String(replacer(...args));
				return res;
			}
			matchArray() {
				const result = [this.group(0)];
				for (let i = 1; i <= this.patternGroupCount; i++) {
					const group = this.group(i);
					result.push(group === null ? void 0 : group);
				}
				return result;
			}
			namedGroupsObject() {
				if (!this.hasNamedGroups) return;
				const result = this.getNamedGroups();
				for (const name in result) if (result[name] === null) result[name] = void 0;
				return result;
			}
		};
		Inst = class Inst {
			static ALT = 1;
			static ALT_MATCH = 2;
			static CAPTURE = 3;
			static EMPTY_WIDTH = 4;
			static FAIL = 5;
			static MATCH = 6;
			static NOP = 7;
			static RUNE = 8;
			static RUNE1 = 9;
			static RUNE_ANY = 10;
			static RUNE_ANY_NOT_NL = 11;
			static LB_WRITE = 12;
			static LB_CHECK = 13;
			static isRuneOp(op) {
				return Inst.RUNE <= op && op <= Inst.RUNE_ANY_NOT_NL;
			}
			static escapeRunes(runes) {
				let out = "\"";
				for (let rune of runes) out += Utils.escapeRune(rune);
				out += "\"";
				return out;
			}
			constructor(op) {
				this.op = op;
				this.out = 0;
				this.arg = 0;
				this.runes = new Int32Array(0);
				this.next = null;
			}
			matchRune(r) {
				if (this.runes.length === 1) {
					const r0 = this.runes[0];
					if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
					return r === r0;
				}
				const len = this.runes.length;
				if (len === 0) return false;
				if (len === 2 || len === 4 || len === 6 || len === 8) {
					for (let j = 0; j < len; j += 2) {
						if (r < this.runes[j]) return false;
						if (r <= this.runes[j + 1]) return true;
					}
					return false;
				}
				let base = 0;
				let n = len >> 1;
				while (n > 1) {
					const half = n >> 1;
					base += this.runes[base + half << 1] <= r ? half : 0;
					n -= half;
				}
				base += this.runes[base << 1] <= r ? 1 : 0;
				const m = base - 1;
				return m >= 0 && r <= this.runes[m << 1 | 1];
			}
			matchRunePos(r) {
				if (this.runes.length === 1) {
					const r0 = this.runes[0];
					if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
					return r === r0 ? 0 : -1;
				}
				const len = this.runes.length;
				if (len === 0) return -1;
				if (len === 2 || len === 4 || len === 6 || len === 8) {
					for (let j = 0; j < len; j += 2) {
						if (r < this.runes[j]) return -1;
						if (r <= this.runes[j + 1]) return Math.floor(j / 2);
					}
					return -1;
				}
				let base = 0;
				let n = len >> 1;
				while (n > 1) {
					const half = n >> 1;
					base += this.runes[base + half << 1] <= r ? half : 0;
					n -= half;
				}
				base += this.runes[base << 1] <= r ? 1 : 0;
				const m = base - 1;
				return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
			}
			toString() {
				switch (this.op) {
					case Inst.ALT: return `alt -> ${this.out}, ${this.arg}`;
					case Inst.ALT_MATCH: return `altmatch -> ${this.out}, ${this.arg}`;
					case Inst.CAPTURE: return `cap ${this.arg} -> ${this.out}`;
					case Inst.EMPTY_WIDTH: return `empty ${this.arg} -> ${this.out}`;
					case Inst.MATCH: return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
					case Inst.FAIL: return "fail";
					case Inst.NOP: return `nop -> ${this.out}`;
					case Inst.LB_WRITE: return `lbwrite ${this.arg} -> ${this.out}`;
					case Inst.LB_CHECK: return `lbcheck ${this.arg} -> ${this.out}`;
					case Inst.RUNE:
						if (this.runes === null) return "rune <null>";
						return [
							"rune ",
							Inst.escapeRunes(this.runes),
							(this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
							" -> ",
							this.out
						].join("");
					case Inst.RUNE1: return `rune1 ${Inst.escapeRunes(this.runes)} -> ${this.out}`;
					case Inst.RUNE_ANY: return `any -> ${this.out}`;
					case Inst.RUNE_ANY_NOT_NL: return `anynotnl -> ${this.out}`;
					default: throw new Error("unhandled case in Inst.toString");
				}
			}
		};
		Queue = class Queue {
			constructor(numInst) {
				this.sparse = new Int32Array(numInst);
				this.densePcs = new Int32Array(numInst);
				this.denseCaps = null;
				this.size = 0;
				this.ncap = 0;
				this.mainThreads = 0;
			}
			static INITIAL_THREADS = 32;
			init(ncap) {
				this.ncap = ncap;
				const needed = Math.min(this.densePcs.length, Queue.INITIAL_THREADS) * ncap;
				if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
			}
			growCaps(needed) {
				const limit = this.densePcs.length * this.ncap;
				const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
				grown.set(this.denseCaps);
				this.denseCaps = grown;
			}
			contains(pc) {
				const j = this.sparse[pc];
				return j < this.size && this.densePcs[j] === pc;
			}
			isEmpty() {
				return this.size === 0;
			}
			add(pc) {
				const j = this.size++;
				this.sparse[pc] = j;
				this.densePcs[j] = pc;
				return j;
			}
			clear() {
				this.size = 0;
				this.mainThreads = 0;
			}
			toString() {
				let out = "{";
				for (let i = 0; i < this.size; i++) {
					if (i !== 0) out += ", ";
					out += this.densePcs[i];
				}
				out += "}";
				return out;
			}
		};
		LookbehindState = class {
			constructor(prog) {
				this.pos = -1;
				this.pcs = new Int32Array(prog.numInst());
				this.size = 0;
				this.lbTable = new Int32Array(prog.numLb + 1);
			}
			reset() {
				this.pos = -1;
				this.size = 0;
			}
		};
		Machine = class Machine {
			static fromRE2(re2) {
				const m = new Machine();
				m.prog = re2.prog;
				m.re2 = re2;
				m.q0 = new Queue(m.prog.numInst());
				m.q1 = new Queue(m.prog.numInst());
				m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
				m.matched = false;
				m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
				m.ncap = 0;
				return m;
			}
			constructor() {
				this.prog = null;
				this.re2 = null;
				this.q0 = null;
				this.q1 = null;
				this.addStack = null;
				this.matched = false;
				this.matchcap = null;
				this.ncap = 0;
				this.lbTable = null;
			}
			init(ncap) {
				this.ncap = ncap;
				if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
				else this.matchcap.fill(-1);
				this.q0.init(ncap);
				this.q1.init(ncap);
				if (this.prog.numLb > 0) {
					if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
					this.lbTable.fill(-1);
				}
			}
			submatches() {
				if (this.ncap === 0) return Utils.emptyInts();
				return Utils.toArray(this.matchcap.subarray(0, this.ncap));
			}
			match(input, pos, anchor, lbState = null) {
				const startCond = this.re2.cond;
				if (startCond === Utils.EMPTY_ALL) return false;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
				this.matched = false;
				this.matchcap.fill(-1);
				const hasLookbehinds = this.prog.numLb > 0;
				const matchStartPos = pos;
				let currentPos = pos;
				let resumeLookbehinds = false;
				if (hasLookbehinds) {
					if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
						currentPos = lbState.pos;
						resumeLookbehinds = true;
					} else currentPos = 0;
				}
				let saveLookbehinds = hasLookbehinds && lbState !== null;
				let runq = this.q0;
				let nextq = this.q1;
				let r = input.step(currentPos);
				let rune = r >> 3;
				let width = r & 7;
				let rune1 = -1;
				let width1 = 0;
				if (r !== MachineInputBase.EOF()) {
					r = input.step(currentPos + width);
					rune1 = r >> 3;
					width1 = r & 7;
				}
				let flag;
				if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
				else flag = input.context(currentPos);
				if (hasLookbehinds) {
					if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
					else this.spawnLookbehinds(runq, currentPos, flag);
				}
				while (true) {
					if (runq.mainThreads === 0) {
						if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
						if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
						if (this.matched) break;
						if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
							const advance = input.index(this.re2, currentPos);
							if (advance < 0) break;
							currentPos += advance;
							r = input.step(currentPos);
							rune = r >> 3;
							width = r & 7;
							r = input.step(currentPos + width);
							rune1 = r >> 3;
							width1 = r & 7;
							flag = input.context(currentPos);
						}
					}
					if (currentPos >= matchStartPos) {
						if (saveLookbehinds) {
							this.saveLookbehinds(lbState, runq, currentPos);
							saveLookbehinds = false;
						}
						if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
							if (this.ncap > 0) this.matchcap[0] = currentPos;
							this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
						}
					}
					const nextPos = currentPos + width;
					flag = input.context(nextPos);
					this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
					if (width === 0) break;
					if (this.ncap === 0 && this.matched) break;
					currentPos += width;
					rune = rune1;
					width = width1;
					if (rune !== -1) {
						r = input.step(currentPos + width);
						rune1 = r >> 3;
						width1 = r & 7;
					}
					const tmpq = runq;
					runq = nextq;
					nextq = tmpq;
				}
				runq.clear();
				nextq.clear();
				return this.matched;
			}
			matchSet(input, pos, anchor) {
				const startCond = this.re2.cond;
				if (startCond === Utils.EMPTY_ALL) return [];
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
				let currentPos = this.prog.numLb > 0 ? 0 : pos;
				let matchStartPos = pos;
				let runq = this.q0;
				let nextq = this.q1;
				let r = input.step(currentPos);
				let rune = r >> 3;
				let width = r & 7;
				let rune1 = -1;
				let width1 = 0;
				if (r !== MachineInputBase.EOF()) {
					r = input.step(currentPos + width);
					rune1 = r >> 3;
					width1 = r & 7;
				}
				let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
				const matches = new Set();
				if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
				while (true) {
					if (runq.mainThreads === 0) {
						if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
						if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
					}
					if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
						if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
					}
					const nextPos = currentPos + width;
					flag = input.context(nextPos);
					for (let j = 0; j < runq.size; j++) {
						const pc = runq.densePcs[j];
						const i = this.prog.inst[pc];
						const capOffset = j * this.ncap;
						let add = false;
						switch (i.op) {
							case Inst.MATCH:
								if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
								matches.add(i.arg);
								break;
							case Inst.RUNE:
								add = i.matchRune(rune);
								break;
							case Inst.RUNE1:
								add = rune === i.runes[0];
								break;
							case Inst.RUNE_ANY:
								add = true;
								break;
							case Inst.RUNE_ANY_NOT_NL:
								add = rune !== 10;
								break;
							default: continue;
						}
						if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
					}
					runq.clear();
					if (width === 0) break;
					currentPos += width;
					rune = rune1;
					width = width1;
					if (rune !== -1) {
						r = input.step(currentPos + width);
						rune1 = r >> 3;
						width1 = r & 7;
					}
					const tmpq = runq;
					runq = nextq;
					nextq = tmpq;
				}
				nextq.clear();
				return Array.from(matches).sort((a, b) => a - b);
			}
			step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
				const longest = this.re2.longest;
				for (let j = 0; j < runq.size; j++) {
					const pc = runq.densePcs[j];
					const capOffset = j * this.ncap;
					if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
					const i = this.prog.inst[pc];
					let add = false;
					switch (i.op) {
						case Inst.MATCH:
							if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
							if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
								runq.denseCaps[capOffset + 1] = pos;
								for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
							}
							if (!longest) runq.size = 0;
							this.matched = true;
							break;
						case Inst.RUNE:
							add = i.matchRune(c);
							break;
						case Inst.RUNE1:
							add = c === i.runes[0];
							break;
						case Inst.RUNE_ANY:
							add = true;
							break;
						case Inst.RUNE_ANY_NOT_NL:
							add = c !== 10;
							break;
						default: continue;
					}
					if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
				}
				runq.clear();
			}
			spawnLookbehinds(q, pos, flag) {
				for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
			}
			restoreLookbehinds(lbState, q, flag) {
				this.lbTable.set(lbState.lbTable);
				for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
			}
			saveLookbehinds(lbState, q, pos) {
				let size = 0;
				for (let j = 0; j < q.size; j++) {
					const pc = q.densePcs[j];
					if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
				}
				lbState.size = size;
				lbState.pos = pos;
				lbState.lbTable.set(this.lbTable);
			}
			add(q, pc, pos, capArray, capOffset, cond) {
				const stk = this.addStack;
				let nstk = 0;
				for (;;) {
					while (pc !== 0 && !q.contains(pc)) {
						const d = q.add(pc);
						const inst = this.prog.inst[pc];
						switch (inst.op) {
							case Inst.FAIL:
								pc = 0;
								break;
							case Inst.ALT:
							case Inst.ALT_MATCH:
								stk[nstk++] = inst.arg;
								stk[nstk++] = 0;
								pc = inst.out;
								break;
							case Inst.EMPTY_WIDTH:
								pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
								break;
							case Inst.NOP:
								pc = inst.out;
								break;
							case Inst.CAPTURE:
								if (inst.arg < this.ncap) {
									stk[nstk++] = -inst.arg - 1;
									stk[nstk++] = capArray[capOffset + inst.arg];
									capArray[capOffset + inst.arg] = pos;
								}
								pc = inst.out;
								break;
							case Inst.LB_WRITE:
								this.lbTable[Math.abs(inst.arg)] = pos;
								pc = inst.out;
								break;
							case Inst.LB_CHECK:
								if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
								else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
								break;
							case Inst.MATCH:
							case Inst.RUNE:
							case Inst.RUNE1:
							case Inst.RUNE_ANY:
							case Inst.RUNE_ANY_NOT_NL:
								if (this.prog.lbInst[pc] === 0) q.mainThreads++;
								if (this.ncap > 0) {
									const destOffset = d * this.ncap;
									if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
									for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
								}
								pc = 0;
								break;
							default: throw new RE2JSInternalException("unhandled");
						}
					}
					if (nstk === 0) return;
					nstk -= 2;
					const entry = stk[nstk];
					if (entry < 0) {
						capArray[capOffset - entry - 1] = stk[nstk + 1];
						pc = 0;
					} else pc = entry;
				}
			}
		};
		hashState = (pcs, flag, ids) => {
			let h = -2128831035;
			for (let i = 0; i < pcs.length; i++) {
				h ^= pcs[i];
				h = Math.imul(h, 16777619);
			}
			h ^= flag;
			h = Math.imul(h, 16777619);
			for (let i = 0; i < ids.length; i++) {
				h ^= ids[i];
				h = Math.imul(h, 16777619);
			}
			return h;
		};
		arraysEqual = (a, b) => {
			if (a.length !== b.length) return false;
			for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
			return true;
		};
		isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
		NO_IDS = [];
		END_TEXT = -1;
		DFAState = class {
			constructor(nfaStates, flag, matchIDs) {
				this.nfaStates = nfaStates;
				this.flag = flag;
				this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
				this.matchIDs = matchIDs;
				this.next = null;
				this.nextAnchored = null;
			}
		};
		DFA = class DFA {
			static FLAG_EMPTY_MASK = 255;
			static FLAG_MATCH = 256;
			static FLAG_LAST_WORD = 512;
			static FLAG_NEED_SHIFT = 16;
			static STATE_OVERHEAD = 150;
			static ARRAY_OVERHEAD = 40;
			static ELEMENT_SIZE = 8;
			static TABLE_OVERHEAD = 48;
			static PROGRESS_PER_STATE = 10;
			constructor(prog, maxMem = 8388608) {
				this.prog = prog;
				this.maxMem = maxMem;
				this.stateCache = new Map();
				this.stateCount = 0;
				this.startStates = new Map();
				this.failed = false;
				for (let pc = 0; pc < prog.numInst(); pc++) {
					const op = prog.getInst(pc).op;
					if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
						this.failed = true;
						break;
					}
				}
				this.computeRuneClasses();
				this.stateBudget = maxMem;
				this.memBudget = maxMem;
			}
			computeRuneClasses() {
				const bounds = new Set();
				const addRange = (lo, hi) => {
					bounds.add(lo);
					bounds.add(hi + 1);
				};
				for (let pc = 0; pc < this.prog.numInst(); pc++) {
					const inst = this.prog.getInst(pc);
					switch (inst.op) {
						case Inst.RUNE:
						case Inst.RUNE1:
							if (inst.runes.length === 1) {
								addRange(inst.runes[0], inst.runes[0]);
								if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
							} else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
							break;
						case Inst.RUNE_ANY_NOT_NL:
							addRange(10, 10);
							break;
						case Inst.EMPTY_WIDTH:
							if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
							if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
								addRange(48, 57);
								addRange(65, 90);
								addRange(95, 95);
								addRange(97, 122);
							}
					}
				}
				bounds.delete(0);
				this.classBounds = Int32Array.from(bounds).sort();
				this.numClasses = this.classBounds.length + 1;
				const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
				for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
				this.latin1Class = latin1Class;
			}
			runeClass(r) {
				if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
				return this.searchClass(r);
			}
			searchClass(r) {
				const bounds = this.classBounds;
				let lo = 0;
				let hi = bounds.length;
				while (lo < hi) {
					const mid = lo + hi >> 1;
					if (bounds[mid] <= r) lo = mid + 1;
					else hi = mid;
				}
				return lo;
			}
			closure(pcs, flag) {
				const closure = new Set();
				const stack = Array.from(pcs);
				let needflags = 0;
				while (stack.length > 0) {
					const pc = stack.pop();
					if (pc === 0 || closure.has(pc)) continue;
					closure.add(pc);
					const inst = this.prog.getInst(pc);
					switch (inst.op) {
						case Inst.ALT:
						case Inst.ALT_MATCH:
							stack.push(inst.out);
							stack.push(inst.arg);
							break;
						case Inst.NOP:
						case Inst.CAPTURE:
							stack.push(inst.out);
							break;
						case Inst.EMPTY_WIDTH:
							needflags |= inst.arg;
							if ((inst.arg & ~flag) === 0) stack.push(inst.out);
					}
				}
				return {
					pcs: Array.from(closure).sort((a, b) => a - b),
					needflags
				};
			}
			getState(pcs, flag, ids) {
				const hash = hashState(pcs, flag, ids);
				const cached = this.stateCache.get(hash);
				if (cached instanceof DFAState) {
					if (isState(cached, pcs, flag, ids)) return cached;
				} else if (cached !== void 0) {
					for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
				}
				const cost = DFA.stateCost(pcs, ids);
				if (this.memBudget < cost) return null;
				this.memBudget -= cost;
				const state = new DFAState(pcs, flag, ids);
				if (cached === void 0) this.stateCache.set(hash, state);
				else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
				else cached.push(state);
				this.stateCount++;
				return state;
			}
			static stateCost(pcs, ids) {
				const idsCost = ids.length === 0 ? 0 : DFA.ARRAY_OVERHEAD + DFA.ELEMENT_SIZE * ids.length;
				return DFA.STATE_OVERHEAD + DFA.ELEMENT_SIZE * pcs.length + idsCost;
			}
			*cachedStates() {
				for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
				else yield* cached;
			}
			makeState(pcs, flag, ids) {
				const closure = this.closure(pcs, flag & DFA.FLAG_EMPTY_MASK);
				let stateFlag = flag;
				if (closure.needflags === 0) stateFlag &= DFA.FLAG_MATCH;
				stateFlag |= closure.needflags << DFA.FLAG_NEED_SHIFT;
				return this.getState(closure.pcs, stateFlag, ids);
			}
			allocTable(state, anchor) {
				const size = this.numClasses + 1;
				const cost = DFA.TABLE_OVERHEAD + DFA.ELEMENT_SIZE * size;
				if (this.memBudget < cost) return null;
				this.memBudget -= cost;
				const table = new Array(size).fill(null);
				if (anchor === RE2Flags.UNANCHORED) state.next = table;
				else state.nextAnchored = table;
				return table;
			}
			clearCache() {
				this.stateCache.clear();
				this.stateCount = 0;
				this.startStates.clear();
				this.memBudget = this.stateBudget;
			}
			resetCache(current) {
				this.clearCache();
				return this.getState(current.nfaStates, current.flag, current.matchIDs);
			}
			step(state, cls, rune, anchor) {
				let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
				if (table !== null) {
					const cached = table[cls];
					if (cached !== null) return cached;
				} else {
					table = this.allocTable(state, anchor);
					if (table === null) return null;
				}
				const needflag = state.flag >>> DFA.FLAG_NEED_SHIFT;
				const oldbeforeflag = state.flag & DFA.FLAG_EMPTY_MASK;
				let beforeflag = oldbeforeflag;
				let afterflag = 0;
				if (rune === 10) {
					beforeflag |= Utils.EMPTY_END_LINE;
					afterflag |= Utils.EMPTY_BEGIN_LINE;
				}
				if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
				const islastword = (state.flag & DFA.FLAG_LAST_WORD) !== 0;
				const isword = rune !== END_TEXT && Utils.isWordRune(rune);
				beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
				let pcs = state.nfaStates;
				if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
				const nextPCs = [];
				let ismatch = false;
				let ids = NO_IDS;
				for (let i = 0; i < pcs.length; i++) {
					const inst = this.prog.getInst(pcs[i]);
					if (inst.op === Inst.MATCH) {
						if (!ismatch) {
							ismatch = true;
							ids = [];
						}
						ids.push(inst.arg);
					} else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
				}
				if (ids.length > 1) ids.sort((a, b) => a - b);
				if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
				let flag = afterflag;
				if (ismatch) flag |= DFA.FLAG_MATCH;
				if (isword) flag |= DFA.FLAG_LAST_WORD;
				const nextState = this.makeState(nextPCs, flag, ids);
				if (nextState === null) return null;
				table[cls] = nextState;
				return nextState;
			}
			start(input, pos) {
				const context = input.context(pos);
				let flags;
				if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
				else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
				else {
					const r = input.step(pos);
					const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
					flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA.FLAG_LAST_WORD : 0;
				}
				let state = this.startStates.get(flags);
				if (state === void 0) {
					state = this.makeState([this.prog.start], flags, NO_IDS);
					if (state === null) {
						this.clearCache();
						state = this.makeState([this.prog.start], flags, NO_IDS);
						if (state === null) return null;
					}
					this.startStates.set(flags, state);
				}
				return state;
			}
			stepOrReset(state, cls, rune, anchor, pos, search) {
				let next = this.step(state, cls, rune, anchor);
				if (next !== null) return next;
				if (search.resetPos >= 0 && pos - search.resetPos < DFA.PROGRESS_PER_STATE * this.stateCount) return null;
				search.resetPos = pos;
				const restored = this.resetCache(state);
				if (restored === null) return null;
				next = this.step(restored, cls, rune, anchor);
				return next;
			}
			run(input, pos, anchor, state, onMatch) {
				const endPos = input.endPos();
				const latin1Class = this.latin1Class;
				const unanchored = anchor === RE2Flags.UNANCHORED;
				const search = { resetPos: -1 };
				let i = pos;
				while (i < endPos) {
					const r = input.step(i);
					const rune = r >> 3;
					const width = r & 7;
					if (width === 0) break;
					const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
					let next = unanchored && state.next !== null ? state.next[cls] : null;
					if (next === null) {
						next = this.stepOrReset(state, cls, rune, anchor, i, search);
						if (next === null) return null;
					}
					state = next;
					if (state.isMatch && onMatch(state, false)) return true;
					if (!unanchored && state.nfaStates.length === 0) return false;
					i += width;
				}
				state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
				if (state === null) return null;
				return state.isMatch && onMatch(state, true);
			}
			match(input, pos, anchor) {
				if (this.failed) return null;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
				const startState = this.start(input, pos);
				if (startState === null) return null;
				return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
			}
			matchSet(input, pos, anchor) {
				if (this.failed) return null;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
				const startState = this.start(input, pos);
				if (startState === null) return null;
				const matches = new Set();
				const collect = (state, atEnd) => {
					if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
					return false;
				};
				if (this.run(input, pos, anchor, startState, collect) === null) return null;
				return Array.from(matches).sort((a, b) => a - b);
			}
		};
		VISITED_BITS = 32;
		MAX_BACKTRACK_PROG = 500;
		INITIAL_JOB_CAPACITY = 256;
		MAX_BACKTRACK_VECTOR = 262144;
		BitState = class {
			constructor() {
				this.end = 0;
				this.cap = new Int32Array(0);
				this.matchcap = new Int32Array(0);
				this.ncap = 0;
				this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
				this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
				this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
				this.jobLen = 0;
				this.visited = new Uint32Array(0);
			}
			reset(prog, end, ncap) {
				this.end = end;
				this.jobLen = 0;
				this.ncap = ncap;
				const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
				if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
				else this.visited.fill(0, 0, visitedSize);
				if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
				else this.cap.fill(-1, 0, ncap);
				if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
				else this.matchcap.fill(-1, 0, ncap);
			}
			shouldVisit(pc, pos) {
				const n = pc * (this.end + 1) + pos;
				const idx = n >>> 5;
				const mask = 1 << (n & 31);
				if ((this.visited[idx] & mask) !== 0) return false;
				this.visited[idx] |= mask;
				return true;
			}
			push(re2, pc, pos, arg) {
				if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
					if (this.jobLen >= this.jobPc.length) {
						const newSize = this.jobPc.length * 2;
						const newPc = new Int32Array(newSize);
						newPc.set(this.jobPc);
						this.jobPc = newPc;
						const newArg = new Uint8Array(newSize);
						newArg.set(this.jobArg);
						this.jobArg = newArg;
						const newPos = new Int32Array(newSize);
						newPos.set(this.jobPos);
						this.jobPos = newPos;
					}
					this.jobPc[this.jobLen] = pc;
					this.jobArg[this.jobLen] = arg ? 1 : 0;
					this.jobPos[this.jobLen] = pos;
					this.jobLen++;
				}
			}
			tryBacktrack(re2, input, pc, pos, anchor) {
				const longest = re2.longest;
				this.push(re2, pc, pos, false);
				while (this.jobLen > 0) {
					this.jobLen--;
					let currentPc = this.jobPc[this.jobLen];
					let arg = this.jobArg[this.jobLen] === 1;
					let currentPos = this.jobPos[this.jobLen];
					let skipShouldVisit = true;
					while (true) {
						if (!skipShouldVisit) {
							if (!this.shouldVisit(currentPc, currentPos)) break;
						}
						skipShouldVisit = false;
						const inst = re2.prog.getInst(currentPc);
						switch (inst.op) {
							case Inst.FAIL: break;
							case Inst.ALT: if (arg) {
								arg = false;
								currentPc = inst.arg;
								continue;
							} else {
								this.push(re2, currentPc, currentPos, true);
								currentPc = inst.out;
								continue;
							}
							case Inst.ALT_MATCH: {
								const outInst = re2.prog.getInst(inst.out);
								if (Inst.isRuneOp(outInst.op)) {
									this.push(re2, inst.arg, currentPos, false);
									currentPc = inst.arg;
									currentPos = this.end;
									continue;
								}
								this.push(re2, inst.out, this.end, false);
								currentPc = inst.out;
								continue;
							}
							case Inst.RUNE: {
								const r = input.step(currentPos);
								if (r === MachineInputBase.EOF()) break;
								if (!inst.matchRune(r >> 3)) break;
								currentPos += r & 7;
								currentPc = inst.out;
								continue;
							}
							case Inst.RUNE1: {
								const r = input.step(currentPos);
								if (r === MachineInputBase.EOF()) break;
								if (r >> 3 !== inst.runes[0]) break;
								currentPos += r & 7;
								currentPc = inst.out;
								continue;
							}
							case Inst.RUNE_ANY_NOT_NL: {
								const r = input.step(currentPos);
								if (r === MachineInputBase.EOF()) break;
								if (r >> 3 === 10) break;
								currentPos += r & 7;
								currentPc = inst.out;
								continue;
							}
							case Inst.RUNE_ANY: {
								const r = input.step(currentPos);
								if (r === MachineInputBase.EOF()) break;
								currentPos += r & 7;
								currentPc = inst.out;
								continue;
							}
							case Inst.CAPTURE: if (arg) {
								this.cap[inst.arg] = currentPos;
								break;
							} else {
								if (inst.arg < this.ncap) {
									this.push(re2, currentPc, this.cap[inst.arg], true);
									this.cap[inst.arg] = currentPos;
								}
								currentPc = inst.out;
								continue;
							}
							case Inst.EMPTY_WIDTH: {
								const flag = input.context(currentPos);
								if ((inst.arg & ~flag) !== 0) break;
								currentPc = inst.out;
								continue;
							}
							case Inst.NOP:
								currentPc = inst.out;
								continue;
							case Inst.MATCH: {
								if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
								if (this.ncap === 0) return true;
								if (this.ncap > 1) this.cap[1] = currentPos;
								const old = this.matchcap[1];
								if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
								if (!longest) return true;
								if (currentPos === this.end) return true;
								break;
							}
							case Inst.LB_WRITE:
							case Inst.LB_CHECK: throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
							default: throw new RE2JSInternalException("bad inst");
						}
						break;
					}
				}
				return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
			}
		};
		bitStatePool = [];
		Backtracker = class Backtracker {
			static shouldBacktrack(prog) {
				return prog.numInst() <= MAX_BACKTRACK_PROG;
			}
			static maxBitStateLen(prog) {
				if (!Backtracker.shouldBacktrack(prog)) return 0;
				return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
			}
			static execute(re2, input, pos, anchor, ncap) {
				const startCond = re2.cond;
				if (startCond === Utils.EMPTY_ALL) return null;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
				const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
				const end = input.endPos();
				b.reset(re2.prog, end, ncap);
				let matched = false;
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
					if (b.ncap > 0) b.cap[0] = pos;
					if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
				} else {
					let width = -1;
					for (; pos <= end && width !== 0; pos += width) {
						if (re2.prefix.length > 0) {
							const advance = input.index(re2, pos);
							if (advance < 0) break;
							pos += advance;
						}
						if (b.ncap > 0) b.cap[0] = pos;
						if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
							matched = true;
							break;
						}
						const r = input.step(pos);
						width = r === MachineInputBase.EOF() ? 0 : r & 7;
					}
				}
				if (!matched) {
					bitStatePool.push(b);
					return null;
				}
				const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
				bitStatePool.push(b);
				return result;
			}
		};
		QueueOnePass = class {
			constructor(size) {
				this.sparse = new Uint32Array(size);
				this.dense = new Uint32Array(size);
				this.size = 0;
				this.nextIndex = 0;
			}
			empty() {
				return this.nextIndex >= this.size;
			}
			next() {
				return this.dense[this.nextIndex++];
			}
			clear() {
				this.size = 0;
				this.nextIndex = 0;
			}
			contains(u) {
				return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
			}
			insert(u) {
				if (!this.contains(u)) this.insertNew(u);
			}
			insertNew(u) {
				if (u >= this.sparse.length) return;
				this.sparse[u] = this.size;
				this.dense[this.size] = u;
				this.size++;
			}
		};
		mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
			const leftLen = leftRunes.length;
			const rightLen = rightRunes.length;
			let lx = 0, rx = 0;
			const merged = [];
			const next = [];
			let ok = true;
			let ix = -1;
			const extend = (isLeft) => {
				const newArray = isLeft ? leftRunes : rightRunes;
				const low = isLeft ? lx : rx;
				const pc = isLeft ? leftPC : rightPC;
				if (ix > 0 && newArray[low] <= merged[ix]) return false;
				merged.push(newArray[low], newArray[low + 1]);
				if (isLeft) lx += 2;
				else rx += 2;
				ix += 2;
				next.push(pc);
				return true;
			};
			while (lx < leftLen || rx < rightLen) {
				if (rx >= rightLen) ok = extend(true);
				else if (lx >= leftLen) ok = extend(false);
				else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
				else ok = extend(true);
				if (!ok) return null;
			}
			return {
				merged,
				next
			};
		};
		OnePassProg = class {
			constructor(prog) {
				this.start = prog.start;
				this.numCap = prog.numCap;
				this.inst = new Array(prog.inst.length);
				for (let i = 0; i < prog.inst.length; i++) {
					const orig = prog.inst[i];
					const inst = new Inst(orig.op);
					inst.out = orig.out;
					inst.arg = orig.arg;
					inst.runes = orig.runes ? new Int32Array(orig.runes) : new Int32Array(0);
					inst.next = null;
					this.inst[i] = inst;
				}
			}
		};
		onePassCopy = (prog) => {
			const p = new OnePassProg(prog);
			for (let pc = 0; pc < p.inst.length; pc++) {
				const inst = p.inst[pc];
				if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
				let pAOther = "out";
				let pAAlt = "arg";
				let instAlt = p.inst[inst[pAAlt]];
				if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
					pAOther = "arg";
					pAAlt = "out";
					instAlt = p.inst[inst[pAAlt]];
					if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
				}
				const instOther = p.inst[inst[pAOther]];
				if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
				let pBAlt = "out";
				let pBOther = "arg";
				let patch = false;
				if (instAlt.out === pc) patch = true;
				else if (instAlt.arg === pc) {
					patch = true;
					pBAlt = "arg";
					pBOther = "out";
				}
				if (patch) instAlt[pBAlt] = inst[pAOther];
				if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
			}
			return p;
		};
		makeOnePass = (p) => {
			if (p.inst.length >= 1e3) return null;
			const instQueue = new QueueOnePass(p.inst.length);
			const visitQueue = new QueueOnePass(p.inst.length);
			const onePassRunes = new Array(p.inst.length);
			const m = new Array(p.inst.length).fill(false);
			const check = (pc) => {
				let ok = true;
				const inst = p.inst[pc];
				if (visitQueue.contains(pc)) return true;
				visitQueue.insert(pc);
				switch (inst.op) {
					case Inst.ALT:
					case Inst.ALT_MATCH: {
						ok = check(inst.out) && check(inst.arg);
						let matchOut = m[inst.out];
						let matchArg = m[inst.arg];
						if (matchOut && matchArg) return false;
						if (matchArg) {
							const tempOut = inst.out;
							inst.out = inst.arg;
							inst.arg = tempOut;
							const tempMatch = matchOut;
							matchOut = matchArg;
							matchArg = tempMatch;
						}
						if (matchOut) {
							m[pc] = true;
							inst.op = Inst.ALT_MATCH;
						}
						const leftRunes = onePassRunes[inst.out] || [];
						const rightRunes = onePassRunes[inst.arg] || [];
						const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
						if (!mergeRes) return false;
						onePassRunes[pc] = new Int32Array(mergeRes.merged);
						inst.next = new Uint32Array(mergeRes.next);
						break;
					}
					case Inst.CAPTURE:
					case Inst.EMPTY_WIDTH:
					case Inst.NOP:
						ok = check(inst.out);
						m[pc] = m[inst.out];
						onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : new Int32Array(0);
						inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
						break;
					case Inst.MATCH:
					case Inst.FAIL:
						m[pc] = inst.op === Inst.MATCH;
						break;
					case Inst.RUNE: {
						m[pc] = false;
						if (inst.next && inst.next.length > 0) break;
						instQueue.insert(inst.out);
						if (!inst.runes || inst.runes.length === 0) {
							onePassRunes[pc] = new Int32Array(0);
							inst.next = new Uint32Array([inst.out]);
							break;
						}
						let runes = [];
						if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
							const r0 = inst.runes[0];
							runes.push(r0, r0);
							for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
							runes.sort((a, b) => a - b);
						} else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
						onePassRunes[pc] = new Int32Array(runes);
						inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
						inst.op = Inst.RUNE;
						break;
					}
					case Inst.RUNE1: {
						m[pc] = false;
						if (inst.next && inst.next.length > 0) break;
						instQueue.insert(inst.out);
						let runes = [];
						if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
							const r0 = inst.runes[0];
							runes.push(r0, r0);
							for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
							runes.sort((a, b) => a - b);
						} else runes.push(inst.runes[0], inst.runes[0]);
						onePassRunes[pc] = new Int32Array(runes);
						inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
						inst.op = Inst.RUNE;
						break;
					}
					case Inst.RUNE_ANY:
						m[pc] = false;
						if (inst.next && inst.next.length > 0) break;
						instQueue.insert(inst.out);
						onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
						inst.next = new Uint32Array([inst.out]);
						break;
					case Inst.RUNE_ANY_NOT_NL:
						m[pc] = false;
						if (inst.next && inst.next.length > 0) break;
						instQueue.insert(inst.out);
						onePassRunes[pc] = new Int32Array([
							0,
							9,
							11,
							Unicode.MAX_RUNE
						]);
						inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
				}
				return ok;
			};
			instQueue.clear();
			instQueue.insert(p.start);
			while (!instQueue.empty()) {
				visitQueue.clear();
				if (!check(instQueue.next())) return null;
			}
			for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
			return p;
		};
		cleanupOnePass = (p, original) => {
			for (let ix = 0; ix < original.inst.length; ix++) {
				const instOriginal = original.inst[ix];
				switch (instOriginal.op) {
					case Inst.ALT:
					case Inst.ALT_MATCH:
					case Inst.RUNE: break;
					case Inst.CAPTURE:
					case Inst.EMPTY_WIDTH:
					case Inst.NOP:
					case Inst.MATCH:
					case Inst.FAIL:
						p.inst[ix].next = null;
						break;
					case Inst.RUNE1:
					case Inst.RUNE_ANY:
					case Inst.RUNE_ANY_NOT_NL:
						p.inst[ix].next = null;
						p.inst[ix].op = instOriginal.op;
						p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : new Int32Array(0);
				}
			}
		};
		OnePass = class OnePass {
			static compile(prog) {
				if (prog.start === 0) return null;
				if (prog.numLb > 0) return null;
				const startInst = prog.inst[prog.start];
				if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
				let hasAlt = false;
				for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
					hasAlt = true;
					break;
				}
				for (let i = 0; i < prog.inst.length; i++) {
					const inst = prog.inst[i];
					const opOut = prog.inst[inst.out].op;
					switch (inst.op) {
						case Inst.ALT:
						case Inst.ALT_MATCH:
							if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
							break;
						case Inst.EMPTY_WIDTH:
							if (opOut === Inst.MATCH) {
								if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
								return null;
							}
							break;
						default: if (opOut === Inst.MATCH && hasAlt) return null;
					}
				}
				let p = onePassCopy(prog);
				p = makeOnePass(p);
				if (p !== null) cleanupOnePass(p, prog);
				return p;
			}
			static next(inst, r) {
				const nextIdx = inst.matchRunePos(r);
				if (nextIdx >= 0) return inst.next[nextIdx];
				if (inst.op === Inst.ALT_MATCH) return inst.out;
				return 0;
			}
			static execute(re2, input, pos, anchor, ncap) {
				const onepass = re2.onepass;
				if (!onepass) return null;
				const matchcap = new Int32Array(ncap).fill(-1);
				let matched = false;
				let r = input.step(pos);
				let rune = r >> 3;
				let width = r & 7;
				let r1 = MachineInputBase.EOF();
				let rune1 = -1;
				let width1 = 0;
				if (r !== MachineInputBase.EOF()) {
					r1 = input.step(pos + width);
					if (r1 !== MachineInputBase.EOF()) {
						rune1 = r1 >> 3;
						width1 = r1 & 7;
					}
				}
				let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
				let pc = onepass.start;
				let inst;
				while (true) {
					inst = onepass.inst[pc];
					pc = inst.out;
					switch (inst.op) {
						case Inst.MATCH:
							if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
							matched = true;
							if (matchcap.length > 0) {
								matchcap[0] = 0;
								matchcap[1] = pos;
							}
							return ncap === 0 ? [] : Utils.toArray(matchcap);
						case Inst.RUNE:
							if (!inst.matchRune(rune)) return null;
							break;
						case Inst.RUNE1:
							if (rune !== inst.runes[0]) return null;
							break;
						case Inst.RUNE_ANY: break;
						case Inst.RUNE_ANY_NOT_NL:
							if (rune === 10) return null;
							break;
						case Inst.ALT:
						case Inst.ALT_MATCH:
							pc = OnePass.next(inst, rune);
							continue;
						case Inst.FAIL: return null;
						case Inst.NOP: continue;
						case Inst.EMPTY_WIDTH:
							if ((inst.arg & ~flag) !== 0) return null;
							continue;
						case Inst.CAPTURE:
							if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
							continue;
						default: throw new RE2JSInternalException("bad inst");
					}
					if (width === 0) break;
					flag = Utils.emptyOpContext(rune, rune1);
					pos += width;
					rune = rune1;
					width = width1;
					if (rune !== -1) {
						r1 = input.step(pos + width);
						if (r1 !== MachineInputBase.EOF()) {
							rune1 = r1 >> 3;
							width1 = r1 & 7;
						} else {
							rune1 = -1;
							width1 = 0;
						}
					}
				}
				if (!matched) return null;
				return ncap === 0 ? [] : Utils.toArray(matchcap);
			}
		};
		Regexp = class Regexp {
			static Op = createEnum([
				"NO_MATCH",
				"EMPTY_MATCH",
				"LITERAL",
				"CHAR_CLASS",
				"ANY_CHAR_NOT_NL",
				"ANY_CHAR",
				"BEGIN_LINE",
				"END_LINE",
				"BEGIN_TEXT",
				"END_TEXT",
				"WORD_BOUNDARY",
				"NO_WORD_BOUNDARY",
				"CAPTURE",
				"STAR",
				"PLUS",
				"QUEST",
				"REPEAT",
				"CONCAT",
				"ALTERNATE",
				"PLB",
				"NLB",
				"LEFT_PAREN",
				"VERTICAL_BAR"
			]);
			static isPseudoOp(op) {
				return op >= Regexp.Op.LEFT_PAREN;
			}
			static emptySubs() {
				return [];
			}
			static quoteIfHyphen(rune) {
				if (rune === Codepoint.CODES["-"]) return "\\";
				return "";
			}
			static fromRegexp(re) {
				const regex = new Regexp(re.op);
				regex.flags = re.flags;
				regex.subs = re.subs;
				regex.runes = re.runes;
				regex.cap = re.cap;
				regex.min = re.min;
				regex.max = re.max;
				regex.name = re.name;
				regex.namedGroups = re.namedGroups;
				regex.lb = re.lb;
				return regex;
			}
			constructor(op) {
				this.op = op;
				this.flags = 0;
				this.subs = Regexp.emptySubs();
				this.runes = new Int32Array(0);
				this.min = 0;
				this.max = 0;
				this.cap = 0;
				this.name = null;
				this.namedGroups = Object.create(null);
				this.lb = 0;
			}
			reinit() {
				this.flags = 0;
				this.subs = Regexp.emptySubs();
				this.runes = new Int32Array(0);
				this.cap = 0;
				this.min = 0;
				this.max = 0;
				this.name = null;
				this.namedGroups = Object.create(null);
				this.lb = 0;
			}
			toString() {
				return this.appendTo();
			}
			appendTo() {
				let out = "";
				switch (this.op) {
					case Regexp.Op.NO_MATCH:
						out += "[^\\x00-\\x{10FFFF}]";
						break;
					case Regexp.Op.EMPTY_MATCH:
						out += "(?:)";
						break;
					case Regexp.Op.STAR:
					case Regexp.Op.PLUS:
					case Regexp.Op.QUEST:
					case Regexp.Op.REPEAT: {
						const sub = this.subs[0];
						if (sub.op > Regexp.Op.CAPTURE || sub.op === Regexp.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
						else out += sub.appendTo();
						switch (this.op) {
							case Regexp.Op.STAR:
								out += "*";
								break;
							case Regexp.Op.PLUS:
								out += "+";
								break;
							case Regexp.Op.QUEST:
								out += "?";
								break;
							case Regexp.Op.REPEAT:
								out += `{${this.min}`;
								if (this.min !== this.max) {
									out += ",";
									if (this.max >= 0) out += this.max;
								}
								out += "}";
						}
						if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
						break;
					}
					case Regexp.Op.CONCAT:
						for (let sub of this.subs) if (sub.op === Regexp.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
						else out += sub.appendTo();
						break;
					case Regexp.Op.ALTERNATE: {
						let sep = "";
						for (let sub of this.subs) {
							out += sep;
							sep = "|";
							out += sub.appendTo();
						}
						break;
					}
					case Regexp.Op.LITERAL:
						if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
						for (let rune of this.runes) out += Utils.escapeRune(rune);
						if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
						break;
					case Regexp.Op.ANY_CHAR_NOT_NL:
						out += "(?-s:.)";
						break;
					case Regexp.Op.ANY_CHAR:
						out += "(?s:.)";
						break;
					case Regexp.Op.PLB:
						out += `(?<=${this.subs[0].appendTo()})`;
						break;
					case Regexp.Op.NLB:
						out += `(?<!${this.subs[0].appendTo()})`;
						break;
					case Regexp.Op.CAPTURE:
						if (this.name === null || this.name.length === 0) out += "(";
						else out += `(?P<${this.name}>`;
						if (this.subs[0].op !== Regexp.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
						out += ")";
						break;
					case Regexp.Op.BEGIN_TEXT:
						out += "\\A";
						break;
					case Regexp.Op.END_TEXT:
						if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
						else out += "\\z";
						break;
					case Regexp.Op.BEGIN_LINE:
						out += "^";
						break;
					case Regexp.Op.END_LINE:
						out += "$";
						break;
					case Regexp.Op.WORD_BOUNDARY:
						out += "\\b";
						break;
					case Regexp.Op.NO_WORD_BOUNDARY:
						out += "\\B";
						break;
					case Regexp.Op.CHAR_CLASS:
						if (this.runes.length % 2 !== 0) {
							out += "[invalid char class]";
							break;
						}
						out += "[";
						if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
						else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
							out += "^";
							for (let i = 1; i < this.runes.length - 1; i += 2) {
								const lo = this.runes[i] + 1;
								const hi = this.runes[i + 1] - 1;
								out += Regexp.quoteIfHyphen(lo);
								out += Utils.escapeRune(lo);
								if (lo !== hi) {
									out += "-";
									out += Regexp.quoteIfHyphen(hi);
									out += Utils.escapeRune(hi);
								}
							}
						} else for (let i = 0; i < this.runes.length; i += 2) {
							const lo = this.runes[i];
							const hi = this.runes[i + 1];
							out += Regexp.quoteIfHyphen(lo);
							out += Utils.escapeRune(lo);
							if (lo !== hi) {
								out += "-";
								out += Regexp.quoteIfHyphen(hi);
								out += Utils.escapeRune(hi);
							}
						}
						out += "]";
						break;
					default: out += this.op;
				}
				return out;
			}
			maxCap() {
				let m = 0;
				if (this.op === Regexp.Op.CAPTURE) m = this.cap;
				if (this.subs !== null) for (let sub of this.subs) {
					const n = sub.maxCap();
					if (m < n) m = n;
				}
				return m;
			}
			equals(that) {
				if (!(that !== null && that instanceof Regexp)) return false;
				if (this.op !== that.op) return false;
				switch (this.op) {
					case Regexp.Op.END_TEXT:
						if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
						break;
					case Regexp.Op.LITERAL:
					case Regexp.Op.CHAR_CLASS:
						if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
						if (this.runes === null && that.runes === null) break;
						if (this.runes === null || that.runes === null) return false;
						if (this.runes.length !== that.runes.length) return false;
						for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
						break;
					case Regexp.Op.ALTERNATE:
					case Regexp.Op.CONCAT:
						if (this.subs.length !== that.subs.length) return false;
						for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
						break;
					case Regexp.Op.STAR:
					case Regexp.Op.PLUS:
					case Regexp.Op.QUEST:
						if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
						break;
					case Regexp.Op.REPEAT:
						if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
						break;
					case Regexp.Op.CAPTURE:
						if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
						break;
					case Regexp.Op.PLB:
					case Regexp.Op.NLB: if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
				}
				return true;
			}
		};
		RegexpWalker = class {
			static walk(root, handler) {
				const stack = [];
				let re = root;
				let result;
				for (;;) {
					if (re.subs.length === 0) result = handler.leaf(re);
					else {
						const state = handler.enter(re);
						if (state.result === void 0) {
							stack.push({
								re,
								state,
								i: 0
							});
							re = re.subs[0];
							continue;
						}
						result = state.result;
					}
					for (;;) {
						if (stack.length === 0) return result;
						const frame = stack[stack.length - 1];
						handler.child(frame.re, frame.state, result, frame.i);
						frame.i++;
						if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
							re = frame.re.subs[frame.i];
							break;
						}
						stack.pop();
						result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
					}
				}
			}
		};
		AhoCorasick = class {
			constructor(words, alphabetSize) {
				const edges = new Map();
				const parent = [0];
				const unit = [0];
				const depth = [0];
				const terminal = [0];
				for (const word of words) {
					let node = 0;
					for (let i = 0; i < word.length; i++) {
						const key = node * alphabetSize + word[i];
						let child = edges.get(key);
						if (child === void 0) {
							child = parent.length;
							edges.set(key, child);
							parent.push(node);
							unit.push(word[i]);
							depth.push(depth[node] + 1);
							terminal.push(0);
						}
						node = child;
					}
					terminal[node] = 1;
				}
				const numNodes = parent.length;
				const children = new Int32Array(numNodes - 1);
				for (let c = 1; c < numNodes; c++) children[c - 1] = c;
				children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
				const childStart = new Int32Array(numNodes + 1);
				for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
				for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
				const childUnit = new Int32Array(numNodes - 1);
				for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
				this.childStart = childStart;
				this.childUnit = childUnit;
				this.childNode = children;
				const byDepth = new Int32Array(numNodes);
				for (let n = 0; n < numNodes; n++) byDepth[n] = n;
				byDepth.sort((a, b) => depth[a] - depth[b]);
				const fail = new Int32Array(numNodes);
				const match = Uint8Array.from(terminal);
				for (let k = 1; k < numNodes; k++) {
					const c = byDepth[k];
					const p = parent[c];
					if (p !== 0) {
						let f = fail[p];
						let next = this.next(f, unit[c]);
						while (next < 0 && f !== 0) {
							f = fail[f];
							next = this.next(f, unit[c]);
						}
						fail[c] = next >= 0 ? next : 0;
					}
					match[c] |= match[fail[c]];
				}
				this.fail = fail;
				this.match = match;
			}
			next(node, u) {
				let lo = this.childStart[node];
				let hi = this.childStart[node + 1];
				const units = this.childUnit;
				while (lo < hi) {
					const mid = lo + hi >> 1;
					const m = units[mid];
					if (m === u) return this.childNode[mid];
					if (m < u) lo = mid + 1;
					else hi = mid;
				}
				return -1;
			}
			advance(node, u) {
				for (;;) {
					const next = this.next(node, u);
					if (next >= 0) return next;
					if (node === 0) return 0;
					node = this.fail[node];
				}
			}
			searchUTF16(charSeq, start, end) {
				let node = 0;
				for (let i = start; i < end; i++) {
					node = this.advance(node, charSeq.charCodeAt(i));
					if (this.match[node] === 1) return true;
				}
				return false;
			}
			searchUTF8(bytes, start, end) {
				let node = 0;
				for (let i = start; i < end; i++) {
					node = this.advance(node, bytes[i]);
					if (this.match[node] === 1) return true;
				}
				return false;
			}
		};
		Prefilter = class Prefilter {
			static Type = {
				NONE: 0,
				EXACT: 1,
				AND: 2,
				OR: 3
			};
			static MAX_SCANS = 32;
			static MAX_AC_UNITS = 1 << 18;
			constructor(type) {
				this.type = type;
				this.subs = [];
				this.str = "";
				this.bytes = null;
				this.cost = type === Prefilter.Type.EXACT ? 1 : 0;
				this.allExact = false;
				this.ac16 = null;
				this.ac8 = null;
			}
			automaton16() {
				if (this.ac16 === null) {
					const words = this.subs.map((s) => {
						const arr = new Array(s.str.length);
						for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
						return arr;
					});
					this.ac16 = new AhoCorasick(words, 65536);
				}
				return this.ac16;
			}
			automaton8() {
				if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
				return this.ac8;
			}
			eval(input, pos) {
				switch (this.type) {
					case Prefilter.Type.NONE: return true;
					case Prefilter.Type.EXACT: return input.hasString(this, pos);
					case Prefilter.Type.AND:
						for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
						return true;
					case Prefilter.Type.OR:
						if (this.allExact) return input.hasAnyString(this, pos);
						for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
						return false;
					default: return true;
				}
			}
		};
		PrefilterTree = class PrefilterTree {
			static build(re) {
				if (!re) return new Prefilter(Prefilter.Type.NONE);
				return RegexpWalker.walk(re, PrefilterTree.WALKER);
			}
			static WALKER = {
				leaf: (re) => PrefilterTree.leaf(re),
				enter: (re) => PrefilterTree.enter(re),
				child: (re, state, result) => PrefilterTree.child(re, state, result),
				leave: (re, state) => PrefilterTree.leave(re, state)
			};
			static leaf(re) {
				if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
				if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
				let str = "";
				for (let i = 0; i < re.runes.length; i++) {
					if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
					str += String.fromCodePoint(re.runes[i]);
				}
				const pf = new Prefilter(Prefilter.Type.EXACT);
				pf.str = str;
				pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
				return pf;
			}
			static enter(re) {
				switch (re.op) {
					case Regexp.Op.CAPTURE:
					case Regexp.Op.PLUS: return { sub: null };
					case Regexp.Op.REPEAT:
						if (re.min >= 1) return { sub: null };
						return { result: new Prefilter(Prefilter.Type.NONE) };
					case Regexp.Op.CONCAT: return {
						pf: new Prefilter(Prefilter.Type.AND),
						subs: []
					};
					case Regexp.Op.ALTERNATE: return {
						pf: new Prefilter(Prefilter.Type.OR),
						subs: []
					};
					default: return { result: new Prefilter(Prefilter.Type.NONE) };
				}
			}
			static child(re, state, s) {
				if (state.subs === void 0) {
					state.sub = s;
					return;
				}
				if (state.pf.type === Prefilter.Type.AND) {
					if (s.type === Prefilter.Type.NONE) return;
					if (s.type === Prefilter.Type.AND) {
						for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
						return;
					}
					state.subs.push(s);
					return;
				}
				if (s.type === Prefilter.Type.NONE) {
					state.result = new Prefilter(Prefilter.Type.NONE);
					return;
				}
				if (s.type === Prefilter.Type.OR) {
					for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
					return;
				}
				state.subs.push(s);
			}
			static leave(re, state) {
				if (state.subs === void 0) return state.sub;
				const pf = state.pf;
				const seen = new Set();
				const subs = [];
				for (const sub of state.subs) {
					if (sub.type === Prefilter.Type.EXACT) {
						if (seen.has(sub.str)) continue;
						seen.add(sub.str);
					}
					subs.push(sub);
				}
				if (pf.type === Prefilter.Type.AND) {
					const kept = [];
					let cost = 0;
					for (const sub of subs) {
						if (cost + sub.cost > Prefilter.MAX_SCANS) continue;
						kept.push(sub);
						cost += sub.cost;
					}
					if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
					if (kept.length === 1) return kept[0];
					pf.subs = kept;
					pf.cost = cost;
					return pf;
				}
				if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
				if (subs.length === 1) return subs[0];
				pf.subs = subs;
				let allExact = true;
				let cost = 0;
				let units = 0;
				for (const sub of subs) {
					if (sub.type !== Prefilter.Type.EXACT) allExact = false;
					else units += sub.bytes.length;
					cost += sub.cost;
				}
				if (allExact) {
					if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
					pf.allExact = true;
					pf.cost = 1;
					return pf;
				}
				if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
				pf.cost = cost;
				return pf;
			}
		};
		PatchList = class {
			constructor(head = 0, tail = 0) {
				this.head = head;
				this.tail = tail;
			}
		};
		Prog = class {
			constructor() {
				this.inst = [];
				this.start = 0;
				this.numCap = 2;
				this.lbStarts = [];
				this.numLb = 0;
				this.lbInst = null;
			}
			getInst(pc) {
				return this.inst[pc];
			}
			numInst() {
				return this.inst.length;
			}
			addInst(op) {
				this.inst.push(new Inst(op));
			}
			markLookbehindInsts() {
				const lbInst = new Uint8Array(this.inst.length);
				const pending = this.lbStarts.slice();
				while (pending.length > 0) {
					const pc = pending.pop();
					if (pc === 0 || lbInst[pc] === 1) continue;
					lbInst[pc] = 1;
					const i = this.inst[pc];
					switch (i.op) {
						case Inst.ALT:
						case Inst.ALT_MATCH:
							pending.push(i.out, i.arg);
							break;
						case Inst.MATCH:
						case Inst.FAIL: break;
						default: pending.push(i.out);
					}
				}
				this.lbInst = lbInst;
			}
			skipNop(pc) {
				let i = this.inst[pc];
				while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
					i = this.inst[pc];
					pc = i.out;
				}
				return i;
			}
			prefix() {
				let prefix = "";
				let i = this.skipNop(this.start);
				if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
				while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
					prefix += String.fromCodePoint(i.runes[0]);
					i = this.skipNop(i.out);
				}
				return [i.op === Inst.MATCH, prefix];
			}
			startCond() {
				let flag = 0;
				let pc = this.start;
				loop: for (;;) {
					const i = this.inst[pc];
					switch (i.op) {
						case Inst.EMPTY_WIDTH:
							flag |= i.arg;
							break;
						case Inst.FAIL: return -1;
						case Inst.CAPTURE:
						case Inst.NOP: break;
						default: break loop;
					}
					pc = i.out;
				}
				return flag;
			}
			patch(l, val) {
				let head = l.head;
				while (head !== 0) {
					const i = this.inst[head >> 1];
					if ((head & 1) === 0) {
						head = i.out;
						i.out = val;
					} else {
						head = i.arg;
						i.arg = val;
					}
				}
			}
			append(l1, l2) {
				if (l1.head === 0) return l2;
				if (l2.head === 0) return l1;
				const i = this.inst[l1.tail >> 1];
				if ((l1.tail & 1) === 0) i.out = l2.head;
				else i.arg = l2.head;
				return new PatchList(l1.head, l2.tail);
			}
			toString() {
				let out = "";
				for (let pc = 0; pc < this.inst.length; pc++) {
					const len = out.length;
					out += pc;
					if (pc === this.start) out += "*";
					out += "        ".substring(out.length - len);
					out += this.inst[pc];
					out += "\n";
				}
				return out;
			}
		};
		ANY_RUNE_NOT_NL = new Int32Array([
			0,
			Codepoint.CODES["\n"] - 1,
			Codepoint.CODES["\n"] + 1,
			Unicode.MAX_RUNE
		]);
		ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
		Frag = class {
			constructor(i = 0, out = new PatchList(), nullable = false) {
				this.i = i;
				this.out = out;
				this.nullable = nullable;
			}
		};
		Compiler = class Compiler {
			static compileRegexp(re) {
				const c = new Compiler();
				const f = c.compile(re);
				c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
				c.prog.start = f.i;
				c.prog.markLookbehindInsts();
				return c.prog;
			}
			static compileSet(regexps) {
				const c = new Compiler();
				if (regexps.length === 0) {
					c.prog.start = c.newInst(Inst.FAIL).i;
					c.prog.markLookbehindInsts();
					return c.prog;
				}
				let starts = [];
				for (let i = 0; i < regexps.length; i++) {
					c.lbOffset = c.prog.numLb;
					const f = c.compile(regexps[i]);
					const m = c.newInst(Inst.MATCH);
					c.prog.getInst(m.i).arg = i;
					c.prog.patch(f.out, m.i);
					starts.push(f.i);
				}
				let start = starts[0];
				for (let i = 1; i < starts.length; i++) {
					const f = c.newInst(Inst.ALT);
					const inst = c.prog.getInst(f.i);
					inst.out = start;
					inst.arg = starts[i];
					start = f.i;
				}
				c.prog.start = start;
				c.prog.markLookbehindInsts();
				return c.prog;
			}
			constructor() {
				this.prog = new Prog();
				this.newInst(Inst.FAIL);
				this.lbOffset = 0;
				this.runeCache = new Map();
				this.walker = {
					leaf: (re) => this.leaf(re),
					enter: (re) => this.enter(re),
					child: (re, state, result) => this.child(re, state, result),
					leave: (re, state) => this.leave(re, state)
				};
			}
			newInst(op) {
				this.prog.addInst(op);
				return new Frag(this.prog.numInst() - 1, new PatchList(), true);
			}
			nop() {
				const f = this.newInst(Inst.NOP);
				f.out = new PatchList(f.i << 1, f.i << 1);
				return f;
			}
			fail() {
				return new Frag();
			}
			cap(arg) {
				const f = this.newInst(Inst.CAPTURE);
				f.out = new PatchList(f.i << 1, f.i << 1);
				this.prog.getInst(f.i).arg = arg;
				if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
				return f;
			}
			cat(f1, f2) {
				if (f1.i === 0 || f2.i === 0) {
					this.prog.patch(f1.out, 0);
					this.prog.patch(f2.out, 0);
					return this.fail();
				}
				this.prog.patch(f1.out, f2.i);
				return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
			}
			alt(f1, f2) {
				if (f1.i === 0) return f2;
				if (f2.i === 0) return f1;
				const f = this.newInst(Inst.ALT);
				const i = this.prog.getInst(f.i);
				i.out = f1.i;
				i.arg = f2.i;
				f.out = this.prog.append(f1.out, f2.out);
				f.nullable = f1.nullable || f2.nullable;
				return f;
			}
			loop(f1, nongreedy) {
				const f = this.newInst(Inst.ALT);
				const i = this.prog.getInst(f.i);
				if (nongreedy) {
					i.arg = f1.i;
					f.out = new PatchList(f.i << 1, f.i << 1);
				} else {
					i.out = f1.i;
					f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
				}
				this.prog.patch(f1.out, f.i);
				return f;
			}
			quest(f1, nongreedy) {
				if (f1.i === 0) return this.nop();
				const f = this.newInst(Inst.ALT);
				const i = this.prog.getInst(f.i);
				if (nongreedy) {
					i.arg = f1.i;
					f.out = new PatchList(f.i << 1, f.i << 1);
				} else {
					i.out = f1.i;
					f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
				}
				f.out = this.prog.append(f.out, f1.out);
				return f;
			}
			star(f1, nongreedy) {
				if (f1.i === 0) return this.nop();
				if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
				return this.loop(f1, nongreedy);
			}
			plus(f1, nongreedy) {
				if (f1.i === 0) return this.fail();
				return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
			}
			empty(op) {
				const f = this.newInst(Inst.EMPTY_WIDTH);
				this.prog.getInst(f.i).arg = op;
				f.out = new PatchList(f.i << 1, f.i << 1);
				return f;
			}
			rune(runes, flags) {
				const f = this.newInst(Inst.RUNE);
				f.nullable = false;
				const i = this.prog.getInst(f.i);
				i.runes = runes;
				flags &= RE2Flags.FOLD_CASE;
				if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
				i.arg = flags;
				f.out = new PatchList(f.i << 1, f.i << 1);
				if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
				else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
				else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
				return f;
			}
			lookBehind(a, parsedLb) {
				const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
				const id = this.newInst(Inst.LB_WRITE);
				this.prog.getInst(id.i).arg = lb;
				const any = this.rune(ANY_RUNE, 0);
				const dotStar = this.star(any, true);
				const lbAutomaton = this.cat(dotStar, a);
				this.prog.patch(lbAutomaton.out, id.i);
				const checkId = this.newInst(Inst.LB_CHECK);
				this.prog.getInst(checkId.i).arg = lb;
				this.prog.lbStarts.push(lbAutomaton.i);
				if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
				checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
				return checkId;
			}
			compile(re) {
				return RegexpWalker.walk(re, this.walker);
			}
			leaf(re) {
				switch (re.op) {
					case Regexp.Op.NO_MATCH: return this.fail();
					case Regexp.Op.EMPTY_MATCH: return this.nop();
					case Regexp.Op.LITERAL: {
						if (re.runes.length === 0) return this.nop();
						let f = null;
						for (let r of re.runes) {
							let singleRune = this.runeCache.get(r);
							if (singleRune === void 0) {
								singleRune = new Int32Array([r]);
								this.runeCache.set(r, singleRune);
							}
							const f1 = this.rune(singleRune, re.flags);
							f = f === null ? f1 : this.cat(f, f1);
						}
						return f;
					}
					case Regexp.Op.CHAR_CLASS: return this.rune(re.runes, re.flags);
					case Regexp.Op.ANY_CHAR_NOT_NL: return this.rune(ANY_RUNE_NOT_NL, 0);
					case Regexp.Op.ANY_CHAR: return this.rune(ANY_RUNE, 0);
					case Regexp.Op.BEGIN_LINE: return this.empty(Utils.EMPTY_BEGIN_LINE);
					case Regexp.Op.END_LINE: return this.empty(Utils.EMPTY_END_LINE);
					case Regexp.Op.BEGIN_TEXT: return this.empty(Utils.EMPTY_BEGIN_TEXT);
					case Regexp.Op.END_TEXT: return this.empty(Utils.EMPTY_END_TEXT);
					case Regexp.Op.WORD_BOUNDARY: return this.empty(Utils.EMPTY_WORD_BOUNDARY);
					case Regexp.Op.NO_WORD_BOUNDARY: return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
					case Regexp.Op.CONCAT:
					case Regexp.Op.ALTERNATE: return this.nop();
					default: throw new RE2JSCompileException("regexp: unhandled case in compile");
				}
			}
			enter(re) {
				switch (re.op) {
					case Regexp.Op.PLB:
					case Regexp.Op.NLB:
					case Regexp.Op.STAR:
					case Regexp.Op.PLUS:
					case Regexp.Op.QUEST: return { sub: null };
					case Regexp.Op.CAPTURE: return {
						bra: this.cap(re.cap << 1),
						sub: null
					};
					case Regexp.Op.CONCAT:
					case Regexp.Op.ALTERNATE: return { f: null };
					default: throw new RE2JSCompileException("regexp: unhandled case in compile");
				}
			}
			child(re, state, f1) {
				if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
				else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
				else state.sub = f1;
			}
			leave(re, state) {
				switch (re.op) {
					case Regexp.Op.PLB:
					case Regexp.Op.NLB: return this.lookBehind(state.sub, re.lb);
					case Regexp.Op.CAPTURE: {
						const ket = this.cap(re.cap << 1 | 1);
						return this.cat(this.cat(state.bra, state.sub), ket);
					}
					case Regexp.Op.STAR: return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
					case Regexp.Op.PLUS: return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
					case Regexp.Op.QUEST: return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
					case Regexp.Op.CONCAT:
					case Regexp.Op.ALTERNATE: return state.f;
					default: throw new RE2JSCompileException("regexp: unhandled case in compile");
				}
			}
		};
		Simplify = class Simplify {
			static simplify(re) {
				if (re === null) return null;
				return RegexpWalker.walk(re, Simplify.WALKER);
			}
			static WALKER = {
				leaf: (re) => Simplify.leaf(re),
				enter: (re) => Simplify.enter(re),
				child: (re, state, result, i) => Simplify.child(re, state, result, i),
				leave: (re, state) => Simplify.leave(re, state)
			};
			static leaf(re) {
				if (re.op === Regexp.Op.CHAR_CLASS) {
					if (re.runes === null) return re;
					if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
					if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
					if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
				}
				return re;
			}
			static enter(re) {
				switch (re.op) {
					case Regexp.Op.PLB:
					case Regexp.Op.NLB:
					case Regexp.Op.CAPTURE:
					case Regexp.Op.STAR:
					case Regexp.Op.PLUS:
					case Regexp.Op.QUEST: return { sub: null };
					case Regexp.Op.CONCAT:
					case Regexp.Op.ALTERNATE: return {
						subs: [],
						changed: false
					};
					case Regexp.Op.REPEAT:
						if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
						return { sub: null };
					default: return { result: re };
				}
			}
			static child(re, state, nsub, i) {
				if (state.subs === void 0) {
					state.sub = nsub;
					return;
				}
				if (nsub !== re.subs[i]) state.changed = true;
				if (re.op === Regexp.Op.CONCAT) {
					if (nsub.op === Regexp.Op.NO_MATCH) {
						state.result = new Regexp(Regexp.Op.NO_MATCH);
						return;
					}
					if (nsub.op === Regexp.Op.EMPTY_MATCH) {
						state.changed = true;
						return;
					}
					if (nsub.op === Regexp.Op.CONCAT) {
						state.changed = true;
						for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
						return;
					}
				} else {
					if (nsub.op === Regexp.Op.NO_MATCH) {
						state.changed = true;
						return;
					}
					if (nsub.op === Regexp.Op.ALTERNATE) {
						state.changed = true;
						for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
						return;
					}
				}
				state.subs.push(nsub);
			}
			static leave(re, state) {
				switch (re.op) {
					case Regexp.Op.PLB:
					case Regexp.Op.NLB:
					case Regexp.Op.CAPTURE: {
						const sub = state.sub;
						if (sub !== re.subs[0]) {
							const nre = Regexp.fromRegexp(re);
							nre.runes = new Int32Array(0);
							nre.subs = [sub];
							return nre;
						}
						return re;
					}
					case Regexp.Op.CONCAT:
					case Regexp.Op.ALTERNATE:
						if (state.changed) {
							const newSubs = state.subs;
							if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
							if (newSubs.length === 1) return newSubs[0];
							const nre = Regexp.fromRegexp(re);
							nre.runes = new Int32Array(0);
							nre.subs = newSubs;
							return nre;
						}
						return re;
					case Regexp.Op.STAR:
					case Regexp.Op.PLUS:
					case Regexp.Op.QUEST: return Simplify.simplify1(re.op, re.flags, state.sub, re);
					case Regexp.Op.REPEAT: return Simplify.simplifyRepeat(re, state.sub);
					default: return re;
				}
			}
			static simplifyRepeat(re, sub) {
				if (re.max === -1) {
					if (re.min === 0) return Simplify.simplify1(Regexp.Op.STAR, re.flags, sub, null);
					if (re.min === 1) return Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
					const subs = [];
					for (let i = 0; i < re.min - 1; i++) subs.push(sub);
					subs.push(Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
					return Simplify.concat(subs);
				}
				if (re.min === 1 && re.max === 1) return sub;
				let prefixSubs = null;
				if (re.min > 0) {
					prefixSubs = [];
					for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
				}
				if (re.max > re.min) {
					let suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
					for (let i = re.min + 1; i < re.max; i++) suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, Simplify.concat([sub, suffix]), null);
					if (prefixSubs === null) return suffix;
					prefixSubs.push(suffix);
				}
				if (prefixSubs !== null) return Simplify.concat(prefixSubs);
				return new Regexp(Regexp.Op.NO_MATCH);
			}
			static concat(subs) {
				const newSubs = [];
				for (let i = 0; i < subs.length; i++) {
					const sub = subs[i];
					if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
					if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
					if (sub.op === Regexp.Op.CONCAT) {
						for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
						continue;
					}
					newSubs.push(sub);
				}
				if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
				if (newSubs.length === 1) return newSubs[0];
				const nre = new Regexp(Regexp.Op.CONCAT);
				nre.subs = newSubs;
				return nre;
			}
			static simplify1(op, flags, sub, re) {
				if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
				if (sub.op === Regexp.Op.NO_MATCH) {
					if (op === Regexp.Op.PLUS) return sub;
					return new Regexp(Regexp.Op.EMPTY_MATCH);
				}
				if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
				if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
				const nre = new Regexp(op);
				nre.flags = flags;
				nre.subs = [sub];
				return nre;
			}
		};
		CharGroup = class {
			constructor(sign, cls) {
				this.sign = sign;
				this.cls = cls;
			}
		};
		code1 = [48, 57];
		code2 = [
			9,
			10,
			12,
			13,
			32,
			32
		];
		code3 = [
			48,
			57,
			65,
			90,
			95,
			95,
			97,
			122
		];
		PERL_GROUPS = new Map([
			["\\d", new CharGroup(1, code1)],
			["\\D", new CharGroup(-1, code1)],
			["\\s", new CharGroup(1, code2)],
			["\\S", new CharGroup(-1, code2)],
			["\\w", new CharGroup(1, code3)],
			["\\W", new CharGroup(-1, code3)]
		]);
		code4 = [
			48,
			57,
			65,
			90,
			97,
			122
		];
		code5 = [
			65,
			90,
			97,
			122
		];
		code6 = [0, 127];
		code7 = [
			9,
			9,
			32,
			32
		];
		code8 = [
			0,
			31,
			127,
			127
		];
		code9 = [48, 57];
		code10 = [33, 126];
		code11 = [97, 122];
		code12 = [32, 126];
		code13 = [
			33,
			47,
			58,
			64,
			91,
			96,
			123,
			126
		];
		code14 = [
			9,
			13,
			32,
			32
		];
		code15 = [65, 90];
		code16 = [
			48,
			57,
			65,
			90,
			95,
			95,
			97,
			122
		];
		code17 = [
			48,
			57,
			65,
			70,
			97,
			102
		];
		POSIX_GROUPS = new Map([
			["[:alnum:]", new CharGroup(1, code4)],
			["[:^alnum:]", new CharGroup(-1, code4)],
			["[:alpha:]", new CharGroup(1, code5)],
			["[:^alpha:]", new CharGroup(-1, code5)],
			["[:ascii:]", new CharGroup(1, code6)],
			["[:^ascii:]", new CharGroup(-1, code6)],
			["[:blank:]", new CharGroup(1, code7)],
			["[:^blank:]", new CharGroup(-1, code7)],
			["[:cntrl:]", new CharGroup(1, code8)],
			["[:^cntrl:]", new CharGroup(-1, code8)],
			["[:digit:]", new CharGroup(1, code9)],
			["[:^digit:]", new CharGroup(-1, code9)],
			["[:graph:]", new CharGroup(1, code10)],
			["[:^graph:]", new CharGroup(-1, code10)],
			["[:lower:]", new CharGroup(1, code11)],
			["[:^lower:]", new CharGroup(-1, code11)],
			["[:print:]", new CharGroup(1, code12)],
			["[:^print:]", new CharGroup(-1, code12)],
			["[:punct:]", new CharGroup(1, code13)],
			["[:^punct:]", new CharGroup(-1, code13)],
			["[:space:]", new CharGroup(1, code14)],
			["[:^space:]", new CharGroup(-1, code14)],
			["[:upper:]", new CharGroup(1, code15)],
			["[:^upper:]", new CharGroup(-1, code15)],
			["[:word:]", new CharGroup(1, code16)],
			["[:^word:]", new CharGroup(-1, code16)],
			["[:xdigit:]", new CharGroup(1, code17)],
			["[:^xdigit:]", new CharGroup(-1, code17)]
		]);
		CharClass = class CharClass {
			static charClassToString(r, len) {
				let result = "[";
				for (let i = 0; i < len; i += 2) {
					if (i > 0) result += " ";
					const lo = r[i];
					const hi = r[i + 1];
					if (lo === hi) result += `0x${lo.toString(16)}`;
					else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
				}
				result += "]";
				return result;
			}
			static sortRanges(array, len) {
				const n = len >> 1;
				const order = new Array(n);
				for (let i = 0; i < n; i++) order[i] = i;
				order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
				const sorted = array.slice(0, len);
				for (let i = 0; i < n; i++) {
					array[2 * i] = sorted[2 * order[i]];
					array[2 * i + 1] = sorted[2 * order[i] + 1];
				}
			}
			constructor(r = Utils.emptyInts()) {
				this.r = r;
				this.len = r.length;
			}
			toArray() {
				if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
				return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
			}
			toGrowableArray() {
				if (Array.isArray(this.r)) {
					this.r.length = this.len;
					return this.r;
				}
				return Array.from(this.r.subarray(0, this.len));
			}
			cleanClass() {
				if (this.len < 4) return this;
				CharClass.sortRanges(this.r, this.len);
				let w = 2;
				for (let i = 2; i < this.len; i += 2) {
					const lo = this.r[i];
					const hi = this.r[i + 1];
					if (lo <= this.r[w - 1] + 1) {
						if (hi > this.r[w - 1]) this.r[w - 1] = hi;
						continue;
					}
					this.r[w] = lo;
					this.r[w + 1] = hi;
					w += 2;
				}
				this.len = w;
				return this;
			}
			appendLiteral(x, flags) {
				return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
			}
			appendRange(lo, hi) {
				if (this.len > 0) {
					for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
						const rlo = this.r[this.len - i];
						const rhi = this.r[this.len - i + 1];
						if (lo <= rhi + 1 && rlo <= hi + 1) {
							if (lo < rlo) this.r[this.len - i] = lo;
							if (hi > rhi) this.r[this.len - i + 1] = hi;
							return this;
						}
					}
				}
				this.r[this.len++] = lo;
				this.r[this.len++] = hi;
				return this;
			}
			appendFoldedRange(lo, hi) {
				if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
				if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
				if (lo < Unicode.MIN_FOLD) {
					this.appendRange(lo, Unicode.MIN_FOLD - 1);
					lo = Unicode.MIN_FOLD;
				}
				if (hi > Unicode.MAX_FOLD) {
					this.appendRange(Unicode.MAX_FOLD + 1, hi);
					hi = Unicode.MAX_FOLD;
				}
				for (let c = lo; c <= hi; c++) {
					this.appendRange(c, c);
					for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
				}
				return this;
			}
			appendClass(x) {
				for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
				return this;
			}
			appendFoldedClass(x) {
				for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
				return this;
			}
			appendNegatedClass(x) {
				let nextLo = 0;
				for (let i = 0; i < x.length; i += 2) {
					const lo = x[i];
					const hi = x[i + 1];
					if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
					nextLo = hi + 1;
				}
				if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
				return this;
			}
			appendTable(table) {
				for (let i = 0; i < table.length; ++i) {
					const lo = table.getLo(i);
					const hi = table.getHi(i);
					const stride = table.getStride(i);
					if (stride === 1) {
						this.appendRange(lo, hi);
						continue;
					}
					for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
				}
				return this;
			}
			appendNegatedTable(table) {
				let nextLo = 0;
				for (let i = 0; i < table.length; ++i) {
					const lo = table.getLo(i);
					const hi = table.getHi(i);
					const stride = table.getStride(i);
					if (stride === 1) {
						if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
						nextLo = hi + 1;
						continue;
					}
					for (let c = lo; c <= hi; c += stride) {
						if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
						nextLo = c + 1;
					}
				}
				if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
				return this;
			}
			appendTableWithSign(table, sign) {
				return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
			}
			negateClass() {
				let nextLo = 0;
				let w = 0;
				for (let i = 0; i < this.len; i += 2) {
					const lo = this.r[i];
					const hi = this.r[i + 1];
					if (nextLo <= lo - 1) {
						this.r[w] = nextLo;
						this.r[w + 1] = lo - 1;
						w += 2;
					}
					nextLo = hi + 1;
				}
				this.len = w;
				if (nextLo <= Unicode.MAX_RUNE) {
					this.r[this.len++] = nextLo;
					this.r[this.len++] = Unicode.MAX_RUNE;
				}
				return this;
			}
			appendClassWithSign(x, sign) {
				return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
			}
			appendGroup(g, foldCase) {
				let cls = g.cls;
				if (foldCase) cls = new CharClass().appendFoldedClass(cls).cleanClass().toArray();
				return this.appendClassWithSign(cls, g.sign);
			}
			toString() {
				return CharClass.charClassToString(this.r, this.len);
			}
		};
		StringIterator = class {
			constructor(str) {
				this.str = str;
				this.position = 0;
			}
			pos() {
				return this.position;
			}
			rewindTo(pos) {
				this.position = pos;
			}
			more() {
				return this.position < this.str.length;
			}
			peek() {
				return this.str.codePointAt(this.position);
			}
			skip(n) {
				this.position += n;
			}
			skipString(s) {
				this.position += s.length;
			}
			pop() {
				const r = this.str.codePointAt(this.position);
				this.position += Utils.charCount(r);
				return r;
			}
			lookingAt(s) {
				return this.str.startsWith(s, this.position);
			}
			rest() {
				return this.str.substring(this.position);
			}
			from(beforePos) {
				return this.str.substring(beforePos, this.position);
			}
			toString() {
				return this.rest();
			}
		};
		Parser = class Parser {
			static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
			static ERR_INVALID_CHAR_RANGE = "invalid character class range";
			static ERR_INVALID_ESCAPE = "invalid escape sequence";
			static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
			static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
			static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
			static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
			static ERR_MISSING_BRACKET = "missing closing ]";
			static ERR_MISSING_PAREN = "missing closing )";
			static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
			static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
			static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
			static ERR_UNEXPECTED_PAREN = "unexpected )";
			static ERR_NESTING_DEPTH = "expression nests too deeply";
			static ERR_LARGE = "expression too large";
			static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
			static MAX_HEIGHT = 1e3;
			static MAX_SIZE = 1398101;
			static MAX_RUNES = 33554432;
			static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
				0,
				Unicode.MAX_RUNE,
				1
			]));
			static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
				0,
				127,
				1
			]));
			static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
				0,
				127,
				1,
				383,
				383,
				1,
				8490,
				8490,
				1
			]));
			static unicodeTable(name) {
				if (name === "Any") return {
					tab: Parser.ANY_TABLE,
					fold: Parser.ANY_TABLE,
					sign: 1
				};
				if (name === "Ascii") return {
					tab: Parser.ASCII_TABLE,
					fold: Parser.ASCII_FOLD_TABLE,
					sign: 1
				};
				if (name === "Assigned") return {
					tab: UnicodeTables.CATEGORIES.get("Cn"),
					fold: UnicodeTables.CATEGORIES.get("Cn"),
					sign: -1
				};
				if (name === "Lc") return {
					tab: UnicodeTables.CATEGORIES.get("LC"),
					fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
					sign: 1
				};
				if (UnicodeTables.CATEGORIES.has(name)) return {
					tab: UnicodeTables.CATEGORIES.get(name),
					fold: UnicodeTables.FOLD_CATEGORIES.get(name),
					sign: 1
				};
				if (UnicodeTables.SCRIPTS.has(name)) return {
					tab: UnicodeTables.SCRIPTS.get(name),
					fold: UnicodeTables.FOLD_SCRIPT.get(name),
					sign: 1
				};
				return null;
			}
			static minFoldRune(r) {
				if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
				let min = r;
				const r0 = r;
				for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
				return min;
			}
			static leadingRegexp(re) {
				if (re.op === Regexp.Op.EMPTY_MATCH) return null;
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
					const sub = re.subs[0];
					if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
					return sub;
				}
				return re;
			}
			static literalRegexp(s, flags) {
				const re = new Regexp(Regexp.Op.LITERAL);
				re.flags = flags;
				re.runes = Utils.stringToRunes(s);
				return re;
			}
			static parse(pattern, flags) {
				return new Parser(pattern, flags).parseInternal();
			}
			static parseRepeat(t) {
				const start = t.pos();
				if (!t.more() || !t.lookingAt("{")) return -1;
				t.skip(1);
				const min = Parser.parseInt(t);
				if (min === -1) return -1;
				if (!t.more()) return -1;
				let max;
				if (!t.lookingAt(",")) max = min;
				else {
					t.skip(1);
					if (!t.more()) return -1;
					if (t.lookingAt("}")) max = -1;
					else if ((max = Parser.parseInt(t)) === -1) return -1;
				}
				if (!t.more() || !t.lookingAt("}")) return -1;
				t.skip(1);
				if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(start));
				return min << 16 | max & Unicode.MAX_BMP;
			}
			static isValidCaptureName(name) {
				if (name.length === 0) return false;
				for (let i = 0; i < name.length; i++) {
					const c = name.codePointAt(i);
					if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
				}
				return true;
			}
			static parseInt(t) {
				const start = t.pos();
				while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
				const n = t.from(start);
				if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
				if (n.length > 8) return -2;
				return parseInt(n, 10);
			}
			static isCharClass(re) {
				return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
			}
			static matchRune(re, r) {
				switch (re.op) {
					case Regexp.Op.LITERAL: return re.runes.length === 1 && re.runes[0] === r;
					case Regexp.Op.CHAR_CLASS:
						for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
						return false;
					case Regexp.Op.ANY_CHAR_NOT_NL: return r !== Codepoint.CODES["\n"];
					case Regexp.Op.ANY_CHAR: return true;
				}
				return false;
			}
			static mergeCharClass(dst, src) {
				switch (dst.op) {
					case Regexp.Op.ANY_CHAR: break;
					case Regexp.Op.ANY_CHAR_NOT_NL:
						if (Parser.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
						break;
					case Regexp.Op.CHAR_CLASS: {
						const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
						if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
						else cc.appendClass(src.runes);
						dst.runes = cc.toGrowableArray();
						break;
					}
					case Regexp.Op.LITERAL:
						if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
						dst.op = Regexp.Op.CHAR_CLASS;
						dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
				}
			}
			static parseEscape(t) {
				const startPos = t.pos();
				t.skip(1);
				if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_TRAILING_BACKSLASH);
				let c = t.pop();
				bigswitch: switch (c) {
					case Codepoint.CODES["1"]:
					case Codepoint.CODES["2"]:
					case Codepoint.CODES["3"]:
					case Codepoint.CODES["4"]:
					case Codepoint.CODES["5"]:
					case Codepoint.CODES["6"]:
					case Codepoint.CODES["7"]: if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
					case Codepoint.CODES["0"]: {
						let r = c - Codepoint.CODES["0"];
						for (let i = 1; i < 3; i++) {
							if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
							r = r * 8 + t.peek() - Codepoint.CODES["0"];
							t.skip(1);
						}
						return r;
					}
					case Codepoint.CODES["x"]: {
						if (!t.more()) break;
						c = t.pop();
						if (c === Codepoint.CODES["{"]) {
							let nhex = 0;
							let r = 0;
							while (true) {
								if (!t.more()) break bigswitch;
								c = t.pop();
								if (c === Codepoint.CODES["}"]) break;
								const v = Utils.unhex(c);
								if (v < 0) break bigswitch;
								r = r * 16 + v;
								if (r > Unicode.MAX_RUNE) break bigswitch;
								nhex++;
							}
							if (nhex === 0) break bigswitch;
							return r;
						}
						const x = Utils.unhex(c);
						if (!t.more()) break;
						c = t.pop();
						const y = Utils.unhex(c);
						if (x < 0 || y < 0) break;
						return x * 16 + y;
					}
					case Codepoint.CODES["a"]: return Codepoint.CODES["\x07"];
					case Codepoint.CODES["f"]: return Codepoint.CODES["\f"];
					case Codepoint.CODES["n"]: return Codepoint.CODES["\n"];
					case Codepoint.CODES["r"]: return Codepoint.CODES["\r"];
					case Codepoint.CODES["t"]: return Codepoint.CODES["	"];
					case Codepoint.CODES["v"]: return Codepoint.CODES["\v"];
					default: if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
				}
				throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, t.from(startPos));
			}
			static parseClassChar(t, wholeClassPos) {
				if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_MISSING_BRACKET, t.from(wholeClassPos));
				if (t.lookingAt("\\")) return Parser.parseEscape(t);
				return t.pop();
			}
			static hasCapture(re) {
				if (re === null) return false;
				if (re.op === Regexp.Op.CAPTURE) return true;
				if (re.subs) {
					for (let sub of re.subs) if (Parser.hasCapture(sub)) return true;
				}
				return false;
			}
			constructor(wholeRegexp, flags = 0) {
				this.wholeRegexp = wholeRegexp;
				this.flags = flags;
				this.numCap = 0;
				this.namedGroups = Object.create(null);
				this.stack = [];
				this.free = null;
				this.numRegexp = 0;
				this.numRunes = 0;
				this.repeats = 0;
				this.height = null;
				this.size = null;
				this.nlb = 0;
			}
			newRegexp(op) {
				let re = this.free;
				if (re !== null && re.subs !== null && re.subs.length > 0) {
					this.free = re.subs[0];
					re.reinit();
					re.op = op;
				} else {
					re = new Regexp(op);
					this.numRegexp += 1;
				}
				return re;
			}
			reuse(re) {
				if (this.height !== null && this.height.has(re)) this.height.delete(re);
				if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
				this.free = re;
			}
			checkLimits(re) {
				if (this.numRunes > Parser.MAX_RUNES) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
				this.checkSize(re);
				this.checkHeight(re);
			}
			checkSize(re) {
				if (this.size === null) {
					if (this.repeats === 0) this.repeats = 1;
					if (re.op === Regexp.Op.REPEAT) {
						let n = re.max;
						if (n === -1) n = re.min;
						if (n <= 0) n = 1;
						if (n > Math.floor(Parser.MAX_SIZE / this.repeats)) this.repeats = Parser.MAX_SIZE;
						else this.repeats *= n;
					}
					if (this.numRegexp < Math.floor(Parser.MAX_SIZE / this.repeats)) return;
					this.size = new Map();
					for (let reEx of this.stack) this.checkSize(reEx);
				}
				if (this.calcSize(re, true) > Parser.MAX_SIZE) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
			}
			calcSize(re, force = false) {
				if (!force && this.size !== null) {
					if (this.size.has(re)) return this.size.get(re);
				}
				let size = 0;
				switch (re.op) {
					case Regexp.Op.LITERAL:
						size = re.runes.length;
						break;
					case Regexp.Op.PLB:
					case Regexp.Op.NLB:
					case Regexp.Op.CAPTURE:
					case Regexp.Op.STAR:
						size = 2 + this.calcSize(re.subs[0]);
						break;
					case Regexp.Op.PLUS:
					case Regexp.Op.QUEST:
						size = 1 + this.calcSize(re.subs[0]);
						break;
					case Regexp.Op.CONCAT:
						for (let sub of re.subs) size = size + this.calcSize(sub);
						break;
					case Regexp.Op.ALTERNATE:
						for (let sub of re.subs) size = size + this.calcSize(sub);
						if (re.subs.length > 1) size = size + re.subs.length - 1;
						break;
					case Regexp.Op.REPEAT: {
						let sub = this.calcSize(re.subs[0]);
						if (re.max === -1) {
							if (re.min === 0) size = 2 + sub;
							else size = 1 + re.min * sub;
							break;
						}
						size = re.max * sub + (re.max - re.min);
						break;
					}
				}
				size = Math.max(1, size);
				if (this.size === null) this.size = new Map();
				this.size.set(re, size);
				return size;
			}
			checkHeight(re) {
				if (this.numRegexp < Parser.MAX_HEIGHT) return;
				if (this.height === null) {
					this.height = new Map();
					for (let reEx of this.stack) this.checkHeight(reEx);
				}
				if (this.calcHeight(re, true) > Parser.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser.ERR_NESTING_DEPTH);
			}
			calcHeight(re, force = false) {
				if (!force && this.height !== null) {
					if (this.height.has(re)) return this.height.get(re);
				}
				let h = 1;
				for (let sub of re.subs) {
					const hsub = this.calcHeight(sub);
					if (h < 1 + hsub) h = 1 + hsub;
				}
				if (this.height === null) this.height = new Map();
				this.height.set(re, h);
				return h;
			}
			pop() {
				return this.stack.pop();
			}
			popToPseudo() {
				const n = this.stack.length;
				let i = n;
				while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
				return this.stack.splice(i, n - i);
			}
			push(re) {
				this.numRunes += re.runes.length;
				if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
					if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
					re.op = Regexp.Op.LITERAL;
					re.runes = [re.runes[0]];
					re.flags = this.flags & ~RE2Flags.FOLD_CASE;
				} else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
					if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
					re.op = Regexp.Op.LITERAL;
					re.runes = [re.runes[0]];
					re.flags = this.flags | RE2Flags.FOLD_CASE;
				} else this.maybeConcat(-1, 0);
				this.stack.push(re);
				this.checkLimits(re);
				return re;
			}
			maybeConcat(r, flags) {
				const n = this.stack.length;
				if (n < 2) return false;
				const re1 = this.stack[n - 1];
				const re2 = this.stack[n - 2];
				if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
				if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
				for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
				if (r >= 0) {
					re1.runes = [r];
					re1.flags = flags;
					return true;
				}
				this.pop();
				this.reuse(re1);
				return false;
			}
			newLiteral(r, flags) {
				const re = this.newRegexp(Regexp.Op.LITERAL);
				re.flags = flags;
				if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser.minFoldRune(r);
				re.runes = [r];
				return re;
			}
			literal(r) {
				this.push(this.newLiteral(r, this.flags));
			}
			op(op) {
				const re = this.newRegexp(op);
				re.flags = this.flags;
				return this.push(re);
			}
			repeat(op, min, max, beforePos, t, lastRepeatPos) {
				let flags = this.flags;
				if ((flags & RE2Flags.PERL_X) !== 0) {
					if (t.more() && t.lookingAt("?")) {
						t.skip(1);
						flags ^= RE2Flags.NON_GREEDY;
					}
					if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
				}
				const n = this.stack.length;
				if (n === 0) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
				const sub = this.stack[n - 1];
				if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
				const re = this.newRegexp(op);
				re.min = min;
				re.max = max;
				re.flags = flags;
				re.subs = [sub];
				this.stack[n - 1] = re;
				this.checkLimits(re);
				if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
			}
			repeatIsValid(re, n) {
				if (re.op === Regexp.Op.REPEAT) {
					let m = re.max;
					if (m === 0) return true;
					if (m < 0) m = re.min;
					if (m > n) return false;
					if (m > 0) n = Math.trunc(n / m);
				}
				for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
				return true;
			}
			concat() {
				this.maybeConcat(-1, 0);
				const subs = this.popToPseudo();
				if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
				return this.push(this.collapse(subs, Regexp.Op.CONCAT));
			}
			alternate() {
				const subs = this.popToPseudo();
				if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
				if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
				return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
			}
			cleanAlt(re) {
				if (re.op === Regexp.Op.CHAR_CLASS) {
					re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
					if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
						re.runes = new Int32Array(0);
						re.op = Regexp.Op.ANY_CHAR;
					} else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
						re.runes = new Int32Array(0);
						re.op = Regexp.Op.ANY_CHAR_NOT_NL;
					}
				}
			}
			collapse(subs, op) {
				if (subs.length === 1) return subs[0];
				let len = 0;
				for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
				let newsubs = new Array(len).fill(null);
				let i = 0;
				for (let sub of subs) if (sub.op === op) {
					for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
					this.reuse(sub);
				} else newsubs[i++] = sub;
				let re = this.newRegexp(op);
				re.subs = newsubs;
				if (op === Regexp.Op.ALTERNATE) {
					re.subs = this.factor(re.subs);
					if (re.subs.length === 1) {
						const old = re;
						re = re.subs[0];
						this.reuse(old);
					}
				}
				return re;
			}
			factor(array) {
				if (array.length < 2) return array;
				let s = 0;
				let lensub = array.length;
				let lenout = 0;
				let str = null;
				let strlen = 0;
				let strflags = 0;
				let start = 0;
				for (let i = 0; i <= lensub; i++) {
					let istr = null;
					let istrlen = 0;
					let iflags = 0;
					if (i < lensub) {
						let re = array[s + i];
						if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
						if (re.op === Regexp.Op.LITERAL) {
							istr = re.runes;
							istrlen = re.runes.length;
							iflags = re.flags & RE2Flags.FOLD_CASE;
						}
						if (iflags === strflags) {
							let same = 0;
							while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
							if (same > 0) {
								strlen = same;
								continue;
							}
						}
					}
					if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
					else {
						const prefix = this.newRegexp(Regexp.Op.LITERAL);
						prefix.flags = strflags;
						prefix.runes = str.slice(0, strlen);
						for (let j = start; j < i; j++) {
							array[s + j] = this.removeLeadingString(array[s + j], strlen);
							this.checkLimits(array[s + j]);
						}
						const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
						const re = this.newRegexp(Regexp.Op.CONCAT);
						re.subs = [prefix, suffix];
						array[lenout++] = re;
					}
					start = i;
					str = istr;
					strlen = istrlen;
					strflags = iflags;
				}
				lensub = lenout;
				s = 0;
				start = 0;
				lenout = 0;
				let first = null;
				for (let i = 0; i <= lensub; i++) {
					let ifirst = null;
					if (i < lensub) {
						ifirst = Parser.leadingRegexp(array[s + i]);
						if (first !== null && first.equals(ifirst) && (Parser.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser.isCharClass(first.subs[0]))) continue;
					}
					if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
					else {
						const prefix = first;
						for (let j = start; j < i; j++) {
							const reuse = j !== start;
							array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
							this.checkLimits(array[s + j]);
						}
						const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
						const re = this.newRegexp(Regexp.Op.CONCAT);
						re.subs = [prefix, suffix];
						array[lenout++] = re;
					}
					start = i;
					first = ifirst;
				}
				lensub = lenout;
				s = 0;
				start = 0;
				lenout = 0;
				for (let i = 0; i <= lensub; i++) {
					if (i < lensub && Parser.isCharClass(array[s + i])) continue;
					if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
					else {
						let max = start;
						for (let j = start + 1; j < i; j++) {
							const subMax = array[s + max];
							const subJ = array[s + j];
							if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
						}
						const tmp = array[s + start];
						array[s + start] = array[s + max];
						array[s + max] = tmp;
						for (let j = start + 1; j < i; j++) {
							Parser.mergeCharClass(array[s + start], array[s + j]);
							this.reuse(array[s + j]);
						}
						this.cleanAlt(array[s + start]);
						array[lenout++] = array[s + start];
					}
					if (i < lensub) array[lenout++] = array[s + i];
					start = i + 1;
				}
				lensub = lenout;
				s = 0;
				start = 0;
				lenout = 0;
				for (let i = 0; i < lensub; ++i) {
					if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
					array[lenout++] = array[s + i];
				}
				lensub = lenout;
				s = 0;
				return array.slice(s, lensub);
			}
			removeLeadingString(re, n) {
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
					const sub = this.removeLeadingString(re.subs[0], n);
					re.subs[0] = sub;
					if (sub.op === Regexp.Op.EMPTY_MATCH) {
						this.reuse(sub);
						switch (re.subs.length) {
							case 0:
							case 1:
								re.op = Regexp.Op.EMPTY_MATCH;
								re.subs = Regexp.emptySubs();
								break;
							case 2: {
								const old = re;
								re = re.subs[1];
								this.reuse(old);
								break;
							}
							default: re.subs = re.subs.slice(1, re.subs.length);
						}
					}
					return re;
				}
				if (re.op === Regexp.Op.LITERAL) {
					re.runes = re.runes.slice(n, re.runes.length);
					if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
				}
				return re;
			}
			removeLeadingRegexp(re, reuse) {
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
					if (reuse) this.reuse(re.subs[0]);
					re.subs = re.subs.slice(1, re.subs.length);
					switch (re.subs.length) {
						case 0:
							re.op = Regexp.Op.EMPTY_MATCH;
							re.subs = Regexp.emptySubs();
							break;
						case 1: {
							const old = re;
							re = re.subs[0];
							this.reuse(old);
							break;
						}
					}
					return re;
				}
				if (reuse) this.reuse(re);
				return this.newRegexp(Regexp.Op.EMPTY_MATCH);
			}
			parseInternal() {
				if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser.literalRegexp(this.wholeRegexp, this.flags);
				let lastRepeatPos = -1;
				let min = -1;
				let max = -1;
				const t = new StringIterator(this.wholeRegexp);
				while (t.more()) {
					let repeatPos = -1;
					bigswitch: switch (t.peek()) {
						case Codepoint.CODES["("]:
							if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
								if (t.lookingAt("(?<=")) {
									this.parsePosLookBehind();
									t.skip(4);
									break;
								}
								if (t.lookingAt("(?<!")) {
									this.parseNegLookBehind();
									t.skip(4);
									break;
								}
							}
							if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
								this.parsePerlFlags(t);
								break;
							}
							this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
							t.skip(1);
							break;
						case Codepoint.CODES["|"]:
							this.parseVerticalBar();
							t.skip(1);
							break;
						case Codepoint.CODES[")"]:
							this.parseRightParen();
							t.skip(1);
							break;
						case Codepoint.CODES["^"]:
							if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
							else this.op(Regexp.Op.BEGIN_LINE);
							t.skip(1);
							break;
						case Codepoint.CODES["$"]:
							if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
							else this.op(Regexp.Op.END_LINE);
							t.skip(1);
							break;
						case Codepoint.CODES["."]:
							if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
							else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
							t.skip(1);
							break;
						case Codepoint.CODES["["]:
							this.parseClass(t);
							break;
						case Codepoint.CODES["*"]:
						case Codepoint.CODES["+"]:
						case Codepoint.CODES["?"]: {
							repeatPos = t.pos();
							let op = null;
							switch (t.pop()) {
								case Codepoint.CODES["*"]:
									op = Regexp.Op.STAR;
									break;
								case Codepoint.CODES["+"]:
									op = Regexp.Op.PLUS;
									break;
								case Codepoint.CODES["?"]: op = Regexp.Op.QUEST;
							}
							this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
							break;
						}
						case Codepoint.CODES["{"]: {
							const before = t.pos();
							const minMax = Parser.parseRepeat(t);
							if (minMax < 0) {
								t.rewindTo(before);
								this.literal(t.pop());
								break;
							}
							repeatPos = before;
							min = minMax >> 16;
							max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
							this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
							break;
						}
						case Codepoint.CODES["\\"]: {
							const savedPos = t.pos();
							t.skip(1);
							if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
								case Codepoint.CODES["A"]:
									this.op(Regexp.Op.BEGIN_TEXT);
									break bigswitch;
								case Codepoint.CODES["b"]:
									this.op(Regexp.Op.WORD_BOUNDARY);
									break bigswitch;
								case Codepoint.CODES["B"]:
									this.op(Regexp.Op.NO_WORD_BOUNDARY);
									break bigswitch;
								case Codepoint.CODES["C"]: throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, "\\C");
								case Codepoint.CODES["Q"]: {
									let lit = t.rest();
									const i = lit.indexOf("\\E");
									if (i >= 0) {
										lit = lit.substring(0, i);
										t.skipString(lit);
										t.skipString("\\E");
									} else t.skipString(lit);
									let j = 0;
									while (j < lit.length) {
										const codepoint = lit.codePointAt(j);
										this.literal(codepoint);
										j += Utils.charCount(codepoint);
									}
									break bigswitch;
								}
								case Codepoint.CODES["z"]:
									this.op(Regexp.Op.END_TEXT);
									break bigswitch;
								default: t.rewindTo(savedPos);
							}
							else t.rewindTo(savedPos);
							const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
							re.flags = this.flags;
							if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
								const cc = new CharClass();
								if (this.parseUnicodeClass(t, cc)) {
									re.runes = cc.toArray();
									this.push(re);
									break bigswitch;
								}
							}
							const cc = new CharClass();
							if (this.parsePerlClassEscape(t, cc)) {
								re.runes = cc.toArray();
								this.push(re);
								break bigswitch;
							}
							t.rewindTo(savedPos);
							this.reuse(re);
							this.literal(Parser.parseEscape(t));
							break;
						}
						default: this.literal(t.pop());
					}
					lastRepeatPos = repeatPos;
				}
				this.concat();
				if (this.swapVerticalBar()) this.pop();
				this.alternate();
				if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser.ERR_MISSING_PAREN, this.wholeRegexp);
				this.stack[0].namedGroups = this.namedGroups;
				return this.stack[0];
			}
			parsePerlFlags(t) {
				const startPos = t.pos();
				const s = t.rest();
				if (s.startsWith("(?P<") || s.startsWith("(?<")) {
					const begin = s.charAt(2) === "P" ? 4 : 3;
					const end = s.indexOf(">");
					if (end < 0) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s);
					const name = s.substring(begin, end);
					t.skipString(name);
					t.skip(begin + 1);
					if (!Parser.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
					const re = this.op(Regexp.Op.LEFT_PAREN);
					re.cap = ++this.numCap;
					if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser.ERR_DUPLICATE_NAMED_CAPTURE, name);
					this.namedGroups[name] = this.numCap;
					re.name = name;
					return;
				}
				t.skip(2);
				let flags = this.flags;
				let sign = 1;
				let sawFlag = false;
				loop: while (t.more()) {
					const c = t.pop();
					switch (c) {
						case Codepoint.CODES["i"]:
							flags |= RE2Flags.FOLD_CASE;
							sawFlag = true;
							break;
						case Codepoint.CODES["m"]:
							flags &= ~RE2Flags.ONE_LINE;
							sawFlag = true;
							break;
						case Codepoint.CODES["s"]:
							flags |= RE2Flags.DOT_NL;
							sawFlag = true;
							break;
						case Codepoint.CODES["U"]:
							flags |= RE2Flags.NON_GREEDY;
							sawFlag = true;
							break;
						case Codepoint.CODES["-"]:
							if (sign < 0) break loop;
							sign = -1;
							flags = ~flags;
							sawFlag = false;
							break;
						case Codepoint.CODES[":"]:
						case Codepoint.CODES[")"]:
							if (sign < 0) {
								if (!sawFlag) break loop;
								flags = ~flags;
							}
							if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
							this.flags = flags;
							return;
						default: break loop;
					}
				}
				throw new RE2JSSyntaxException(Parser.ERR_INVALID_PERL_OP, t.from(startPos));
			}
			parsePosLookBehind() {
				const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
				re.flags = this.flags;
				re.lb = ++this.nlb;
				return this.push(re);
			}
			parseNegLookBehind() {
				const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
				re.flags = this.flags;
				re.lb = -++this.nlb;
				return this.push(re);
			}
			parseVerticalBar() {
				this.concat();
				if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
			}
			swapVerticalBar() {
				const n = this.stack.length;
				if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser.isCharClass(this.stack[n - 1]) && Parser.isCharClass(this.stack[n - 3])) {
					let re1 = this.stack[n - 1];
					let re3 = this.stack[n - 3];
					if (re1.op > re3.op) {
						const tmp = re3;
						re3 = re1;
						re1 = tmp;
						this.stack[n - 3] = re3;
					}
					Parser.mergeCharClass(re3, re1);
					this.reuse(re1);
					this.pop();
					return true;
				}
				if (n >= 2) {
					const re1 = this.stack[n - 1];
					const re2 = this.stack[n - 2];
					if (re2.op === Regexp.Op.VERTICAL_BAR) {
						if (n >= 3) this.cleanAlt(this.stack[n - 3]);
						this.stack[n - 2] = re1;
						this.stack[n - 1] = re2;
						return true;
					}
				}
				return false;
			}
			parseRightParen() {
				this.concat();
				if (this.swapVerticalBar()) this.pop();
				this.alternate();
				if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
				const re1 = this.pop();
				const re2 = this.pop();
				if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
				this.flags = re2.flags;
				if (re2.lb !== 0) {
					if (Parser.hasCapture(re1)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
					if (re2.lb > 0) re2.op = Regexp.Op.PLB;
					else re2.op = Regexp.Op.NLB;
					re2.subs = [re1];
					this.push(re2);
					return;
				}
				if (re2.cap === 0) this.push(re1);
				else {
					re2.op = Regexp.Op.CAPTURE;
					re2.subs = [re1];
					this.push(re2);
				}
			}
			parsePerlClassEscape(t, cc) {
				const beforePos = t.pos();
				if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
				t.pop();
				const p = t.from(beforePos);
				const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
				if (g === null) return false;
				cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
				return true;
			}
			parseNamedClass(t, cc) {
				const cls = t.rest();
				const i = cls.indexOf(":]");
				if (i < 0) return false;
				const name = cls.substring(0, i + 2);
				t.skipString(name);
				const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
				if (g === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, name);
				cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
				return true;
			}
			parseUnicodeClass(t, cc) {
				const startPos = t.pos();
				if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
				t.skip(1);
				let sign = 1;
				let c = t.pop();
				if (c === Codepoint.CODES["P"]) sign = -1;
				if (!t.more()) {
					t.rewindTo(startPos);
					throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
				}
				c = t.pop();
				let name;
				if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
				else {
					const rest = t.rest();
					const end = rest.indexOf("}");
					if (end < 0) {
						t.rewindTo(startPos);
						throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
					}
					name = rest.substring(0, end);
					t.skipString(name);
					t.skip(1);
				}
				if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
					sign = 0 - sign;
					name = name.substring(1);
				}
				const pair = Parser.unicodeTable(name);
				if (pair === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
				if (pair.sign < 0) sign = 0 - sign;
				const tab = pair.tab;
				const fold = pair.fold;
				if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
				else {
					const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
					cc.appendClassWithSign(Array.from(tmp), sign);
				}
				return true;
			}
			parseClass(t) {
				const startPos = t.pos();
				t.skip(1);
				const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
				re.flags = this.flags;
				const cc = new CharClass();
				let sign = 1;
				if (t.more() && t.lookingAt("^")) {
					sign = -1;
					t.skip(1);
					if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
				}
				let first = true;
				while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
					if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
						const s = t.rest();
						if (s === "-" || !s.startsWith("-]")) {
							t.rewindTo(startPos);
							throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
						}
					}
					first = false;
					const beforePos = t.pos();
					if (t.lookingAt("[:")) {
						if (this.parseNamedClass(t, cc)) continue;
						t.rewindTo(beforePos);
					}
					if (this.parseUnicodeClass(t, cc)) continue;
					if (this.parsePerlClassEscape(t, cc)) continue;
					t.rewindTo(beforePos);
					const lo = Parser.parseClassChar(t, startPos);
					let hi = lo;
					if (t.more() && t.lookingAt("-")) {
						t.skip(1);
						if (t.more() && t.lookingAt("]")) t.skip(-1);
						else {
							hi = Parser.parseClassChar(t, startPos);
							if (hi < lo) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
						}
					}
					if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
					else cc.appendFoldedRange(lo, hi);
				}
				t.skip(1);
				cc.cleanClass();
				if (sign < 0) cc.negateClass();
				re.runes = cc.toArray();
				this.push(re);
			}
		};
		RE2 = class RE2 {
			static initTest(expr) {
				const re2 = RE2.compile(expr);
				const res = new RE2(re2.expr, re2.prog, re2.numSubexp, re2.longest);
				res.cond = re2.cond;
				res.prefix = re2.prefix;
				res.prefixUTF8 = re2.prefixUTF8;
				res.prefixComplete = re2.prefixComplete;
				res.prefixRune = re2.prefixRune;
				res.prefilter = re2.prefilter;
				res.namedGroups = re2.namedGroups;
				return res;
			}
			static compile(expr) {
				return RE2.compileImpl(expr, RE2Flags.PERL, false);
			}
			static compilePOSIX(expr) {
				return RE2.compileImpl(expr, RE2Flags.POSIX, true);
			}
			static compileImpl(expr, mode, longest) {
				let re = Parser.parse(expr, mode);
				const maxCap = re.maxCap();
				const namedGroups = re.namedGroups;
				re = Simplify.simplify(re);
				const prefilter = PrefilterTree.build(re);
				const prog = Compiler.compileRegexp(re);
				const re2 = new RE2(expr, prog, maxCap, longest);
				re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
				const [prefixCompl, prefixStr] = prog.prefix();
				re2.prefixComplete = prefixCompl;
				re2.prefix = prefixStr;
				re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
				if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
				re2.namedGroups = namedGroups;
				return re2;
			}
			static match(pattern, s) {
				return RE2.compile(pattern).match(s);
			}
			constructor(expr, prog, numSubexp = 0, longest = 0) {
				this.expr = expr;
				this.prog = prog;
				this.numSubexp = numSubexp;
				this.longest = longest;
				this.cond = prog.startCond();
				this.prefix = null;
				this.prefixUTF8 = null;
				this.prefixComplete = false;
				this.prefixRune = 0;
				this.namedGroups = Object.create(null);
				this.machinePool = [];
				this.lazyDFA = null;
				this.onepass = OnePass.compile(this.prog);
				this.prefilter = null;
			}
			get dfa() {
				if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
				return this.lazyDFA;
			}
			matchPrefixComplete(input, pos, anchor, ncap) {
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
				let matchStart = -1;
				let matchEnd = -1;
				const pLen = input.prefixLength(this);
				if (anchor === RE2Flags.UNANCHORED) {
					const idx = input.index(this, pos);
					if (idx < 0) return null;
					matchStart = pos + idx;
					matchEnd = matchStart + pLen;
				} else if (anchor === RE2Flags.ANCHOR_BOTH) {
					if (input.endPos() !== pLen) return null;
					if (input.index(this, 0) !== 0) return null;
					matchStart = 0;
					matchEnd = pLen;
				} else if (anchor === RE2Flags.ANCHOR_START) {
					if (input.index(this, 0) !== 0) return null;
					matchStart = 0;
					matchEnd = pLen;
				}
				if (matchStart < 0) return null;
				if (ncap > 0) {
					const matchcap = new Int32Array(ncap).fill(-1);
					matchcap[0] = matchStart;
					matchcap[1] = matchEnd;
					return Array.from(matchcap);
				}
				return [];
			}
			createLookbehindState() {
				return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
			}
			executeEngine(input, pos, anchor, ncap, lbState = null) {
				if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
				if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
					if (!this.prefilter.eval(input, pos)) return null;
				}
				if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
				if (ncap > 0) {
					if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
					return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
				}
				if (this.prog.numLb === 0) {
					const dfaResult = this.dfa.match(input, pos, anchor);
					if (dfaResult !== null) return dfaResult ? [] : null;
					if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
				}
				return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
			}
			numberOfCapturingGroups() {
				return this.numSubexp;
			}
			numberOfInstructions() {
				return this.prog.numInst();
			}
			get() {
				return this.machinePool.length > 0 ? this.machinePool.pop() : null;
			}
			reset() {
				this.machinePool.length = 0;
			}
			put(m) {
				this.machinePool.push(m);
			}
			toString() {
				return this.expr;
			}
			doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
				let m = this.get();
				if (!m) m = Machine.fromRE2(this);
				m.init(ncap);
				const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
				this.put(m);
				return cap;
			}
			match(s) {
				return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
			}
			matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
				if (!(input instanceof MatcherInputBase)) {
					if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
					else input = MatcherInput.utf16(input);
				}
				return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
			}
			matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
				if (start > end) return [false, null];
				const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
				const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
				if (groupMatch === null) return [false, null];
				return [true, groupMatch];
			}
			matchUTF8(b) {
				return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
			}
			replaceAll(src, repl) {
				return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
			}
			replaceFirst(src, repl) {
				return this.replaceAllFunc(src, () => repl, 1);
			}
			replaceAllFunc(src, replFunc, maxReplaces) {
				let lastMatchEnd = 0;
				let searchPos = 0;
				let out = "";
				const input = MachineInput.fromUTF16(src);
				const lbState = this.createLookbehindState();
				let numReplaces = 0;
				while (searchPos <= src.length) {
					const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
					if (a === null || a.length === 0) break;
					out += src.substring(lastMatchEnd, a[0]);
					if (a[1] > lastMatchEnd || a[0] === 0) {
						out += replFunc(src.substring(a[0], a[1]));
						numReplaces++;
					}
					lastMatchEnd = a[1];
					const width = input.step(searchPos) & 7;
					if (searchPos + width > a[1]) searchPos += width;
					else if (searchPos + 1 > a[1]) searchPos++;
					else searchPos = a[1];
					if (numReplaces >= maxReplaces) break;
				}
				out += src.substring(lastMatchEnd);
				return out;
			}
			pad(a) {
				if (a === null) return null;
				let n = (1 + this.numSubexp) * 2;
				if (a.length < n) {
					let a2 = new Array(n).fill(-1);
					for (let i = 0; i < a.length; i++) a2[i] = a[i];
					a = a2;
				}
				return a;
			}
			allMatches(input, n, deliverFun = (v) => v) {
				let result = [];
				const end = input.endPos();
				if (n < 0) n = end + 1;
				let pos = 0;
				let i = 0;
				let prevMatchEnd = -1;
				const lbState = this.createLookbehindState();
				while (i < n && pos <= end) {
					const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
					if (matches === null || matches.length === 0) break;
					let accept = true;
					if (matches[1] === pos) {
						if (matches[0] === prevMatchEnd) accept = false;
						const r = input.step(pos);
						if (r < 0) pos = end + 1;
						else pos += r & 7;
					} else pos = matches[1];
					prevMatchEnd = matches[1];
					if (accept) {
						result.push(deliverFun(this.pad(matches)));
						i++;
					}
				}
				return result;
			}
			findUTF8(b) {
				const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
				if (a === null) return null;
				return b.slice(a[0], a[1]);
			}
			findUTF8Index(b) {
				const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
				if (a === null) return null;
				return a.slice(0, 2);
			}
			find(s) {
				const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
				if (a === null) return "";
				return s.substring(a[0], a[1]);
			}
			findIndex(s) {
				return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
			}
			findUTF8Submatch(b) {
				const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
				if (a === null) return null;
				const ret = new Array(1 + this.numSubexp).fill(null);
				for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
				return ret;
			}
			findUTF8SubmatchIndex(b) {
				return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
			}
			findSubmatch(s) {
				const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
				if (a === null) return null;
				const ret = new Array(1 + this.numSubexp).fill(null);
				for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
				return ret;
			}
			findSubmatchIndex(s) {
				return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
			}
			findAllUTF8(b, n) {
				const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
				if (result.length === 0) return null;
				return result;
			}
			findAllUTF8Index(b, n) {
				const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
				if (result.length === 0) return null;
				return result;
			}
			findAll(s, n) {
				const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
				if (result.length === 0) return null;
				return result;
			}
			findAllIndex(s, n) {
				const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
				if (result.length === 0) return null;
				return result;
			}
			findAllUTF8Submatch(b, n) {
				const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
					let slice = new Array(match.length / 2 | 0).fill(null);
					for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
					return slice;
				});
				if (result.length === 0) return null;
				return result;
			}
			findAllUTF8SubmatchIndex(b, n) {
				const result = this.allMatches(MachineInput.fromUTF8(b), n);
				if (result.length === 0) return null;
				return result;
			}
			findAllSubmatch(s, n) {
				const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
					let slice = new Array(match.length / 2 | 0).fill(null);
					for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
					return slice;
				});
				if (result.length === 0) return null;
				return result;
			}
			findAllSubmatchIndex(s, n) {
				const result = this.allMatches(MachineInput.fromUTF16(s), n);
				if (result.length === 0) return null;
				return result;
			}
		};
		(class RE2Set {
			static UNANCHORED = RE2Flags.UNANCHORED;
			static ANCHOR_START = RE2Flags.ANCHOR_START;
			static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
			constructor(anchor = RE2Set.UNANCHORED, flags = 0, maxMem = 8388608) {
				if (![
					RE2Set.UNANCHORED,
					RE2Set.ANCHOR_START,
					RE2Set.ANCHOR_BOTH
				].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
				Utils.checkFlags(flags);
				this.anchor = anchor;
				this.jsFlags = flags;
				this.maxMem = maxMem;
				let re2Flags = RE2Flags.PERL;
				if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
				if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
				this.re2Flags = re2Flags;
				this.regexps = [];
				this.prog = null;
				this.dfa = null;
				this.dummyRe2 = null;
			}
			add(pattern) {
				if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
				Utils.checkPattern(pattern);
				let fregex = pattern;
				if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
				if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
				if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
				const re = Parser.parse(fregex, this.re2Flags);
				this.regexps.push(Simplify.simplify(re));
				return this.regexps.length - 1;
			}
			compile() {
				if (this.prog) return;
				const prog = Compiler.compileSet(this.regexps);
				if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
				this.prog = prog;
				this.dfa = new DFA(this.prog, this.maxMem);
				this.dummyRe2 = {
					prog: this.prog,
					cond: this.prog.startCond(),
					prefix: "",
					prefixRune: 0,
					longest: false
				};
			}
			match(input) {
				if (!this.prog) this.compile();
				const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
				let internalAnchor = RE2Flags.UNANCHORED;
				if (this.anchor === RE2Set.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
				else if (this.anchor === RE2Set.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
				const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
				if (dfaResult !== null) return dfaResult;
				const machine = Machine.fromRE2(this.dummyRe2);
				machine.init(0);
				return machine.matchSet(machineInput, 0, internalAnchor);
			}
		});
		TranslateRegExpString = class TranslateRegExpString {
			static isHexadecimal(ch) {
				return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
			}
			static translate(data) {
				let prefixFlags = "";
				if (Object.prototype.toString.call(data) === "[object RegExp]") {
					if (data.ignoreCase) prefixFlags += "i";
					if (data.multiline) prefixFlags += "m";
					if (data.dotAll) prefixFlags += "s";
					data = data.source;
				}
				if (typeof data !== "string") return data;
				let result = "";
				let changed = false;
				let size = data.length;
				if (size === 0) {
					result = "(?:)";
					changed = true;
				}
				let inCharClass = false;
				let i = 0;
				while (i < size) {
					let ch = data[i];
					if (ch === "\\") {
						if (i + 1 < size) {
							ch = data[i + 1];
							switch (ch) {
								case "\\":
									result += "\\\\";
									i += 2;
									continue;
								case "c":
									if (i + 2 < size) {
										let code = data[i + 2].charCodeAt(0);
										if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
											let val = code % 32;
											result += "\\x";
											result += (val >> 4).toString(16).toUpperCase();
											result += (val & 15).toString(16).toUpperCase();
											i += 3;
											changed = true;
											continue;
										}
									}
									result += "c";
									i += 2;
									changed = true;
									continue;
								case "u":
									if (i + 2 < size) {
										if (data[i + 2] === "{") {
											let j = i + 3;
											let hasHex = false;
											let closed = false;
											while (j < size) {
												const hexChar = data[j];
												if (hexChar === "}") {
													closed = true;
													break;
												}
												if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
												hasHex = true;
												j++;
											}
											if (closed && hasHex) {
												result += "\\x";
												i += 2;
												changed = true;
												continue;
											}
										} else if (i + 5 < size) {
											let isHex4 = true;
											for (let j = 0; j < 4; j++) if (!TranslateRegExpString.isHexadecimal(data[i + 2 + j])) {
												isHex4 = false;
												break;
											}
											if (isHex4) {
												result += "\\x{" + data.substring(i + 2, i + 6) + "}";
												i += 6;
												changed = true;
												continue;
											}
										}
									}
									result += "u";
									i += 2;
									changed = true;
									continue;
								case "x": {
									let isValidHex = false;
									if (i + 2 < size && data[i + 2] === "{") {
										let j = i + 3;
										let hasHex = false;
										let closed = false;
										while (j < size) {
											const hexChar = data[j];
											if (hexChar === "}") {
												closed = true;
												break;
											}
											if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
											hasHex = true;
											j++;
										}
										if (closed && hasHex) isValidHex = true;
									} else if (i + 3 < size && TranslateRegExpString.isHexadecimal(data[i + 2]) && TranslateRegExpString.isHexadecimal(data[i + 3])) isValidHex = true;
									if (isValidHex) {
										result += "\\x";
										i += 2;
									} else {
										result += "x";
										i += 2;
										changed = true;
									}
									continue;
								}
								case "n":
								case "r":
								case "t":
								case "a":
								case "f":
								case "v":
								case "d":
								case "D":
								case "s":
								case "S":
								case "w":
								case "W":
								case "b":
								case "B":
								case "p":
								case "P":
								case "A":
								case "z":
								case "Q":
								case "E":
								case "0":
								case "1":
								case "2":
								case "3":
								case "4":
								case "5":
								case "6":
								case "7":
									result += "\\" + ch;
									i += 2;
									continue;
								default: {
									let cp = data.codePointAt(i + 1);
									if (cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122) {
										let symSize = Utils.charCount(cp);
										result += data.substring(i + 1, i + 1 + symSize);
										i += symSize + 1;
										changed = true;
									} else {
										result += "\\";
										let symSize = Utils.charCount(cp);
										result += data.substring(i + 1, i + 1 + symSize);
										i += symSize + 1;
									}
									continue;
								}
							}
						}
					} else if (ch === "/") {
						result += "\\/";
						i += 1;
						changed = true;
						continue;
					} else if (ch === "[") {
						if (!inCharClass && data[i + 1] === "]") {
							result += "[^\\x00-\\x{10FFFF}]";
							i += 2;
							changed = true;
							continue;
						}
						if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
							result += "[\\x00-\\x{10FFFF}]";
							i += 3;
							changed = true;
							continue;
						}
						inCharClass = true;
					} else if (ch === "]") inCharClass = false;
					else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
						if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
							result += "(?P<";
							i += 3;
							changed = true;
							continue;
						}
					}
					let cp = data.codePointAt(i);
					let symSize = Utils.charCount(cp);
					result += data.substring(i, i + symSize);
					i += symSize;
				}
				const finalResult = changed ? result : data;
				if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
				return finalResult;
			}
		};
		execResult = (m, input) => {
			const result = m.matchArray();
			result.index = m.start(0);
			result.input = input;
			result.groups = m.namedGroupsObject();
			return result;
		};
		RE2JS = class RE2JS {
			static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
			static DOTALL = PublicFlags.DOTALL;
			static MULTILINE = PublicFlags.MULTILINE;
			static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
			static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
			static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
			static quote(str) {
				return Utils.quoteMeta(str);
			}
			static quoteReplacement(str, javaMode = false) {
				return Matcher.quoteReplacement(str, javaMode);
			}
			static translateRegExp(expr) {
				return TranslateRegExpString.translate(expr);
			}
			static compile(regex, flags = 0) {
				Utils.checkPattern(regex);
				Utils.checkFlags(flags);
				let fregex = regex;
				if ((flags & RE2JS.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
				if ((flags & RE2JS.DOTALL) !== 0) fregex = `(?s)${fregex}`;
				if ((flags & RE2JS.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
				let re2Flags = RE2Flags.PERL;
				if ((flags & RE2JS.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
				if ((flags & RE2JS.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
				const p = new RE2JS(regex, flags);
				p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS.LONGEST_MATCH) !== 0);
				return p;
			}
			static matches(regex, input) {
				return RE2JS.compile(regex).testExact(input);
			}
			static initTest(pattern, flags, re2) {
				if (pattern == null) throw new Error("pattern is null");
				if (re2 == null) throw new Error("re2 is null");
				const p = new RE2JS(pattern, flags);
				p.re2Input = re2;
				return p;
			}
			constructor(pattern, flags) {
				this.patternInput = pattern;
				this.flagsInput = flags;
				this.re2Input = null;
			}
			reset() {
				this.re2Input.reset();
			}
			flags() {
				return this.flagsInput;
			}
			pattern() {
				return this.patternInput;
			}
			re2() {
				return this.re2Input;
			}
			matches(input) {
				return this.testExact(input);
			}
			matcher(input) {
				if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
				return new Matcher(this, input);
			}
			test(input) {
				if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
				return this.re2Input.match(input);
			}
			testExact(input) {
				const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
				return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
			}
			exec(input) {
				const m = this.matcher(input);
				return m.find() ? execResult(m, input) : null;
			}
			split(input, limit = 0) {
				const m = this.matcher(input);
				const result = [];
				let emptiesSkipped = 0;
				let last = 0;
				while (m.find()) {
					if (last === 0 && m.end() === 0) {
						last = m.end();
						continue;
					}
					if (limit > 0 && result.length === limit - 1) break;
					if (last === m.start()) {
						if (limit === 0) {
							emptiesSkipped += 1;
							last = m.end();
							continue;
						}
					} else while (emptiesSkipped > 0) {
						result.push("");
						emptiesSkipped -= 1;
					}
					result.push(m.substring(last, m.start()));
					last = m.end();
				}
				if (limit === 0 && last !== m.inputLength()) {
					while (emptiesSkipped > 0) {
						result.push("");
						emptiesSkipped -= 1;
					}
					result.push(m.substring(last, m.inputLength()));
				}
				if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
				return result;
			}
			*matchAll(input) {
				const m = this.matcher(input);
				while (m.find()) yield execResult(m, input);
			}
			toString() {
				return this.patternInput;
			}
			programSize() {
				return this.re2Input.numberOfInstructions();
			}
			groupCount() {
				return this.re2Input.numberOfCapturingGroups();
			}
			namedGroups() {
				return this.re2Input.namedGroups;
			}
			equals(other) {
				if (this === other) return true;
				if (other === null || this.constructor !== other.constructor) return false;
				return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
			}
		};
	})))();
}
// src/core/policy/match.ts
function braceEnd(p, from) {
	let depth = 0;
	let comma = false;
	for (let i = from; i < p.length; i++) {
		const c = p[i];
		if (c === "\\") i++;
		else if (c === "{") depth++;
		else if (c === "}" && --depth === 0) return {
			end: i,
			comma
		};
		else if (c === "," && depth === 1) comma = true;
	}
	return null;
}
function parseClass(p, from) {
	let i = from + 1;
	const negate = p[i] === "!" || p[i] === "^";
	if (negate) i++;
	const ranges = [];
	const start = i;
	for (; i < p.length; i++) {
		if (p[i] === "]" && i > start) return {
			item: {
				k: "set",
				negate,
				ranges
			},
			end: i
		};
		let lo = p[i];
		if (lo === "\\" && i + 1 < p.length) lo = p[++i];
		if (p[i + 1] === "-" && i + 2 < p.length && p[i + 2] !== "]") {
			ranges.push([lo, p[i + 2]]);
			i += 2;
		} else ranges.push([lo, lo]);
	}
	return null;
}
function parseItems(p, glob, from = 0, stop = "") {
	const items = [];
	let i = from;
	for (; i < p.length; i++) {
		const c = p[i];
		if (stop.includes(c)) break;
		if (!glob) {
			items.push(c === "*" ? { k: "all" } : {
				k: "ch",
				c
			});
			continue;
		}
		if (c === "\\" && i + 1 < p.length) items.push({
			k: "ch",
			c: p[++i]
		});
		else if (c === "*") {
			let j = i;
			while (p[j + 1] === "*") j++;
			const segmentStart = i === 0 || p[i - 1] === "/";
			const segmentEnd = j + 1 === p.length || p[j + 1] === "/";
			if (j > i && segmentStart && segmentEnd) {
				if (j + 1 === p.length) {
					if (items.at(-1)?.k === "ch" && items.at(-1).c === "/") {
						items.pop();
						items.push({ k: "tail" });
					} else items.push({ k: "all" });
				} else {
					items.push({ k: "dirs" });
					j++;
				}
			} else items.push({ k: "star" });
			i = j;
		} else if (c === "?") items.push({ k: "one" });
		else if (c === "[") {
			const set = parseClass(p, i);
			if (set) {
				items.push(set.item);
				i = set.end;
			} else items.push({
				k: "ch",
				c
			});
		} else if (c === "{" && braceEnd(p, i)?.comma) {
			const options = [];
			let at = i + 1;
			for (;;) {
				const part = parseItems(p, glob, at, ",}");
				options.push(part.items);
				at = part.end + 1;
				if (p[part.end] === "}") break;
			}
			items.push({
				k: "alt",
				options
			});
			i = at - 1;
		} else items.push({
			k: "ch",
			c
		});
	}
	return {
		items,
		end: i
	};
}
function emit(prog, items, next) {
	let at = next;
	for (let i = items.length - 1; i >= 0; i--) at = emitItem(prog, items[i], at);
	return at;
}
function loop(prog, slash, next) {
	const split = push(prog, {
		t: "split",
		a: -1,
		b: next
	});
	const any = push(prog, {
		t: "any",
		slash,
		out: split
	});
	prog[split].a = any;
	return split;
}
function emitItem(prog, item, next) {
	switch (item.k) {
		case "ch": return push(prog, {
			t: "ch",
			c: item.c,
			out: next
		});
		case "one": return push(prog, {
			t: "any",
			slash: false,
			out: next
		});
		case "set": return push(prog, {
			t: "set",
			negate: item.negate,
			ranges: item.ranges,
			out: next
		});
		case "star": return loop(prog, false, next);
		case "all": return loop(prog, true, next);
		case "tail": {
			const rest = push(prog, {
				t: "ch",
				c: "/",
				out: loop(prog, true, next)
			});
			return push(prog, {
				t: "split",
				a: rest,
				b: next
			});
		}
		case "dirs": {
			const split = push(prog, {
				t: "split",
				a: -1,
				b: next
			});
			const slash = push(prog, {
				t: "ch",
				c: "/",
				out: split
			});
			prog[split].a = loop(prog, false, slash);
			return split;
		}
		case "alt": {
			let entry = emit(prog, item.options.at(-1), next);
			for (let i = item.options.length - 2; i >= 0; i--) entry = push(prog, {
				t: "split",
				a: emit(prog, item.options[i], next),
				b: entry
			});
			return entry;
		}
	}
}
function compileAutomaton(pattern, glob) {
	let p = pattern;
	let negate = false;
	if (glob && p.startsWith("!") && !p.startsWith("!(")) {
		negate = true;
		p = p.slice(1);
	}
	if (glob && p.startsWith("./")) p = p.slice(2);
	const prog = [{ t: "match" }];
	return {
		prog,
		start: emit(prog, parseItems(p, glob).items, 0),
		negate
	};
}
function runAutomaton(a, target, counter) {
	const { prog } = a;
	const mark = new Int32Array(prog.length).fill(-1);
	let steps = 0;
	let live = [];
	const stack = [];
	const add = (list, s, gen) => {
		stack.push(s);
		while (stack.length) {
			const x = stack.pop();
			if (mark[x] === gen) continue;
			mark[x] = gen;
			steps++;
			const n = prog[x];
			if (n.t === "split") stack.push(n.b, n.a);
			else list.push(x);
		}
	};
	add(live, a.start, 0);
	for (let pos = 1; pos <= target.length; pos++) {
		const c = target[pos - 1];
		const next = [];
		for (const s of live) {
			steps++;
			const n = prog[s];
			if (n.t !== "match" && n.t !== "split" && consumes(n, c)) add(next, n.out, pos);
		}
		live = next;
		if (!live.length) break;
	}
	const matched = live.some((s) => prog[s].t === "match");
	if (counter) counter.steps += steps;
	return matched !== a.negate;
}
function createDfaMatcher(a) {
	const { prog } = a;
	const mark = new Int32Array(prog.length).fill(-1);
	let gen = 0;
	const closure = (from) => {
		gen++;
		const out = [];
		const stack = [...from];
		while (stack.length) {
			const x = stack.pop();
			if (mark[x] === gen) continue;
			mark[x] = gen;
			const n = prog[x];
			if (n.t === "split") stack.push(n.b, n.a);
			else out.push(x);
		}
		return out.sort((x, y) => x - y);
	};
	let cache = new Map();
	const stateOf = (set) => {
		const key = set.join(",");
		let d = cache.get(key);
		if (!d) {
			if (cache.size >= MAX_DFA_STATES) cache = new Map();
			d = {
				set,
				accept: set.some((x) => prog[x].t === "match"),
				next: new Map()
			};
			cache.set(key, d);
		}
		return d;
	};
	const startSet = closure([a.start]);
	return (target) => {
		let d = stateOf(startSet);
		for (let i = 0; i < target.length; i++) {
			const c = target[i];
			if (!d.set.length) break;
			let next = d.next.get(c);
			if (!next) {
				const outs = [];
				for (const x of d.set) {
					const n = prog[x];
					if (n.t !== "match" && n.t !== "split" && consumes(n, c)) outs.push(n.out);
				}
				next = stateOf(closure(outs));
				d.next.set(c, next);
			}
			d = next;
		}
		return d.accept !== a.negate;
	};
}
function regexOf(pattern) {
	const m = /^\/(.+)\/([ims]*)$/s.exec(pattern);
	return m ? {
		source: m[1],
		flags: m[2]
	} : null;
}
function compileRegex(source, flags) {
	let f = 0;
	if (flags.includes("i")) f |= RE2JS.CASE_INSENSITIVE;
	if (flags.includes("m")) f |= RE2JS.MULTILINE;
	if (flags.includes("s")) f |= RE2JS.DOTALL;
	let re;
	try {
		re = RE2JS.compile(source, f);
	} catch (e) {
		throw new PatternError(`a regular expression RE2 accepts (no backreferences or lookaround): ${e.message}`);
	}
	return (target) => re.matcher(target).find();
}
function compilePattern(pattern, glob) {
	if (pattern.length > 1024) throw new PatternError(`at most ${MAX_PATTERN_CHARS} characters (this one has ${pattern.length})`);
	const re = regexOf(pattern);
	if (re) return compileRegex(re.source, re.flags);
	const dfa = createDfaMatcher(compileAutomaton(pattern, glob));
	return (target) => target.length <= 4096 && dfa(target);
}
var MAX_PATTERN_CHARS, MAX_TARGET_CHARS, PatternError, push, consumes, MAX_DFA_STATES;
function init_match() {
	return (init_match = require_rolldown_runtime.__esmMin((() => {
		init_build();
		MAX_PATTERN_CHARS = 1024;
		MAX_TARGET_CHARS = 4096;
		PatternError = class extends Error {
			name = "PatternError";
		};
		push = (prog, n) => prog.push(n) - 1;
		consumes = (n, c) => {
			switch (n.t) {
				case "ch": return n.c === c;
				case "any": return n.slash || c !== "/";
				case "set": return c !== "/" && n.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== n.negate;
				default: return false;
			}
		};
		MAX_DFA_STATES = 2e3;
	})))();
}
// src/core/policy/model.ts
function pick(value, path) {
	let v = value;
	for (const p of path) v = v && typeof v === "object" ? v[p] : void 0;
	return v;
}
function unknownKeys(data) {
	const out = [];
	const check = (v, known, where) => {
		if (!isObject$1(v)) return;
		const extra = Object.keys(v).filter((k) => !known.includes(k));
		if (extra.length) out.push(`${where}: unknown key${extra.length > 1 ? "s" : ""} ${extra.map((k) => JSON.stringify(k)).join(", ")} (ignored)`);
	};
	check(data, KNOWN.top, "(top level)");
	if (!isObject$1(data)) return out;
	check(data.window, KNOWN.window, "window");
	check(data.settings, KNOWN.settings, "settings");
	for (const kind of RULE_KINDS) {
		const rules = data[kind];
		if (!Array.isArray(rules)) continue;
		rules.forEach((r, i) => {
			check(r, KNOWN.rule, `${kind}[${i}]`);
			const contexts = isObject$1(r) ? r.contexts : void 0;
			if (!Array.isArray(contexts)) return;
			contexts.forEach((c, j) => {
				const at = `${kind}[${i}].contexts[${j}]`;
				check(c, KNOWN.context, at);
				const w = isObject$1(c) ? c.when : void 0;
				check(w, KNOWN.when, `${at}.when`);
				check(isObject$1(w) ? w.timeRestriction : void 0, KNOWN.timeRestriction, `${at}.when.timeRestriction`);
			});
		});
	}
	return out;
}
function readDocument(text, path) {
	const lines = new import_dist.LineCounter();
	const json = /\.json$/i.test(path) || text.trimStart().startsWith("{");
	if (json) try {
		JSON.parse(text);
	} catch (e) {
		throw new PolicyError(`${path}: invalid JSON: ${e.message}`);
	}
	const doc = (0, import_dist.parseDocument)(text, {
		prettyErrors: true,
		lineCounter: lines,
		uniqueKeys: false
	});
	const first = doc.errors[0];
	if (first) {
		const pos = first.linePos?.[0];
		throw new PolicyError(`${path}${pos ? `:${pos.line}:${pos.col}` : ""}: invalid YAML: ${first.message.split("\n")[0].replace(/:$/, "")}`);
	}
	return {
		data: json ? JSON.parse(text) : doc.toJS({ maxAliasCount: 100 }),
		doc,
		lines
	};
}
function lineOf(doc, lines, kind, i) {
	const seq = (0, import_dist.isMap)(doc.contents) ? doc.contents.get(kind, true) : void 0;
	const start = ((0, import_dist.isSeq)(seq) ? seq.items[i] : void 0)?.range?.[0];
	return start === void 0 ? void 0 : lines.linePos(start).line;
}
function parsePolicyFile(text, path) {
	const { data, doc, lines } = readDocument(text, path);
	const r = policySchema.safeParse(data);
	if (!r.success) {
		const issue = r.error.issues[0];
		const where = place(issue.path);
		const got = describe$1(pick(data, issue.path));
		if (issue.code === "invalid_value" && "values" in issue) throw new PolicyError(`${path}: ${where}: expected ${issue.values.map(String).join("|")}, got ${got}`);
		throw new PolicyError(`${path}: ${where}: ${issue.message}, got ${got}`);
	}
	const policy = r.data;
	for (const kind of RULE_KINDS) policy[kind].forEach((rule, i) => {
		try {
			compilePattern(rule.pattern, kind === "fileWrites");
		} catch (e) {
			if (!(e instanceof PatternError)) throw e;
			throw new PolicyError(`${path}: ${kind}[${i}].pattern: expected ${e.message}, got ${describe$1(rule.pattern)}`);
		}
		const line = lineOf(doc, lines, kind, i);
		if (line !== void 0) rule.line = line;
	});
	return {
		policy,
		notices: unknownKeys(data).map((n) => `${path}: ${n}`)
	};
}
var import_dist, MODES, RULE_KINDS, DAYS, mode, oneOrMany, hour, day, when, rule, policySchema, PolicyError, describe$1, place, KNOWN, isObject$1, ruleId, fallbackOf;
function init_model$1() {
	return (init_model$1 = require_rolldown_runtime.__esmMin((() => {
		import_dist = require_dist$1.require_dist();
		require_schemas.init_schemas();
		init_match();
		MODES = [
			"allow",
			"deny",
			"review"
		];
		RULE_KINDS = [
			"commands",
			"fileWrites",
			"sessions"
		];
		DAYS = [
			"sunday",
			"monday",
			"tuesday",
			"wednesday",
			"thursday",
			"friday",
			"saturday"
		];
		mode = require_schemas._enum(MODES);
		oneOrMany = require_schemas.union([require_schemas.string(), require_schemas.array(require_schemas.string()).min(1)]);
		hour = require_schemas.union([require_schemas.number().min(0).max(24).transform((h) => Math.round(h * 60)), require_schemas.string().regex(/^([01]?\d|2[0-4]):[0-5]\d$/, "expected an hour 0–24 or \"HH:MM\"").transform((s) => {
			const [h, m] = s.split(":").map(Number);
			return h * 60 + m;
		})]);
		day = require_schemas.preprocess((v) => typeof v === "string" ? v.toLowerCase() : v, require_schemas._enum(DAYS));
		when = require_schemas.object({
			projectType: oneOrMany.optional(),
			taskType: oneOrMany.optional(),
			sessionType: oneOrMany.optional(),
			fileType: oneOrMany.optional(),
			approvalState: oneOrMany.optional(),
			directory: require_schemas.string().optional(),
			authorizationLevel: require_schemas.string().optional(),
			timeRestriction: require_schemas.object({
				days: require_schemas.array(day).optional(),
				hours: require_schemas.tuple([hour, hour]).optional()
			}).optional()
		});
		rule = require_schemas.object({
			id: require_schemas.string().min(1).optional(),
			pattern: require_schemas.string().min(1),
			mode,
			priority: require_schemas.number().finite().optional(),
			contexts: require_schemas.array(require_schemas.object({
				when,
				overrideMode: mode,
				description: require_schemas.string().optional()
			})).optional(),
			description: require_schemas.string().optional()
		});
		policySchema = require_schemas.object({
			version: require_schemas.union([require_schemas.string(), require_schemas.number()]),
			description: require_schemas.string().optional(),
			defaultCommandBehavior: mode.default("review"),
			defaultWriteBehavior: mode.default("review"),
			commands: require_schemas.array(rule).default([]),
			fileWrites: require_schemas.array(rule).default([]),
			sessions: require_schemas.array(rule).default([]),
			window: require_schemas.object({
				description: require_schemas.string().optional(),
				lastReviewedAt: require_schemas.union([require_schemas.string(), require_schemas.date()]).optional(),
				reviewedBy: oneOrMany.optional()
			}).optional(),
			settings: require_schemas.object({
				cacheDecisions: require_schemas.boolean().optional(),
				decisionCacheTTL: require_schemas.number().optional(),
				maxConsecutiveReviews: require_schemas.number().optional()
			}).optional()
		});
		PolicyError = class extends Error {
			name = "PolicyError";
		};
		describe$1 = (v) => {
			const json = JSON.stringify(v);
			return json === void 0 ? String(v) : json.length > 60 ? `${json.slice(0, 60)}…` : json;
		};
		place = (path) => path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`).join("") || "(top level)";
		KNOWN = {
			top: Object.keys(policySchema.shape),
			window: [
				"description",
				"lastReviewedAt",
				"reviewedBy"
			],
			settings: [
				"cacheDecisions",
				"decisionCacheTTL",
				"maxConsecutiveReviews"
			],
			rule: Object.keys(rule.shape),
			context: [
				"when",
				"overrideMode",
				"description"
			],
			when: Object.keys(when.shape),
			timeRestriction: ["days", "hours"]
		};
		isObject$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
		ruleId = (kind, r) => r.id ?? `${kind}:${r.pattern}`;
		fallbackOf = (policy, kind) => kind === "fileWrites" ? policy.defaultWriteBehavior : policy.defaultCommandBehavior;
	})))();
}
// src/core/policy/evaluate.ts
function literalPrefix(kind, pattern) {
	if (/^\/.+\/[ims]*$/s.test(pattern)) return "";
	const stop = kind === "fileWrites" ? /[*?[\]{}()!+@\\]/ : /\*/;
	const at = pattern.search(stop);
	const prefix = at < 0 ? pattern : pattern.slice(0, at);
	return kind === "fileWrites" && prefix.startsWith("./") ? "" : prefix;
}
function directoryTest(pattern) {
	if (GLOB_CHARS.test(pattern)) {
		const a = compileAutomaton(pattern, true);
		return (dir) => runAutomaton(a, dir);
	}
	const prefix = pattern.replace(/^\.\//, "").replace(/\/+$/, "");
	return (dir) => {
		const d = dir.replace(/^\.\//, "");
		return prefix === "" || d === prefix || d.startsWith(`${prefix}/`);
	};
}
function timeFacts(ts) {
	const d = new Date(ts);
	return {
		day: DAYS[d.getUTCDay()],
		minute: d.getUTCHours() * 60 + d.getUTCMinutes()
	};
}
function compileWhen(w) {
	const tests = [];
	for (const k of LIST_FACTS) {
		const v = w[k];
		if (v === void 0) continue;
		const allowed = typeof v === "string" ? [v] : v;
		tests.push((c) => c[k] !== void 0 && allowed.includes(c[k]));
	}
	if (w.directory !== void 0) {
		const test = directoryTest(w.directory);
		tests.push((c) => c.directory !== void 0 && test(c.directory));
	}
	if (w.authorizationLevel !== void 0) tests.push((c) => c.authorizationLevel === w.authorizationLevel);
	const t = w.timeRestriction;
	if (t) tests.push((_c, ts) => {
		if (ts === void 0) return false;
		const { day, minute } = timeFacts(ts);
		if (t.days && !t.days.includes(day)) return false;
		if (!t.hours) return true;
		const [from, to] = t.hours;
		return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
	});
	return (context, ts) => tests.every((test) => test(context, ts));
}
function compileRules(kind, rules, fallback, cache) {
	const byPrefix = new Map();
	const match = rules.map((r, i) => {
		const prefix = literalPrefix(kind, r.pattern);
		const bucket = byPrefix.get(prefix);
		if (bucket) bucket.push(i);
		else byPrefix.set(prefix, [i]);
		const key = `${kind === "fileWrites" ? "glob" : "wild"}\u0000${r.pattern}`;
		let m = cache.get(key);
		if (!m) {
			m = matcherOf(kind, r.pattern);
			cache.set(key, m);
		}
		return m;
	});
	const lengths = [...new Set([...byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
	return {
		kind,
		rules,
		ids: rules.map((r) => ruleId(kind, r)),
		fallback,
		match,
		contexts: rules.map((r) => (r.contexts ?? []).map((c) => ({
			holds: compileWhen(c.when),
			overrideMode: c.overrideMode
		}))),
		priority: rules.map((r) => r.priority ?? 0),
		byPrefix,
		lengths
	};
}
function compilePolicy(policy, cache = new Map()) {
	const out = {};
	for (const kind of RULE_KINDS) out[kind] = compileRules(kind, policy[kind], fallbackOf(policy, kind), cache);
	return out;
}
function matchingRules(c, target) {
	const out = [];
	for (const n of c.lengths) {
		if (n > target.length) break;
		const bucket = c.byPrefix.get(target.slice(0, n));
		if (!bucket) continue;
		for (const i of bucket) if (c.match[i](target)) out.push(i);
	}
	return out.sort((a, b) => a - b);
}
function bestMatch(c, target) {
	let best = -1;
	for (const n of c.lengths) {
		if (n > target.length) break;
		const bucket = c.byPrefix.get(target.slice(0, n));
		if (!bucket) continue;
		for (let j = bucket.length - 1; j >= 0; j--) {
			const i = bucket[j];
			if (outranks(c, i, best) && c.match[i](target)) best = i;
		}
	}
	return best;
}
function effectAt(c, i, request) {
	const ctx = c.contexts[i].find((x) => x.holds(request.context, request.ts));
	return ctx ? {
		decision: ctx.overrideMode,
		override: true
	} : {
		decision: c.rules[i].mode,
		override: false
	};
}
function decide(policy, request) {
	const c = policy[kindOf(request.action)];
	const i = bestMatch(c, request.target);
	if (i < 0) return {
		decision: c.fallback,
		ruleId: null,
		override: false
	};
	return {
		...effectAt(c, i, request),
		ruleId: c.ids[i]
	};
}
var RANK, commandMatcher, fileMatcher, matcherOf, kindOf, GLOB_CHARS, LIST_FACTS, outranks;
function init_evaluate() {
	return (init_evaluate = require_rolldown_runtime.__esmMin((() => {
		init_match();
		init_model$1();
		RANK = {
			deny: 0,
			review: 1,
			allow: 2
		};
		commandMatcher = (pattern) => compilePattern(pattern, false);
		fileMatcher = (pattern) => compilePattern(pattern, true);
		matcherOf = (kind, pattern) => kind === "fileWrites" ? fileMatcher(pattern) : commandMatcher(pattern);
		kindOf = (action) => action === "run-command" ? "commands" : action === "write-file" ? "fileWrites" : "sessions";
		GLOB_CHARS = /[*?[\]{}]/;
		LIST_FACTS = [
			"projectType",
			"taskType",
			"sessionType",
			"fileType",
			"approvalState"
		];
		outranks = (c, i, j) => j < 0 || c.priority[i] > c.priority[j] || c.priority[i] === c.priority[j] && i > j;
	})))();
}
// src/core/policy/diff.ts
function describeChange(d) {
	if (d.defaults) return `${d.change} ${d.defaults.from} → ${d.defaults.to}`;
	if (d.before && d.after && d.before.mode !== d.after.mode) return `${d.change} ${d.before.mode} → ${d.after.mode}`;
	return d.change;
}
function synthesizeTargets(kind, pattern) {
	const re = regexOf(pattern);
	if (re) return [re.source.replace(/\\(.)/g, "$1").replace(/[\^$.*+?()[\]{}|]/g, "")];
	if (kind !== "fileWrites") return [
		pattern.replace(/\*/g, ""),
		pattern.replace(/\*/g, "x"),
		pattern.replace(/\*/g, "x y --z")
	];
	return [pattern.replace(/\*\*\/?/g, "a/b/").replace(/\*/g, "x").replace(/\/+/g, "/").replace(/\/$/, "/x"), pattern.replace(/\*\*\/?/g, "").replace(/\*/g, "y")];
}
function computeRuleDiff(base, head) {
	const out = [];
	for (const kind of RULE_KINDS) {
		const fallback = kind === "fileWrites" ? "defaultWriteBehavior" : "defaultCommandBehavior";
		if (kind !== "sessions" && base[fallback] !== head[fallback]) out.push({
			kind,
			id: fallback,
			change: "flipped",
			direction: sign(RANK[head[fallback]] - RANK[base[fallback]]),
			before: null,
			after: null,
			defaults: {
				from: base[fallback],
				to: head[fallback]
			}
		});
		const before = new Map(base[kind].map((r) => [ruleId(kind, r), r]));
		const after = new Map(head[kind].map((r) => [ruleId(kind, r), r]));
		const probes = [...new Set([...base[kind], ...head[kind]].flatMap((r) => synthesizeTargets(kind, r.pattern)))];
		for (const [id, a] of after) {
			const b = before.get(id);
			if (!b) {
				out.push({
					kind,
					id,
					change: "added",
					direction: sign(RANK[a.mode] - RANK[head[fallback]]),
					before: null,
					after: a
				});
				continue;
			}
			if (a.mode !== b.mode || overridesOf(a) !== overridesOf(b)) out.push({
				kind,
				id,
				change: "flipped",
				direction: sign(RANK[a.mode] - RANK[b.mode]),
				before: b,
				after: a
			});
			if ((a.priority ?? 0) !== (b.priority ?? 0)) out.push({
				kind,
				id,
				change: "reprioritized",
				direction: "neutral",
				before: b,
				after: a
			});
			if (a.pattern !== b.pattern) {
				const was = matcherOf(kind, b.pattern);
				const is = matcherOf(kind, a.pattern);
				const gained = probes.filter((p) => is(p) && !was(p)).length;
				const change = probes.filter((p) => was(p) && !is(p)).length === 0 ? "widened" : gained === 0 ? "narrowed" : "reshaped";
				const toward = RANK[a.mode] - RANK[head[fallback]];
				const direction = change === "reshaped" ? "neutral" : sign(change === "widened" ? toward : -toward);
				out.push({
					kind,
					id,
					change,
					direction,
					before: b,
					after: a
				});
			}
		}
		for (const [id, b] of before) if (!after.has(id)) out.push({
			kind,
			id,
			change: "removed",
			direction: sign(RANK[head[fallback]] - RANK[b.mode]),
			before: b,
			after: null
		});
	}
	return out;
}
var sign, overridesOf;
function init_diff() {
	return (init_diff = require_rolldown_runtime.__esmMin((() => {
		init_evaluate();
		init_match();
		init_model$1();
		sign = (d) => d > 0 ? "loosened" : d < 0 ? "tightened" : "neutral";
		overridesOf = (r) => JSON.stringify((r.contexts ?? []).map((c) => [c.when, c.overrideMode]));
	})))();
}
// src/core/render/runbook.ts
function decisionCommands(run) {
	const by = run.architects[0] ? ` --by ${sh(run.architects[0])}` : "";
	const id = run.eventId ? ` ${run.eventId}` : "";
	const reason = sh("the change is intended and reviewed");
	return [
		...run.eventId ? [`driftgate decide accept${id} --reason ${reason}${by}`] : [],
		`# ${run.eventId ? "or " : ""}as a new comment on the pull request or escalation issue:`,
		`/driftgate accept${id} the change is intended and reviewed`,
		`/driftgate investigate${id} the cause is not known yet`,
		`/driftgate rollback${id} the previous state is restored`
	];
}
function renderStep(s, i, run) {
	const commands = s.decide ? [...s.commands, ...decisionCommands(run)] : s.commands;
	const lines = [
		`${i + 1}. **${escapeProse(stop(s.title))}**`,
		"",
		`   Why: ${escapeProse(stop(s.why))}`
	];
	if (commands.length) lines.push("", ...codeBlock(commands, "   "));
	if (s.artifacts.length === 1) lines.push("", `   Artifacts: ${escapeProse(stop(s.artifacts[0]))}`);
	if (s.artifacts.length > 1) lines.push("", "   Artifacts:", "", ...s.artifacts.map((x) => `   - ${escapeProse(x)}`));
	lines.push("", `   Verify: ${escapeProse(stop(s.verify))}`, "");
	return lines;
}
function renderRunbook(book, level = 3, run = NO_RUN) {
	const t = book.trigger;
	const lines = [
		`${"#".repeat(level)} ${ICON[book.severity]} ${escapeProse(book.title)} · ${book.severity} · \`${book.id}\``,
		"",
		`**Trigger:** ${escapeProse(t.comparator === "=" && t.value === t.threshold ? `${t.signal} is ${t.value}` : `${t.signal} ${t.value} ${t.comparator} ${t.threshold}`)}`,
		"",
		escapeProse(book.purpose),
		""
	];
	book.steps.forEach((s, i) => lines.push(...renderStep(s, i, run)));
	if (book.escalation) lines.push(`**Escalation:** ${escapeProse(book.escalation)}.`, "");
	if (book.decisions.length) lines.push(`**Decisions expected:** ${book.decisions.map(escapeProse).join(" · ")}.`, "");
	return `${lines.join("\n").trimEnd()}\n`;
}
function renderRunbooks(books, run = NO_RUN) {
	return [
		"# driftgate runbooks",
		"",
		books.map((b) => `- \`${b.id}\` ${escapeProse(b.title)} (${b.severity})`).join("\n"),
		"",
		...books.map((b) => renderRunbook(b, 2, run))
	].join("\n");
}
function renderPolicyScores(a) {
	const diff = a.diff.slice(0, 20).map((d) => `| ${escapeProse(d.project)} | ${escapeProse(d.id)} | ${describeChange(d)} | ${d.direction} |`);
	return [
		`**Policy drift ${a.drift.score}** (${a.drift.band}) · risk **${a.risk.level}** · volatility ${a.volatility} · federated stability ${a.stability} · ${a.replay.flipped} of ${a.replay.lines} traced decisions flip · ${a.contradictions.static.length + a.contradictions.dynamic.length} contradictions`,
		"",
		"| signal | severity | intensity | confidence | value | detail |",
		"|---|---|---|---|---|---|",
		...a.signals.map((s) => `| ${s.title} | ${s.severity} | ${s.intensity} | ${s.confidence} | ${s.value} | ${escapeProse(s.detail)} |`),
		...diff.length ? [
			"",
			`Rule changes ${a.base ? `since \`${shortSha(a.base)}\`` : ""}:`,
			"",
			"| project | rule | change | direction |",
			"|---|---|---|---|",
			...diff,
			...a.diff.length > 20 ? [`| | … and ${a.diff.length - 20} more | | |`] : []
		] : [],
		""
	].join("\n");
}
var stop, ICON, NO_RUN;
function init_runbook() {
	return (init_runbook = require_rolldown_runtime.__esmMin((() => {
		init_diff();
		init_model();
		stop = (s) => /[.!?:;)]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
		ICON = {
			low: "🟢",
			medium: "🟡",
			high: "🟠",
			critical: "🔴"
		};
		NO_RUN = {
			eventId: null,
			architects: []
		};
	})))();
}
// src/core/snapshot.ts
function needsSnapshot(classification, eventName, lastSnapshotAt, now) {
	if (classification === "PRODUCT_DRIFT" || classification === "INCIDENT") return true;
	if (eventName === "schedule") return true;
	if (!lastSnapshotAt) return true;
	return now.getTime() - Date.parse(lastSnapshotAt) > 864e5;
}
var snapshotDir;
function init_snapshot() {
	return (init_snapshot = require_rolldown_runtime.__esmMin((() => {
		snapshotDir = (snapshotId) => `governance/runtime/snapshots/${snapshotId}`;
	})))();
}
// src/core/verdict.ts
function computeVerdict(observed, input) {
	const { seal, policy } = observed;
	const { findings, frozenBy } = computeFindings(observed, input);
	const classification = require_verify.classify(findings);
	const scope = require_log.computeFreezeScope({
		classification,
		frozen: frozenBy !== null,
		ref: input.ref,
		onDefaultBranch: input.onDefaultBranch,
		commandLine: input.eventName === "cli",
		governedRefs: input.governedRefs ?? []
	});
	const runbooks = computeRunbooks(classification, {
		head: observed.commit,
		base: observed.baselineRef,
		manifest: input.manifest,
		logBranch: input.logBranch
	}, policy?.runbooks ?? []);
	const draft = require_event.computeEvent(computeEventContent(observed, input, {
		findings,
		classification,
		frozenBy
	}));
	const { event, files } = needsSnapshot(classification, input.eventName, observed.log.lastSnapshotAt, observed.now) ? computeSnapshot(draft, observed, input.secrets ?? []) : {
		event: draft,
		files: null
	};
	require_event.assertRuntimeEvent(event);
	const eventJson = `${JSON.stringify(event, null, 2)}\n`;
	const runbook = renderRunbooks(runbooks, {
		eventId: event.event_id,
		architects: input.architects ?? []
	});
	const runbooksJson = `${JSON.stringify(runbooks, null, 2)}\n`;
	const incidentReport = classification === "INCIDENT" ? renderIncidentReport(input.incidentTemplate, event, input.logUrl) : null;
	if (files) addSnapshotFiles(files, {
		"runbook.md": runbook,
		"runbooks.json": runbooksJson,
		"policy-analysis.json": policy ? `${JSON.stringify(policy.analysis, null, 2)}\n` : null,
		"INCIDENT_REPORT.md": incidentReport,
		"RUNTIME_EVENT.json": eventJson
	});
	const reportPath = `${EVENTS_DIR}/${event.event_id}.json`;
	const runbookPath = `${EVENTS_DIR}/${event.event_id}.runbook.md`;
	return {
		findings,
		classification,
		fails: require_verify.computeFails(classification, input.failOn, {
			pullRequest: require_verify.isPullRequestEvent(input.eventName),
			testsPassed: observed.tests?.passed ?? null
		}),
		scope,
		event,
		eventJson,
		runbooks,
		runbook,
		runbooksJson,
		policySection: {
			scores: policy ? renderPolicyScores(policy.analysis) : "",
			runbooks: runbooks.map((b) => renderRunbook(b, 3)).join("\n"),
			triggered: (policy?.runbooks ?? []).map((r) => r.title)
		},
		incidentReport,
		annotations: computeAnnotations(findings),
		history: renderHistory(input.ref, observed.log.recent.filter((r) => r.ref === input.ref), {
			classification,
			timestamp: event.timestamp,
			drift_score: event.policy?.drift_score ?? null
		}),
		sealCounts: computeSealCounts(seal, input.manifest),
		reportPath,
		runbookPath,
		writesRefused: Boolean(observed.runtimeRefusal),
		snapshot: files && event.snapshot_id ? {
			dir: snapshotDir(event.snapshot_id),
			files
		} : null,
		logEntry: computeLogEntry(event, observed, input, scope),
		outputs: observed.runtimeRefusal ? computeOutputs(event, "", "", scope) : computeOutputs(event, reportPath, runbookPath, scope)
	};
}
function computeSealCounts(seal, manifest) {
	const ok = seal.verdicts.filter((v) => v.status === "OK").length;
	return {
		manifest,
		entries: seal.entries,
		ok,
		authoritative: seal.authoritative
	};
}
function addSnapshotFiles(files, more) {
	for (const [name, content] of Object.entries(more)) if (content !== null) files.set(name, content);
}
function computeRunbooks(classification, refs, policyRunbooks) {
	return [computeClassificationRunbook(classification, {
		...refs,
		logBranch: refs.logBranch || null
	}), ...policyRunbooks];
}
function computeEventContent(observed, input, judged) {
	const { seal, tests, policy } = observed;
	const { findings } = judged;
	return {
		snapshot_id: null,
		timestamp: observed.now.toISOString(),
		commit: observed.commit,
		ref: input.ref,
		event_name: input.eventName,
		run: input.run,
		classification: judged.classification,
		findings,
		baseline: {
			manifest_sha256: seal.manifestSha256,
			ref: observed.baselineRef,
			runtime_baseline_sha256: tests?.treeRuntimeBaselineSha256 ?? null
		},
		tests: tests ? require_redact.redactDeep(tests.summary, input.secrets ?? []) : null,
		diff: findings.filter((f) => f.evidence.expected || f.evidence.tests || f.evidence.detail).map(describeDiff),
		policy: policy ? {
			drift_score: policy.analysis.drift.score,
			band: policy.analysis.drift.band,
			risk_level: policy.analysis.risk.level,
			runbooks: policy.runbooks.map((r) => r.id)
		} : null,
		frozen_by: judged.frozenBy
	};
}
function computeOutputs(event, reportPath, runbookPath, scope) {
	return {
		classification: event.classification,
		"event-id": event.event_id,
		"snapshot-id": event.snapshot_id ?? "",
		frozen: event.frozen_by || scope.freezes ? "true" : "false",
		"drift-score": event.policy ? String(event.policy.drift_score) : "",
		"risk-level": event.policy?.risk_level ?? "",
		report: reportPath,
		runbook: runbookPath
	};
}
function computeRuntimeFindings(refusal) {
	if (!refusal) return [];
	return [{
		code: "RUNTIME_PATH_REFUSED",
		stage: "seal",
		classification: "INCIDENT",
		message: `${refusal}; no run-time file is written in the workspace, the run is still recorded on the log branch and reported`,
		evidence: { paths: [EVENTS_DIR] }
	}];
}
function computeFindings(observed, input) {
	const { seal } = observed;
	const ref = input.ref;
	const sealClean = !seal.findings.some((f) => f.classification !== "STABLE");
	const { frozenBy, acceptedConfigs } = require_log.computeFreeze(observed.log.freezeEntries, ref, sealClean);
	const findings = require_redact.redactDeep([
		...require_verify.computeTrustFindings(input.trust, acceptedConfigs),
		...input.trustFindings ?? [],
		...observed.log.findings,
		...require_verify.computeAbsentBaselineFindings({
			sealed: input.sealed ?? [],
			baseline: input.manifest
		}, seal),
		...seal.findings,
		...observed.invariants,
		...observed.tests?.findings ?? [],
		...observed.policy?.findings ?? [],
		...observed.runner ?? [],
		...computeRuntimeFindings(observed.runtimeRefusal ?? null)
	], input.secrets ?? []);
	if (frozenBy) findings.push({
		code: "FROZEN",
		stage: "freeze",
		classification: frozenBy.classification,
		message: `frozen by ${frozenBy.event_id} (${frozenBy.classification} on ${frozenBy.ref ?? "an unknown ref"}, ${frozenBy.timestamp}) until an architect's written decision on it: a comment /driftgate accept ${frozenBy.event_id} (or investigate, rollback) followed by the reason`,
		evidence: {
			commits: [frozenBy.commit],
			detail: frozenBy.event_id
		}
	});
	return {
		findings,
		frozenBy: frozenBy?.event_id ?? null
	};
}
function computeSnapshot(draft, observed, secrets) {
	const files = new Map();
	files.set("console.log", observed.tests?.console ?? "");
	files.set("seal-verification.json", `${JSON.stringify({
		authoritative: observed.seal.authoritative,
		entries: observed.seal.verdicts
	}, null, 2)}\n`);
	files.set("diff.txt", draft.diff.length ? `${draft.diff.join("\n")}\n` : "");
	for (const [path, bytes] of observed.tests?.reports ?? []) files.set(`reports/${path}`, require_redact.redactBytes(bytes, secrets));
	return {
		event: {
			...draft,
			snapshot_id: require_event.computeSnapshotId(draft, files)
		},
		files
	};
}
function computeLogEntry(event, observed, input, scope) {
	return {
		type: "OBSERVATION",
		event_id: event.event_id,
		timestamp: event.timestamp,
		classification: event.classification,
		commit: event.commit,
		ref: input.ref,
		freezes_all: scope.all,
		freezes: scope.freezes,
		snapshot_id: event.snapshot_id,
		frozen_by: event.frozen_by,
		manifest_sha256: observed.seal.manifestSha256,
		observed_manifest_sha256: observed.seal.treeManifestSha256,
		observed_runtime_baseline_sha256: observed.tests?.treeRuntimeBaselineSha256 ?? null,
		...input.trust?.change?.changeSha256 ? { observed_config_sha256: input.trust.change.changeSha256 } : {},
		...input.trust?.workflowChange?.changeSha256 ? { observed_workflow_sha256: input.trust.workflowChange.changeSha256 } : {},
		run_url: input.run.url,
		findings: event.findings.length,
		drift_score: event.policy?.drift_score ?? null
	};
}
function describeDiff(f) {
	if (f.evidence.tests?.length) return `${f.code}: ${f.evidence.tests.join(", ")}`;
	const path = f.evidence.paths?.[0] ?? f.evidence.invariant ?? "";
	if (f.evidence.expected && f.evidence.actual) return `${path}: ${f.evidence.expected} -> ${f.evidence.actual}`;
	if (f.evidence.expected) return `${path}: ${f.evidence.expected} -> (${f.code === "SEALED_MISSING" ? "missing" : "unreadable"})`;
	return `${path}: ${f.evidence.detail ?? f.code}`;
}
var OUTPUT_NAMES, EVENTS_DIR;
function init_verdict() {
	return (init_verdict = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_classify();
		init_escalation();
		require_event.init_event();
		require_log.init_freeze();
		require_redact.init_redact();
		require_verify.init_trust();
		init_annotations();
		init_incident_report();
		init_runbook();
		init_classification_runbook();
		init_snapshot();
		OUTPUT_NAMES = [
			"classification",
			"event-id",
			"snapshot-id",
			"frozen",
			"drift-score",
			"risk-level",
			"report",
			"runbook",
			"log-entry"
		];
		EVENTS_DIR = "governance/runtime/events";
	})))();
}
// src/core/invariants.ts
function computeProtectedPathFindings(touched, globs, baselineRef) {
	if (globs.length === 0) return [];
	const isProtected = (0, import_picomatch$1.default)([...globs], { dot: true });
	return touched.filter((t) => isProtected(t.path)).map((t) => ({
		code: "PROTECTED_PATH_WRITTEN",
		stage: "invariants",
		classification: "INCIDENT",
		message: `${t.path} is protected and was written since ${baselineRef.slice(0, 12)}${t.commits.length ? ` (commit ${t.commits.map((c) => c.slice(0, 12)).join(", ")})` : ""}`,
		evidence: {
			paths: [t.path],
			commits: [...t.commits],
			detail: `protected by ${globs.join(", ")}`
		}
	}));
}
function outputTail(output, lines = OUTPUT_TAIL_LINES) {
	return (0, node_util.stripVTControlCharacters)(output).replace(/\r\n/g, "\n").split("\n").slice(-lines).join("\n").trim();
}
function computeInvariantFindings(outcomes) {
	return outcomes.filter((o) => o.exitCode !== 0 || o.timedOut).map((o) => {
		const how = o.timedOut ? "was killed after the timeout" : o.exitCode === null ? `was ended by ${o.signal ?? "a signal"}` : `exited with code ${o.exitCode}`;
		return {
			code: "INVARIANT_VIOLATED",
			stage: "invariants",
			classification: "INCIDENT",
			message: `invariant ${o.id} is violated: \`${o.command}\` ${how}`,
			evidence: {
				invariant: o.id,
				command: o.command,
				exitCode: o.exitCode,
				output: outputTail(o.output)
			}
		};
	});
}
var import_picomatch$1, OUTPUT_TAIL_LINES;
function init_invariants() {
	return (init_invariants = require_rolldown_runtime.__esmMin((() => {
		import_picomatch$1 = require_rolldown_runtime.__toESM(require_picomatch$1.require_picomatch(), 1);
		OUTPUT_TAIL_LINES = 40;
	})))();
}
// src/stages/invariants.ts
async function observeInvariants(input, ports) {
	const findings = [];
	if (input.baselineRef && ports.git && input.protectedPaths.length > 0) {
		const touched = await ports.git.changedPaths(input.baselineRef, "HEAD");
		findings.push(...computeProtectedPathFindings(touched, input.protectedPaths, input.baselineRef));
	}
	const outcomes = [];
	for (const inv of input.invariants) {
		const r = await ports.runner.run(inv.command, {
			cwd: input.cwd,
			timeoutMs: input.timeoutMs
		});
		outcomes.push({
			id: inv.id,
			command: inv.command,
			exitCode: r.exitCode,
			signal: r.signal,
			timedOut: r.timedOut,
			output: require_redact.redactSecrets(r.output, input.secrets)
		});
	}
	findings.push(...computeInvariantFindings(outcomes));
	return findings;
}
function init_invariants$1() {
	return (init_invariants$1 = require_rolldown_runtime.__esmMin((() => {
		require_redact.init_redact();
		init_invariants();
	})))();
}
// src/core/policy/project.ts
function policyRoot(globs) {
	const g = globs[0] ?? "";
	const at = g.search(/[*?[\]{}()!]/);
	const literal = at < 0 ? g : g.slice(0, at);
	const slash = literal.lastIndexOf("/");
	return slash < 0 ? "" : literal.slice(0, slash);
}
function projectOf(root, path) {
	const rel = root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
	const slash = rel.indexOf("/");
	return slash >= 0 ? rel.slice(0, slash) : rel.replace(/\.(json|ya?ml)$/i, "");
}
function groupProjects(root, files, memo) {
	const groups = new Map();
	for (const f of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
		const name = projectOf(root, f.path);
		const g = groups.get(name);
		if (g) g.push(f);
		else groups.set(name, [f]);
	}
	return [...groups.keys()].sort().map((name) => {
		const group = groups.get(name);
		const key = `${name}\u0000${group.map((f) => `${f.path}\u0000${f.key}`).join("\0")}`;
		const known = memo?.get(key);
		if (known) return known;
		const project = merge(name, key, group);
		memo?.set(key, project);
		return project;
	});
}
function merge(name, key, group) {
	const first = group[0].policy;
	const origin = {
		commands: [],
		fileWrites: [],
		sessions: []
	};
	const rules = {
		commands: [],
		fileWrites: [],
		sessions: []
	};
	const otherDefaults = [];
	group.forEach((f, i) => {
		for (const kind of RULE_KINDS) {
			rules[kind].push(...f.policy[kind]);
			origin[kind].push(...f.policy[kind].map(() => i));
		}
		if (i === 0) return;
		if (f.policy.defaultCommandBehavior !== first.defaultCommandBehavior) otherDefaults.push({
			file: f.path,
			kind: "commands",
			mode: f.policy.defaultCommandBehavior
		});
		if (f.policy.defaultWriteBehavior !== first.defaultWriteBehavior) otherDefaults.push({
			file: f.path,
			kind: "fileWrites",
			mode: f.policy.defaultWriteBehavior
		});
	});
	return {
		name,
		key,
		files: group.map((f) => f.path),
		policy: {
			...first,
			...rules
		},
		origin,
		otherDefaults
	};
}
var EMPTY_POLICY;
function init_project() {
	return (init_project = require_rolldown_runtime.__esmMin((() => {
		init_model$1();
		EMPTY_POLICY = {
			version: 0,
			defaultCommandBehavior: "review",
			defaultWriteBehavior: "review",
			commands: [],
			fileWrites: [],
			sessions: []
		};
	})))();
}
// src/core/policy/decisions.ts
var DecisionTable;
function init_decisions() {
	return (init_decisions = require_rolldown_runtime.__esmMin((() => {
		init_evaluate();
		init_project();
		DecisionTable = class {
			cache = new Map();
			memo = new WeakMap();
			compiledMemo = new WeakMap();
			empty = {
				name: "",
				key: "",
				files: [],
				policy: EMPTY_POLICY,
				origin: {
					commands: [],
					fileWrites: [],
					sessions: []
				},
				otherDefaults: []
			};
			compile(project) {
				let c = this.compiledMemo.get(project);
				if (!c) {
					c = compilePolicy(project.policy, this.cache);
					this.compiledMemo.set(project, c);
				}
				return c;
			}
			of(project, probes) {
				const p = project ?? this.empty;
				let byProbes = this.memo.get(p);
				if (!byProbes) {
					byProbes = new WeakMap();
					this.memo.set(p, byProbes);
				}
				const known = byProbes.get(probes);
				if (known) return known;
				const compiled = this.compile(p);
				const rank = new Int8Array(probes.length);
				const mode = [];
				const rule = [];
				probes.forEach((probe, i) => {
					const d = decide(compiled, probe.request);
					rank[i] = RANK[d.decision];
					mode.push(d.decision);
					rule.push(d.ruleId);
				});
				const out = {
					rank,
					mode,
					rule
				};
				byProbes.set(probes, out);
				return out;
			}
		};
	})))();
}
// src/core/policy/traces.ts
function requestKey(request) {
	let key = `${request.action}\u0000${request.target}`;
	for (const k of CONTEXT_KEYS) key += `\u0000${request.context[k] ?? ""}`;
	if (request.ts !== void 0) {
		const t = timeFacts(request.ts);
		key += `\u0000${t.day}@${t.minute}`;
	}
	return key;
}
function timeOf(ts) {
	if (typeof ts === "number" && Number.isFinite(ts)) return ts;
	if (typeof ts === "string") {
		const t = Date.parse(ts);
		if (!Number.isNaN(t)) return t;
	}
	return fail("ts", "an ISO 8601 time or epoch milliseconds", ts);
}
function contextOf(v) {
	if (v === void 0 || v === null) return {};
	if (!isObject(v)) return fail("request.context", "an object", v);
	const out = {};
	for (const k of CONTEXT_KEYS) {
		const x = v[k];
		if (x === void 0 || x === null) continue;
		if (typeof x !== "string") fail(`request.context.${k}`, "a string", x);
		out[k] = x;
	}
	return out;
}
function reviewOf(v) {
	if (v === void 0 || v === null) return null;
	if (isMode(v)) return v;
	if (isObject(v) && isMode(v.decision)) return v.decision;
	return fail("review", "allow|deny|review or {decision: allow|deny|review}", v);
}
function foldTraceFile(set, file) {
	let lineNo = 0;
	let parts = [];
	let length = 0;
	let tooLong = false;
	const finishLine = (last) => {
		lineNo++;
		const bytes = length + last.length;
		if (tooLong || bytes > 65536) set.bad.push({
			file,
			line: lineNo,
			message: `expected a line of at most ${MAX_TRACE_LINE_BYTES} bytes, got ${bytes} bytes`
		});
		else {
			let raw = last;
			if (parts.length) {
				raw = new Uint8Array(bytes);
				let at = 0;
				for (const p of [...parts, last]) {
					raw.set(p, at);
					at += p.length;
				}
			}
			if (lineNo === 1 && BOM.every((b, i) => raw[i] === b)) raw = raw.subarray(BOM.length);
			addText(set, lineDecoder.decode(raw), file, lineNo);
		}
		parts = [];
		length = 0;
		tooLong = false;
	};
	return {
		add(chunk) {
			let pos = 0;
			for (let nl = chunk.indexOf(NL); nl !== -1; nl = chunk.indexOf(NL, pos)) {
				finishLine(chunk.subarray(pos, nl));
				pos = nl + 1;
			}
			if (pos === chunk.length) return;
			const rest = chunk.subarray(pos);
			length += rest.length;
			if (length > 65536) {
				tooLong = true;
				parts = [];
			} else parts.push(rest.slice());
		},
		end() {
			if (length > 0 || tooLong) finishLine(new Uint8Array());
		}
	};
}
function addText(set, line, file, lineNo) {
	if (line.trim() === "") return;
	try {
		addLine(set, line, `${file}:${lineNo}`);
	} catch (e) {
		if (!(e instanceof LineError) && !(e instanceof SyntaxError)) throw e;
		const message = e instanceof SyntaxError ? `not JSON (${e.message})` : e.message;
		set.bad.push({
			file,
			line: lineNo,
			message
		});
	}
}
function addLine(set, line, at) {
	const v = JSON.parse(line);
	if (!isObject(v)) fail("(line)", "a JSON object", v);
	const o = v;
	const time = timeOf(o.ts);
	if (o.project !== void 0 && o.project !== null && typeof o.project !== "string") fail("project", "a string", o.project);
	const r = o.request;
	if (!isObject(r)) return fail("request", "an object", r);
	if (r.action !== "run-command" && r.action !== "write-file" && r.action !== "start-session") fail("request.action", "run-command|write-file|start-session", r.action);
	if (typeof r.target !== "string" || r.target === "") fail("request.target", "a non-empty string", r.target);
	if (r.target.length > 4096) fail("request.target", `at most ${MAX_TARGET_CHARS} characters`, `${r.target.length} characters`);
	if (!isMode(o.decision)) return fail("decision", "allow|deny|review", o.decision);
	const review = reviewOf(o.review);
	const request = {
		action: r.action,
		target: r.target,
		context: contextOf(r.context),
		...set.timed ? { ts: time } : {}
	};
	const project = o.project ?? null;
	const key = `${project ?? ""}\u0001${requestKey(request)}`;
	let t = set.requests.get(key);
	if (!t) {
		t = {
			project,
			request,
			count: 0,
			decisions: {
				allow: 0,
				deny: 0,
				review: 0
			},
			firstAt: {},
			at: []
		};
		set.requests.set(key, t);
	}
	t.count++;
	t.decisions[o.decision]++;
	t.firstAt[o.decision] ??= at;
	if (t.at.length < 3) t.at.push(at);
	set.lines++;
	set.times.push(time);
	set.overridden.push(o.override !== void 0 && o.override !== null && o.override !== false);
	if (review) {
		set.reviewed++;
		if (review !== o.decision) set.disagreed++;
	}
}
var CONTEXT_KEYS, emptyTraceSet, describe, isMode, isObject, LineError, fail, MAX_TRACE_LINE_BYTES, NL, BOM, lineDecoder;
function init_traces() {
	return (init_traces = require_rolldown_runtime.__esmMin((() => {
		init_model$1();
		init_evaluate();
		init_match();
		CONTEXT_KEYS = [
			"projectType",
			"taskType",
			"sessionType",
			"directory",
			"fileType",
			"approvalState",
			"authorizationLevel"
		];
		emptyTraceSet = (timed = false) => ({
			timed,
			requests: new Map(),
			lines: 0,
			bad: [],
			times: [],
			overridden: [],
			reviewed: 0,
			disagreed: 0
		});
		describe = (v) => {
			const json = JSON.stringify(v);
			return json === void 0 ? String(v) : json.length > 40 ? `${json.slice(0, 40)}…` : json;
		};
		isMode = (v) => typeof v === "string" && MODES.includes(v);
		isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
		LineError = class extends Error {};
		fail = (where, expected, got) => {
			throw new LineError(`${where}: expected ${expected}, got ${describe(got)}`);
		};
		MAX_TRACE_LINE_BYTES = 65536;
		NL = 10;
		BOM = [
			239,
			187,
			191
		];
		lineDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
	})))();
}
// src/core/policy/probes.ts
function concrete(when) {
	const context = {};
	for (const k of [
		"projectType",
		"taskType",
		"sessionType",
		"fileType",
		"approvalState"
	]) {
		const v = when[k];
		if (v !== void 0) context[k] = typeof v === "string" ? v : v[0];
	}
	if (when.authorizationLevel !== void 0) context.authorizationLevel = when.authorizationLevel;
	if (when.directory !== void 0) context.directory = /[*?[\]{}]/.test(when.directory) ? synthesizeTargets("fileWrites", when.directory)[0] : when.directory.replace(/\/+$/, "");
	const t = when.timeRestriction;
	if (!t) return { context };
	const day = t.days?.[0] ? DAYS.indexOf(t.days[0]) : 1;
	const minute = t.hours?.[0] ?? 0;
	return {
		context,
		ts: PROBE_WEEK + ((day + 6) % 7 * 24 * 60 + minute) * 6e4
	};
}
function buildProbes(versions, traced) {
	const out = new Map();
	const add = (request, lines, at = []) => {
		const key = requestKey(request);
		const p = out.get(key);
		if (!p) out.set(key, {
			key,
			request,
			traced: lines,
			at: [...at]
		});
		else {
			p.traced += lines;
			p.at.push(...at.slice(0, Math.max(0, 3 - p.at.length)));
		}
	};
	for (const t of traced) add(t.request, t.count, t.at);
	const seen = new Set();
	for (const v of versions) {
		if (seen.has(v)) continue;
		seen.add(v);
		for (const kind of RULE_KINDS) for (const rule of v.policy[kind]) {
			const contexts = [{ context: {} }, ...(rule.contexts ?? []).map((c) => concrete(c.when))];
			for (const target of synthesizeTargets(kind, rule.pattern)) for (const c of contexts) add({
				action: actionOf(kind),
				target,
				...c
			}, 0);
		}
	}
	for (const r of UNMATCHED) add(r, 0);
	return [...out.values()];
}
var UNMATCHED, actionOf, PROBE_WEEK;
function init_probes() {
	return (init_probes = require_rolldown_runtime.__esmMin((() => {
		init_diff();
		init_model$1();
		init_traces();
		UNMATCHED = [{
			action: "run-command",
			target: "driftgate-unmatched-probe",
			context: {}
		}, {
			action: "write-file",
			target: ".driftgate/unmatched-probe",
			context: {}
		}];
		actionOf = (kind) => kind === "commands" ? "run-command" : kind === "fileWrites" ? "write-file" : "start-session";
		PROBE_WEEK = Date.UTC(2024, 0, 1);
	})))();
}
// src/core/policy/signals/dynamic-contradictions.ts
function dynamicContradictions(traces) {
	const found = [];
	for (const t of traces.requests.values()) {
		const decisions = MODES.filter((m) => t.decisions[m] > 0).map((m) => ({
			decision: m,
			lines: t.decisions[m],
			firstAt: t.firstAt[m]
		}));
		if (decisions.length > 1) found.push({
			project: t.project,
			request: t.request,
			decisions
		});
	}
	return {
		signal: require_event.makeSignal("dynamic-contradictions", Math.min(1, found.length / 5), require_event.enough(traces.requests.size, 20), `${found.length} of ${traces.requests.size} traced requests were recorded with different decisions`),
		found
	};
}
function init_dynamic_contradictions() {
	return (init_dynamic_contradictions = require_rolldown_runtime.__esmMin((() => {
		init_model$1();
		require_event.init_signal();
	})))();
}
// src/core/policy/signals/federated-divergence.ts
function federatedDivergence(projects) {
	const pairs = [];
	let steps = 0;
	let shared = 0;
	for (let x = 0; x < projects.length; x++) for (let y = x + 1; y < projects.length; y++) {
		const [a, b] = [projects[x], projects[y]];
		let s = 0;
		let d = 0;
		for (let i = 0; i < a.decisions.rank.length; i++) {
			if (a.decisions.rule[i] === null || b.decisions.rule[i] === null) continue;
			s++;
			d += Math.abs(a.decisions.rank[i] - b.decisions.rank[i]);
		}
		steps += d;
		shared += s;
		if (s > 0) pairs.push({
			a: a.name,
			b: b.name,
			shared: s,
			divergence: require_event.round4(d / (2 * s))
		});
	}
	const intensity = require_event.share(steps, 2 * shared);
	const signal = require_event.makeSignal("federated-divergence", intensity, require_event.enough(shared, FEDERATION_SHARED_NEEDED), `${projects.length} projects, ${pairs.length} pairs with shared rules, ${shared} shared probes`);
	const outliers = projects.map((p) => {
		const mine = pairs.filter((q) => q.a === p.name || q.b === p.name);
		return {
			project: p.name,
			divergence: require_event.round4(require_event.share(mine.reduce((n, q) => n + q.divergence, 0), mine.length))
		};
	}).filter((o) => o.divergence > 0 && o.divergence >= signal.intensity).sort((a, b) => b.divergence - a.divergence || (a.project < b.project ? -1 : 1)).slice(0, 3);
	pairs.sort((p, q) => q.divergence - p.divergence || (p.a + p.b < q.a + q.b ? -1 : 1));
	return {
		signal,
		stability: require_event.round4(1 - signal.value),
		pairs,
		outliers
	};
}
var FEDERATION_SHARED_NEEDED;
function init_federated_divergence() {
	return (init_federated_divergence = require_rolldown_runtime.__esmMin((() => {
		require_event.init_signal();
		FEDERATION_SHARED_NEEDED = 10;
	})))();
}
// src/core/policy/signals/flip-flops.ts
function flipFlops(histories, commits) {
	const T = transitionsOf(histories);
	const rules = [];
	let changing = 0;
	for (const h of histories) {
		const ids = new Set();
		const byVersion = h.versions.map((v) => {
			const m = new Map();
			for (const kind of RULE_KINDS) for (const r of v?.policy[kind] ?? []) {
				const id = ruleId(kind, r);
				ids.add(id);
				m.set(id, r);
			}
			return m;
		});
		for (const id of [...ids].sort()) {
			let current = effect(byVersion[0].get(id));
			let before = null;
			let changes = 0;
			let reversals = 0;
			const at = [];
			for (let i = 1; i < byVersion.length; i++) {
				const next = effect(byVersion[i].get(id));
				if (next === current) continue;
				changes++;
				at.push(commits[i] ?? "");
				if (next === before) reversals++;
				before = current;
				current = next;
			}
			if (changes > 0) changing++;
			if (reversals > 0) rules.push({
				project: h.name,
				rule: id,
				changes,
				reversals,
				commits: at
			});
		}
	}
	rules.sort((a, b) => b.reversals - a.reversals || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
	return {
		signal: require_event.makeSignal("flip-flops", require_event.share(rules.length, changing), require_event.enough(T, 5), `${rules.length} of ${changing} changed rules reversed a change over ${T} transitions`),
		rules
	};
}
var effect;
function init_flip_flops() {
	return (init_flip_flops = require_rolldown_runtime.__esmMin((() => {
		init_model$1();
		init_history();
		require_event.init_signal();
		effect = (r) => r ? JSON.stringify([r.mode, (r.contexts ?? []).map((c) => [c.when, c.overrideMode])]) : "absent";
	})))();
}
// src/core/policy/signals/override-escalation.ts
function overrideEscalation(traces) {
	const { times, overridden } = traces;
	let min = Infinity;
	let max = -Infinity;
	for (const t of times) {
		if (t < min) min = t;
		if (t > max) max = t;
	}
	const mid = (min + max) / 2;
	const n = [0, 0];
	const o = [0, 0];
	for (let i = 0; i < times.length; i++) {
		const half = times[i] > mid ? 1 : 0;
		n[half]++;
		if (overridden[i]) o[half]++;
	}
	const early = n[0] ? o[0] / n[0] : 0;
	const late = n[1] ? o[1] / n[1] : 0;
	return require_event.makeSignal("override-escalation", Math.max(0, late - early), n[0] && n[1] ? require_event.enough(times.length, 50) : 0, `override rate ${pct(early)} in the earlier half of the traces, ${pct(late)} in the later half (${times.length} lines)`);
}
var pct;
function init_override_escalation() {
	return (init_override_escalation = require_rolldown_runtime.__esmMin((() => {
		require_event.init_signal();
		pct = (x) => `${Math.round(x * 1e3) / 10}%`;
	})))();
}
// src/core/policy/signals/creep.ts
function creepOf(pairs, direction) {
	let steps = 0;
	let probes = 0;
	let moved = 0;
	for (const { base, head } of pairs) {
		probes += base.length;
		for (let i = 0; i < base.length; i++) {
			const d = (head[i] - base[i]) * direction;
			if (d > 0) {
				steps += d;
				moved++;
			}
		}
	}
	return {
		steps,
		probes,
		moved
	};
}
function creepSignal(id, pairs) {
	const { steps, probes, moved } = creepOf(pairs, id === "permission-creep" ? 1 : -1);
	const way = id === "permission-creep" ? "more permissive" : "more restrictive";
	return require_event.makeSignal(id, require_event.share(steps, 2 * probes), require_event.enough(probes, 10), `${moved} of ${probes} probes decided ${way} at head than at base`);
}
function init_creep() {
	return (init_creep = require_rolldown_runtime.__esmMin((() => {
		require_event.init_signal();
	})))();
}
// src/core/policy/signals/permission-creep.ts
var permissionCreep;
function init_permission_creep() {
	return (init_permission_creep = require_rolldown_runtime.__esmMin((() => {
		init_creep();
		permissionCreep = (pairs) => creepSignal("permission-creep", pairs);
	})))();
}
// src/core/policy/signals/replay-impact.ts
function replayImpact(inputs) {
	let lines = 0;
	let loosened = 0;
	let tightened = 0;
	const groups = new Map();
	for (const { project, probes, base, head } of inputs) probes.forEach((p, i) => {
		if (p.traced === 0) return;
		lines += p.traced;
		if (base.mode[i] === head.mode[i]) return;
		const d = head.rank[i] - base.rank[i];
		const direction = d > 0 ? "loosened" : d < 0 ? "tightened" : "changed";
		if (d > 0) loosened += p.traced;
		if (d < 0) tightened += p.traced;
		const from = {
			decision: base.mode[i],
			rule: base.rule[i]
		};
		const to = {
			decision: head.mode[i],
			rule: head.rule[i]
		};
		const key = JSON.stringify([
			project,
			from,
			to
		]);
		const g = groups.get(key);
		if (!g) groups.set(key, {
			key,
			project,
			from,
			to,
			direction,
			lines: p.traced,
			requests: 1,
			example: p.request.target,
			traceLines: p.at.slice(0, 3),
			best: p.traced
		});
		else {
			g.lines += p.traced;
			g.requests++;
			g.traceLines.push(...p.at.slice(0, Math.max(0, 3 - g.traceLines.length)));
			if (p.traced > g.best || p.traced === g.best && p.request.target < g.example) {
				g.best = p.traced;
				g.example = p.request.target;
			}
		}
	});
	const flips = [...groups.values()].sort((a, b) => b.lines - a.lines || (a.key < b.key ? -1 : 1)).map(({ best: _, key: __, ...f }) => f);
	const flipped = flips.reduce((n, f) => n + f.lines, 0);
	return {
		signal: require_event.makeSignal("replay-impact", require_event.share(flipped, lines), require_event.enough(lines, 50), `${flipped} of ${lines} traced decisions change under head (${loosened} loosened, ${tightened} tightened)`),
		lines,
		flipped,
		loosened,
		tightened,
		flips
	};
}
function init_replay_impact() {
	return (init_replay_impact = require_rolldown_runtime.__esmMin((() => {
		init_traces();
		require_event.init_signal();
	})))();
}
// src/core/policy/signals/restriction-creep.ts
var restrictionCreep;
function init_restriction_creep() {
	return (init_restriction_creep = require_rolldown_runtime.__esmMin((() => {
		init_creep();
		restrictionCreep = (pairs) => creepSignal("restriction-creep", pairs);
	})))();
}
// src/core/policy/signals/reviewer-disagreement.ts
function reviewerDisagreement(traces) {
	return require_event.makeSignal("reviewer-disagreement", require_event.share(traces.disagreed, traces.reviewed), require_event.enough(traces.reviewed, 20), `${traces.disagreed} of ${traces.reviewed} reviewed decisions disagree with the review`);
}
function init_reviewer_disagreement() {
	return (init_reviewer_disagreement = require_rolldown_runtime.__esmMin((() => {
		require_event.init_signal();
	})))();
}
// src/core/policy/signals/rule-churn.ts
function ruleChurn(histories) {
	const T = transitionsOf(histories);
	let changed = 0;
	let union = 0;
	for (const h of histories) {
		const ids = new Set();
		for (const v of h.versions) for (const kind of RULE_KINDS) for (const r of v?.policy[kind] ?? []) ids.add(`${kind}\u0000${ruleId(kind, r)}`);
		union += ids.size;
		for (let i = 1; i < h.versions.length; i++) {
			const [a, b] = [h.versions[i - 1] ?? null, h.versions[i] ?? null];
			if (a === b) continue;
			const diff = computeRuleDiff(a?.policy ?? EMPTY_POLICY, b?.policy ?? EMPTY_POLICY);
			changed += new Set(diff.filter((d) => !d.defaults).map((d) => `${d.kind}\u0000${d.id}`)).size;
		}
	}
	return require_event.makeSignal("rule-churn", require_event.share(changed, T * union), require_event.enough(T, 5), `${changed} rule change${changed === 1 ? "" : "s"} over ${T} transition${T === 1 ? "" : "s"} of ${union} rules`);
}
function init_rule_churn() {
	return (init_rule_churn = require_rolldown_runtime.__esmMin((() => {
		init_model$1();
		init_diff();
		init_project();
		init_history();
		require_event.init_signal();
	})))();
}
// src/core/policy/signals/static-contradictions.ts
function ruleContradictions(project, add) {
	const fileOf = (kind, i) => fileOfRule(project, kind, i);
	for (const kind of RULE_KINDS) {
		const rules = project.policy[kind];
		const byId = new Map();
		rules.forEach((r, i) => {
			const id = ruleId(kind, r);
			byId.set(id, [...byId.get(id) ?? [], i]);
			const seen = new Map();
			for (const c of r.contexts ?? []) {
				const when = JSON.stringify(Object.entries(c.when).sort());
				const other = seen.get(when);
				if (other !== void 0 && other !== c.overrideMode) add({
					project: project.name,
					type: "same-context",
					kind,
					rules: [id],
					files: [fileOf(kind, i)],
					effects: [other, c.overrideMode],
					example: when
				});
				if (other === void 0) seen.set(when, c.overrideMode);
			}
		});
		for (const [id, at] of byId) {
			const effects = [...new Set(at.map((i) => effectText(rules[i])))];
			if (effects.length > 1) add({
				project: project.name,
				type: "same-id",
				kind,
				rules: [id],
				files: [...new Set(at.map((i) => fileOf(kind, i)))],
				effects,
				example: null
			});
		}
	}
}
function defaultContradictions(project, add) {
	for (const d of project.otherDefaults) {
		const first = d.kind === "commands" ? project.policy.defaultCommandBehavior : project.policy.defaultWriteBehavior;
		add({
			project: project.name,
			type: "defaults",
			kind: d.kind,
			rules: [d.kind === "commands" ? "defaultCommandBehavior" : "defaultWriteBehavior"],
			files: [project.files[0], d.file],
			effects: [first, d.mode],
			example: null
		});
	}
}
function acrossFiles(project, probes, table, add) {
	const fileOf = (kind, i) => fileOfRule(project, kind, i);
	if (project.files.length < 2) return;
	const compiled = table.compile(project);
	for (const probe of probes) {
		const kind = kindOf(probe.request.action);
		const c = compiled[kind];
		const lastPerFile = new Map();
		for (const i of matchingRules(c, probe.request.target)) {
			const file = project.origin[kind][i];
			const held = lastPerFile.get(file);
			if (held === void 0 || c.priority[i] >= c.priority[held]) lastPerFile.set(file, i);
		}
		if (lastPerFile.size < 2) continue;
		const decided = [...lastPerFile.values()].map((i) => ({
			i,
			decision: effectAt(c, i, probe.request).decision
		}));
		for (let a = 0; a < decided.length; a++) for (let b = a + 1; b < decided.length; b++) {
			if (decided[a].decision === decided[b].decision) continue;
			const pair = [decided[a], decided[b]].sort((x, y) => c.ids[x.i] < c.ids[y.i] ? -1 : 1);
			add({
				project: project.name,
				type: "across-files",
				kind,
				rules: pair.map((x) => c.ids[x.i]),
				files: pair.map((x) => fileOf(kind, x.i)),
				effects: pair.map((x) => x.decision),
				example: probe.request.target
			});
		}
	}
}
function staticContradictionsOf(project, probes, table) {
	const out = new Map();
	const add = (c) => {
		const key = [
			c.project,
			c.type,
			c.kind,
			...c.rules
		].join("\0");
		if (!out.has(key)) out.set(key, {
			key,
			...c
		});
	};
	ruleContradictions(project, add);
	defaultContradictions(project, add);
	acrossFiles(project, probes, table, add);
	return [...out.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function staticContradictions(found, introduced) {
	return require_event.makeSignal("static-contradictions", Math.min(1, found.length / 5), 1, `${found.length} static contradictions at head, ${introduced} of them new since base`);
}
var effectText, fileOfRule;
function init_static_contradictions() {
	return (init_static_contradictions = require_rolldown_runtime.__esmMin((() => {
		init_evaluate();
		init_model$1();
		require_event.init_signal();
		effectText = (r) => [r.mode, ...(r.contexts ?? []).map((c) => `${JSON.stringify(c.when)}→${c.overrideMode}`)].join(" ");
		fileOfRule = (project, kind, i) => project.files[project.origin[kind][i]];
	})))();
}
// src/core/policy/signals/volatility.ts
function volatility(histories) {
	const T = transitionsOf(histories);
	let restless = 0;
	let moving = 0;
	let movedOnce = 0;
	for (const h of histories) {
		const n = h.decisions[0]?.rank.length ?? 0;
		for (let p = 0; p < n; p++) {
			let m = 0;
			for (let i = 1; i < h.decisions.length; i++) if (h.decisions[i].rank[p] !== h.decisions[i - 1].rank[p]) m++;
			if (m === 1) movedOnce++;
			if (m < 2) continue;
			moving++;
			restless += (m - 1) / (T - 1);
		}
	}
	return require_event.makeSignal("volatility", require_event.share(restless, moving), require_event.enough(T, 5), `${moving} probes changed decision more than once, ${movedOnce} once, over ${T} transitions`);
}
function init_volatility() {
	return (init_volatility = require_rolldown_runtime.__esmMin((() => {
		init_history();
		require_event.init_signal();
	})))();
}
// src/core/policy/analyze.ts
function whereOf(p, kind, rule) {
	if (!p || !rule) return null;
	const i = p.policy[kind].indexOf(rule);
	const file = i < 0 ? void 0 : p.files[p.origin[kind][i]];
	if (file === void 0) return null;
	return rule.line === void 0 ? file : `${file}:${rule.line}`;
}
function assignTraces(traces, names) {
	const traced = new Map(names.map((n) => [n, []]));
	let unassigned = 0;
	for (const t of traces.requests.values()) {
		const name = t.project ?? (names.length === 1 ? names[0] : null);
		const list = name === null ? void 0 : traced.get(name);
		if (list) list.push(t);
		else unassigned += t.count;
	}
	return {
		traced,
		unassigned
	};
}
function versionsOf(input) {
	const memo = new Map();
	const group = (v) => groupProjects(input.root, v.files, memo);
	const head = group(input.head);
	const base = input.base ? group(input.base) : head;
	const versions = input.history.map((v) => ({
		ref: v.ref,
		projects: group(v)
	}));
	const last = versions.at(-1);
	if (!last || last.projects.length !== head.length || last.projects.some((p, i) => p !== head[i])) versions.push({
		ref: input.head.ref,
		projects: head
	});
	return {
		head,
		base,
		versions,
		names: [...new Set([
			...base,
			...head,
			...versions.flatMap((v) => v.projects)
		].map((p) => p.name))].sort()
	};
}
function projectViews(v, traced, table) {
	return v.names.map((name) => {
		const probes = buildProbes([
			...v.versions.map((x) => byName(x.projects, name)),
			byName(v.base, name),
			byName(v.head, name)
		].filter((p) => p !== null), traced.get(name));
		const baseP = byName(v.base, name);
		const headP = byName(v.head, name);
		return {
			name,
			probes,
			baseP,
			headP,
			base: table.of(baseP, probes),
			head: table.of(headP, probes),
			history: {
				name,
				versions: v.versions.map((x) => byName(x.projects, name)),
				decisions: v.versions.map((x) => table.of(byName(x.projects, name), probes))
			}
		};
	});
}
function diffOf(views) {
	return views.flatMap((p) => computeRuleDiff(p.baseP?.policy ?? EMPTY_POLICY, p.headP?.policy ?? EMPTY_POLICY).map((c) => ({
		...c,
		project: p.name,
		files: [...new Set([...p.baseP?.files ?? [], ...p.headP?.files ?? []])],
		where: {
			before: whereOf(p.baseP, c.kind, c.before),
			after: whereOf(p.headP, c.kind, c.after)
		}
	})));
}
function contradictionsOf(input, views, table) {
	const headStatic = views.flatMap((p) => p.headP ? staticContradictionsOf(p.headP, p.probes, table) : []);
	const baseKeys = new Set(input.base ? views.flatMap((p) => p.baseP ? staticContradictionsOf(p.baseP, p.probes, table) : []).map((c) => c.key) : headStatic.map((c) => c.key));
	return {
		headStatic,
		introduced: headStatic.filter((c) => !baseKeys.has(c.key)),
		dynamic: dynamicContradictions(input.traces)
	};
}
function analyzePolicies(input) {
	const v = versionsOf(input);
	const { traced, unassigned } = assignTraces(input.traces, v.names);
	const table = new DecisionTable();
	const views = projectViews(v, traced, table);
	const diff = input.base ? diffOf(views) : [];
	const histories = views.map((p) => p.history);
	const commits = v.versions.map((x) => x.ref);
	const flips = flipFlops(histories, commits);
	const { headStatic, introduced, dynamic } = contradictionsOf(input, views, table);
	const replay = replayImpact(views.map((p) => ({
		project: p.name,
		probes: p.probes,
		base: p.base,
		head: p.head
	})));
	const federation = federatedDivergence(federationOf(views, table));
	const ranks = views.map((p) => ({
		base: p.base.rank,
		head: p.head.rank
	}));
	const signals = [
		permissionCreep(ranks),
		restrictionCreep(ranks),
		ruleChurn(histories),
		flips.signal,
		overrideEscalation(input.traces),
		reviewerDisagreement(input.traces),
		volatility(histories),
		staticContradictions(headStatic, introduced.length),
		dynamic.signal,
		replay.signal,
		federation.signal
	];
	const score = require_event.computeDriftScore(signals);
	const vol = signals.find((s) => s.id === "volatility").value;
	const riskInput = {
		drift: score,
		volatility: vol,
		stability: federation.stability,
		contradictions: headStatic.length + dynamic.found.length
	};
	const { signal: _r, ...replayFacts } = replay;
	const { signal: _f, stability: _s, ...federationFacts } = federation;
	return {
		root: input.root,
		base: input.base?.ref ?? null,
		head: input.head.ref,
		projects: v.names,
		files: {
			base: input.base?.files.map((f) => f.path).sort() ?? [],
			head: input.head.files.map((f) => f.path).sort()
		},
		changed: diff.length > 0,
		diff,
		signals,
		drift: {
			score,
			band: require_event.bandOf(score)
		},
		volatility: vol,
		stability: federation.stability,
		risk: {
			level: require_event.riskOf(riskInput),
			alarms: require_event.alarmsOf(riskInput)
		},
		contradictions: {
			static: headStatic,
			introduced,
			dynamic: dynamic.found
		},
		replay: replayFacts,
		federation: federationFacts,
		history: {
			commits,
			flipFlops: flips.rules
		},
		traces: {
			lines: input.traces.lines,
			bad: input.traces.bad,
			unassigned
		},
		probes: views.reduce((n, p) => n + p.probes.length, 0)
	};
}
function federationOf(perProject, table) {
	const present = perProject.filter((p) => p.headP !== null);
	if (present.length < 2) return present.map((p) => ({
		name: p.name,
		decisions: table.of(p.headP, p.probes)
	}));
	const union = new Map();
	for (const p of present) for (const probe of p.probes) if (!union.has(probe.key)) union.set(probe.key, probe);
	const probes = [...union.values()];
	return present.map((p) => ({
		name: p.name,
		decisions: table.of(p.headP, probes)
	}));
}
var byName;
function init_analyze() {
	return (init_analyze = require_rolldown_runtime.__esmMin((() => {
		init_decisions();
		init_diff();
		init_probes();
		init_project();
		require_event.init_score();
		init_dynamic_contradictions();
		init_federated_divergence();
		init_flip_flops();
		init_override_escalation();
		init_permission_creep();
		init_replay_impact();
		init_restriction_creep();
		init_reviewer_disagreement();
		init_rule_churn();
		init_static_contradictions();
		init_volatility();
		byName = (ps, name) => ps.find((p) => p.name === name) ?? null;
	})))();
}
// src/core/policy/findings.ts
function computePolicyFindings(a) {
	const out = [...traceFindings(a), ...changeFindings(a)];
	if (a.changed && !out.some((f) => f.classification === "PRODUCT_DRIFT")) out.push({
		code: "POLICY_CHANGED",
		stage: "policy",
		classification: "STABLE",
		message: `${a.diff.length} policy rule changes, drift ${a.drift.score} (${a.drift.band}): no traced decision flips, no new contradiction; the runbooks are advisory`,
		evidence: { rules: a.diff.map((d) => d.id).slice(0, NAMED$1) }
	});
	return out;
}
function traceFindings(a) {
	const out = [];
	const perFile = new Map();
	for (const bad of a.traces.bad) {
		const n = (perFile.get(bad.file) ?? 0) + 1;
		perFile.set(bad.file, n);
		if (n > BAD_LINES_NAMED) continue;
		out.push({
			code: "TRACE_INVALID",
			stage: "policy",
			classification: "TOOLING_DRIFT",
			message: `${bad.file}:${bad.line}: ${bad.message}; the line is left out, the other lines count`,
			evidence: {
				paths: [bad.file],
				lines: [bad.line]
			}
		});
	}
	for (const [file, n] of perFile) if (n > BAD_LINES_NAMED) out.push({
		code: "TRACE_INVALID",
		stage: "policy",
		classification: "TOOLING_DRIFT",
		message: `${file}: ${n - BAD_LINES_NAMED} more bad lines (${n} in all)`,
		evidence: { paths: [file] }
	});
	if (a.traces.unassigned > 0) out.push({
		code: "TRACE_UNASSIGNED",
		stage: "policy",
		classification: "STABLE",
		message: `${a.traces.unassigned} trace lines name no known project (projects: ${a.projects.join(", ")}); they count for contradictions and reviews, not for replay`,
		evidence: {}
	});
	return out;
}
function changeFindings(a) {
	const out = [];
	const drift = a.drift;
	if (a.changed && (drift.band === "volatile" || drift.band === "critical")) out.push({
		code: "POLICY_DRIFT",
		stage: "policy",
		classification: "PRODUCT_DRIFT",
		message: `the policy change scores drift ${drift.score} (${drift.band}; volatile from 0.5)`,
		evidence: {
			paths: a.files.head,
			detail: `drift ${drift.score}`,
			rules: a.diff.map((d) => d.id).slice(0, NAMED$1)
		}
	});
	for (const c of a.contradictions.introduced.slice(0, NAMED$1)) out.push({
		code: "POLICY_CONTRADICTION",
		stage: "policy",
		classification: "PRODUCT_DRIFT",
		message: `new ${c.type} contradiction in project ${c.project}: ${c.rules.join(" vs ")} (${c.effects.join(" vs ")})${c.example ? ` on ${c.example}` : ""}`,
		evidence: {
			paths: c.files,
			rules: c.rules,
			detail: c.type
		}
	});
	if (a.contradictions.introduced.length > NAMED$1) out.push({
		code: "POLICY_CONTRADICTION",
		stage: "policy",
		classification: "PRODUCT_DRIFT",
		message: `${a.contradictions.introduced.length - NAMED$1} more new contradictions (driftgate policy contradictions)`,
		evidence: {}
	});
	const old = a.contradictions.static.length - a.contradictions.introduced.length;
	if (old > 0 || a.contradictions.dynamic.length > 0) out.push({
		code: "POLICY_CONTRADICTION",
		stage: "policy",
		classification: "STABLE",
		message: `${old} static contradictions already at base and ${a.contradictions.dynamic.length} requests recorded with different decisions (advisory)`,
		evidence: {}
	});
	const r = a.replay;
	if (r.flipped > 0) out.push({
		code: "POLICY_DECISIONS_FLIPPED",
		stage: "policy",
		classification: "PRODUCT_DRIFT",
		message: `${r.flipped} of ${r.lines} traced decisions flip under head (${r.loosened} loosened, ${r.tightened} tightened): ${r.flips.slice(0, 3).map(describeFlip).join("; ")}${r.flips.length > 3 ? `; and ${r.flips.length - 3} more` : ""}`,
		evidence: {
			rules: [...new Set(r.flips.slice(0, NAMED$1).flatMap((f) => [f.from.rule, f.to.rule]).filter((x) => x !== null))],
			detail: `${r.flipped} flipped`
		}
	});
	return out;
}
var BAD_LINES_NAMED, NAMED$1, plural$1, ruleName, describeFlip;
function init_findings$1() {
	return (init_findings$1 = require_rolldown_runtime.__esmMin((() => {
		BAD_LINES_NAMED = 20;
		NAMED$1 = 10;
		plural$1 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
		ruleName = (r) => r ?? "the default";
		describeFlip = (f) => `${ruleName(f.from.rule)} ${f.from.decision} → ${ruleName(f.to.rule)} ${f.to.decision} (${plural$1(f.lines, "trace line")}, ${plural$1(f.requests, "request")}, e.g. ${f.example})${f.traceLines.length ? `, trace lines ${f.traceLines.join(", ")}` : ""}`;
	})))();
}
// src/core/runbook/archetypes/refs.ts
function refsOf(a) {
	const base = a.base ?? a.history.commits.at(-2) ?? a.head;
	const changed = [...new Set(a.diff.flatMap((d) => d.files))].sort();
	return {
		base,
		head: a.head,
		range: `${shortSha(base)}..${shortSha(a.head)}`,
		baseFlag: `--base ${shortSha(base)}`,
		changed: changed.length ? changed : a.files.head
	};
}
var files, signalOf;
function init_refs() {
	return (init_refs = require_rolldown_runtime.__esmMin((() => {
		init_model();
		files = (paths) => paths.map(sh).join(" ");
		signalOf = (a, id) => a.signals.find((s) => s.id === id);
	})))();
}
// src/core/runbook/archetypes/contradiction-resolution.ts
var count, contradictionResolution;
function init_contradiction_resolution() {
	return (init_contradiction_resolution = require_rolldown_runtime.__esmMin((() => {
		init_model();
		init_refs();
		count = (a) => a.contradictions.static.length + a.contradictions.dynamic.length;
		contradictionResolution = {
			name: "contradiction-resolution",
			applies: (a) => count(a) > 0,
			compute: (a, r) => {
				const contradictions = count(a);
				const dyn = a.contradictions.dynamic.slice(0, 3);
				const stat = a.contradictions.static.slice(0, 3);
				const traceLines = dyn.flatMap((d) => d.decisions.map((x) => x.firstAt));
				const steps = [{
					title: "List the contradictions",
					why: `${a.contradictions.static.length} static (${a.contradictions.introduced.length} new since base), ${a.contradictions.dynamic.length} dynamic`,
					commands: [`driftgate policy contradictions ${r.baseFlag} --json`],
					artifacts: [...stat.map((c) => `${c.project}: ${c.rules.join(" vs ")} (${c.effects.join(" vs ")}) in ${c.files.join(", ")}`), ...dyn.map((d) => `${d.project ?? "(no project)"}: ${d.request.action} ${d.request.target} recorded as ${d.decisions.map((x) => `${x.decision} (${x.lines})`).join(" and ")}`)],
					verify: "every contradiction has a rule or request named"
				}];
				if (traceLines.length) steps.push({
					title: "Show the trace pairs that disagree",
					why: "the same request got different answers; the lines show when and under which context",
					commands: traceLines.map((at) => {
						const i = at.lastIndexOf(":");
						return `sed -n ${at.slice(i + 1)}p ${sh(at.slice(0, i))}`;
					}),
					artifacts: ["the first trace line of each recorded decision"],
					verify: "it is known which decision was right"
				});
				if (stat.length) steps.push({
					title: "Show the rules that contradict",
					why: "two rules give one request different effects at the same priority, and which one decides is an accident of file order",
					commands: [...new Set(stat.flatMap((c) => c.rules.map((id) => `grep -n -F -- ${sh(id.replace(/^(commands|fileWrites):/, ""))} ${files(c.files)}`)))],
					artifacts: ["the lines of each contradicting rule"],
					verify: "the intended effect of each request is agreed"
				});
				steps.push({
					title: "Reconcile the semantics",
					why: "a person chooses: one rule for the request (one id, one file, one override per context), or a narrower pattern for one of them",
					commands: [`driftgate policy contradictions ${r.baseFlag}`],
					artifacts: ["a change that leaves one effect per request"],
					verify: "driftgate policy contradictions lists none"
				});
				return withId({
					archetype: "contradiction-resolution",
					title: "Contradiction Resolution",
					severity: a.contradictions.introduced.length || a.contradictions.static.length ? "high" : "medium",
					trigger: {
						signal: "contradictions",
						value: contradictions,
						comparator: ">",
						threshold: 0
					},
					purpose: "One request, two answers. Decide which one holds.",
					steps,
					escalation: null,
					decisions: []
				});
			}
		};
	})))();
}
// src/core/runbook/archetypes/critical-state.ts
var criticalState;
function init_critical_state() {
	return (init_critical_state = require_rolldown_runtime.__esmMin((() => {
		init_model();
		criticalState = {
			name: "critical-state",
			applies: (a) => a.risk.level === "critical",
			compute: (a, r) => {
				return withId({
					archetype: "critical-state",
					title: "Critical State",
					severity: "critical",
					trigger: {
						signal: "risk level",
						value: a.risk.level,
						comparator: "=",
						threshold: "critical"
					},
					purpose: `Governance is critically unstable: ${a.risk.alarms.join("; ") || `drift band ${a.drift.band}`}.`,
					steps: [
						{
							title: "Stop: merge no policy change until an architect decides",
							why: "further changes would bury the evidence and move live decisions again",
							commands: ["driftgate log show"],
							artifacts: ["the governance log entry of this run and the freeze it sets"],
							verify: "the driftgate status is failing on this ref and branch protection requires it"
						},
						{
							title: "Take a forensic snapshot of the policies and the analysis",
							why: "the state that was analysed must stay readable whatever happens next",
							commands: [`git archive --format=tar.gz -o policies-${shortSha(r.head)}.tar.gz ${shortSha(r.head)} -- ${sh(a.root || ".")}`, `driftgate policy drift ${r.baseFlag} --json > policy-drift-${shortSha(r.head)}.json`],
							artifacts: [`policies-${shortSha(r.head)}.tar.gz`, `policy-drift-${shortSha(r.head)}.json`],
							verify: "both files are attached to the escalation issue"
						},
						{
							title: "Escalate to the architects now",
							why: "only a written decision lifts the freeze",
							commands: ["driftgate runbook --json"],
							artifacts: ["the escalation issue with these runbooks"],
							verify: "an architect has acknowledged the issue"
						},
						{
							title: "Lock down while they decide",
							why: "review as the default for both kinds makes a person decide what no rule covers",
							commands: [`driftgate policy diff ${r.baseFlag}`],
							artifacts: [`defaultCommandBehavior and defaultWriteBehavior set to review in ${a.files.head.join(", ")} (suggested; a person makes the change)`],
							verify: "the policy diff shows only the lockdown"
						}
					],
					escalation: "architects, immediately",
					decisions: [
						"accept (new baseline)",
						"investigate (stays frozen)",
						"rollback (restore the previous policies)"
					]
				});
			}
		};
	})))();
}
// src/core/runbook/archetypes/drift-investigation.ts
var driftInvestigation;
function init_drift_investigation() {
	return (init_drift_investigation = require_rolldown_runtime.__esmMin((() => {
		require_event.init_score();
		init_findings$1();
		init_model();
		init_refs();
		driftInvestigation = {
			name: "drift-investigation",
			applies: (a) => a.drift.score > require_event.TRIGGERS.drift,
			compute: (a, r) => {
				const signal = (id) => signalOf(a, id);
				const top = a.replay.flips[0];
				const loosened = a.diff.filter((d) => d.direction === "loosened").map((d) => d.id);
				return withId({
					archetype: "drift-investigation",
					title: "Drift Investigation",
					severity: a.drift.band === "critical" ? "critical" : "high",
					trigger: {
						signal: "drift score",
						value: a.drift.score,
						comparator: ">",
						threshold: require_event.TRIGGERS.drift
					},
					purpose: `The policy drift score is ${a.drift.score} (${a.drift.band}). Find where it comes from before anything else changes.`,
					steps: [
						{
							title: "Read the per-rule diff",
							why: `${a.diff.length} rule changes between ${shortSha(r.base)} and ${shortSha(r.head)}; each is added, removed, flipped, widened or narrowed, loosened or tightened.`,
							commands: [`git diff ${r.range} -- ${files(r.changed)}`, `driftgate policy diff ${r.baseFlag}`],
							artifacts: ["the per-rule diff with the direction of each change"],
							verify: "every changed rule is one the change meant to make"
						},
						{
							title: "Replay the traces against head",
							why: signal("replay-impact").detail,
							commands: [`driftgate policy replay ${r.baseFlag}`, ...top?.to.rule ? [`driftgate policy replay ${r.baseFlag} --rule ${sh(top.to.rule)}`] : []],
							artifacts: [top ? `the flips, largest first: ${describeFlip(top)}` : "the flips (none so far)"],
							verify: "each flipped decision is intended; an unintended one is a rule to revert or narrow"
						},
						{
							title: "Find the rules that oscillate",
							why: `${signal("flip-flops").detail}; ${signal("rule-churn").detail}.`,
							commands: [`git log --format='%h %ad %an %s' --date=short -n 20 -- ${files(r.changed)}`, `driftgate policy drift ${r.baseFlag} --json`],
							artifacts: ["the flip-flop list: rule, changes, reversals, commits"],
							verify: "the owners of each oscillating rule are known"
						},
						{
							title: "Propose stabilizing edits (a person decides; driftgate changes nothing)",
							why: loosened.length ? `loosening changes weigh most in the score: ${loosened.slice(0, 5).join(", ")}` : "the score falls when the changes that moved decisions are reverted or narrowed",
							commands: [`driftgate policy drift ${r.baseFlag}`],
							artifacts: ["a follow-up commit that narrows or reverts the unintended changes"],
							verify: `the drift score is at most ${require_event.TRIGGERS.drift} on the follow-up commit`
						}
					],
					escalation: null,
					decisions: []
				});
			}
		};
	})))();
}
// src/core/runbook/archetypes/federated-sync.ts
var federatedSync;
function init_federated_sync() {
	return (init_federated_sync = require_rolldown_runtime.__esmMin((() => {
		require_event.init_score();
		init_model();
		init_refs();
		federatedSync = {
			name: "federated-sync",
			applies: (a) => a.stability < require_event.TRIGGERS.stability,
			compute: (a) => {
				const signal = (id) => signalOf(a, id);
				const pairs = a.federation.pairs.slice(0, 5);
				const pathOf = (project) => a.files.head.find((f) => f.includes(project)) ?? project;
				return withId({
					archetype: "federated-sync",
					title: "Federated Sync",
					severity: a.stability < .25 ? "high" : "medium",
					trigger: {
						signal: "federated stability",
						value: a.stability,
						comparator: "<",
						threshold: require_event.TRIGGERS.stability
					},
					purpose: "The projects decide the same requests differently. Align them or write down why they differ.",
					steps: [
						{
							title: "Compare the projects",
							why: signal("federated-divergence").detail,
							commands: [`driftgate policy federation --json`],
							artifacts: pairs.map((p) => `${p.a} vs ${p.b}: divergence ${p.divergence} on ${p.shared} shared probes`),
							verify: "the diverging pairs and their shared requests are listed"
						},
						{
							title: "Look at the outliers",
							why: a.federation.outliers.length ? `most divergent: ${a.federation.outliers.map((o) => `${o.project} (${o.divergence})`).join(", ")}` : "no single project stands out; the divergence is spread",
							commands: pairs.slice(0, 3).map((p) => `git diff --no-index -- ${sh(pathOf(p.a))} ${sh(pathOf(p.b))}`),
							artifacts: ["the rules where the projects part ways"],
							verify: "for each, either a reason it must differ or a project to change"
						},
						{
							title: "Normalize the shared rules",
							why: "rules every project needs belong in one agreed form; project specifics stay local",
							commands: [`driftgate policy federation --json`],
							artifacts: ["a change aligning the shared rules, reviewed by each project owner"],
							verify: `federated stability at least ${require_event.TRIGGERS.stability}`
						}
					],
					escalation: null,
					decisions: []
				});
			}
		};
	})))();
}
// src/core/runbook/archetypes/policy-change.ts
function ruleText(r) {
	const extra = [r.priority !== void 0 ? `priority ${r.priority}` : "", r.contexts?.length ? plural$1(r.contexts.length, "context") : ""].filter(Boolean);
	return `${r.mode} ${JSON.stringify(r.pattern)}${extra.length ? ` (${extra.join(", ")})` : ""}`;
}
function changeText(d) {
	const where = d.where.after ?? d.where.before ?? d.files.join(", ");
	const from = d.defaults ? d.defaults.from : d.before ? ruleText(d.before) : "(none)";
	const to = d.defaults ? d.defaults.to : d.after ? ruleText(d.after) : "(removed)";
	const was = d.where.before && d.where.after && d.where.before !== d.where.after ? `, was ${d.where.before}` : "";
	return `${d.id} (${where}${was}): ${d.change}, ${from} → ${to}, ${d.direction}`;
}
function flipsOf(a, d) {
	const id = d.defaults ? null : d.id;
	return a.replay.flips.filter((f) => f.project === d.project && (f.from.rule === id || f.to.rule === id));
}
function severityOf(a) {
	if (a.replay.flipped > 0 || a.contradictions.introduced.length > 0) return "high";
	return a.diff.some((d) => d.direction === "loosened") ? "medium" : "low";
}
var NAMED, sedLine, more, policyChange;
function init_policy_change() {
	return (init_policy_change = require_rolldown_runtime.__esmMin((() => {
		init_findings$1();
		init_model();
		NAMED = 5;
		sedLine = (at) => {
			const i = at.lastIndexOf(":");
			return `sed -n '${at.slice(i + 1)}p' ${sh(at.slice(0, i))}`;
		};
		more = (n, shown) => n > shown ? [`… and ${n - shown} more`] : [];
		policyChange = {
			name: "policy-change",
			applies: (a) => a.changed,
			compute: (a, r) => {
				const changes = a.diff.slice(0, NAMED);
				const withFlips = a.diff.map((d) => ({
					d,
					flips: flipsOf(a, d)
				})).filter((x) => x.flips.length > 0 && !x.d.defaults);
				const lines = [...new Set(a.replay.flips.flatMap((f) => f.traceLines))];
				const loosened = a.diff.filter((d) => d.direction === "loosened").length;
				const tightened = a.diff.filter((d) => d.direction === "tightened").length;
				return withId({
					archetype: "policy-change",
					title: "Policy change",
					severity: severityOf(a),
					trigger: {
						signal: "changed rules",
						value: a.diff.length,
						comparator: ">",
						threshold: 0
					},
					purpose: `${plural$1(a.diff.length, "rule change")} between ${shortSha(r.base)} and ${shortSha(r.head)} (${loosened} loosened, ${tightened} tightened); ${a.replay.flipped} of ${a.replay.lines} traced decisions flip.`,
					steps: [
						{
							title: "Read each changed rule",
							why: "every change below moves what an agent may do; each one should be one the change meant to make",
							commands: [...r.changed.slice(0, NAMED).map((f) => `git diff ${r.range} -- ${sh(f)}`), `driftgate policy diff ${r.baseFlag}`],
							artifacts: [...changes.map(changeText), ...more(a.diff.length, changes.length)],
							verify: "each changed rule is named in the pull request or commit message with its reason"
						},
						{
							title: "Replay the traced decisions that flip",
							why: a.replay.flipped ? `${a.replay.flipped} of ${a.replay.lines} traced decisions flip under head (${a.replay.loosened} loosened, ${a.replay.tightened} tightened)` : `none of the ${a.replay.lines} traced decisions flips under head`,
							commands: [...withFlips.slice(0, NAMED).map((x) => `driftgate policy replay ${r.baseFlag} --rule ${sh(x.d.id)}`), ...withFlips.length ? [] : [`driftgate policy replay ${r.baseFlag}`]],
							artifacts: [...withFlips.slice(0, NAMED).map((x) => `${x.d.id}: ${plural$1(x.flips.reduce((n, f) => n + f.lines, 0), "traced decision")} flip (${x.flips.map((f) => `${f.from.decision} → ${f.to.decision}`).join(", ")}), e.g. ${[...new Set(x.flips.flatMap((f) => f.traceLines))].slice(0, 3).join(", ")}`), ...more(withFlips.length, NAMED)],
							verify: "every flipped decision is intended; an unintended one is a rule to revert or narrow"
						},
						...lines.length ? [{
							title: "Read the trace lines that flip",
							why: "each line is a request an agent made and the decision it got then; head decides it differently",
							commands: lines.slice(0, NAMED).map(sedLine),
							artifacts: ["the recorded requests, one trace line each"],
							verify: "for each request, the new decision is the one wanted"
						}] : []
					],
					escalation: null,
					decisions: []
				});
			}
		};
	})))();
}
// src/core/runbook/archetypes/volatility-mitigation.ts
var volatilityMitigation;
function init_volatility_mitigation() {
	return (init_volatility_mitigation = require_rolldown_runtime.__esmMin((() => {
		require_event.init_score();
		init_model();
		init_refs();
		volatilityMitigation = {
			name: "volatility-mitigation",
			applies: (a) => a.volatility > require_event.TRIGGERS.volatility,
			compute: (a, r) => {
				const signal = (id) => signalOf(a, id);
				const rules = a.history.flipFlops.slice(0, 5);
				const ruleFiles = [...new Set(a.diff.filter((d) => rules.some((f) => f.rule === d.id)).flatMap((d) => d.files))];
				const watch = ruleFiles.length ? ruleFiles : r.changed;
				return withId({
					archetype: "volatility-mitigation",
					title: "Volatility Mitigation",
					severity: a.volatility > .7 ? "high" : "medium",
					trigger: {
						signal: "volatility index",
						value: a.volatility,
						comparator: ">",
						threshold: require_event.TRIGGERS.volatility
					},
					purpose: `Decisions keep moving across the last ${a.history.commits.length} policy versions. Stop the back and forth before the next change.`,
					steps: [
						{
							title: "Name the volatile rules",
							why: signal("volatility").detail,
							commands: [`driftgate policy drift ${r.baseFlag} --json`, `git log -p --format='%h %ad %an %s' --date=short -n ${Math.max(2, a.history.commits.length)} -- ${files(watch)}`],
							artifacts: rules.length ? rules.map((f) => `${f.rule} (${f.project}): ${f.changes} changes, ${f.reversals} reversals`) : ["the probes whose decision moved"],
							verify: "each volatile rule has an owner who can say which effect is the intended one"
						},
						{
							title: "Freeze the risky area for a while",
							why: "every further flip of these rules changes live decisions again; one owner and a required review stop it",
							commands: [`git log --format='%an' -n 50 -- ${files(watch)} | sort | uniq -c | sort -rn`],
							artifacts: [`a CODEOWNERS entry for ${watch.join(", ")} and branch protection requiring the driftgate status`],
							verify: "a change to these files cannot merge without its owner"
						},
						{
							title: "Add a temporary guardrail",
							why: "until the intended effect is settled, `review` lets a person decide each request instead of a flipping rule",
							commands: [`driftgate policy diff ${r.baseFlag}`],
							artifacts: rules.length ? rules.map((f) => `a last rule in ${f.project} pinning ${f.rule} to mode review, with a description saying until when`) : ["a rule pinning the moving patterns to review"],
							verify: "the policy diff shows the guardrail as the only change"
						},
						{
							title: "Review more often and watch it settle",
							why: `the index falls as transitions without reversal accumulate; it is computed over the last ${a.history.commits.length} versions`,
							commands: [`driftgate policy drift --json`],
							artifacts: ["the volatility index of each later run (job summary chart)"],
							verify: `volatility index at most ${require_event.TRIGGERS.volatility}`
						}
					],
					escalation: null,
					decisions: []
				});
			}
		};
	})))();
}
// src/core/runbook/archetypes/index.ts
function computePolicyRunbooks(a) {
	const refs = refsOf(a);
	return ARCHETYPE_REGISTRY.filter((x) => x.applies(a)).map((x) => x.compute(a, refs));
}
var ARCHETYPE_REGISTRY;
function init_archetypes() {
	return (init_archetypes = require_rolldown_runtime.__esmMin((() => {
		init_contradiction_resolution();
		init_critical_state();
		init_drift_investigation();
		init_federated_sync();
		init_policy_change();
		init_refs();
		init_volatility_mitigation();
		ARCHETYPE_REGISTRY = [
			policyChange,
			driftInvestigation,
			volatilityMitigation,
			federatedSync,
			contradictionResolution,
			criticalState
		];
	})))();
}
// src/stages/policy.ts
function parseFile(bytes, path) {
	let text;
	try {
		text = decoder.decode(bytes);
	} catch {
		throw new PolicyError(`${path}: not UTF-8 text`);
	}
	return parsePolicyFile(text, path);
}
function tryParse(bytes, path) {
	try {
		return {
			key: require_verify.sha256Hex(bytes),
			parsed: parseFile(bytes, path)
		};
	} catch (e) {
		if (e instanceof PolicyError) return e;
		throw e;
	}
}
async function readHead(workspace, globs, reading) {
	const files = [];
	for (const path of await workspace.glob(globs)) {
		const source = await workspace.readFile(path);
		const p = source.state === "unreadable" ? new PolicyError(`${path}: unreadable: ${source.error}`) : source.state === "present" ? tryParse(source.bytes, path) : null;
		if (p === null) continue;
		if (p instanceof PolicyError) {
			reading.findings.push(invalidFinding(p, path, "head", null));
			reading.invalid.add(path);
			continue;
		}
		reading.findings.push(...p.parsed.notices.map((n) => noticeFinding(n, path)));
		files.push({
			path,
			key: p.key,
			policy: p.parsed.policy
		});
	}
	return files;
}
function versionReader(git, root, isPolicy, reading) {
	const parsed = new Map();
	return async (ref, side) => {
		const files = (await git.filesAt(ref, root)).filter((f) => isPolicy(f.path));
		const blobs = await git.readBlobs(files.filter((f) => !parsed.has(f.blob)).map((f) => f.blob));
		const out = [];
		for (const f of files) {
			let p = parsed.get(f.blob);
			if (!p) {
				p = tryParse(blobs.get(f.blob), `${shortSha(ref)}:${f.path}`);
				parsed.set(f.blob, p);
			}
			if (p instanceof PolicyError && side === "base") {
				reading.findings.push(invalidFinding(p, f.path, "base", ref));
				reading.invalid.add(f.path);
				continue;
			}
			if (p instanceof PolicyError) {
				reading.findings.push({
					code: "POLICY_HISTORY_INVALID",
					stage: "policy",
					classification: "STABLE",
					message: `${p.message} (this version is left out of the history)`,
					evidence: {
						paths: [f.path],
						commits: [ref]
					}
				});
				return null;
			}
			out.push({
				path: f.path,
				key: p.key,
				policy: p.parsed.policy
			});
		}
		return {
			ref,
			files: out
		};
	};
}
async function readTraces(workspace, globs, timed) {
	const traces = emptyTraceSet(timed);
	for (const path of await workspace.glob(globs)) {
		const folder = foldTraceFile(traces, path);
		const read = await workspace.readChunks(path, (chunk) => folder.add(chunk));
		if (read.state === "absent") continue;
		if (read.state === "unreadable") traces.bad.push({
			file: path,
			line: 0,
			message: `unreadable: ${read.error}`
		});
		else folder.end();
	}
	return traces;
}
async function observePolicies(input, ports) {
	const { workspace, git } = ports;
	const root = policyRoot(input.policies);
	const reading = {
		findings: [],
		invalid: new Set()
	};
	const headFiles = await readHead(workspace, input.policies, reading);
	const versionAt = git ? versionReader(git, root, (0, import_picomatch.default)([...input.policies], { dot: true }), reading) : null;
	const head = await git?.head() ?? "HEAD";
	const baseRead = versionAt && input.baselineRef ? await versionAt(input.baselineRef, "base") : null;
	const history = [];
	if (git && versionAt && head !== "HEAD") {
		const commits = (await git.commitsTouching(head, [root || "."], 50)).reverse();
		for (const c of commits) {
			const v = await versionAt(c, "history");
			if (v) history.push(v);
		}
	}
	const valid = (v) => ({
		...v,
		files: v.files.filter((f) => !reading.invalid.has(f.path))
	});
	const base = baseRead ? valid(baseRead) : null;
	const headVersion = valid({
		ref: head,
		files: headFiles
	});
	const timed = [...headVersion.files, ...base?.files ?? []].some((f) => usesTime(f.policy));
	const traces = await readTraces(workspace, input.traces, timed);
	if (!headFiles.length && !reading.invalid.size && !base?.files.length && traces.lines === 0 && traces.bad.length === 0) return null;
	const analysis = analyzePolicies({
		root,
		base,
		head: headVersion,
		history,
		traces
	});
	return {
		analysis,
		findings: [...reading.findings, ...computePolicyFindings(analysis)],
		runbooks: computePolicyRunbooks(analysis)
	};
}
var import_picomatch, decoder, usesTime, invalidFinding, noticeFinding;
function init_policy() {
	return (init_policy = require_rolldown_runtime.__esmMin((() => {
		import_picomatch = require_rolldown_runtime.__toESM(require_picomatch$1.require_picomatch(), 1);
		require_event.init_event();
		init_analyze();
		init_findings$1();
		init_model$1();
		init_project();
		init_traces();
		init_archetypes();
		init_model();
		decoder = new TextDecoder("utf-8", { fatal: true });
		usesTime = (p) => RULE_KINDS.some((k) => p[k].some((r) => r.contexts?.some((c) => c.when.timeRestriction)));
		invalidFinding = (e, path, side, ref) => ({
			code: "POLICY_INVALID",
			stage: "policy",
			classification: side === "head" ? "PRODUCT_DRIFT" : "TOOLING_DRIFT",
			message: `${e.message}; the file is left out of the comparison`,
			evidence: {
				paths: [path],
				...ref ? { commits: [ref] } : {},
				detail: side
			}
		});
		noticeFinding = (notice, path) => ({
			code: "POLICY_NOTICE",
			stage: "policy",
			classification: "STABLE",
			message: notice,
			evidence: { paths: [path] }
		});
	})))();
}
// src/stages/observe.ts
async function observeLog(settings, run, ports) {
	const baselineRef = await require_verify.resolveBaselineRef(settings["baseline-ref"], ports.git);
	const { reporter } = ports;
	reporter.progress("reading the governance log…");
	const log = await require_log.readGovernanceLog(run.location, baselineRef, ports);
	for (const note of [log.unavailable, ...log.notes]) if (note) reporter.warning(`driftgate: ${note}`);
	if (!log.unavailable) reporter.progress(`governance log: ${sizeOf(log.segments)} read and checked`);
	return {
		log,
		accepted: require_log.computeFreeze(log.freezeEntries, run.ref, false),
		baseline: {
			setting: settings["baseline-ref"],
			ref: baselineRef
		}
	};
}
async function observe(settings, { log, accepted, baseline }, ports) {
	const baselineRef = settings["baseline-ref"] === baseline.setting ? baseline.ref : await require_verify.resolveBaselineRef(settings["baseline-ref"], ports.git);
	const commit = await ports.git?.head() ?? "unknown";
	const { reporter } = ports;
	reporter.progress(`seal: hashing the files listed in ${settings.baseline}…`);
	const seal = await require_verify.observeSeal({
		manifest: settings.baseline,
		sealed: settings.sealed,
		baselineRef,
		accepted: accepted.acceptedManifests
	}, ports);
	reporter.progress(`seal: ${plural(seal.entries, "file")} hashed, ${seal.verdicts.filter((v) => v.status === "OK").length} verified`);
	const invariants = await observeInvariants({
		protectedPaths: settings["protected-paths"],
		invariants: settings.invariants,
		baselineRef,
		cwd: ports.workspace.root,
		timeoutMs: settings["test-timeout"] * 6e4,
		secrets: require_tests.secretsOf(settings)
	}, ports);
	const tests = await require_tests.observeTests(settings, baselineRef, ports, { acceptedRuntimeBaselines: accepted.acceptedRuntimeBaselines });
	const policy = await observePolicies({
		policies: settings.policies,
		traces: settings.traces,
		baselineRef
	}, ports);
	const runner = ports.runner.findings?.() ?? [];
	const runtimeRefusal = await ports.workspace.writeRefusal(EVENTS_DIR);
	return {
		commit,
		baselineRef,
		now: ports.clock.now(),
		log,
		seal,
		invariants,
		tests,
		policy,
		runner,
		runtimeRefusal
	};
}
function sizeOf(segments) {
	const bytes = segments.reduce((n, s) => n + s.byteLength, 0);
	return bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 1048576).toFixed(1)} MiB`;
}
var plural;
function init_observe() {
	return (init_observe = require_rolldown_runtime.__esmMin((() => {
		require_log.init_freeze();
		init_verdict();
		init_invariants$1();
		require_log.init_log();
		init_policy();
		require_verify.init_seal();
		require_tests.init_tests();
		plural = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
	})))();
}
Object.defineProperty(exports, "COMMENT_LIMITS", {
	enumerable: true,
	get: function() {
		return COMMENT_LIMITS;
	}
});
Object.defineProperty(exports, "COMMENT_MARKER", {
	enumerable: true,
	get: function() {
		return COMMENT_MARKER;
	}
});
Object.defineProperty(exports, "ESCALATION_LABELS", {
	enumerable: true,
	get: function() {
		return ESCALATION_LABELS;
	}
});
Object.defineProperty(exports, "EVENTS_DIR", {
	enumerable: true,
	get: function() {
		return EVENTS_DIR;
	}
});
Object.defineProperty(exports, "ICON", {
	enumerable: true,
	get: function() {
		return ICON$1;
	}
});
Object.defineProperty(exports, "OUTPUT_NAMES", {
	enumerable: true,
	get: function() {
		return OUTPUT_NAMES;
	}
});
Object.defineProperty(exports, "SUMMARY_LIMITS", {
	enumerable: true,
	get: function() {
		return SUMMARY_LIMITS;
	}
});
Object.defineProperty(exports, "computeDue", {
	enumerable: true,
	get: function() {
		return computeDue;
	}
});
Object.defineProperty(exports, "computeProblemKey", {
	enumerable: true,
	get: function() {
		return computeProblemKey;
	}
});
Object.defineProperty(exports, "computeRunbooks", {
	enumerable: true,
	get: function() {
		return computeRunbooks;
	}
});
Object.defineProperty(exports, "computeVerdict", {
	enumerable: true,
	get: function() {
		return computeVerdict;
	}
});
Object.defineProperty(exports, "describeChange", {
	enumerable: true,
	get: function() {
		return describeChange;
	}
});
Object.defineProperty(exports, "describeFlip", {
	enumerable: true,
	get: function() {
		return describeFlip;
	}
});
Object.defineProperty(exports, "escalates", {
	enumerable: true,
	get: function() {
		return escalates;
	}
});
Object.defineProperty(exports, "escapeMarkdown", {
	enumerable: true,
	get: function() {
		return escapeMarkdown;
	}
});
Object.defineProperty(exports, "eventMarker", {
	enumerable: true,
	get: function() {
		return eventMarker;
	}
});
Object.defineProperty(exports, "init_diff", {
	enumerable: true,
	get: function() {
		return init_diff;
	}
});
Object.defineProperty(exports, "init_escalation", {
	enumerable: true,
	get: function() {
		return init_escalation;
	}
});
Object.defineProperty(exports, "init_escape", {
	enumerable: true,
	get: function() {
		return init_escape;
	}
});
Object.defineProperty(exports, "init_findings", {
	enumerable: true,
	get: function() {
		return init_findings$1;
	}
});
Object.defineProperty(exports, "init_findings$1", {
	enumerable: true,
	get: function() {
		return init_findings;
	}
});
Object.defineProperty(exports, "init_model", {
	enumerable: true,
	get: function() {
		return init_model;
	}
});
Object.defineProperty(exports, "init_observe", {
	enumerable: true,
	get: function() {
		return init_observe;
	}
});
Object.defineProperty(exports, "init_policy", {
	enumerable: true,
	get: function() {
		return init_policy;
	}
});
Object.defineProperty(exports, "init_runbook", {
	enumerable: true,
	get: function() {
		return init_runbook;
	}
});
Object.defineProperty(exports, "init_verdict", {
	enumerable: true,
	get: function() {
		return init_verdict;
	}
});
Object.defineProperty(exports, "issueMarker", {
	enumerable: true,
	get: function() {
		return issueMarker;
	}
});
Object.defineProperty(exports, "issueMarkersOf", {
	enumerable: true,
	get: function() {
		return issueMarkersOf;
	}
});
Object.defineProperty(exports, "observe", {
	enumerable: true,
	get: function() {
		return observe;
	}
});
Object.defineProperty(exports, "observeLog", {
	enumerable: true,
	get: function() {
		return observeLog;
	}
});
Object.defineProperty(exports, "observePolicies", {
	enumerable: true,
	get: function() {
		return observePolicies;
	}
});
Object.defineProperty(exports, "renderFindingItem", {
	enumerable: true,
	get: function() {
		return renderFindingItem;
	}
});
Object.defineProperty(exports, "renderRunbooks", {
	enumerable: true,
	get: function() {
		return renderRunbooks;
	}
});
Object.defineProperty(exports, "shortSha", {
	enumerable: true,
	get: function() {
		return shortSha;
	}
});
Object.defineProperty(exports, "sortBySeverity", {
	enumerable: true,
	get: function() {
		return sortBySeverity;
	}
});
