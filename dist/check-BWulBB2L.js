const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_gate = require("./gate-BRJ3sn8D.js");
// src/cli/commands/check.ts
async function run({ flags, json }) {
	const { settings, context, ports } = await require_verify.composeCli(flags);
	const verdict = await require_gate.runGate(settings, context, ports);
	if (json) require_verify.printJson({
		classification: verdict.classification,
		fails: verdict.fails,
		outputs: ports.reporter.outputs,
		event: verdict.event,
		log: verdict.log ? {
			line: verdict.log.line,
			pushed: !verdict.log.notPushed,
			commit: verdict.log.commit
		} : null
	});
	else require_verify.print(renderCheck(verdict));
	return verdict.fails ? require_verify.EXIT.failed : require_verify.EXIT.passed;
}
function renderCheck(verdict) {
	const { event } = verdict;
	const lines = [
		`driftgate: ${verdict.classification} — the gate ${verdict.fails ? "fails" : "passes"}`,
		`event ${event.event_id}; ${event.findings.length} finding(s); report ${verdict.reportPath}`,
		...event.findings.map((f) => `  ${f.classification} ${f.code}: ${f.message}`)
	];
	const p = event.policy;
	if (p) lines.push(`policy drift ${p.drift_score} (${p.band}), risk ${p.risk_level}; runbook ${verdict.runbookPath}`);
	return lines.join("\n");
}
function init_check() {
	return (init_check = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_compose();
		require_gate.init_gate();
		require_verify.init_io();
	})))();
}
init_check();
exports.run = run;
