const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_observe = require("./observe-DmzHqW0r.js");
// src/cli/commands/policy.ts
var policy_exports = require_rolldown_runtime.__exportAll({
	POLICY_VIEWS: () => POLICY_VIEWS,
	run: () => run,
	runView: () => runView
});
async function run(input) {
	const view = input.args[0] ?? "";
	if (!POLICY_VIEWS.includes(view)) throw new require_verify.UsageError(`policy needs one of ${POLICY_VIEWS.join(", ")} (got "${view}")`);
	return runView(view, input);
}
async function runView(view, { flags, json }) {
	const { settings, ports } = await require_verify.composeCli(flags);
	const ref = flags.base ?? settings["baseline-ref"];
	if (ref && !ports.git) throw new require_verify.UsageError(`--base ${ref} needs a git repository`);
	const baselineRef = await require_verify.resolveBaselineRef(ref, ports.git);
	const stage = await require_observe.observePolicies({
		policies: settings.policies,
		traces: settings.traces,
		baselineRef
	}, ports);
	if (!stage) {
		if (json) require_verify.print(JSON.stringify({
			policies: [],
			traces: 0
		}));
		else require_verify.print(`driftgate: no policy file (${settings.policies.join(", ")}) and no trace (${settings.traces.join(", ")})`);
		return require_verify.EXIT.passed;
	}
	const classification = require_verify.classify(stage.findings);
	const code = require_verify.computeFails(classification, settings["fail-on"]) ? require_verify.EXIT.failed : require_verify.EXIT.passed;
	if (view === "runbook") {
		const books = require_observe.computeRunbooks(classification, {
			head: stage.analysis.head,
			base: stage.analysis.base,
			manifest: settings.baseline,
			logBranch: settings["log-branch"]
		}, stage.runbooks);
		if (json) require_verify.printJson({
			classification,
			findings: stage.findings,
			runbooks: books
		});
		else require_verify.print(require_observe.renderRunbooks(books));
		return code;
	}
	const rule = flags.rule ?? null;
	if (json) require_verify.printJson({
		classification,
		findings: stage.findings,
		...dataOf(view, stage.analysis, rule)
	});
	else require_verify.print([...TEXT[view](stage.analysis, rule), ...problemLines(stage.findings)].join("\n"));
	return code;
}
function dataOf(view, a, rule) {
	switch (view) {
		case "diff": return {
			base: a.base,
			head: a.head,
			changes: a.diff
		};
		case "drift": return {
			drift: a.drift,
			risk: a.risk,
			volatility: a.volatility,
			stability: a.stability,
			signals: a.signals,
			flipFlops: a.history.flipFlops,
			commits: a.history.commits
		};
		case "replay": return {
			...a.replay,
			flips: flipsOf(a, rule),
			rule
		};
		case "contradictions": return a.contradictions;
		case "federation": return {
			stability: a.stability,
			...a.federation
		};
	}
}
var POLICY_VIEWS, flipsOf, TEXT, problemLines;
function init_policy() {
	return (init_policy = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_compose();
		require_verify.init_classify();
		require_observe.init_diff();
		require_observe.init_findings();
		require_observe.init_runbook();
		require_observe.init_model();
		require_observe.init_verdict();
		require_observe.init_observe();
		require_observe.init_policy();
		require_verify.init_io();
		POLICY_VIEWS = [
			"diff",
			"drift",
			"replay",
			"contradictions",
			"federation",
			"runbook"
		];
		flipsOf = (a, rule) => rule ? a.replay.flips.filter((f) => f.from.rule === rule || f.to.rule === rule) : a.replay.flips;
		TEXT = {
			diff: (a) => [`policy diff ${a.base ? require_observe.shortSha(a.base) : "(no base)"}..${require_observe.shortSha(a.head)}: ${a.diff.length} change(s)`, ...a.diff.map((d) => `  ${d.project}  ${d.id}  ${require_observe.describeChange(d)}  ${d.direction}`)],
			drift: (a) => [
				`drift ${a.drift.score} (${a.drift.band}) · risk ${a.risk.level}${a.risk.alarms.length ? ` (${a.risk.alarms.join("; ")})` : ""} · volatility ${a.volatility} · stability ${a.stability}`,
				...a.signals.map((s) => `  ${s.title.padEnd(24)} ${String(s.value).padEnd(7)} = ${s.intensity} × confidence ${s.confidence} (${s.severity}) — ${s.detail}`),
				...a.history.flipFlops.slice(0, 10).map((f) => `  flip-flop ${f.project} ${f.rule}: ${f.changes} changes, ${f.reversals} reversals`)
			],
			replay: (a, rule) => [`${a.replay.flipped} of ${a.replay.lines} traced decisions change under head (${a.replay.loosened} loosened, ${a.replay.tightened} tightened)`, ...flipsOf(a, rule).map((f) => `  ${f.project}: ${require_observe.describeFlip(f)}`)],
			contradictions: (a) => [
				`${a.contradictions.static.length} static (${a.contradictions.introduced.length} new), ${a.contradictions.dynamic.length} dynamic`,
				...a.contradictions.static.map((c) => `  static ${c.type} ${c.project}: ${c.rules.join(" vs ")} (${c.effects.join(" vs ")}) in ${c.files.join(", ")}${c.example ? ` e.g. ${c.example}` : ""}`),
				...a.contradictions.dynamic.map((d) => `  dynamic ${d.project ?? "(no project)"}: ${d.request.action} ${d.request.target}: ${d.decisions.map((x) => `${x.decision} ×${x.lines} (first ${x.firstAt})`).join(", ")}`)
			],
			federation: (a) => [
				`federated stability ${a.stability} over ${a.projects.length} project(s)`,
				...a.federation.pairs.map((p) => `  ${p.a} vs ${p.b}: divergence ${p.divergence} on ${p.shared} shared probes`),
				...a.federation.outliers.length ? [`  outliers: ${a.federation.outliers.map((o) => `${o.project} (${o.divergence})`).join(", ")}`] : []
			]
		};
		problemLines = (findings) => findings.filter((f) => f.classification !== "STABLE").map((f) => `${f.classification} ${f.code}: ${f.message}`);
	})))();
}
Object.defineProperty(exports, "init_policy", {
	enumerable: true,
	get: function() {
		return init_policy;
	}
});
Object.defineProperty(exports, "policy_exports", {
	enumerable: true,
	get: function() {
		return policy_exports;
	}
});
Object.defineProperty(exports, "runView", {
	enumerable: true,
	get: function() {
		return runView;
	}
});
