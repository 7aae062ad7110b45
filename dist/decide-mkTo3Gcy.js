const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_record_decision = require("./record-decision-Dpg7TmYV.js");
// src/cli/commands/decide.ts
async function run({ args, flags, json }) {
	const [kind, eventId] = args;
	if (kind !== "accept" && kind !== "investigate" && kind !== "rollback") throw new require_verify.UsageError("decide needs accept, investigate or rollback");
	const reason = flags.reason?.trim();
	if (!reason) throw new require_verify.UsageError("decide needs --reason: a decision is written");
	const by = flags.by ?? process.env.USER ?? "";
	if (!by) throw new require_verify.UsageError("decide needs --by LOGIN");
	const { settings, location, ports } = await require_verify.composeCli(flags);
	const outcome = await require_record_decision.recordDecision({
		request: {
			decision: kind,
			eventId: eventId ?? null,
			reason
		},
		by,
		source: "cli",
		place: { kind: "command-line" },
		architects: settings.architects,
		permission: settings.architects.length ? null : "admin"
	}, location, ports);
	if (json) require_verify.print(JSON.stringify(outcome.status === "recorded" ? {
		status: "recorded",
		event: outcome.event.event_id,
		entry: outcome.appended.id
	} : outcome));
	else if (outcome.status === "recorded") require_verify.print(`driftgate decide: ${kind} on ${outcome.event.event_id} recorded as ${outcome.appended.id}`);
	else require_verify.warn(`driftgate decide: not recorded: ${outcome.reason}`);
	return outcome.status === "recorded" ? require_verify.EXIT.passed : require_verify.EXIT.failed;
}
function init_decide() {
	return (init_decide = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_compose();
		require_record_decision.init_record_decision();
		require_verify.init_io();
	})))();
}
init_decide();
exports.run = run;
