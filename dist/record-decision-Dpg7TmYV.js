const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_log = require("./log-CpC3AkU6.js");
let node_buffer = require("node:buffer");
// src/core/decision/authority.ts
function isAuthorized(login, architects, permission) {
	if (architects.length > 0) return architects.some((a) => a.toLowerCase() === login.toLowerCase());
	return permission === "admin" || permission === "maintain";
}
function describeAuthority(login, architects) {
	return `${login} may not decide: a decision must come from ${architects.length ? `listed in architects (${architects.join(", ")})` : "a user with maintain or admin permission"}`;
}
// src/stages/record-decision.ts
async function recordDecision(input, location, ports) {
	if (!isAuthorized(input.by, input.architects, input.permission)) return {
		status: "refused",
		reason: describeAuthority(input.by, input.architects)
	};
	const log = await require_log.readGovernanceLog(location, null, ports);
	if (log.unavailable) return {
		status: "refused",
		reason: log.unavailable
	};
	const broken = log.findings.find((f) => f.classification === "INCIDENT");
	if (broken) return {
		status: "refused",
		reason: `the governance log is not intact: ${broken.message}`
	};
	if (!location.key && log.segments.some((s) => node_buffer.Buffer.from(s.buffer, s.byteOffset, s.length).includes(MAC_KEY))) return {
		status: "refused",
		reason: "the governance log carries MACs: a decision needs the log-key (--log-key or the log-key input)"
	};
	const target = require_log.findDecidedEvent(log.freezeEntries, input.request.eventId, input.place);
	if ("error" in target) return {
		status: "refused",
		reason: target.error
	};
	const accept = input.request.decision === "accept";
	const appended = await require_log.appendToLog(location, {
		type: "DECISION",
		event_id: target.event_id,
		timestamp: ports.clock.now().toISOString(),
		decision: input.request.decision,
		by: input.by,
		reason: input.request.reason,
		manifest_sha256: accept && target.observed_manifest_sha256 !== target.manifest_sha256 ? target.observed_manifest_sha256 : null,
		runtime_baseline_sha256: accept ? target.observed_runtime_baseline_sha256 : null,
		...accept && target.observed_config_sha256 ? { config_sha256: target.observed_config_sha256 } : {},
		...accept && target.observed_workflow_sha256 ? { workflow_sha256: target.observed_workflow_sha256 } : {},
		source: input.source
	}, new Map(), ports.git);
	if (appended.notPushed) return {
		status: "not-recorded",
		event: target,
		reason: appended.notPushed
	};
	return {
		status: "recorded",
		event: target,
		appended
	};
}
var MAC_KEY;
function init_record_decision() {
	return (init_record_decision = require_rolldown_runtime.__esmMin((() => {
		require_log.init_target();
		require_log.init_log();
		MAC_KEY = "\"mac\":\"";
	})))();
}
Object.defineProperty(exports, "init_record_decision", {
	enumerable: true,
	get: function() {
		return init_record_decision;
	}
});
Object.defineProperty(exports, "recordDecision", {
	enumerable: true,
	get: function() {
		return recordDecision;
	}
});
