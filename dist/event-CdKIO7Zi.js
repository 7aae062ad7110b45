const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_schemas = require("./schemas-Bs_YTln_.js");
// node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate(value) {
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		if (code >= 55296 && code <= 56319) {
			if (i === value.length - 1) return true;
			const next = value.charCodeAt(i + 1);
			if (!(next >= 56320 && next <= 57343)) return true;
			i++;
		} else if (code >= 56320 && code <= 57343) return true;
	}
	return false;
}
function canonicalize(object, seen = new Set()) {
	if (typeof object === "number" && isNaN(object)) throw new Error("NaN is not allowed");
	if (typeof object === "number" && !isFinite(object)) throw new Error("Infinity is not allowed");
	if (typeof object === "string" && hasLoneSurrogate(object)) throw new Error("Lone surrogate is not allowed");
	if (object === null || typeof object !== "object") return JSON.stringify(object);
	if (typeof object.toJSON === "function") {
		if (seen.has(object)) throw new Error("Circular reference detected");
		seen.add(object);
		const result = canonicalize(object.toJSON(), seen);
		seen.delete(object);
		return result;
	}
	if (seen.has(object)) throw new Error("Circular reference detected");
	seen.add(object);
	let result;
	if (Array.isArray(object)) result = `[${object.map((cv) => {
		return canonicalize(cv === void 0 || typeof cv === "symbol" ? null : cv, seen);
	}).join(",")}]`;
	else {
		const parts = [];
		for (const key of Object.keys(object).sort()) {
			if (object[key] === void 0 || typeof object[key] === "symbol") continue;
			parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
		}
		result = `{${parts.join(",")}}`;
	}
	seen.delete(object);
	return result;
}
function init_canonicalize() {
	return (init_canonicalize = require_rolldown_runtime.__esmMin((() => {})))();
}
// src/core/finding.ts
var STAGES, FINDING_CODES, evidenceSchema, findingSchema;
function init_finding() {
	return (init_finding = require_rolldown_runtime.__esmMin((() => {
		require_schemas.init_schemas();
		require_verify.init_classification();
		STAGES = [
			"config",
			"seal",
			"invariants",
			"tests",
			"policy",
			"freeze"
		];
		FINDING_CODES = [
			"NOT_SEALED",
			"BASELINE_INTRODUCED",
			"BASELINE_ACCEPTED",
			"BASELINE_CORRUPT",
			"BASELINE_MODIFIED",
			"BASELINE_REMOVED",
			"BASELINE_REF_UNREADABLE",
			"SEALED_MODIFIED",
			"SEALED_MISSING",
			"SEALED_UNREADABLE",
			"SEALED_UNEXPECTED",
			"SEALED_MODE_CHANGED",
			"SEALED_SYMLINK",
			"PATH_ESCAPES_WORKSPACE",
			"PROTECTED_PATH_WRITTEN",
			"INVARIANT_VIOLATED",
			"TOOLING_SIGNATURE",
			"REPORT_MISSING",
			"REPORT_STALE",
			"REPORT_EMPTY",
			"REPORT_TRUNCATED",
			"REPORT_UNPARSEABLE",
			"REPORT_NOT_A_REPORT",
			"SUITES_SAME_ERROR",
			"SUITE_FAILED",
			"TESTS_FAILED",
			"CONSOLE_FAILED",
			"COUNTS_DISAGREE",
			"EXIT_FAILED",
			"NO_TESTS_RAN",
			"NO_EVIDENCE_OF_PASS",
			"FEWER_TESTS_THAN_BASELINE",
			"TEST_REGRESSED",
			"TEST_MISSING",
			"TEST_ADDED",
			"OUTPUT_CHANGED",
			"OUTPUT_MISSING",
			"OUTPUT_ADDED",
			"RUNTIME_BASELINE_INVALID",
			"RUNTIME_BASELINE_MODIFIED",
			"POLICY_DRIFT",
			"POLICY_CONTRADICTION",
			"POLICY_DECISIONS_FLIPPED",
			"POLICY_CHANGED",
			"TRACE_INVALID",
			"TRACE_UNASSIGNED",
			"POLICY_HISTORY_INVALID",
			"POLICY_INVALID",
			"POLICY_NOTICE",
			"LOG_REWRITTEN",
			"LOG_INVALID",
			"LOG_REWOUND",
			"LOG_BRANCH_UNPROTECTED",
			"FROZEN",
			"CONFIG_CHANGED",
			"CONFIG_INVALID",
			"TEMPLATE_REFUSED",
			"BASELINE_ABSENT",
			"GIT_CONFIG_CHANGED",
			"RUNTIME_PATH_REFUSED"
		];
		evidenceSchema = require_schemas.strictObject({
			paths: require_schemas.array(require_schemas.string()).optional(),
			lines: require_schemas.array(require_schemas.number().int()).optional(),
			expected: require_schemas.string().optional(),
			actual: require_schemas.string().optional(),
			commits: require_schemas.array(require_schemas.string()).optional(),
			invariant: require_schemas.string().optional(),
			command: require_schemas.string().optional(),
			exitCode: require_schemas.number().int().nullable().optional(),
			output: require_schemas.string().optional(),
			tests: require_schemas.array(require_schemas.string()).optional(),
			signature: require_schemas.string().optional(),
			rules: require_schemas.array(require_schemas.string()).optional(),
			detail: require_schemas.string().optional()
		});
		findingSchema = require_schemas.strictObject({
			code: require_schemas._enum(FINDING_CODES),
			stage: require_schemas._enum(STAGES),
			classification: require_schemas._enum(require_verify.CLASSIFICATIONS),
			message: require_schemas.string(),
			evidence: evidenceSchema
		});
	})))();
}
// src/core/policy/signals/signal.ts
function makeSignal(id, intensity, confidence, detail) {
	const i = round4(clamp(intensity));
	const c = round4(clamp(confidence));
	return {
		id,
		...SIGNALS[id],
		intensity: i,
		confidence: c,
		value: round4(i * c),
		detail
	};
}
var WEIGHT, SIGNALS, round4, clamp, share, enough;
function init_signal() {
	return (init_signal = require_rolldown_runtime.__esmMin((() => {
		WEIGHT = {
			low: 1,
			medium: 2,
			high: 3
		};
		SIGNALS = {
			"permission-creep": {
				title: "Permission creep",
				severity: "high"
			},
			"restriction-creep": {
				title: "Restriction creep",
				severity: "low"
			},
			"rule-churn": {
				title: "Rule churn",
				severity: "low"
			},
			"flip-flops": {
				title: "Flip-flops",
				severity: "medium"
			},
			"override-escalation": {
				title: "Override escalation",
				severity: "medium"
			},
			"reviewer-disagreement": {
				title: "Reviewer disagreement",
				severity: "low"
			},
			volatility: {
				title: "Volatility index",
				severity: "medium"
			},
			"static-contradictions": {
				title: "Static contradictions",
				severity: "high"
			},
			"dynamic-contradictions": {
				title: "Dynamic contradictions",
				severity: "medium"
			},
			"replay-impact": {
				title: "Replay impact",
				severity: "high"
			},
			"federated-divergence": {
				title: "Federated divergence",
				severity: "medium"
			}
		};
		round4 = (x) => Math.round(x * 1e4) / 1e4;
		clamp = (x) => Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
		share = (part, whole) => whole > 0 ? part / whole : 0;
		enough = (n, needed) => Math.min(1, n / needed);
	})))();
}
// src/core/policy/score.ts
function computeDriftScore(signals) {
	const sum = signals.reduce((n, s) => n + WEIGHT[s.severity] * s.value, 0);
	return round4(Math.min(1, sum / 8));
}
function bandOf(score) {
	return score < .2 ? "stable" : score < .5 ? "watch" : score < .8 ? "volatile" : "critical";
}
function alarmsOf(r) {
	const out = [];
	if (r.drift > TRIGGERS.drift) out.push(`drift ${r.drift} > ${TRIGGERS.drift}`);
	if (r.volatility > TRIGGERS.volatility) out.push(`volatility ${r.volatility} > ${TRIGGERS.volatility}`);
	if (r.stability < TRIGGERS.stability) out.push(`stability ${r.stability} < ${TRIGGERS.stability}`);
	if (r.contradictions > 0) out.push(`${r.contradictions} contradiction(s)`);
	return out;
}
function riskOf(r) {
	const level = Math.max(BANDS.indexOf(bandOf(r.drift)), Math.min(3, alarmsOf(r).length));
	return RISK_LEVELS[level];
}
var BANDS, RISK_LEVELS, TRIGGERS;
function init_score() {
	return (init_score = require_rolldown_runtime.__esmMin((() => {
		init_signal();
		BANDS = [
			"stable",
			"watch",
			"volatile",
			"critical"
		];
		RISK_LEVELS = [
			"low",
			"medium",
			"high",
			"critical"
		];
		TRIGGERS = {
			drift: .5,
			volatility: .4,
			stability: .5
		};
	})))();
}
// src/core/tests/model.ts
function computeCounts(cases) {
	const c = {
		passed: 0,
		failed: 0,
		skipped: 0,
		todo: 0,
		pending: 0,
		cancelled: 0,
		total: cases.length
	};
	for (const t of cases) c[t.status]++;
	return c;
}
function relativeTo(root, file) {
	let f = file.replace(/\\/g, "/");
	if (f.startsWith("file://")) f = f.slice(7);
	const r = root.replace(/\\/g, "/").replace(/\/+$/, "");
	if (r && f.startsWith(`${r}/`)) f = f.slice(r.length + 1);
	return f.replace(/^(\.\/)+/, "");
}
function computeTestId(file, suite, name) {
	return [
		file,
		...suite,
		name
	].filter((s) => s !== "").join(" > ");
}
function shortMessage(text, lines = 6) {
	return text.replace(/\r\n/g, "\n").split("\n").slice(0, lines).join("\n").trim().slice(0, 2e3);
}
function makeCase(root, file, suite, name, status, extra = {}) {
	const rel = file ? relativeTo(root, file) : "";
	const c = {
		id: computeTestId(rel, suite, name),
		file: rel,
		suite,
		name,
		status
	};
	if (extra.message) c.message = shortMessage(extra.message);
	const line = extra.line ?? (rel && extra.message ? computeLineIn(extra.message, rel) : null);
	if (line) c.line = line;
	if (extra.durationMs !== void 0 && Number.isFinite(extra.durationMs)) c.durationMs = extra.durationMs;
	return c;
}
function mergeRuns(runs) {
	const seen = new Map();
	const cases = [];
	for (const run of runs) for (const c of run.cases) {
		const n = (seen.get(c.id) ?? 0) + 1;
		seen.set(c.id, n);
		cases.push(n === 1 ? c : {
			...c,
			id: `${c.id} #${n}`
		});
	}
	const verdicts = runs.map((r) => r.success).filter((s) => s !== null);
	return {
		formats: [...new Set(runs.flatMap((r) => r.formats))],
		cases,
		suiteErrors: runs.flatMap((r) => r.suiteErrors),
		success: verdicts.length ? verdicts.every(Boolean) : null
	};
}
function computeLineIn(message, file) {
	const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	const m = new RegExp(`(?:^|[\\s(/])${escaped}:(\\d+)(?::\\d+)?`, "m").exec(message);
	return m ? Number(m[1]) : null;
}
function init_model() {
	return (init_model = require_rolldown_runtime.__esmMin((() => {})))();
}
// src/core/tests/jest-json/parse.ts
function parseJestReport(json, root) {
	const report = jestReportSchema.parse(json);
	const cases = [];
	const suiteErrors = [];
	for (const file of report.testResults) {
		for (const a of file.assertionResults) cases.push(makeCase(root, file.name, a.ancestorTitles, a.title, STATUS[a.status] ?? "pending", {
			...a.failureMessages?.length ? { message: a.failureMessages.join("\n") } : {},
			...a.duration != null ? { durationMs: a.duration } : {}
		}));
		if (file.status === "failed" && file.assertionResults.length === 0) suiteErrors.push({
			file: makeCase(root, file.name, [], "", "failed").file,
			message: file.message?.trim() || "test file failed to run"
		});
	}
	return {
		formats: ["jest-json"],
		cases,
		suiteErrors,
		success: report.success ?? null
	};
}
var assertion, fileResult, jestReportSchema, STATUS, isJestReport, jestJsonParser;
function init_parse() {
	return (init_parse = require_rolldown_runtime.__esmMin((() => {
		require_schemas.init_schemas();
		assertion = require_schemas.looseObject({
			ancestorTitles: require_schemas.array(require_schemas.string()).default([]),
			title: require_schemas.string(),
			status: require_schemas.string(),
			failureMessages: require_schemas.array(require_schemas.string()).nullish(),
			duration: require_schemas.number().nullish()
		});
		fileResult = require_schemas.looseObject({
			name: require_schemas.string(),
			status: require_schemas.string().optional(),
			message: require_schemas.string().optional(),
			testExecError: require_schemas.unknown().optional(),
			assertionResults: require_schemas.array(assertion).default([])
		});
		jestReportSchema = require_schemas.looseObject({
			numTotalTests: require_schemas.number(),
			success: require_schemas.boolean().optional(),
			testResults: require_schemas.array(fileResult)
		});
		STATUS = {
			passed: "passed",
			failed: "failed",
			skipped: "skipped",
			pending: "skipped",
			disabled: "skipped",
			todo: "todo",
			focused: "passed"
		};
		isJestReport = (json) => typeof json === "object" && json !== null && "testResults" in json && "numTotalTests" in json;
		jestJsonParser = {
			format: "jest-json",
			syntax: "json",
			detect: (doc) => isJestReport(doc.json),
			problem: () => null,
			parse: (doc, root) => parseJestReport(doc.json, root)
		};
	})))();
}
// node_modules/fast-xml-parser/src/util.js
function getAllMatches(string, regex) {
	const matches = [];
	let match = regex.exec(string);
	while (match) {
		const allmatches = [];
		allmatches.startIndex = regex.lastIndex - match[0].length;
		const len = match.length;
		for (let index = 0; index < len; index++) allmatches.push(match[index]);
		matches.push(allmatches);
		match = regex.exec(string);
	}
	return matches;
}
function isExist(v) {
	return typeof v !== "undefined";
}
var regexName, isName, DANGEROUS_PROPERTY_NAMES, criticalProperties;
function init_util() {
	return (init_util = require_rolldown_runtime.__esmMin((() => {
		regexName = new RegExp("^[:A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$");
		isName = function(string) {
			const match = regexName.exec(string);
			return !(match === null || typeof match === "undefined");
		};
		DANGEROUS_PROPERTY_NAMES = [
			"hasOwnProperty",
			"toString",
			"valueOf",
			"__defineGetter__",
			"__defineSetter__",
			"__lookupGetter__",
			"__lookupSetter__"
		];
		criticalProperties = [
			"__proto__",
			"constructor",
			"prototype"
		];
	})))();
}
// node_modules/fast-xml-parser/src/validator.js
function validate(xmlData, options) {
	options = Object.assign({}, defaultOptions$1, options);
	const tags = [];
	let tagFound = false;
	let reachedRoot = false;
	if (xmlData[0] === "﻿") xmlData = xmlData.substr(1);
	for (let i = 0; i < xmlData.length; i++) if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
		i += 2;
		i = readPI(xmlData, i);
		if (i.err) return i;
	} else if (xmlData[i] === "<") {
		let tagStartPos = i;
		i++;
		if (xmlData[i] === "!") {
			i = readCommentAndCDATA(xmlData, i);
			continue;
		} else {
			let closingTag = false;
			if (xmlData[i] === "/") {
				closingTag = true;
				i++;
			}
			let tagName = "";
			for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) tagName += xmlData[i];
			tagName = tagName.trim();
			if (tagName[tagName.length - 1] === "/") {
				tagName = tagName.substring(0, tagName.length - 1);
				i--;
			}
			if (!validateTagName(tagName)) {
				let msg;
				if (tagName.trim().length === 0) msg = "Invalid space after '<'.";
				else msg = "Tag '" + tagName + "' is an invalid name.";
				return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
			}
			const result = readAttributeStr(xmlData, i);
			if (result === false) return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
			let attrStr = result.value;
			i = result.index;
			if (attrStr[attrStr.length - 1] === "/") {
				const attrStrStart = i - attrStr.length;
				attrStr = attrStr.substring(0, attrStr.length - 1);
				const isValid = validateAttributeString(attrStr, options);
				if (isValid === true) tagFound = true;
				else return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
			} else if (closingTag) {
				if (!result.tagClosed) return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
				else if (attrStr.trim().length > 0) return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
				else if (tags.length === 0) return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
				else {
					const otg = tags.pop();
					if (tagName !== otg.tagName) {
						let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
						return getErrorObject("InvalidTag", "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.", getLineNumberForPosition(xmlData, tagStartPos));
					}
					if (tags.length == 0) reachedRoot = true;
				}
			} else {
				const isValid = validateAttributeString(attrStr, options);
				if (isValid !== true) return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
				if (reachedRoot === true) return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
				else if (options.unpairedTags.indexOf(tagName) !== -1) {} else tags.push({
					tagName,
					tagStartPos
				});
				tagFound = true;
			}
			for (i++; i < xmlData.length; i++) if (xmlData[i] === "<") {
				if (xmlData[i + 1] === "!") {
					i++;
					i = readCommentAndCDATA(xmlData, i);
					continue;
				} else if (xmlData[i + 1] === "?") {
					i = readPI(xmlData, ++i);
					if (i.err) return i;
				} else break;
			} else if (xmlData[i] === "&") {
				const afterAmp = validateAmpersand(xmlData, i);
				if (afterAmp == -1) return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
				i = afterAmp;
			} else if (reachedRoot === true && !isWhiteSpace(xmlData[i])) return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
			if (xmlData[i] === "<") i--;
		}
	} else {
		if (isWhiteSpace(xmlData[i])) continue;
		return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
	}
	if (!tagFound) return getErrorObject("InvalidXml", "Start tag expected.", 1);
	else if (tags.length == 1) return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
	else if (tags.length > 0) return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", {
		line: 1,
		col: 1
	});
	return true;
}
function isWhiteSpace(char) {
	return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
	const start = i;
	for (; i < xmlData.length; i++) if (xmlData[i] == "?" || xmlData[i] == " ") {
		const tagname = xmlData.substr(start, i - start);
		if (i > 5 && tagname === "xml") return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
		else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
			i++;
			break;
		} else continue;
	}
	return i;
}
function readCommentAndCDATA(xmlData, i) {
	if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
		for (i += 3; i < xmlData.length; i++) if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
			i += 2;
			break;
		}
	} else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
		let angleBracketsCount = 1;
		for (i += 8; i < xmlData.length; i++) if (xmlData[i] === "<") angleBracketsCount++;
		else if (xmlData[i] === ">") {
			angleBracketsCount--;
			if (angleBracketsCount === 0) break;
		}
	} else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
		for (i += 8; i < xmlData.length; i++) if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
			i += 2;
			break;
		}
	}
	return i;
}
function readAttributeStr(xmlData, i) {
	let attrStr = "";
	let startChar = "";
	let tagClosed = false;
	for (; i < xmlData.length; i++) {
		if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
			if (startChar === "") startChar = xmlData[i];
			else if (startChar !== xmlData[i]) {} else startChar = "";
		} else if (xmlData[i] === ">") {
			if (startChar === "") {
				tagClosed = true;
				break;
			}
		}
		attrStr += xmlData[i];
	}
	if (startChar !== "") return false;
	return {
		value: attrStr,
		index: i,
		tagClosed
	};
}
function scanAttributeTokens(attrStr) {
	const tokens = [];
	const len = attrStr.length;
	let i = 0;
	while (i < len) {
		const tokenStart = i;
		while (i < len && isWhiteSpace(attrStr[i])) i++;
		if (i >= len) break;
		if (attrStr[i] === "=") {
			i++;
			continue;
		}
		const leadingWs = attrStr.slice(tokenStart, i);
		const nameStart = i;
		while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
		const name = attrStr.slice(nameStart, i);
		let equalsGroup;
		let j = i;
		while (j < len && isWhiteSpace(attrStr[j])) j++;
		if (j < len && attrStr[j] === "=") {
			equalsGroup = attrStr.slice(i, j + 1);
			i = j + 1;
		}
		let quoteChar;
		let value;
		let k = i;
		while (k < len && isWhiteSpace(attrStr[k])) k++;
		if (k < len && (attrStr[k] === "\"" || attrStr[k] === "'")) {
			const valueStart = k + 1;
			const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
			if (closeIdx !== -1) {
				quoteChar = attrStr[k];
				value = attrStr.slice(valueStart, closeIdx);
				i = closeIdx + 1;
			}
		}
		const token = { startIndex: tokenStart };
		token[1] = leadingWs;
		token[2] = name;
		token[3] = equalsGroup;
		token[4] = quoteChar !== void 0 ? true : void 0;
		token[5] = quoteChar;
		token[6] = value;
		tokens.push(token);
	}
	return tokens;
}
function validateAttributeString(attrStr, options) {
	const matches = scanAttributeTokens(attrStr);
	const attrNames = {};
	for (let i = 0; i < matches.length; i++) {
		if (matches[i][1].length === 0) return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
		else if (matches[i][3] !== void 0 && matches[i][4] === void 0) return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
		else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
		const attrName = matches[i][2];
		if (!validateAttrName(attrName)) return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
		if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) attrNames[attrName] = 1;
		else return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
	}
	return true;
}
function validateNumberAmpersand(xmlData, i) {
	let re = /\d/;
	if (xmlData[i] === "x") {
		i++;
		re = /[\da-fA-F]/;
	}
	for (; i < xmlData.length; i++) {
		if (xmlData[i] === ";") return i;
		if (!xmlData[i].match(re)) break;
	}
	return -1;
}
function validateAmpersand(xmlData, i) {
	i++;
	if (xmlData[i] === ";") return -1;
	if (xmlData[i] === "#") {
		i++;
		return validateNumberAmpersand(xmlData, i);
	}
	let count = 0;
	for (; i < xmlData.length; i++, count++) {
		if (xmlData[i].match(/\w/) && count < 20) continue;
		if (xmlData[i] === ";") break;
		return -1;
	}
	return i;
}
function getErrorObject(code, message, lineNumber) {
	return { err: {
		code,
		msg: message,
		line: lineNumber.line || lineNumber,
		col: lineNumber.col
	} };
}
function validateAttrName(attrName) {
	return isName(attrName);
}
function validateTagName(tagname) {
	return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
	const lines = xmlData.substring(0, index).split(/\r?\n/);
	return {
		line: lines.length,
		col: lines[lines.length - 1].length + 1
	};
}
function getPositionFromMatch(match) {
	return match.startIndex + match[1].length;
}
var defaultOptions$1, doubleQuote, singleQuote;
function init_validator() {
	return (init_validator = require_rolldown_runtime.__esmMin((() => {
		init_util();
		defaultOptions$1 = {
			allowBooleanAttributes: false,
			unpairedTags: []
		};
		doubleQuote = "\"";
		singleQuote = "'";
	})))();
}
// node_modules/@nodable/entities/src/entities.js
var CURRENCY, XML, COMMON_HTML;
function init_entities() {
	return (init_entities = require_rolldown_runtime.__esmMin((() => {
		CURRENCY = {
			cent: "¢",
			pound: "£",
			curren: "¤",
			yen: "¥",
			euro: "€",
			dollar: "$",
			fnof: "ƒ",
			inr: "₹",
			af: "؋",
			birr: "ብር",
			peso: "₱",
			rub: "₽",
			won: "₩",
			yuan: "¥",
			cedil: "¸"
		};
		XML = {
			amp: "&",
			apos: "'",
			gt: ">",
			lt: "<",
			quot: "\""
		};
		COMMON_HTML = {
			nbsp: "\xA0",
			copy: "©",
			reg: "®",
			trade: "™",
			mdash: "—",
			ndash: "–",
			hellip: "…",
			laquo: "«",
			raquo: "»",
			lsquo: "‘",
			rsquo: "’",
			ldquo: "“",
			rdquo: "”",
			bull: "•",
			para: "¶",
			sect: "§",
			deg: "°",
			frac12: "½",
			frac14: "¼",
			frac34: "¾"
		};
	})))();
}
// node_modules/@nodable/entities/src/EntityDecoder.js
function validateEntityName$1(name) {
	if (name[0] === "#") throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
	for (const ch of name) if (SPECIAL_CHARS.has(ch)) throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
	return name;
}
function mergeEntityMaps(...maps) {
	const out = Object.create(null);
	for (const map of maps) {
		if (!map) continue;
		for (const key of Object.keys(map)) {
			const raw = map[key];
			if (typeof raw === "string") out[key] = raw;
			else if (raw && typeof raw === "object" && raw.val !== void 0) {
				const val = raw.val;
				if (typeof val === "string") out[key] = val;
			}
		}
	}
	return out;
}
function parseLimitTiers(raw) {
	if (!raw || raw === LIMIT_TIER_EXTERNAL) return new Set([LIMIT_TIER_EXTERNAL]);
	if (raw === LIMIT_TIER_ALL) return new Set([LIMIT_TIER_ALL]);
	if (raw === LIMIT_TIER_BASE) return new Set([LIMIT_TIER_BASE]);
	if (Array.isArray(raw)) return new Set(raw);
	return new Set([LIMIT_TIER_EXTERNAL]);
}
function parseNCRConfig(ncr) {
	if (!ncr) return {
		xmlVersion: 1,
		onLevel: NCR_LEVEL.allow,
		nullLevel: NCR_LEVEL.remove
	};
	const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
	const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
	const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
	return {
		xmlVersion,
		onLevel,
		nullLevel: Math.max(nullLevel, NCR_LEVEL.remove)
	};
}
var ENTITY_ACTION, SPECIAL_CHARS, LIMIT_TIER_EXTERNAL, LIMIT_TIER_BASE, LIMIT_TIER_ALL, NCR_LEVEL, XML10_ALLOWED_C0, EntityDecoder;
function init_EntityDecoder() {
	return (init_EntityDecoder = require_rolldown_runtime.__esmMin((() => {
		init_entities();
		ENTITY_ACTION = Object.freeze({
			ALLOW: "allow",
			BLOCK: "block",
			THROW: "throw"
		});
		SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
		LIMIT_TIER_EXTERNAL = "external";
		LIMIT_TIER_BASE = "base";
		LIMIT_TIER_ALL = "all";
		NCR_LEVEL = Object.freeze({
			allow: 0,
			leave: 1,
			remove: 2,
			throw: 3
		});
		XML10_ALLOWED_C0 = new Set([
			9,
			10,
			13
		]);
		EntityDecoder = class {
			constructor(options = {}) {
				this._limit = options.limit || {};
				this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
				this._maxExpandedLength = this._limit.maxExpandedLength || 0;
				this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
				this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
				this._numericAllowed = options.numericAllowed ?? true;
				this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
				this._externalMap = Object.create(null);
				this._inputMap = Object.create(null);
				this._totalExpansions = 0;
				this._expandedLength = 0;
				this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
				this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
				const ncrCfg = parseNCRConfig(options.ncr);
				this._ncrXmlVersion = ncrCfg.xmlVersion;
				this._ncrOnLevel = ncrCfg.onLevel;
				this._ncrNullLevel = ncrCfg.nullLevel;
				this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
				this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
			}
			_applyRegistrationHook(hook, name, value, context) {
				if (!hook) return true;
				const action = hook(name, value);
				if (action === ENTITY_ACTION.BLOCK) return false;
				if (action === ENTITY_ACTION.THROW) throw new Error(`[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`);
				return true;
			}
			setExternalEntities(map) {
				if (map) for (const key of Object.keys(map)) validateEntityName$1(key);
				if (!this._onExternalEntity) {
					this._externalMap = mergeEntityMaps(map);
					return;
				}
				const flat = mergeEntityMaps(map);
				const filtered = Object.create(null);
				for (const [name, value] of Object.entries(flat)) if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) filtered[name] = value;
				this._externalMap = filtered;
			}
			addExternalEntity(key, value) {
				validateEntityName$1(key);
				if (typeof value === "string" && value.indexOf("&") === -1) {
					if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) this._externalMap[key] = value;
				}
			}
			addInputEntities(map) {
				this._totalExpansions = 0;
				this._expandedLength = 0;
				if (!this._onInputEntity) {
					this._inputMap = mergeEntityMaps(map);
					return;
				}
				const flat = mergeEntityMaps(map);
				const filtered = Object.create(null);
				for (const [name, value] of Object.entries(flat)) if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) filtered[name] = value;
				this._inputMap = filtered;
			}
			reset() {
				this._inputMap = Object.create(null);
				this._totalExpansions = 0;
				this._expandedLength = 0;
				return this;
			}
			setXmlVersion(version) {
				this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
			}
			decode(str) {
				if (typeof str !== "string" || str.length === 0) return str;
				if (str.indexOf("&") === -1) return str;
				const original = str;
				const chunks = [];
				const len = str.length;
				let last = 0;
				let i = 0;
				const limitExpansions = this._maxTotalExpansions > 0;
				const limitLength = this._maxExpandedLength > 0;
				const checkLimits = limitExpansions || limitLength;
				while (i < len) {
					if (str.charCodeAt(i) !== 38) {
						i++;
						continue;
					}
					let j = i + 1;
					while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
					if (j >= len || str.charCodeAt(j) !== 59) {
						i++;
						continue;
					}
					const token = str.slice(i + 1, j);
					if (token.length === 0) {
						i++;
						continue;
					}
					let replacement;
					let tier;
					if (this._removeSet.has(token)) {
						replacement = "";
						if (tier === void 0) tier = LIMIT_TIER_EXTERNAL;
					} else if (this._leaveSet.has(token)) {
						i++;
						continue;
					} else if (token.charCodeAt(0) === 35) {
						const ncrResult = this._resolveNCR(token);
						if (ncrResult === void 0) {
							i++;
							continue;
						}
						replacement = ncrResult;
						tier = LIMIT_TIER_BASE;
					} else {
						const resolved = this._resolveName(token);
						replacement = resolved?.value;
						tier = resolved?.tier;
					}
					if (replacement === void 0) {
						i++;
						continue;
					}
					if (i > last) chunks.push(str.slice(last, i));
					chunks.push(replacement);
					last = j + 1;
					i = last;
					if (checkLimits && this._tierCounts(tier)) {
						if (limitExpansions) {
							this._totalExpansions++;
							if (this._totalExpansions > this._maxTotalExpansions) throw new Error(`[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`);
						}
						if (limitLength) {
							const delta = replacement.length - (token.length + 2);
							if (delta > 0) {
								this._expandedLength += delta;
								if (this._expandedLength > this._maxExpandedLength) throw new Error(`[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`);
							}
						}
					}
				}
				if (last < len) chunks.push(str.slice(last));
				const result = chunks.length === 0 ? str : chunks.join("");
				return this._postCheck(result, original);
			}
			_tierCounts(tier) {
				if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
				return this._limitTiers.has(tier);
			}
			_resolveName(name) {
				if (name in this._inputMap) return {
					value: this._inputMap[name],
					tier: LIMIT_TIER_EXTERNAL
				};
				if (name in this._externalMap) return {
					value: this._externalMap[name],
					tier: LIMIT_TIER_EXTERNAL
				};
				if (name in this._baseMap) return {
					value: this._baseMap[name],
					tier: LIMIT_TIER_BASE
				};
			}
			_classifyNCR(cp) {
				if (cp === 0) return this._ncrNullLevel;
				if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
				if (this._ncrXmlVersion === 1) {
					if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
				}
				return -1;
			}
			_applyNCRAction(action, token, cp) {
				switch (action) {
					case NCR_LEVEL.allow: return String.fromCodePoint(cp);
					case NCR_LEVEL.remove: return "";
					case NCR_LEVEL.leave: return;
					case NCR_LEVEL.throw: throw new Error(`[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`);
					default: return String.fromCodePoint(cp);
				}
			}
			_resolveNCR(token) {
				const second = token.charCodeAt(1);
				let cp;
				if (second === 120 || second === 88) cp = parseInt(token.slice(2), 16);
				else cp = parseInt(token.slice(1), 10);
				if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
				const minimum = this._classifyNCR(cp);
				if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
				const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
				return this._applyNCRAction(effective, token, cp);
			}
		};
	})))();
}
// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
function validatePropertyName(propertyName, optionName) {
	if (typeof propertyName !== "string") return;
	const normalized = propertyName.toLowerCase();
	if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) throw new Error(`[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`);
	if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) throw new Error(`[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`);
}
function normalizeProcessEntities(value, htmlEntities) {
	if (typeof value === "boolean") return {
		enabled: value,
		maxEntitySize: 1e4,
		maxExpansionDepth: 1e4,
		maxTotalExpansions: Infinity,
		maxExpandedLength: 1e5,
		maxEntityCount: 1e3,
		allowedTags: null,
		tagFilter: null,
		appliesTo: "all"
	};
	if (typeof value === "object" && value !== null) return {
		enabled: value.enabled !== false,
		maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
		maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
		maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
		maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
		maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
		allowedTags: value.allowedTags ?? null,
		tagFilter: value.tagFilter ?? null,
		appliesTo: value.appliesTo ?? "all"
	};
	return normalizeProcessEntities(true);
}
var defaultOnDangerousProperty, defaultOptions, buildOptions;
function init_OptionsBuilder() {
	return (init_OptionsBuilder = require_rolldown_runtime.__esmMin((() => {
		init_util();
		defaultOnDangerousProperty = (name) => {
			if (DANGEROUS_PROPERTY_NAMES.includes(name)) return "__" + name;
			return name;
		};
		defaultOptions = {
			preserveOrder: false,
			attributeNamePrefix: "@_",
			attributesGroupName: false,
			textNodeName: "#text",
			ignoreAttributes: true,
			removeNSPrefix: false,
			allowBooleanAttributes: false,
			parseTagValue: true,
			parseAttributeValue: false,
			trimValues: true,
			cdataPropName: false,
			numberParseOptions: {
				hex: true,
				leadingZeros: true,
				eNotation: true,
				unicode: false
			},
			tagValueProcessor: function(tagName, val) {
				return val;
			},
			attributeValueProcessor: function(attrName, val) {
				return val;
			},
			stopNodes: [],
			alwaysCreateTextNode: false,
			isArray: () => false,
			commentPropName: false,
			unpairedTags: [],
			processEntities: true,
			htmlEntities: false,
			entityDecoder: null,
			ignoreDeclaration: false,
			ignorePiTags: false,
			transformTagName: false,
			transformAttributeName: false,
			updateTag: function(tagName, jPath, attrs) {
				return tagName;
			},
			captureMetaData: false,
			maxNestedTags: 100,
			strictReservedNames: true,
			jPath: true,
			onDangerousProperty: defaultOnDangerousProperty
		};
		buildOptions = function(options) {
			const built = Object.assign({}, defaultOptions, options);
			const propertyNameOptions = [
				{
					value: built.attributeNamePrefix,
					name: "attributeNamePrefix"
				},
				{
					value: built.attributesGroupName,
					name: "attributesGroupName"
				},
				{
					value: built.textNodeName,
					name: "textNodeName"
				},
				{
					value: built.cdataPropName,
					name: "cdataPropName"
				},
				{
					value: built.commentPropName,
					name: "commentPropName"
				}
			];
			for (const { value, name } of propertyNameOptions) if (value) validatePropertyName(value, name);
			if (built.onDangerousProperty === null) built.onDangerousProperty = defaultOnDangerousProperty;
			built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
			built.unpairedTagsSet = new Set(built.unpairedTags);
			if (built.stopNodes && Array.isArray(built.stopNodes)) built.stopNodes = built.stopNodes.map((node) => {
				if (typeof node === "string" && node.startsWith("*.")) return ".." + node.substring(2);
				return node;
			});
			return built;
		};
	})))();
}
// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL$1, XmlNode;
function init_xmlNode() {
	return (init_xmlNode = require_rolldown_runtime.__esmMin((() => {
		if (typeof Symbol !== "function") METADATA_SYMBOL$1 = "@@xmlMetadata";
		else METADATA_SYMBOL$1 = Symbol("XML Node Metadata");
		XmlNode = class {
			constructor(tagname) {
				this.tagname = tagname;
				this.child = [];
				this[":@"] = Object.create(null);
			}
			add(key, val) {
				if (key === "__proto__") key = "#__proto__";
				this.child.push({ [key]: val });
			}
			addChild(node, startIndex) {
				if (node.tagname === "__proto__") node.tagname = "#__proto__";
				if (node[":@"] && Object.keys(node[":@"]).length > 0) this.child.push({
					[node.tagname]: node.child,
					[":@"]: node[":@"]
				});
				else this.child.push({ [node.tagname]: node.child });
				this.addStartIndex(startIndex);
			}
			addStartIndex(startIndex) {
				if (startIndex !== void 0) this.child[this.child.length - 1][METADATA_SYMBOL$1] = { startIndex };
			}
			addEndIndex(endIndex) {
				const lastChild = this.child[this.child.length - 1];
				if (lastChild !== void 0 && lastChild[METADATA_SYMBOL$1] !== void 0 && lastChild[METADATA_SYMBOL$1].endIndex === void 0) lastChild[METADATA_SYMBOL$1].endIndex = endIndex;
			}
			static getMetaDataSymbol() {
				return METADATA_SYMBOL$1;
			}
		};
	})))();
}
// node_modules/xml-naming/src/index.js
var nameStartChar10, nameChar10, nameStartChar11, nameChar11, buildRegexes, regexes10, regexes11, regexesAscii, getRegexes, qName;
function init_src() {
	return (init_src = require_rolldown_runtime.__esmMin((() => {
		nameStartChar10 = ":A-Za-z_À-ÖØ-öø-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�";
		nameChar10 = nameStartChar10 + "\\-\\.\\d·̀-ͯ‿-⁀";
		nameStartChar11 = ":A-Za-z_À-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
		nameChar11 = nameStartChar11 + "\\-\\.\\d·̀-ͯ҇‿-⁀";
		buildRegexes = (startChar, char, flags = "") => {
			const ncNamePat = `[${startChar.replace(":", "")}][${char.replace(":", "")}]*`;
			return {
				name: new RegExp(`^[${startChar}][${char}]*$`, flags),
				ncName: new RegExp(`^${ncNamePat}$`, flags),
				qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
				nmToken: new RegExp(`^[${char}]+$`, flags),
				nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
			};
		};
		regexes10 = buildRegexes(nameStartChar10, nameChar10);
		regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
		regexesAscii = buildRegexes(":A-Za-z_", ":A-Za-z_\\-\\.\\d");
		getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
			if (asciiOnly) return regexesAscii;
			return xmlVersion === "1.1" ? regexes11 : regexes10;
		};
		qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);
	})))();
}
// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
function hasSeq(data, seq, i) {
	for (let j = 0; j < seq.length; j++) if (seq[j] !== data[i + j + 1]) return false;
	return true;
}
function validateEntityName(name, xmlVersion) {
	if (qName(name, { xmlVersion })) return name;
	else throw new Error(`Invalid entity name ${name}`);
}
var DocTypeReader, skipWhitespace;
function init_DocTypeReader() {
	return (init_DocTypeReader = require_rolldown_runtime.__esmMin((() => {
		init_src();
		DocTypeReader = class {
			constructor(options, xmlVersion) {
				this.suppressValidationErr = !options;
				this.options = options;
				this.xmlVersion = xmlVersion || 1;
			}
			setXmlVersion(xmlVersion = 1) {
				this.xmlVersion = xmlVersion;
			}
			readDocType(xmlData, i) {
				const entities = Object.create(null);
				let entityCount = 0;
				if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
					i = i + 9;
					let angleBracketsCount = 1;
					let hasBody = false, comment = false;
					let quoteChar = null;
					let exp = "";
					for (; i < xmlData.length; i++) {
						if (quoteChar !== null) {
							if (xmlData[i] === quoteChar) quoteChar = null;
							exp += xmlData[i];
							continue;
						}
						if (!hasBody && !comment && (xmlData[i] === "\"" || xmlData[i] === "'")) {
							quoteChar = xmlData[i];
							exp += xmlData[i];
							continue;
						}
						if (xmlData[i] === "<" && !comment) {
							if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
								i += 7;
								let entityName, val;
								[entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
								if (val.indexOf("&") === -1) {
									if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) throw new Error(`Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`);
									entities[entityName] = val;
									entityCount++;
								}
							} else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
								i += 8;
								const { index } = this.readElementExp(xmlData, i + 1);
								i = index;
							} else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) i += 8;
							else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
								i += 9;
								const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
								i = index;
							} else if (hasSeq(xmlData, "!--", i)) comment = true;
							else throw new Error(`Invalid DOCTYPE`);
							angleBracketsCount++;
							exp = "";
						} else if (xmlData[i] === ">") {
							if (comment) {
								if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
									comment = false;
									angleBracketsCount--;
								}
							} else angleBracketsCount--;
							if (angleBracketsCount === 0) break;
						} else if (xmlData[i] === "[") hasBody = true;
						else exp += xmlData[i];
					}
					if (quoteChar !== null || angleBracketsCount !== 0) throw new Error(`Unclosed DOCTYPE`);
				} else throw new Error(`Invalid Tag instead of DOCTYPE`);
				return {
					entities,
					i
				};
			}
			readEntityExp(xmlData, i) {
				i = skipWhitespace(xmlData, i);
				const startIndex = i;
				while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== "\"" && xmlData[i] !== "'") i++;
				let entityName = xmlData.substring(startIndex, i);
				validateEntityName(entityName, { xmlVersion: this.xmlVersion });
				i = skipWhitespace(xmlData, i);
				if (!this.suppressValidationErr) {
					if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") throw new Error("External entities are not supported");
					else if (xmlData[i] === "%") throw new Error("Parameter entities are not supported");
				}
				let entityValue = "";
				[i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
				if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) throw new Error(`Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`);
				i--;
				return [
					entityName,
					entityValue,
					i
				];
			}
			readNotationExp(xmlData, i) {
				i = skipWhitespace(xmlData, i);
				const startIndex = i;
				while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
				let notationName = xmlData.substring(startIndex, i);
				!this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });
				i = skipWhitespace(xmlData, i);
				const identifierType = xmlData.substring(i, i + 6).toUpperCase();
				if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
				i += identifierType.length;
				i = skipWhitespace(xmlData, i);
				let publicIdentifier = null;
				let systemIdentifier = null;
				if (identifierType === "PUBLIC") {
					[i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
					i = skipWhitespace(xmlData, i);
					if (xmlData[i] === "\"" || xmlData[i] === "'") [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
				} else if (identifierType === "SYSTEM") {
					[i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
					if (!this.suppressValidationErr && !systemIdentifier) throw new Error("Missing mandatory system identifier for SYSTEM notation");
				}
				return {
					notationName,
					publicIdentifier,
					systemIdentifier,
					index: --i
				};
			}
			readIdentifierVal(xmlData, i, type) {
				let identifierVal = "";
				const startChar = xmlData[i];
				if (startChar !== "\"" && startChar !== "'") throw new Error(`Expected quoted string, found "${startChar}"`);
				i++;
				const startIndex = i;
				while (i < xmlData.length && xmlData[i] !== startChar) i++;
				identifierVal = xmlData.substring(startIndex, i);
				if (xmlData[i] !== startChar) throw new Error(`Unterminated ${type} value`);
				i++;
				return [i, identifierVal];
			}
			readElementExp(xmlData, i) {
				i = skipWhitespace(xmlData, i);
				const startIndex = i;
				while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
				let elementName = xmlData.substring(startIndex, i);
				if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid element name: "${elementName}"`);
				i = skipWhitespace(xmlData, i);
				let contentModel = "";
				if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
				else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
				else if (xmlData[i] === "(") {
					i++;
					const startIndex = i;
					while (i < xmlData.length && xmlData[i] !== ")") i++;
					contentModel = xmlData.substring(startIndex, i);
					if (xmlData[i] !== ")") throw new Error("Unterminated content model");
				} else if (!this.suppressValidationErr) throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
				return {
					elementName,
					contentModel: contentModel.trim(),
					index: i
				};
			}
			readAttlistExp(xmlData, i) {
				i = skipWhitespace(xmlData, i);
				let startIndex = i;
				while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
				let elementName = xmlData.substring(startIndex, i);
				validateEntityName(elementName, { xmlVersion: this.xmlVersion });
				i = skipWhitespace(xmlData, i);
				startIndex = i;
				while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
				let attributeName = xmlData.substring(startIndex, i);
				if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid attribute name: "${attributeName}"`);
				i = skipWhitespace(xmlData, i);
				let attributeType = "";
				if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
					attributeType = "NOTATION";
					i += 8;
					i = skipWhitespace(xmlData, i);
					if (xmlData[i] !== "(") throw new Error(`Expected '(', found "${xmlData[i]}"`);
					i++;
					let allowedNotations = [];
					while (i < xmlData.length && xmlData[i] !== ")") {
						const startIndex = i;
						while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") i++;
						let notation = xmlData.substring(startIndex, i);
						notation = notation.trim();
						if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid notation name: "${notation}"`);
						allowedNotations.push(notation);
						if (xmlData[i] === "|") {
							i++;
							i = skipWhitespace(xmlData, i);
						}
					}
					if (xmlData[i] !== ")") throw new Error("Unterminated list of notations");
					i++;
					attributeType += " (" + allowedNotations.join("|") + ")";
				} else {
					const startIndex = i;
					while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
					attributeType += xmlData.substring(startIndex, i);
					if (!this.suppressValidationErr && ![
						"CDATA",
						"ID",
						"IDREF",
						"IDREFS",
						"ENTITY",
						"ENTITIES",
						"NMTOKEN",
						"NMTOKENS"
					].includes(attributeType.toUpperCase())) throw new Error(`Invalid attribute type: "${attributeType}"`);
				}
				i = skipWhitespace(xmlData, i);
				let defaultValue = "";
				if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
					defaultValue = "#REQUIRED";
					i += 8;
				} else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
					defaultValue = "#IMPLIED";
					i += 7;
				} else [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
				return {
					elementName,
					attributeName,
					attributeType,
					defaultValue,
					index: i
				};
			}
		};
		skipWhitespace = (data, index) => {
			while (index < data.length && /\s/.test(data[index])) index++;
			return index;
		};
	})))();
}
// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS, HIGH_MAP, LOW_MAX, TABLE_OFFSET, TABLE;
function init_digitTable() {
	return (init_digitTable = require_rolldown_runtime.__esmMin((() => {
		SCRIPT_ZEROS = [
			48,
			1632,
			1776,
			2406,
			2534,
			2662,
			2790,
			2918,
			3046,
			3174,
			3302,
			3430,
			3558,
			3664,
			3792,
			3872,
			4160,
			4240,
			6112,
			6160,
			6470,
			6608,
			6784,
			6800,
			6992,
			7088,
			7232,
			7248,
			65296,
			120782,
			120792,
			120802,
			120812,
			120822,
			66720,
			68912,
			69734,
			69872,
			69942,
			70096,
			70384,
			70736,
			70864,
			71248,
			71360,
			71472,
			71904,
			72016,
			72688,
			72784,
			73040,
			73120,
			73552,
			92768,
			92864,
			93008,
			123200,
			123632,
			124144,
			125264,
			130032
		];
		HIGH_MAP = new Map();
		LOW_MAX = 65535;
		TABLE_OFFSET = 1632;
		TABLE = new Uint8Array(63904).fill(255);
		for (const zero of SCRIPT_ZEROS) for (let d = 0; d < 10; d++) {
			const cp = zero + d;
			if (cp <= LOW_MAX) TABLE[cp - TABLE_OFFSET] = d;
			else HIGH_MAP.set(cp, d);
		}
	})))();
}
// node_modules/anynum/anynum.js
function anynum(str) {
	if (typeof str !== "string") return str;
	const len = str.length;
	if (len === 0) return str;
	let firstHit = -1;
	for (let i = 0; i < len; i++) {
		const cc = str.charCodeAt(i);
		if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
		if (cc < 1632) {
			if (MINUS_SET.has(cc)) {
				firstHit = i;
				break;
			}
			continue;
		}
		if (cc >= 55296 && cc <= 56319) {
			if (i + 1 < len) {
				const low = str.charCodeAt(i + 1);
				if (low >= 56320 && low <= 57343) {
					const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
					if (HIGH_MAP.has(cp)) {
						firstHit = i;
						break;
					}
				}
			}
			continue;
		}
		if (TABLE[cc - 1632] !== 255 || MINUS_SET.has(cc)) {
			firstHit = i;
			break;
		}
	}
	if (firstHit === -1) return str;
	const chars = [];
	if (firstHit > 0) chars.push(str.slice(0, firstHit));
	for (let i = firstHit; i < len; i++) {
		const cc = str.charCodeAt(i);
		if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
			chars.push(str[i]);
			continue;
		}
		if (cc < 1632) {
			chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
			continue;
		}
		if (cc >= 55296 && cc <= 56319) {
			if (i + 1 < len) {
				const low = str.charCodeAt(i + 1);
				if (low >= 56320 && low <= 57343) {
					const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
					const d = HIGH_MAP.get(cp);
					if (d !== void 0) {
						chars.push(String.fromCharCode(d + 48));
						i++;
						continue;
					}
				}
			}
			chars.push(str[i]);
			continue;
		}
		if (MINUS_SET.has(cc)) {
			chars.push("-");
			continue;
		}
		const d = TABLE[cc - TABLE_OFFSET];
		chars.push(d !== 255 ? String.fromCharCode(d + 48) : str[i]);
	}
	return chars.join("");
}
var CHAR_0, CHAR_9, CHAR_MINUS, MINUS_SET;
function init_anynum() {
	return (init_anynum = require_rolldown_runtime.__esmMin((() => {
		init_digitTable();
		CHAR_0 = 48;
		CHAR_9 = 57;
		CHAR_MINUS = 45;
		MINUS_SET = new Set([
			8722,
			65293,
			65123
		]);
	})))();
}
// node_modules/strnum/strnum.js
function toNumber(str, options = {}) {
	options = Object.assign({}, consider, options);
	if (!str || typeof str !== "string") return str;
	let trimmedStr = str.trim();
	if (trimmedStr.length === 0) return str;
	else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
	else if (trimmedStr === "0") return 0;
	if (options.unicode) {
		trimmedStr = anynum(trimmedStr);
		if (trimmedStr === "0") return 0;
	}
	if (options.hex && hexRegex.test(trimmedStr)) return parse_int(trimmedStr, 16);
	else if (options.binary && binRegex.test(trimmedStr)) return parse_int(trimmedStr, 2);
	else if (options.octal && octRegex.test(trimmedStr)) return parse_int(trimmedStr, 8);
	else if (!isFinite(trimmedStr)) {
		const num = Number(trimmedStr);
		if (Number.isNaN(num)) return str;
		return handleInfinity(str, num, options);
	} else if (trimmedStr.includes("e") || trimmedStr.includes("E")) return resolveEnotation(str, trimmedStr, options);
	else {
		const match = numRegex.exec(trimmedStr);
		if (match) {
			const sign = match[1] || "";
			const leadingZeros = match[2];
			let numTrimmedByZeros = trimZeros(match[3]);
			const decimalAdjacentToLeadingZeros = sign ? trimmedStr[leadingZeros.length + 1] === "." : trimmedStr[leadingZeros.length] === ".";
			if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) return str;
			else {
				const num = Number(trimmedStr);
				const parsedStr = String(num);
				if (num === 0) return num;
				if (parsedStr.search(/[eE]/) !== -1) {
					if (options.eNotation) return num;
					else return str;
				} else if (trimmedStr.indexOf(".") !== -1) {
					if (parsedStr === "0") return num;
					else if (parsedStr === numTrimmedByZeros) return num;
					else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
					else return str;
				}
				let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
				if (leadingZeros) return n === parsedStr || sign + n === parsedStr ? num : str;
				else return n === parsedStr || n === sign + parsedStr ? num : str;
			}
		} else return str;
	}
}
function resolveEnotation(str, trimmedStr, options) {
	if (!options.eNotation) return str;
	const notation = trimmedStr.match(eNotationRegx);
	if (notation) {
		let sign = notation[1] || "";
		const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
		const leadingZeros = notation[2];
		const eAdjacentToLeadingZeros = sign ? trimmedStr[leadingZeros.length + 1] === eChar : trimmedStr[leadingZeros.length] === eChar;
		if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
		else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) return Number(trimmedStr);
		else if (leadingZeros.length > 0) {
			if (options.leadingZeros && !eAdjacentToLeadingZeros) return Number(trimmedStr);
			else return str;
		} else return Number(trimmedStr);
	} else return str;
}
function trimZeros(numStr) {
	if (numStr && numStr.indexOf(".") !== -1) {
		let end = numStr.length;
		while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
		numStr = numStr.slice(0, end);
		if (numStr === ".") numStr = "0";
		else if (numStr[0] === ".") numStr = "0" + numStr;
		else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
		return numStr;
	}
	return numStr;
}
function parse_int(numStr, base) {
	const str = numStr.trim();
	if (base === 2 || base === 8) numStr = str.substring(2);
	if (parseInt) return parseInt(numStr, base);
	else if (Number.parseInt) return Number.parseInt(numStr, base);
	else if (window && window.parseInt) return window.parseInt(numStr, base);
	else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
	const isPositive = num === Infinity;
	switch (options.infinity.toLowerCase()) {
		case "null": return null;
		case "infinity": return num;
		case "string": return isPositive ? "Infinity" : "-Infinity";
		default: return str;
	}
}
var hexRegex, binRegex, octRegex, numRegex, consider, eNotationRegx;
function init_strnum() {
	return (init_strnum = require_rolldown_runtime.__esmMin((() => {
		init_anynum();
		hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
		binRegex = /^0b[01]+$/;
		octRegex = /^0o[0-7]+$/;
		numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
		consider = {
			hex: true,
			binary: false,
			octal: false,
			leadingZeros: true,
			decimalPoint: ".",
			eNotation: true,
			infinity: "original",
			unicode: false
		};
		eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
	})))();
}
// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
	if (typeof ignoreAttributes === "function") return ignoreAttributes;
	if (Array.isArray(ignoreAttributes)) return (attrName) => {
		for (const pattern of ignoreAttributes) {
			if (typeof pattern === "string" && attrName === pattern) return true;
			if (pattern instanceof RegExp && pattern.test(attrName)) return true;
		}
	};
	return () => false;
}
// node_modules/path-expression-matcher/src/Expression.js
var Expression;
function init_Expression() {
	return (init_Expression = require_rolldown_runtime.__esmMin((() => {
		Expression = class {
			constructor(pattern, options = {}, data) {
				this.pattern = pattern;
				this.separator = options.separator || ".";
				this.segments = this._parse(pattern);
				this.data = data;
				this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
				this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
				this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
			}
			_parse(pattern) {
				const segments = [];
				let i = 0;
				let currentPart = "";
				while (i < pattern.length) if (pattern[i] === this.separator) {
					if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
						if (currentPart.trim()) {
							segments.push(this._parseSegment(currentPart.trim()));
							currentPart = "";
						}
						segments.push({ type: "deep-wildcard" });
						i += 2;
					} else {
						if (currentPart.trim()) segments.push(this._parseSegment(currentPart.trim()));
						currentPart = "";
						i++;
					}
				} else {
					currentPart += pattern[i];
					i++;
				}
				if (currentPart.trim()) segments.push(this._parseSegment(currentPart.trim()));
				return segments;
			}
			_parseSegment(part) {
				const segment = { type: "tag" };
				let bracketContent = null;
				let withoutBrackets = part;
				const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
				if (bracketMatch) {
					withoutBrackets = bracketMatch[1] + bracketMatch[3];
					if (bracketMatch[2]) {
						const content = bracketMatch[2].slice(1, -1);
						if (content) bracketContent = content;
					}
				}
				let namespace = void 0;
				let tagAndPosition = withoutBrackets;
				if (withoutBrackets.includes("::")) {
					const nsIndex = withoutBrackets.indexOf("::");
					namespace = withoutBrackets.substring(0, nsIndex).trim();
					tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
					if (!namespace) throw new Error(`Invalid namespace in pattern: ${part}`);
				}
				let tag = void 0;
				let positionMatch = null;
				if (tagAndPosition.includes(":")) {
					const colonIndex = tagAndPosition.lastIndexOf(":");
					const tagPart = tagAndPosition.substring(0, colonIndex).trim();
					const posPart = tagAndPosition.substring(colonIndex + 1).trim();
					if ([
						"first",
						"last",
						"odd",
						"even"
					].includes(posPart) || /^nth\(\d+\)$/.test(posPart)) {
						tag = tagPart;
						positionMatch = posPart;
					} else tag = tagAndPosition;
				} else tag = tagAndPosition;
				if (!tag) throw new Error(`Invalid segment pattern: ${part}`);
				segment.tag = tag;
				if (namespace) segment.namespace = namespace;
				if (bracketContent) {
					if (bracketContent.includes("=")) {
						const eqIndex = bracketContent.indexOf("=");
						segment.attrName = bracketContent.substring(0, eqIndex).trim();
						segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
					} else segment.attrName = bracketContent.trim();
				}
				if (positionMatch) {
					const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
					if (nthMatch) {
						segment.position = "nth";
						segment.positionValue = parseInt(nthMatch[1], 10);
					} else segment.position = positionMatch;
				}
				return segment;
			}
			get length() {
				return this.segments.length;
			}
			hasDeepWildcard() {
				return this._hasDeepWildcard;
			}
			hasAttributeCondition() {
				return this._hasAttributeCondition;
			}
			hasPositionSelector() {
				return this._hasPositionSelector;
			}
			toString() {
				return this.pattern;
			}
		};
	})))();
}
// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet;
function init_ExpressionSet() {
	return (init_ExpressionSet = require_rolldown_runtime.__esmMin((() => {
		ExpressionSet = class {
			constructor() {
				this._byDepthAndTag = new Map();
				this._wildcardByDepth = new Map();
				this._deepWildcards = [];
				this._deepByTerminalTag = new Map();
				this._patterns = new Set();
				this._sealed = false;
			}
			add(expression) {
				if (this._sealed) throw new TypeError("ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.");
				if (this._patterns.has(expression.pattern)) return this;
				this._patterns.add(expression.pattern);
				if (expression.hasDeepWildcard()) {
					const lastSeg = expression.segments[expression.segments.length - 1];
					if (lastSeg && lastSeg.type !== "deep-wildcard" && lastSeg.tag !== "*") {
						const tag = lastSeg.tag;
						if (!this._deepByTerminalTag.has(tag)) this._deepByTerminalTag.set(tag, []);
						this._deepByTerminalTag.get(tag).push(expression);
					} else this._deepWildcards.push(expression);
					return this;
				}
				const depth = expression.length;
				const tag = expression.segments[expression.segments.length - 1]?.tag;
				if (!tag || tag === "*") {
					if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
					this._wildcardByDepth.get(depth).push(expression);
				} else {
					const key = `${depth}:${tag}`;
					if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
					this._byDepthAndTag.get(key).push(expression);
				}
				return this;
			}
			addAll(expressions) {
				for (const expr of expressions) this.add(expr);
				return this;
			}
			has(expression) {
				return this._patterns.has(expression.pattern);
			}
			get size() {
				return this._patterns.size;
			}
			seal() {
				this._sealed = true;
				return this;
			}
			get isSealed() {
				return this._sealed;
			}
			matchesAny(matcher) {
				return this.findMatch(matcher) !== null;
			}
			findMatch(matcher) {
				const depth = matcher.getDepth();
				const tag = matcher.getCurrentTag();
				const exactKey = `${depth}:${tag}`;
				const exactBucket = this._byDepthAndTag.get(exactKey);
				if (exactBucket) {
					for (let i = 0; i < exactBucket.length; i++) if (matcher.matches(exactBucket[i])) return exactBucket[i];
				}
				const wildcardBucket = this._wildcardByDepth.get(depth);
				if (wildcardBucket) {
					for (let i = 0; i < wildcardBucket.length; i++) if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
				}
				const deepBucket = this._deepByTerminalTag.get(tag);
				if (deepBucket) {
					for (let i = 0; i < deepBucket.length; i++) if (matcher.matches(deepBucket[i])) return deepBucket[i];
				}
				for (let i = 0; i < this._deepWildcards.length; i++) if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
				return null;
			}
		};
	})))();
}
// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView, Matcher;
function init_Matcher() {
	return (init_Matcher = require_rolldown_runtime.__esmMin((() => {
		MatcherView = class {
			constructor(matcher) {
				this._matcher = matcher;
			}
			get separator() {
				return this._matcher.separator;
			}
			getCurrentTag() {
				const path = this._matcher.path;
				return path.length > 0 ? path[path.length - 1].tag : void 0;
			}
			getCurrentNamespace() {
				const path = this._matcher.path;
				return path.length > 0 ? path[path.length - 1].namespace : void 0;
			}
			getAttrValue(attrName) {
				const path = this._matcher.path;
				if (path.length === 0) return void 0;
				return path[path.length - 1].values?.[attrName];
			}
			hasAttr(attrName) {
				const path = this._matcher.path;
				if (path.length === 0) return false;
				const current = path[path.length - 1];
				return current.values !== void 0 && attrName in current.values;
			}
			getAnyParentAttr(attrName) {
				return this._matcher.getAnyParentAttr(attrName);
			}
			hasAnyParentAttr(attrName) {
				return this._matcher.hasAnyParentAttr(attrName);
			}
			getPosition() {
				const path = this._matcher.path;
				if (path.length === 0) return -1;
				return path[path.length - 1].position ?? 0;
			}
			getCounter() {
				const path = this._matcher.path;
				if (path.length === 0) return -1;
				return path[path.length - 1].counter ?? 0;
			}
			getIndex() {
				return this.getPosition();
			}
			getDepth() {
				return this._matcher.path.length;
			}
			toString(separator, includeNamespace = true) {
				return this._matcher.toString(separator, includeNamespace);
			}
			toArray() {
				return this._matcher.path.map((n) => n.tag);
			}
			matches(expression) {
				return this._matcher.matches(expression);
			}
			matchesAny(exprSet) {
				return exprSet.matchesAny(this._matcher);
			}
		};
		Matcher = class {
			constructor(options = {}) {
				this.separator = options.separator || ".";
				this.path = [];
				this.siblingStacks = [];
				this._pathStringCache = null;
				this._view = new MatcherView(this);
				this._keptAttrs = [];
			}
			push(tagName, attrValues = null, namespace = null, options = null) {
				this._pathStringCache = null;
				if (this.path.length > 0) this.path[this.path.length - 1].values = void 0;
				const currentLevel = this.path.length;
				let level = this.siblingStacks[currentLevel];
				if (!level) {
					level = {
						counts: new Map(),
						total: 0
					};
					this.siblingStacks[currentLevel] = level;
				}
				const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
				const counter = level.counts.get(siblingKey) || 0;
				const position = level.total;
				level.counts.set(siblingKey, counter + 1);
				level.total++;
				const node = {
					tag: tagName,
					position,
					counter
				};
				if (namespace !== null && namespace !== void 0) node.namespace = namespace;
				if (attrValues !== null && attrValues !== void 0) node.values = attrValues;
				this.path.push(node);
				const depth = this.path.length;
				const keep = options !== null ? options.keep : null;
				if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) for (let i = 0; i < keep.length; i++) {
					const name = keep[i];
					if (attrValues[name] !== void 0) this._keptAttrs.push({
						depth,
						name,
						value: attrValues[name]
					});
				}
			}
			pop() {
				if (this.path.length === 0) return void 0;
				this._pathStringCache = null;
				const node = this.path.pop();
				if (this.siblingStacks.length > this.path.length + 1) this.siblingStacks.length = this.path.length + 1;
				const poppedDepth = this.path.length + 1;
				while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) this._keptAttrs.pop();
				return node;
			}
			updateCurrent(attrValues) {
				if (this.path.length > 0) {
					const current = this.path[this.path.length - 1];
					if (attrValues !== null && attrValues !== void 0) current.values = attrValues;
				}
			}
			getCurrentTag() {
				return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
			}
			getCurrentNamespace() {
				return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
			}
			getAttrValue(attrName) {
				if (this.path.length === 0) return void 0;
				return this.path[this.path.length - 1].values?.[attrName];
			}
			hasAttr(attrName) {
				if (this.path.length === 0) return false;
				const current = this.path[this.path.length - 1];
				return current.values !== void 0 && attrName in current.values;
			}
			getAnyParentAttr(attrName) {
				const kept = this._keptAttrs;
				for (let i = kept.length - 1; i >= 0; i--) if (kept[i].name === attrName) return kept[i].value;
			}
			hasAnyParentAttr(attrName) {
				const kept = this._keptAttrs;
				for (let i = kept.length - 1; i >= 0; i--) if (kept[i].name === attrName) return true;
				return false;
			}
			getPosition() {
				if (this.path.length === 0) return -1;
				return this.path[this.path.length - 1].position ?? 0;
			}
			getCounter() {
				if (this.path.length === 0) return -1;
				return this.path[this.path.length - 1].counter ?? 0;
			}
			getIndex() {
				return this.getPosition();
			}
			getDepth() {
				return this.path.length;
			}
			toString(separator, includeNamespace = true) {
				const sep = separator || this.separator;
				if (sep === this.separator && includeNamespace === true) {
					if (this._pathStringCache !== null) return this._pathStringCache;
					const result = this.path.map((n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag).join(sep);
					this._pathStringCache = result;
					return result;
				}
				return this.path.map((n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag).join(sep);
			}
			toArray() {
				return this.path.map((n) => n.tag);
			}
			reset() {
				this._pathStringCache = null;
				this.path = [];
				this.siblingStacks = [];
				this._keptAttrs = [];
			}
			matches(expression) {
				const segments = expression.segments;
				if (segments.length === 0) return false;
				if (expression.hasDeepWildcard()) return this._matchWithDeepWildcard(segments);
				return this._matchSimple(segments);
			}
			_matchSimple(segments) {
				if (this.path.length !== segments.length) return false;
				for (let i = 0; i < segments.length; i++) if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) return false;
				return true;
			}
			_matchWithDeepWildcard(segments) {
				let pathIdx = this.path.length - 1;
				let segIdx = segments.length - 1;
				while (segIdx >= 0 && pathIdx >= 0) {
					const segment = segments[segIdx];
					if (segment.type === "deep-wildcard") {
						segIdx--;
						if (segIdx < 0) return true;
						const nextSeg = segments[segIdx];
						let found = false;
						for (let i = pathIdx; i >= 0; i--) if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
							pathIdx = i - 1;
							segIdx--;
							found = true;
							break;
						}
						if (!found) return false;
					} else {
						if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) return false;
						pathIdx--;
						segIdx--;
					}
				}
				return segIdx < 0;
			}
			_matchSegment(segment, node, isCurrentNode) {
				if (segment.tag !== "*" && segment.tag !== node.tag) return false;
				if (segment.namespace !== void 0) {
					if (segment.namespace !== "*" && segment.namespace !== node.namespace) return false;
				}
				if (segment.attrName !== void 0) {
					if (!isCurrentNode) return false;
					if (!node.values || !(segment.attrName in node.values)) return false;
					if (segment.attrValue !== void 0) {
						if (String(node.values[segment.attrName]) !== String(segment.attrValue)) return false;
					}
				}
				if (segment.position !== void 0) {
					if (!isCurrentNode) return false;
					const counter = node.counter ?? 0;
					if (segment.position === "first" && counter !== 0) return false;
					else if (segment.position === "odd" && counter % 2 !== 1) return false;
					else if (segment.position === "even" && counter % 2 !== 0) return false;
					else if (segment.position === "nth" && counter !== segment.positionValue) return false;
				}
				return true;
			}
			matchesAny(exprSet) {
				return exprSet.matchesAny(this);
			}
			snapshot() {
				return {
					path: this.path.map((node) => ({ ...node })),
					siblingStacks: this.siblingStacks.map((level) => level ? {
						counts: new Map(level.counts),
						total: level.total
					} : level),
					keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
				};
			}
			restore(snapshot) {
				this._pathStringCache = null;
				this.path = snapshot.path.map((node) => ({ ...node }));
				this.siblingStacks = snapshot.siblingStacks.map((level) => level ? {
					counts: new Map(level.counts),
					total: level.total
				} : level);
				this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
			}
			readOnly() {
				return this._view;
			}
		};
	})))();
}
// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS;
function init_html() {
	return (init_html = require_rolldown_runtime.__esmMin((() => {
		HTML_PATTERNS = [
			{
				id: "html-script-open",
				description: "<script opening tag",
				pattern: /<script[\s>/]/i
			},
			{
				id: "html-script-close",
				description: "<\/script closing tag",
				pattern: /<\/script[\s>]/i
			},
			{
				id: "html-javascript-protocol",
				description: "javascript: URI scheme (with optional whitespace/encoding)",
				pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
			},
			{
				id: "html-vbscript-protocol",
				description: "vbscript: URI scheme",
				pattern: /vbscript[\t\n\r ]*:/i
			},
			{
				id: "html-data-html",
				description: "data:text/html URI — can execute scripts in browsers",
				pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
			},
			{
				id: "html-data-xhtml",
				description: "data:application/xhtml+xml URI",
				pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
			},
			{
				id: "html-data-svg",
				description: "data:image/svg+xml URI — can execute scripts",
				pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
			},
			{
				id: "html-inline-event-handler",
				description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
				pattern: /\bon\w{1,30}\s*=/i
			},
			{
				id: "html-entity-obfuscated-script",
				description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
				pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
			},
			{
				id: "html-entity-obfuscated-javascript",
				description: "HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for \"j\")",
				pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
			},
			{
				id: "html-style-expression",
				description: "CSS expression() — IE-era code execution in style attributes",
				pattern: /style[\s\S]{0,20}expression\s*\(/i
			},
			{
				id: "html-object-embed",
				description: "<object or <embed tags that can load active content",
				pattern: /<(?:object|embed)[\s>/]/i
			},
			{
				id: "html-base-tag",
				description: "<base href= — can hijack all relative URLs on a page",
				pattern: /<base[\s>]/i
			},
			{
				id: "html-meta-refresh",
				description: "<meta http-equiv=\"refresh\" — can redirect users",
				pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
			},
			{
				id: "html-srcdoc",
				description: "srcdoc= attribute on iframes — embeds HTML that can run scripts",
				pattern: /srcdoc\s*=/i
			},
			{
				id: "html-iframe",
				description: "<iframe tag",
				pattern: /<iframe[\s>/]/i
			},
			{
				id: "html-form",
				description: "<form tag — can be used for phishing / credential harvesting injection",
				pattern: /<form[\s>/]/i
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS;
function init_xml() {
	return (init_xml = require_rolldown_runtime.__esmMin((() => {
		XML_PATTERNS = [
			{
				id: "xml-cdata-injection",
				description: "CDATA section injection: <![CDATA[ breaks out of text node context",
				pattern: /<!\[CDATA\[/i
			},
			{
				id: "xml-cdata-close",
				description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
				pattern: /\]\]>/
			},
			{
				id: "xml-processing-instruction",
				description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
				pattern: /<\?(?:xml[\- ]|php|asp)/i
			},
			{
				id: "xml-doctype-injection",
				description: "DOCTYPE declaration embedded in content — can define entities",
				pattern: /<!DOCTYPE(?:[\s[]|$)/i
			},
			{
				id: "xml-entity-system",
				description: "SYSTEM keyword — used in external entity declarations (XXE)",
				pattern: /\bSYSTEM\s+["']/i
			},
			{
				id: "xml-entity-public",
				description: "PUBLIC keyword — used in external entity declarations (XXE)",
				pattern: /\bPUBLIC\s+["']/i
			},
			{
				id: "xml-entity-declaration",
				description: "<!ENTITY declaration — defines entities, potential XXE or entity expansion",
				pattern: /<!ENTITY[\s%]/i
			},
			{
				id: "xml-billion-laughs",
				description: "Entity reference chaining / billion laughs: repeated &eX; style references",
				pattern: /(?:&\w{1,20};){3,}/
			},
			{
				id: "xml-namespace-confusion",
				description: "xmlns: attribute injection — can redefine namespaces to confuse parsers",
				pattern: /\bxmlns(?::\w{1,40})?\s*=/i
			},
			{
				id: "xml-comment-injection",
				description: "<!-- comment injection — can hide content from some parsers",
				pattern: /<!--/
			},
			{
				id: "xml-comment-close",
				description: "--> closes an enclosing XML comment",
				pattern: /-->/
			},
			{
				id: "xml-pi-close",
				description: "?> closes an enclosing processing instruction",
				pattern: /\?>/
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS;
function init_svg() {
	return (init_svg = require_rolldown_runtime.__esmMin((() => {
		SVG_PATTERNS = [
			{
				id: "svg-script-element",
				description: "<script element inside SVG executes JavaScript",
				pattern: /<script[\s>/]/i
			},
			{
				id: "svg-xlink-href-javascript",
				description: "xlink:href with javascript: — classic SVG XSS via <a> or <use>",
				pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
			},
			{
				id: "svg-href-javascript",
				description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
				pattern: /href\s*=\s*["']?\s*javascript\s*:/i
			},
			{
				id: "svg-foreignobject",
				description: "<foreignObject embeds HTML inside SVG — can execute scripts",
				pattern: /<foreignObject[\s>/]/i
			},
			{
				id: "svg-use-external",
				description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
				pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
			},
			{
				id: "svg-animate-href",
				description: "<animate attributeName=\"href\" — can dynamically change href to javascript:",
				pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
			},
			{
				id: "svg-animate-xlinkhref",
				description: "<animate attributeName=\"xlink:href\"",
				pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
			},
			{
				id: "svg-set-javascript",
				description: "<set to=\"javascript:...\" — sets an attribute to a javascript: URI",
				pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
			},
			{
				id: "svg-event-handler",
				description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
				pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
			},
			{
				id: "svg-handler-generic",
				description: "Generic on* handler catch-all for SVG attributes",
				pattern: /\bon\w{1,30}\s*=/i
			},
			{
				id: "svg-filter-feimage",
				description: "<feImage href= — filter primitive that can load external resources",
				pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
			},
			{
				id: "svg-image-external",
				description: "<image xlink:href with http/https or javascript protocol",
				pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
			},
			{
				id: "svg-style-javascript",
				description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
				pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS;
function init_sql() {
	return (init_sql = require_rolldown_runtime.__esmMin((() => {
		SQL_PATTERNS = [
			{
				id: "sql-block-comment-open",
				description: "SQL block comment open: /* ... */ — unusual in legitimate user text",
				pattern: /\/\*/
			},
			{
				id: "sql-union-select",
				description: "UNION SELECT — most common SQL injection aggregation attack",
				pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
			},
			{
				id: "sql-drop-table",
				description: "DROP TABLE — destructive DDL injection",
				pattern: /\bDROP\s{1,20}TABLE\b/i
			},
			{
				id: "sql-drop-database",
				description: "DROP DATABASE — destructive DDL injection",
				pattern: /\bDROP\s{1,20}DATABASE\b/i
			},
			{
				id: "sql-insert-into",
				description: "INSERT INTO — data injection",
				pattern: /\bINSERT\s{1,20}INTO\b/i
			},
			{
				id: "sql-delete-from",
				description: "DELETE FROM — data deletion injection",
				pattern: /\bDELETE\s{1,20}FROM\b/i
			},
			{
				id: "sql-update-set",
				description: "UPDATE ... SET — data modification injection",
				pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
			},
			{
				id: "sql-exec-xp",
				description: "EXEC xp_ — MSSQL extended stored procedure execution",
				pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
			},
			{
				id: "sql-tautology-string",
				description: "Classic string tautology: ' OR '1'='1 or \" OR \"1\"=\"1\"",
				pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
			},
			{
				id: "sql-tautology-numeric",
				description: "Numeric tautology: OR 1=1",
				pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
			},
			{
				id: "sql-always-true-zero",
				description: "Numeric tautology: OR 0=0",
				pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
			},
			{
				id: "sql-sleep-benchmark",
				description: "Time-based blind injection: SLEEP() or BENCHMARK()",
				pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
			},
			{
				id: "sql-waitfor-delay",
				description: "MSSQL time-based blind injection: WAITFOR DELAY",
				pattern: /\bWAITFOR\s{1,20}DELAY\b/i
			},
			{
				id: "sql-char-function",
				description: "CHAR() function — used to obfuscate injected strings",
				pattern: /\bCHAR\s*\(\s*\d{1,3}/i
			},
			{
				id: "sql-information-schema",
				description: "INFORMATION_SCHEMA — reconnaissance query for table/column enumeration",
				pattern: /\bINFORMATION_SCHEMA\b/i
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS;
function init_shell() {
	return (init_shell = require_rolldown_runtime.__esmMin((() => {
		SHELL_PATTERNS = [
			{
				id: "shell-path-traversal-unix",
				description: "Unix path traversal: ../  — climbing the directory tree",
				pattern: /\.\.\//
			},
			{
				id: "shell-path-traversal-windows",
				description: "Windows path traversal: ..\\ — climbing the directory tree",
				pattern: /\.\.\\/
			},
			{
				id: "shell-path-traversal-encoded",
				description: "URL-encoded path traversal: %2e%2e or %2f variants",
				pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
			},
			{
				id: "shell-null-byte",
				description: "Null byte injection: \\x00 or %00 — truncates strings in C-backed functions",
				pattern: /\x00|%00/
			},
			{
				id: "shell-semicolon",
				description: "Semicolon command separator: cmd1; cmd2",
				pattern: /;/
			},
			{
				id: "shell-pipe",
				description: "Pipe operator: cmd1 | cmd2",
				pattern: /\|/
			},
			{
				id: "shell-and-operator",
				description: "AND operator: cmd1 && cmd2",
				pattern: /&&/
			},
			{
				id: "shell-or-operator",
				description: "OR operator: cmd1 || cmd2",
				pattern: /\|\|/
			},
			{
				id: "shell-backtick",
				description: "Backtick command substitution: `cmd`",
				pattern: /`/
			},
			{
				id: "shell-dollar-paren",
				description: "Dollar-paren command substitution: $(cmd)",
				pattern: /\$\(/
			},
			{
				id: "shell-dollar-brace",
				description: "Dollar-brace variable expansion: ${var} — can be abused for injection",
				pattern: /\$\{/
			},
			{
				id: "shell-redirect-out",
				description: "Output redirection: cmd > file or cmd >> file",
				pattern: />{1,2}/
			},
			{
				id: "shell-redirect-in",
				description: "Input redirection: cmd < file",
				pattern: /</
			},
			{
				id: "shell-newline-injection",
				description: "Newline injection: \\n or \\r — can inject new shell commands",
				pattern: /[\n\r]/
			},
			{
				id: "shell-glob-star",
				description: "Glob expansion: * or ? — can expand to unintended files",
				pattern: /[/\\][*?]/
			},
			{
				id: "shell-absolute-root",
				description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
				pattern: /^(?:\/|\\\\)/
			},
			{
				id: "shell-windows-drive",
				description: "Windows drive letter path injection: C:\\ or D:/",
				pattern: /^[a-zA-Z]:[/\\]/
			},
			{
				id: "shell-curl-wget",
				description: "curl/wget with URL or flags — can exfiltrate data or download payloads",
				pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS;
function init_redos() {
	return (init_redos = require_rolldown_runtime.__esmMin((() => {
		REDOS_PATTERNS = [
			{
				id: "redos-nested-quantifier-plus",
				description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
				pattern: /\([^)]*\+[^)]*\)[+*]/
			},
			{
				id: "redos-nested-quantifier-star",
				description: "Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking",
				pattern: /\([^)]*\*[^)]*\)[*+]/
			},
			{
				id: "redos-nested-groups",
				description: "Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic",
				pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
			},
			{
				id: "redos-alternation-overlap",
				description: "Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths",
				pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
			},
			{
				id: "redos-star-plus-concat",
				description: "(x*x)+ pattern — triggers super-linear backtracking",
				pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
			},
			{
				id: "redos-dot-star-greedy",
				description: "(.*){n,} or (.+){n,} — repeated greedy dot quantifiers",
				pattern: /\(\.[*+]\)\{?\d/
			},
			{
				id: "redos-large-repetition",
				description: "Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking",
				pattern: /\{\d{4,}(?:,\d*)?\}/
			},
			{
				id: "redos-catastrophic-alternation",
				description: "Long alternation with many similar branches — polynomial backtracking risk",
				pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/nosql.js
var sep, NOSQL_PATTERNS;
function init_nosql() {
	return (init_nosql = require_rolldown_runtime.__esmMin((() => {
		sep = "[\"'\\s]*:";
		NOSQL_PATTERNS = [
			{
				id: "nosql-where-operator",
				description: "$where — executes arbitrary JavaScript server-side in MongoDB",
				pattern: new RegExp(`\\$where${sep}`, "i")
			},
			{
				id: "nosql-ne-operator",
				description: "$ne — \"not equal\" operator used to bypass equality checks",
				pattern: new RegExp(`\\$ne${sep}`, "i")
			},
			{
				id: "nosql-gt-operator",
				description: "$gt — \"greater than\" used to bypass password/value checks",
				pattern: new RegExp(`\\$gte?${sep}`, "i")
			},
			{
				id: "nosql-lt-operator",
				description: "$lt / $lte — \"less than\" bypass variants",
				pattern: new RegExp(`\\$lte?${sep}`, "i")
			},
			{
				id: "nosql-regex-operator",
				description: "$regex — can be used to extract data character by character (blind injection)",
				pattern: new RegExp(`\\$regex${sep}`, "i")
			},
			{
				id: "nosql-or-operator",
				description: "$or — logical OR; used to create always-true conditions",
				pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
			},
			{
				id: "nosql-and-operator",
				description: "$and — logical AND operator injection",
				pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
			},
			{
				id: "nosql-nor-operator",
				description: "$nor — logical NOR operator injection",
				pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
			},
			{
				id: "nosql-exists-operator",
				description: "$exists — can enumerate fields to determine schema",
				pattern: new RegExp(`\\$exists${sep}`, "i")
			},
			{
				id: "nosql-in-operator",
				description: "$in — matches any value in a list; can enumerate values",
				pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
			},
			{
				id: "nosql-expr-operator",
				description: "$expr — allows aggregation expressions in queries (MongoDB 3.6+)",
				pattern: new RegExp(`\\$expr${sep}`, "i")
			},
			{
				id: "nosql-function-operator",
				description: "$function — executes arbitrary JavaScript in MongoDB 4.4+",
				pattern: new RegExp(`\\$function${sep}`, "i")
			},
			{
				id: "nosql-accumulator-operator",
				description: "$accumulator — custom aggregation with arbitrary JS execution",
				pattern: new RegExp(`\\$accumulator${sep}`, "i")
			},
			{
				id: "nosql-proto-pollution",
				description: "__proto__ — prototype pollution via object key injection",
				pattern: /__proto__/
			},
			{
				id: "nosql-constructor-prototype",
				description: "constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)",
				pattern: /constructor[\s"':.,{\[]*prototype/i
			},
			{
				id: "nosql-proto-bracket",
				description: "[\"__proto__\"] — bracket-notation prototype pollution",
				pattern: /\[["']__proto__["']\]/
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS;
function init_log() {
	return (init_log = require_rolldown_runtime.__esmMin((() => {
		LOG_PATTERNS = [
			{
				id: "log-crlf-injection",
				description: "CRLF injection: literal \\r or \\n embeds fake log lines",
				pattern: /[\r\n]/
			},
			{
				id: "log-url-encoded-crlf",
				description: "URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers",
				pattern: /%0[dDaA]/
			},
			{
				id: "log-unicode-newline",
				description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
				pattern: /[\u2028\u2029]/
			},
			{
				id: "log-log4shell-jndi",
				description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
				pattern: /\$\{jndi\s*:/i
			},
			{
				id: "log-log4shell-obfuscated",
				description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
				pattern: /\$\{::-/
			},
			{
				id: "log-log4j-lookup",
				description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration",
				pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
			},
			{
				id: "log-ssti-double-brace",
				description: "SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.",
				pattern: /\{\{[\s\S]{0,80}\}\}/
			},
			{
				id: "log-ssti-hash-brace",
				description: "SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB",
				pattern: /#\{[\s\S]{0,80}\}/
			},
			{
				id: "log-ssti-dollar-brace",
				description: "SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL",
				pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
			},
			{
				id: "log-ssti-percent-tag",
				description: "SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP",
				pattern: /<%=[\s\S]{0,80}%>/
			},
			{
				id: "log-null-byte",
				description: "Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers",
				pattern: /\x00|%00/
			},
			{
				id: "log-ansi-escape",
				description: "ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed",
				pattern: /\x1b\[/
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA, SQL_STRICT_PATTERNS;
function init_sql_strict() {
	return (init_sql_strict = require_rolldown_runtime.__esmMin((() => {
		init_sql();
		SQL_STRICT_EXTRA = [
			{
				id: "sql-line-comment",
				description: "SQL line comment: -- followed by whitespace or end of string",
				pattern: /--(?:\s|$)/
			},
			{
				id: "sql-stacked-query",
				description: "Stacked queries: semicolon immediately followed by a SQL keyword",
				pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
			},
			{
				id: "sql-hex-encoding",
				description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
				pattern: /\b0x[0-9a-f]{4,}/i
			}
		];
		SQL_STRICT_PATTERNS = [...SQL_PATTERNS, ...SQL_STRICT_EXTRA];
	})))();
}
// node_modules/is-unsafe/src/util/decode-entities.js
function decodeEntities(input) {
	if (input.indexOf("&") === -1) return input;
	return input.replace(ENTITY_RE, (match, hex, dec, name) => {
		if (name !== void 0) return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
		const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
		if (!Number.isFinite(cp) || cp > 1114111) return match;
		return String.fromCodePoint(cp);
	});
}
var NAMED, ENTITY_RE;
function init_decode_entities() {
	return (init_decode_entities = require_rolldown_runtime.__esmMin((() => {
		NAMED = Object.freeze({
			colon: ":",
			Tab: "	",
			NewLine: "\n"
		});
		ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
	})))();
}
// node_modules/is-unsafe/src/index.js
function assertString(value) {
	if (typeof value !== "string") throw new TypeError(`is-unsafe: first argument must be a string, got ${typeof value}`);
}
function assertContext(context) {
	if (context instanceof RegExp) return;
	if (Array.isArray(context)) {
		if (context.length === 0) throw new TypeError("is-unsafe: context must not be an empty array");
		if (Array.isArray(context[0])) {
			for (const list of context) if (!Array.isArray(list) || list.length === 0) throw new TypeError("is-unsafe: each context in the array must be a non-empty pattern array (PatternList)");
		}
		return;
	}
	throw new TypeError(`is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`);
}
function normalise(context) {
	if (context instanceof RegExp) return {
		lists: null,
		regex: context
	};
	if (Array.isArray(context[0])) return {
		lists: context,
		regex: null
	};
	return {
		lists: [context],
		regex: null
	};
}
function decodedCopy(value, list) {
	if (!list.decodeEntities) return null;
	const decoded = decodeEntities(value);
	return decoded === value ? null : decoded;
}
function matchList(value, list) {
	const label = list.label ?? "CUSTOM";
	const decoded = decodedCopy(value, list);
	for (const rule of list) if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) return {
		context: label,
		id: rule.id,
		description: rule.description,
		pattern: rule.pattern
	};
	return null;
}
function isUnsafe(value, context) {
	assertString(value);
	assertContext(context);
	const { lists, regex } = normalise(context);
	if (regex) return regex.test(value);
	for (const list of lists) if (matchList(value, list) !== null) return true;
	return false;
}
function init_src$1() {
	return (init_src$1 = require_rolldown_runtime.__esmMin((() => {
		init_html();
		init_xml();
		init_svg();
		init_sql();
		init_shell();
		init_redos();
		init_nosql();
		init_log();
		init_sql_strict();
		init_decode_entities();
		HTML_PATTERNS.label = "HTML";
		XML_PATTERNS.label = "XML";
		SVG_PATTERNS.label = "SVG";
		HTML_PATTERNS.decodeEntities = true;
		XML_PATTERNS.decodeEntities = true;
		SVG_PATTERNS.decodeEntities = true;
		SQL_PATTERNS.label = "SQL";
		SQL_STRICT_PATTERNS.label = "SQL-STRICT";
		SHELL_PATTERNS.label = "SHELL";
		REDOS_PATTERNS.label = "REDOS";
		NOSQL_PATTERNS.label = "NOSQL";
		LOG_PATTERNS.label = "LOG";
		Object.freeze({
			HTML: HTML_PATTERNS,
			XML: XML_PATTERNS,
			SVG: SVG_PATTERNS,
			SQL: SQL_PATTERNS,
			"SQL-STRICT": SQL_STRICT_PATTERNS,
			SHELL: SHELL_PATTERNS,
			REDOS: REDOS_PATTERNS,
			NOSQL: NOSQL_PATTERNS,
			LOG: LOG_PATTERNS
		});
	})))();
}
// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
	if (!prefixedAttrs) return {};
	const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
	if (!attrs) return {};
	const rawAttrs = {};
	for (const key in attrs) if (key.startsWith(options.attributeNamePrefix)) {
		const rawName = key.substring(options.attributeNamePrefix.length);
		rawAttrs[rawName] = attrs[key];
	} else rawAttrs[key] = attrs[key];
	return rawAttrs;
}
function extractNamespace(rawTagName) {
	if (!rawTagName || typeof rawTagName !== "string") return void 0;
	const colonIndex = rawTagName.indexOf(":");
	if (colonIndex !== -1 && colonIndex > 0) {
		const ns = rawTagName.substring(0, colonIndex);
		if (ns !== "xmlns") return ns;
	}
}
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
	const options = this.options;
	if (val !== void 0) {
		if (options.trimValues && !dontTrim) val = val.trim();
		if (val.length > 0) {
			if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
			const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
			const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
			if (newval === null || newval === void 0) return val;
			else if (typeof newval !== typeof val || newval !== val) return newval;
			else if (options.trimValues) return parseValue(val, options.parseTagValue, options.numberParseOptions);
			else if (val.trim() === val) return parseValue(val, options.parseTagValue, options.numberParseOptions);
			else return val;
		}
	}
}
function resolveNameSpace(tagname) {
	if (this.options.removeNSPrefix) {
		const tags = tagname.split(":");
		const prefix = tagname.charAt(0) === "/" ? "/" : "";
		if (tags[0] === "xmlns") return "";
		if (tags.length === 2) tagname = prefix + tags[1];
	}
	return tagname;
}
function attrValue(match) {
	return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
	const options = this.options;
	if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
		const matches = getAllMatches(attrStr, attrsRegx);
		const len = matches.length;
		const attrs = {};
		const processedVals = new Array(len);
		let hasRawAttrs = false;
		const rawAttrsForMatcher = {};
		for (let i = 0; i < len; i++) {
			const attrName = this.resolveNameSpace(matches[i][1]);
			const oldVal = attrValue(matches[i]);
			if (attrName.length && oldVal !== void 0) {
				let val = oldVal;
				if (options.trimValues) val = val.trim();
				val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
				processedVals[i] = val;
				rawAttrsForMatcher[attrName] = val;
				hasRawAttrs = true;
			}
		}
		if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) jPath.updateCurrent(rawAttrsForMatcher);
		const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
		let hasAttrs = false;
		for (let i = 0; i < len; i++) {
			const attrName = this.resolveNameSpace(matches[i][1]);
			if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
			let aName = options.attributeNamePrefix + attrName;
			if (attrName.length) {
				if (options.transformAttributeName) aName = options.transformAttributeName(aName);
				aName = sanitizeName(aName, options);
				if (attrValue(matches[i]) !== void 0) {
					const oldVal = processedVals[i];
					const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
					if (newVal === null || newVal === void 0) attrs[aName] = oldVal;
					else if (typeof newVal !== typeof oldVal || newVal !== oldVal) attrs[aName] = newVal;
					else attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
					hasAttrs = true;
				} else if (options.allowBooleanAttributes) {
					attrs[aName] = true;
					hasAttrs = true;
				}
			}
		}
		if (!hasAttrs) return;
		if (options.attributesGroupName && !options.preserveOrder) {
			const attrCollection = {};
			attrCollection[options.attributesGroupName] = attrs;
			return attrCollection;
		}
		return attrs;
	}
}
function getOriginalIndex(index, crlfPositions) {
	let low = 0;
	let high = crlfPositions.length;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (crlfPositions[middle] < index) low = middle + 1;
		else high = middle;
	}
	return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
	if (!this.options.captureMetaData) startIndex = void 0;
	const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
	const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
	if (result === false) {} else if (typeof result === "string") {
		childNode.tagname = result;
		currentNode.addChild(childNode, startIndex);
	} else currentNode.addChild(childNode, startIndex);
}
function replaceEntitiesValue(val, tagName, jPath) {
	const entityConfig = this.options.processEntities;
	if (!entityConfig || !entityConfig.enabled) return val;
	if (entityConfig.allowedTags) {
		const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
		if (!(Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher))) return val;
	}
	if (entityConfig.tagFilter) {
		const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
		if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) return val;
	}
	return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
	if (textData) {
		if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
		textData = this.parseTextData(textData, parentNode.tagname, matcher, false, parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false, isLeafNode);
		if (textData !== void 0 && textData !== "") parentNode.add(this.options.textNodeName, textData);
		textData = "";
	}
	return textData;
}
function isItStopNode() {
	if (this.stopNodeExpressionsSet.size === 0) return false;
	return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
	const len = xmlData.length;
	const closeCode0 = closingChar.charCodeAt(0);
	const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
	let result = "";
	let segmentStart = i;
	for (let index = i; index < len; index++) {
		const code = xmlData.charCodeAt(index);
		if (code === 34 || code === 39) {
			index = xmlData.indexOf(xmlData[index], index + 1);
			if (index === -1) return;
		} else if (code === closeCode0) {
			if (closeCode1 !== -1) {
				if (xmlData.charCodeAt(index + 1) === closeCode1) {
					result += xmlData.substring(segmentStart, index);
					return {
						data: result,
						index
					};
				}
			} else {
				result += xmlData.substring(segmentStart, index);
				return {
					data: result,
					index
				};
			}
		} else if (code === 9) {
			result += xmlData.substring(segmentStart, index) + " ";
			segmentStart = index + 1;
		}
	}
}
function findClosingIndex(xmlData, str, i, errMsg) {
	const closingIndex = xmlData.indexOf(str, i);
	if (closingIndex === -1) throw new Error(errMsg);
	else return closingIndex + str.length - 1;
}
function findClosingChar(xmlData, char, i, errMsg) {
	const closingIndex = xmlData.indexOf(char, i);
	if (closingIndex === -1) throw new Error(errMsg);
	return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
	const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
	if (!result) return;
	let tagExp = result.data;
	const closeIndex = result.index;
	const separatorIndex = tagExp.search(/\s/);
	let tagName = tagExp;
	let attrExpPresent = true;
	if (separatorIndex !== -1) {
		tagName = tagExp.substring(0, separatorIndex);
		tagExp = tagExp.substring(separatorIndex + 1).trimStart();
	}
	const rawTagName = tagName;
	if (removeNSPrefix) {
		const colonIndex = tagName.indexOf(":");
		if (colonIndex !== -1) {
			tagName = tagName.substr(colonIndex + 1);
			attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
		}
	}
	return {
		tagName,
		tagExp,
		closeIndex,
		attrExpPresent,
		rawTagName
	};
}
function readStopNodeData(xmlData, tagName, i) {
	const startIndex = i;
	let openTagCount = 1;
	let lenient = false;
	let nextGt = -1;
	const xmllen = xmlData.length;
	for (; i < xmllen; i++) if (xmlData[i] === "<") {
		const c1 = xmlData.charCodeAt(i + 1);
		if (c1 === 47) {
			const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
			if (xmlData.substring(i + 2, closeIndex).trim() === tagName) {
				openTagCount--;
				if (openTagCount === 0) return {
					tagContent: xmlData.substring(startIndex, i),
					i: closeIndex
				};
			}
			i = closeIndex;
		} else if (c1 === 63) i = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
		else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) i = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
		else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) i = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
		else {
			const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
			if (tagData) {
				if (tagData.tagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") openTagCount++;
				i = tagData.closeIndex;
			} else {
				lenient = true;
				if (nextGt < i) {
					nextGt = xmlData.indexOf(">", i);
					if (nextGt === -1) return;
				}
				const nextLt = xmlData.indexOf("<", i + 1);
				if (nextLt === -1 || nextLt > nextGt) {
					const exp = xmlData.substring(i + 1, nextGt);
					const sep = exp.search(/\s/);
					if ((sep === -1 ? exp : exp.substring(0, sep)) === tagName && exp[exp.length - 1] !== "/") openTagCount++;
					i = nextGt;
				}
			}
		}
	}
}
function parseValue(val, shouldParse, options) {
	if (shouldParse && typeof val === "string") {
		const newval = val.trim();
		if (newval === "true") return true;
		else if (newval === "false") return false;
		else return toNumber(val, options);
	} else if (isExist(val)) return val;
	else return "";
}
function transformTagName(fn, tagName, tagExp, options) {
	if (fn) {
		const newTagName = fn(tagName);
		if (tagExp === tagName) tagExp = newTagName;
		tagName = newTagName;
	}
	tagName = sanitizeName(tagName, options);
	return {
		tagName,
		tagExp
	};
}
function sanitizeName(name, options) {
	if (criticalProperties.includes(name)) throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
	else if (DANGEROUS_PROPERTY_NAMES.includes(name)) return options.onDangerousProperty(name);
	return name;
}
var OrderedObjParser, attrsRegx, parseXml;
function init_OrderedObjParser() {
	return (init_OrderedObjParser = require_rolldown_runtime.__esmMin((() => {
		init_util();
		init_xmlNode();
		init_DocTypeReader();
		init_strnum();
		init_Expression(), init_Matcher(), init_ExpressionSet();
		init_EntityDecoder(), init_entities();
		init_src$1();
		OrderedObjParser = class {
			constructor(options, externalEntities) {
				this.options = options;
				this.currentNode = null;
				this.tagsNodeStack = [];
				this.parseXml = parseXml;
				this.parseTextData = parseTextData;
				this.resolveNameSpace = resolveNameSpace;
				this.buildAttributesMap = buildAttributesMap;
				this.isItStopNode = isItStopNode;
				this.replaceEntitiesValue = replaceEntitiesValue;
				this.readStopNodeData = readStopNodeData;
				this.saveTextToParentTag = saveTextToParentTag;
				this.addChild = addChild;
				this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
				this.entityExpansionCount = 0;
				this.currentExpandedLength = 0;
				this.doctypefound = false;
				let namedEntities = { ...XML };
				if (this.options.entityDecoder) this.entityDecoder = this.options.entityDecoder;
				else {
					if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
					else if (this.options.htmlEntities === true) namedEntities = {
						...COMMON_HTML,
						...CURRENCY
					};
					this.entityDecoder = new EntityDecoder({
						namedEntities: {
							...namedEntities,
							...externalEntities
						},
						numericAllowed: this.options.htmlEntities,
						limit: {
							maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
							maxExpandedLength: this.options.processEntities.maxExpandedLength,
							applyLimitsTo: this.options.processEntities.appliesTo
						},
						onInputEntity: (name, value) => isUnsafe(value, [HTML_PATTERNS, XML_PATTERNS]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
					});
				}
				this.matcher = new Matcher();
				this.readonlyMatcher = this.matcher.readOnly();
				this.isCurrentNodeStopNode = false;
				this.stopNodeExpressionsSet = new ExpressionSet();
				const stopNodesOpts = this.options.stopNodes;
				if (stopNodesOpts && stopNodesOpts.length > 0) {
					for (let i = 0; i < stopNodesOpts.length; i++) {
						const stopNodeExp = stopNodesOpts[i];
						if (typeof stopNodeExp === "string") this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
						else if (stopNodeExp instanceof Expression) this.stopNodeExpressionsSet.add(stopNodeExp);
					}
					this.stopNodeExpressionsSet.seal();
				}
			}
		};
		attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
		parseXml = function(xmlData) {
			const options = this.options;
			const crlfPositions = options.captureMetaData ? [] : void 0;
			xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
				if (newline.length === 2) crlfPositions.push(index - crlfPositions.length);
				return "\n";
			} : "\n");
			const xmlObj = new XmlNode("!xml");
			let currentNode = xmlObj;
			let textData = "";
			this.matcher.reset();
			this.entityDecoder.reset();
			this.entityExpansionCount = 0;
			this.currentExpandedLength = 0;
			this.doctypefound = false;
			const docTypeReader = new DocTypeReader(options.processEntities);
			const xmlLen = xmlData.length;
			for (let i = 0; i < xmlLen; i++) if (xmlData[i] === "<") {
				const c1 = xmlData.charCodeAt(i + 1);
				if (c1 === 47) {
					const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
					let tagName = xmlData.substring(i + 2, closeIndex).trim();
					if (options.removeNSPrefix) {
						const colonIndex = tagName.indexOf(":");
						if (colonIndex !== -1) tagName = tagName.substr(colonIndex + 1);
					}
					tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
					if (currentNode) textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
					const lastTagName = this.matcher.getCurrentTag();
					if (tagName && options.unpairedTagsSet.has(tagName)) throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
					if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
						this.matcher.pop();
						this.tagsNodeStack.pop();
					}
					this.matcher.pop();
					this.isCurrentNodeStopNode = false;
					currentNode = this.tagsNodeStack.pop() || xmlObj;
					if (options.captureMetaData && currentNode) currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
					textData = "";
					i = closeIndex;
				} else if (c1 === 63) {
					let tagData = readTagExp(xmlData, i, false, "?>");
					if (!tagData) throw new Error("Pi Tag is not closed.");
					textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
					const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
					if (attsMap) {
						const ver = attsMap[this.options.attributeNamePrefix + "version"];
						this.entityDecoder.setXmlVersion(Number(ver) || 1);
						docTypeReader.setXmlVersion(Number(ver) || 1);
					}
					if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {} else {
						const childNode = new XmlNode(tagData.tagName);
						childNode.add(options.textNodeName, "");
						if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) childNode[":@"] = attsMap;
						const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
						this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
						if (options.captureMetaData) currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
					}
					i = tagData.closeIndex + 1;
				} else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
					const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
					if (options.commentPropName) {
						const comment = xmlData.substring(i + 4, endIndex - 2);
						textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
						currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
					}
					i = endIndex;
				} else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
					if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
					this.doctypefound = true;
					const result = docTypeReader.readDocType(xmlData, i);
					this.entityDecoder.addInputEntities(result.entities);
					i = result.i;
				} else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
					const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
					const tagExp = xmlData.substring(i + 9, closeIndex);
					textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
					let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
					if (val == void 0) val = "";
					if (options.cdataPropName) currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
					else currentNode.add(options.textNodeName, val);
					i = closeIndex + 2;
				} else {
					let result = readTagExp(xmlData, i, options.removeNSPrefix);
					if (!result) {
						const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
						throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
					}
					let tagName = result.tagName;
					const rawTagName = result.rawTagName;
					let tagExp = result.tagExp;
					let attrExpPresent = result.attrExpPresent;
					let closeIndex = result.closeIndex;
					({tagName, tagExp} = transformTagName(options.transformTagName, tagName, tagExp, options));
					if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) throw new Error(`Invalid tag name: ${tagName}`);
					if (currentNode && textData) {
						if (currentNode.tagname !== "!xml") textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
					}
					const lastTag = currentNode;
					if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
						currentNode = this.tagsNodeStack.pop();
						this.matcher.pop();
					}
					let isSelfClosing = false;
					if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
						isSelfClosing = true;
						if (tagName[tagName.length - 1] === "/") {
							tagName = tagName.substr(0, tagName.length - 1);
							tagExp = tagName;
						} else tagExp = tagExp.substr(0, tagExp.length - 1);
						attrExpPresent = tagName !== tagExp;
					}
					let prefixedAttrs = null;
					let namespace = void 0;
					namespace = extractNamespace(rawTagName);
					if (tagName !== xmlObj.tagname) this.matcher.push(tagName, {}, namespace);
					if (tagName !== tagExp && attrExpPresent) {
						prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
						if (prefixedAttrs) extractRawAttributes(prefixedAttrs, options);
					}
					if (tagName !== xmlObj.tagname) this.isCurrentNodeStopNode = this.isItStopNode();
					const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
					if (this.isCurrentNodeStopNode) {
						let tagContent = "";
						if (isSelfClosing) i = result.closeIndex;
						else if (options.unpairedTagsSet.has(tagName)) i = result.closeIndex;
						else {
							const result = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
							if (!result) throw new Error(`Unexpected end of ${rawTagName}`);
							i = result.i;
							tagContent = result.tagContent;
						}
						const childNode = new XmlNode(tagName);
						if (prefixedAttrs) childNode[":@"] = prefixedAttrs;
						childNode.add(options.textNodeName, tagContent);
						this.matcher.pop();
						this.isCurrentNodeStopNode = false;
						this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
						if (options.captureMetaData) currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
					} else {
						if (isSelfClosing) {
							({tagName, tagExp} = transformTagName(options.transformTagName, tagName, tagExp, options));
							const childNode = new XmlNode(tagName);
							if (prefixedAttrs) childNode[":@"] = prefixedAttrs;
							this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
							if (options.captureMetaData) currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
							this.matcher.pop();
							this.isCurrentNodeStopNode = false;
						} else if (options.unpairedTagsSet.has(tagName)) {
							const childNode = new XmlNode(tagName);
							if (prefixedAttrs) childNode[":@"] = prefixedAttrs;
							this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
							if (options.captureMetaData) currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
							this.matcher.pop();
							this.isCurrentNodeStopNode = false;
							i = result.closeIndex;
							continue;
						} else {
							const childNode = new XmlNode(tagName);
							if (this.tagsNodeStack.length > options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
							this.tagsNodeStack.push(currentNode);
							if (prefixedAttrs) childNode[":@"] = prefixedAttrs;
							this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
							currentNode = childNode;
						}
						textData = "";
						i = closeIndex;
					}
				}
			} else textData += xmlData[i];
			return xmlObj.child;
		};
	})))();
}
// node_modules/fast-xml-parser/src/xmlparser/node2json.js
function stripAttributePrefix(attrs, prefix) {
	if (!attrs || typeof attrs !== "object") return {};
	if (!prefix) return attrs;
	const rawAttrs = {};
	for (const key in attrs) if (key.startsWith(prefix)) {
		const rawName = key.substring(prefix.length);
		rawAttrs[rawName] = attrs[key];
	} else rawAttrs[key] = attrs[key];
	return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
	return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
	let text;
	const compressedObj = {};
	for (let i = 0; i < arr.length; i++) {
		const tagObj = arr[i];
		const property = propName(tagObj);
		if (property !== void 0 && property !== options.textNodeName) {
			const rawAttrs = stripAttributePrefix(tagObj[":@"] || {}, options.attributeNamePrefix);
			matcher.push(property, rawAttrs);
		}
		if (property === options.textNodeName) {
			if (text === void 0) text = tagObj[property];
			else text += "" + tagObj[property];
		} else if (property === void 0) continue;
		else if (tagObj[property]) {
			let val = compress(tagObj[property], options, matcher, readonlyMatcher);
			const isLeaf = isLeafTag(val, options);
			if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) val[options.textNodeName] = "";
			if (tagObj[":@"]) assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
			else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) val = val[options.textNodeName];
			else if (Object.keys(val).length === 0) {
				if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
				else val = "";
			}
			if (tagObj[METADATA_SYMBOL] !== void 0 && typeof val === "object" && val !== null) val[METADATA_SYMBOL] = tagObj[METADATA_SYMBOL];
			if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
				if (!Array.isArray(compressedObj[property])) compressedObj[property] = [compressedObj[property]];
				compressedObj[property].push(val);
			} else {
				const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
				if (options.isArray(property, jPathOrMatcher, isLeaf)) compressedObj[property] = [val];
				else compressedObj[property] = val;
			}
			if (property !== void 0 && property !== options.textNodeName) matcher.pop();
		}
	}
	if (typeof text === "string") {
		if (text.length > 0) compressedObj[options.textNodeName] = text;
	} else if (text !== void 0) compressedObj[options.textNodeName] = text;
	return compressedObj;
}
function propName(obj) {
	const keys = Object.keys(obj);
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		if (key !== ":@") return key;
	}
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
	if (attrMap) {
		const keys = Object.keys(attrMap);
		const len = keys.length;
		for (let i = 0; i < len; i++) {
			const atrrName = keys[i];
			const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
			const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
			if (options.isArray(atrrName, jPathOrMatcher, true, true)) obj[atrrName] = [attrMap[atrrName]];
			else obj[atrrName] = attrMap[atrrName];
		}
	}
}
function isLeafTag(obj, options) {
	const { textNodeName } = options;
	const propCount = Object.keys(obj).length;
	if (propCount === 0) return true;
	if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) return true;
	return false;
}
var METADATA_SYMBOL;
function init_node2json() {
	return (init_node2json = require_rolldown_runtime.__esmMin((() => {
		init_xmlNode();
		METADATA_SYMBOL = XmlNode.getMetaDataSymbol();
	})))();
}
// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser;
function init_XMLParser() {
	return (init_XMLParser = require_rolldown_runtime.__esmMin((() => {
		init_OptionsBuilder();
		init_OrderedObjParser();
		init_node2json();
		init_validator();
		init_xmlNode();
		XMLParser = class {
			constructor(options) {
				this.externalEntities = {};
				this.options = buildOptions(options);
			}
			parse(xmlData, validationOption) {
				if (typeof xmlData !== "string" && xmlData.toString) {
					if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
					else xmlData = xmlData.toString();
				} else if (typeof xmlData !== "string") throw new Error("XML data is accepted in String or Bytes[] form.");
				if (validationOption) {
					if (validationOption === true) validationOption = {};
					const result = validate(xmlData, validationOption);
					if (result !== true) throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
				}
				const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
				const orderedResult = orderedObjParser.parseXml(xmlData);
				if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
				else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
			}
			addEntity(key, value) {
				if (value.indexOf("&") !== -1) throw new Error("Entity value can't have '&'");
				else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
				else if (value === "&") throw new Error("An entity with value '&' is not permitted");
				else this.externalEntities[key] = value;
			}
			static getMetaDataSymbol() {
				return XmlNode.getMetaDataSymbol();
			}
		};
	})))();
}
// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator;
function init_fxp() {
	return (init_fxp = require_rolldown_runtime.__esmMin((() => {
		init_validator();
		init_XMLParser();
		XMLValidator = { validate };
	})))();
}
// src/core/tests/junit-xml/parse.ts
function junitXmlError(s) {
	const r = XMLValidator.validate(s);
	return r === true ? null : `${r.err.msg} (line ${r.err.line}, column ${r.err.col})`;
}
function parseJUnitXml(s, root) {
	const doc = parser.parse(s);
	const cases = [];
	const suiteErrors = [];
	const top = doc.testsuites ?? doc;
	const visitCase = (tc, suites, suiteFile) => {
		const name = attr(tc, "name") ?? "";
		const classname = attr(tc, "classname") ?? "";
		const file = attr(tc, "file") ?? suiteFile ?? (/\.[cm]?[jt]sx?$/.test(classname) ? classname : "");
		const failure = asArray(tc.failure)[0] ?? asArray(tc.error)[0];
		const skipped = asArray(tc.skipped)[0];
		if (failure && file && name === file && classname === file) {
			suiteErrors.push({
				file: makeCase(root, file, [], "", "failed").file,
				message: text(failure).trim()
			});
			return;
		}
		const fileLevel = /^\/.*\.[cm]?[jt]sx?$/.test(name) || file !== "" && name === file.replace(/^.*[\\/]/, "");
		if (failure && classname === "test" && fileLevel) {
			suiteErrors.push({
				file: makeCase(root, file || name, [], "", "failed").file,
				message: text(failure).trim()
			});
			return;
		}
		let status = "passed";
		if (failure) status = "failed";
		else if (skipped) status = attr(skipped, "type") === "todo" ? "todo" : "skipped";
		const path = suites.filter((s) => s !== file && s !== "" && s !== "pytest");
		if (classname && !(classname === "test") && classname !== file && classname !== name && !path.includes(classname) && classname !== suites.join(" > ") && !name.startsWith(classname)) path.push(classname);
		const parts = name.includes(" > ") ? name.split(" > ") : [name];
		const leaf = parts.pop() ?? name;
		cases.push(makeCase(root, file, [...path, ...parts], leaf, status, {
			...failure ? { message: text(failure) } : {},
			durationMs: Number(attr(tc, "time") ?? NaN) * 1e3
		}));
	};
	const visitSuite = (suite, parents, parentFile) => {
		const name = attr(suite, "name") ?? "";
		const file = attr(suite, "file") ?? (/\.[cm]?[jt]sx?$|\.py$/.test(name) ? name : void 0) ?? parentFile;
		const path = [...parents, name];
		const children = asArray(suite.testsuite);
		const rollups = new Set(children.map((c) => attr(c, "name") ?? ""));
		for (const tc of asArray(suite.testcase)) if (!rollups.has(attr(tc, "name") ?? "")) visitCase(tc, path, file);
		for (const child of children) visitSuite(child, path, file);
	};
	for (const suite of asArray(top.testsuite)) visitSuite(suite, [], void 0);
	for (const tc of asArray(top.testcase)) visitCase(tc, [], void 0);
	return {
		formats: ["junit-xml"],
		cases,
		suiteErrors,
		success: null
	};
}
var parser, asArray, attr, text, isJUnitXml, junitXmlParser;
function init_parse$1() {
	return (init_parse$1 = require_rolldown_runtime.__esmMin((() => {
		init_fxp();
		parser = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: "@",
			parseAttributeValue: false,
			isArray: (name) => [
				"testsuite",
				"testcase",
				"failure",
				"error",
				"skipped"
			].includes(name),
			processEntities: true,
			htmlEntities: true
		});
		asArray = (v) => Array.isArray(v) ? v.map((x) => typeof x === "object" && x !== null ? x : {}) : v === void 0 ? [] : [typeof v === "object" && v !== null ? v : {}];
		attr = (n, name) => {
			const v = n[`@${name}`];
			return typeof v === "string" ? v.replace(/&quot;/g, "\"") : typeof v === "number" ? String(v) : void 0;
		};
		text = (n) => {
			if (!n) return "";
			const body = typeof n === "string" ? n : typeof n["#text"] === "string" ? n["#text"] : "";
			return (attr(n, "message") ?? "") + (body ? `\n${body}` : "");
		};
		isJUnitXml = (s) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<testsuites?\b/.test(s);
		junitXmlParser = {
			format: "junit-xml",
			syntax: "xml",
			detect: (doc) => isJUnitXml(doc.text),
			problem: (doc) => {
				const error = junitXmlError(doc.text);
				return error ? `invalid XML: ${error}` : null;
			},
			parse: (doc, root) => parseJUnitXml(doc.text, root)
		};
	})))();
}
// src/core/tests/mocha-json/parse.ts
function parseMochaReport(json, root) {
	const r = mochaReportSchema.parse(json);
	const key = (t) => `${t.file ?? ""}\u0000${t.fullTitle}`;
	const failed = new Set(r.failures.map(key));
	const pending = new Set(r.pending.map(key));
	return {
		formats: ["mocha-json"],
		cases: [...r.tests, ...r.failures.filter((f) => !r.tests.some((t) => key(t) === key(f)))].map((t) => {
			const suite = t.fullTitle.endsWith(t.title) ? t.fullTitle.slice(0, -t.title.length).trim() : "";
			const status = failed.has(key(t)) ? "failed" : pending.has(key(t)) ? "skipped" : "passed";
			return makeCase(root, t.file ?? "", suite ? [suite] : [], t.title, status, {
				...status === "failed" ? { message: t.err?.message ?? t.err?.stack ?? "failed" } : {},
				...t.duration !== void 0 ? { durationMs: t.duration } : {}
			});
		}),
		suiteErrors: [],
		success: null
	};
}
var test, mochaReportSchema, isMochaReport, mochaJsonParser;
function init_parse$2() {
	return (init_parse$2 = require_rolldown_runtime.__esmMin((() => {
		require_schemas.init_schemas();
		test = require_schemas.looseObject({
			title: require_schemas.string(),
			fullTitle: require_schemas.string(),
			file: require_schemas.string().optional(),
			duration: require_schemas.number().optional(),
			err: require_schemas.looseObject({
				message: require_schemas.string().optional(),
				stack: require_schemas.string().optional()
			}).optional()
		});
		mochaReportSchema = require_schemas.looseObject({
			stats: require_schemas.looseObject({ tests: require_schemas.number() }),
			tests: require_schemas.array(test),
			pending: require_schemas.array(test).default([]),
			failures: require_schemas.array(test).default([]),
			passes: require_schemas.array(test).default([])
		});
		isMochaReport = (json) => typeof json === "object" && json !== null && "stats" in json && "tests" in json && "failures" in json;
		mochaJsonParser = {
			format: "mocha-json",
			syntax: "json",
			detect: (doc) => isMochaReport(doc.json),
			problem: () => null,
			parse: (doc, root) => parseMochaReport(doc.json, root)
		};
	})))();
}
// src/core/tests/tap/parse.ts
function tapError(s) {
	return s.split("\n").some((l) => PLAN.test(l)) ? null : "no top-level plan line \"1..N\": the TAP stream is truncated";
}
function parseTap(s, root) {
	const lines = s.replace(/\r\n/g, "\n").split("\n");
	const cases = [];
	const stack = [];
	const hadChildren = new Set();
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const sub = SUBTEST.exec(line);
		if (sub) {
			const depth = Math.floor(sub[1].length / 4);
			stack.length = depth;
			stack.push(sub[2]);
			if (depth > 0) hadChildren.add(depth - 1);
			hadChildren.delete(depth);
			continue;
		}
		const m = RESULT.exec(line);
		if (!m) continue;
		const depth = Math.floor(m[1].length / 4);
		const name = (m[3] ?? stack[depth] ?? "").replace(/\\#/g, "#");
		const yaml = [];
		if (lines[i + 1]?.trim() === "---") for (i += 2; i < lines.length && lines[i].trim() !== "..."; i++) yaml.push(lines[i]);
		const field = (key) => {
			const y = yaml.find((l) => l.trim().startsWith(`${key}:`));
			return y?.slice(y.indexOf(":") + 1).trim().replace(/^'(.*)'$/, "$1");
		};
		const isSuite = field("type") === "suite" || hadChildren.has(depth);
		hadChildren.delete(depth);
		if (isSuite) continue;
		const directive = m[4]?.toUpperCase();
		let status = m[2] === "ok" ? "passed" : "failed";
		if (directive === "SKIP") status = "skipped";
		else if (directive === "TODO") status = "todo";
		else if (field("failureType") === "cancelledByParent") status = "cancelled";
		const location = field("location");
		cases.push(makeCase(root, "", stack.slice(0, depth), name, status, {
			...status === "failed" ? { message: `${field("error") ?? "failed"}${location ? `\nat ${location}` : ""}` } : {},
			...field("duration_ms") ? { durationMs: Number(field("duration_ms")) } : {}
		}));
	}
	return {
		formats: ["tap"],
		cases,
		suiteErrors: [],
		success: null
	};
}
var RESULT, SUBTEST, PLAN, isTap, tapParser;
function init_parse$3() {
	return (init_parse$3 = require_rolldown_runtime.__esmMin((() => {
		RESULT = /^( *)(not ok|ok) \d+(?: - (.*?))?(?: # (SKIP|TODO)\b.*)?$/i;
		SUBTEST = /^( *)# Subtest: (.*)$/;
		PLAN = /^1\.\.(\d+)/;
		isTap = (s) => /^\s*TAP version \d+/m.test(s.slice(0, 200)) || /^(not )?ok 1\b/m.test(s);
		tapParser = {
			format: "tap",
			syntax: "text",
			detect: (doc) => doc.json === void 0 && !doc.text.trimStart().startsWith("<") && isTap(doc.text),
			problem: (doc) => tapError(doc.text),
			parse: (doc, root) => parseTap(doc.text, root)
		};
	})))();
}
// src/core/tests/report-formats.ts
var REPORT_PARSERS, REPORT_FORMATS;
function init_report_formats() {
	return (init_report_formats = require_rolldown_runtime.__esmMin((() => {
		init_parse();
		init_parse$1();
		init_parse$2();
		init_parse$3();
		REPORT_PARSERS = [
			jestJsonParser,
			mochaJsonParser,
			junitXmlParser,
			tapParser
		];
		REPORT_FORMATS = REPORT_PARSERS.map((p) => p.format);
	})))();
}
// src/core/event.ts
function assertRuntimeEvent(value) {
	const parsed = runtimeEventSchema.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`internal: event ${value.event_id} does not match the event schema at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
	}
}
function canonicalJson(value) {
	const text = canonicalize(value);
	if (text === void 0) throw new Error("internal: value has no canonical JSON form");
	return text;
}
function stamp(prefix, timestamp) {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(timestamp);
	if (!m) throw new Error(`internal: not an ISO timestamp: ${timestamp}`);
	return `${prefix}_${m[1]}${m[2]}${m[3]}_${m[4]}${m[5]}${m[6]}_`;
}
function computeEventId(content) {
	return stamp("RTE", content.timestamp) + require_verify.sha256Hex(canonicalJson(content)).slice(0, 8);
}
function computeEvent(content) {
	return {
		event_id: computeEventId({
			...content,
			snapshot_id: null
		}),
		...content
	};
}
function computeSnapshotId(event, files) {
	const manifest = [...files.keys()].sort().map((k) => `${require_verify.sha256Hex(files.get(k))}  ${k}`);
	return stamp("SNP", event.timestamp) + require_verify.sha256Hex(`${event.event_id}\n${manifest.join("\n")}`).slice(0, 8);
}
var hex64, classification, counts, runtimeEventSchema;
function init_event() {
	return (init_event = require_rolldown_runtime.__esmMin((() => {
		init_canonicalize();
		require_schemas.init_schemas();
		require_verify.init_classification();
		init_finding();
		require_verify.init_hash();
		init_score();
		init_report_formats();
		hex64 = require_schemas.string().regex(/^[0-9a-f]{64}$/);
		classification = require_schemas._enum(require_verify.CLASSIFICATIONS);
		counts = require_schemas.strictObject({
			passed: require_schemas.number().int(),
			failed: require_schemas.number().int(),
			skipped: require_schemas.number().int(),
			todo: require_schemas.number().int(),
			pending: require_schemas.number().int(),
			cancelled: require_schemas.number().int(),
			total: require_schemas.number().int()
		});
		runtimeEventSchema = require_schemas.strictObject({
			event_id: require_schemas.string().regex(/^RTE_\d{8}_\d{6}_[0-9a-f]{8}$/),
			snapshot_id: require_schemas.string().regex(/^SNP_\d{8}_\d{6}_[0-9a-f]{8}$/).nullable(),
			timestamp: require_schemas.string(),
			commit: require_schemas.string(),
			ref: require_schemas.string().nullable(),
			event_name: require_schemas.string(),
			run: require_schemas.strictObject({
				id: require_schemas.string().nullable(),
				attempt: require_schemas.string().nullable(),
				url: require_schemas.string().nullable()
			}),
			classification,
			findings: require_schemas.array(findingSchema),
			baseline: require_schemas.strictObject({
				manifest_sha256: hex64.nullable(),
				ref: require_schemas.string().nullable(),
				runtime_baseline_sha256: hex64.nullable()
			}),
			tests: require_schemas.strictObject({
				report: counts.nullable(),
				console: require_schemas.strictObject({
					passed: require_schemas.number().int(),
					failed: require_schemas.number().int(),
					skipped: require_schemas.number().int(),
					todo: require_schemas.number().int(),
					errors: require_schemas.number().int()
				}).nullable(),
				formats: require_schemas.array(require_schemas._enum(REPORT_FORMATS)),
				signatures: require_schemas.array(require_schemas.string()),
				exitCode: require_schemas.number().int().nullable(),
				signal: require_schemas.string().nullable()
			}).nullable(),
			diff: require_schemas.array(require_schemas.string()),
			policy: require_schemas.strictObject({
				drift_score: require_schemas.number().min(0).max(1),
				band: require_schemas._enum(BANDS),
				risk_level: require_schemas._enum(RISK_LEVELS),
				runbooks: require_schemas.array(require_schemas.string())
			}).nullable(),
			frozen_by: require_schemas.string().nullable()
		});
	})))();
}
Object.defineProperty(exports, "REPORT_PARSERS", {
	enumerable: true,
	get: function() {
		return REPORT_PARSERS;
	}
});
Object.defineProperty(exports, "TRIGGERS", {
	enumerable: true,
	get: function() {
		return TRIGGERS;
	}
});
Object.defineProperty(exports, "alarmsOf", {
	enumerable: true,
	get: function() {
		return alarmsOf;
	}
});
Object.defineProperty(exports, "assertRuntimeEvent", {
	enumerable: true,
	get: function() {
		return assertRuntimeEvent;
	}
});
Object.defineProperty(exports, "bandOf", {
	enumerable: true,
	get: function() {
		return bandOf;
	}
});
Object.defineProperty(exports, "canonicalJson", {
	enumerable: true,
	get: function() {
		return canonicalJson;
	}
});
Object.defineProperty(exports, "computeCounts", {
	enumerable: true,
	get: function() {
		return computeCounts;
	}
});
Object.defineProperty(exports, "computeDriftScore", {
	enumerable: true,
	get: function() {
		return computeDriftScore;
	}
});
Object.defineProperty(exports, "computeEvent", {
	enumerable: true,
	get: function() {
		return computeEvent;
	}
});
Object.defineProperty(exports, "computeSnapshotId", {
	enumerable: true,
	get: function() {
		return computeSnapshotId;
	}
});
Object.defineProperty(exports, "enough", {
	enumerable: true,
	get: function() {
		return enough;
	}
});
Object.defineProperty(exports, "init_event", {
	enumerable: true,
	get: function() {
		return init_event;
	}
});
Object.defineProperty(exports, "init_model", {
	enumerable: true,
	get: function() {
		return init_model;
	}
});
Object.defineProperty(exports, "init_report_formats", {
	enumerable: true,
	get: function() {
		return init_report_formats;
	}
});
Object.defineProperty(exports, "init_score", {
	enumerable: true,
	get: function() {
		return init_score;
	}
});
Object.defineProperty(exports, "init_signal", {
	enumerable: true,
	get: function() {
		return init_signal;
	}
});
Object.defineProperty(exports, "makeSignal", {
	enumerable: true,
	get: function() {
		return makeSignal;
	}
});
Object.defineProperty(exports, "mergeRuns", {
	enumerable: true,
	get: function() {
		return mergeRuns;
	}
});
Object.defineProperty(exports, "riskOf", {
	enumerable: true,
	get: function() {
		return riskOf;
	}
});
Object.defineProperty(exports, "round4", {
	enumerable: true,
	get: function() {
		return round4;
	}
});
Object.defineProperty(exports, "share", {
	enumerable: true,
	get: function() {
		return share;
	}
});
