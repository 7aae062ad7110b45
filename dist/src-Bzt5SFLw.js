const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_core = require("./core-Cfpcz6rq.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_observe = require("./observe-DmzHqW0r.js");
const require_gate = require("./gate-BRJ3sn8D.js");
const require_record_decision = require("./record-decision-Dpg7TmYV.js");
// src/core/decision/comment.ts
function parseDecisionComment(body) {
	const m = COMMAND.exec(body.replace(/\r\n?/g, "\n"));
	if (!m) return null;
	const reason = m[3].trim();
	if (!reason) return { error: "a decision needs a reason: `/driftgate " + m[1] + " [RTE_…] why this is the right call`" };
	return {
		decision: m[1],
		eventId: m[2] ?? null,
		reason
	};
}
var COMMAND;
function init_comment() {
	return (init_comment = require_rolldown_runtime.__esmMin((() => {
		COMMAND = /^\/driftgate[ \t]+(accept|investigate|rollback)\b[ \t]*(RTE_\d{8}_\d{6}_[0-9a-f]{8})?[ \t]*(.*)$/m;
	})))();
}
// src/decide-on-comment.ts
async function decideOnComment(settings, payload, location, ports) {
	const { reporter } = ports;
	const parsed = parseDecisionComment(payload.comment?.body ?? "");
	if (parsed === null) {
		reporter.info("driftgate decide: the comment holds no /driftgate command; nothing to do");
		return { status: "no-command" };
	}
	if (payload.action !== "created") {
		const reason = `a decision is read from a newly created comment only; this comment was ${payload.action ?? "not created"}`;
		reporter.info(`driftgate decide: ${reason}; nothing to do`);
		return {
			status: "ignored",
			reason
		};
	}
	const answer = createAnswerer(payload, ports);
	if ("error" in parsed) {
		await answer.reject(parsed.error);
		return {
			status: "invalid",
			reason: parsed.error
		};
	}
	const outcome = await recordCommentedDecision(settings, payload, parsed, location, ports);
	if (outcome.status !== "recorded") {
		reporter.warning(`driftgate decide: ${outcome.reason}`);
		await answer.reject(`driftgate did not record this decision: ${outcome.reason}. Nothing was appended to the governance log.`);
		return outcome;
	}
	reporter.setOutput("event-id", outcome.event.event_id);
	reporter.setOutput("log-entry", outcome.appended.id);
	await answer.accept(parsed, outcome.event, outcome.appended);
	await updateEscalationIssue(parsed, outcome.event, outcome.appended, answer.login, ports, answer.say);
	await answer.say("set the commit status", () => setDecidedStatus(parsed.decision, outcome.event, answer.login, payload, ports.github));
	return outcome;
}
async function recordCommentedDecision(settings, payload, request, location, ports) {
	const login = payload.comment?.user?.login ?? "";
	let permission = null;
	if (settings.architects.length === 0) permission = await ports.github.permissionOf(login);
	return require_record_decision.recordDecision({
		request,
		by: login,
		source: payload.comment?.html_url ?? "issue_comment",
		place: await placeOf(payload, ports.github),
		architects: settings.architects,
		permission
	}, location, ports);
}
async function placeOf(payload, github) {
	const number = payload.issue?.number ?? 0;
	if (payload.issue?.pull_request) return {
		kind: "pull-request",
		number
	};
	const marker = EVENT_MARKER.exec(payload.issue?.body ?? "");
	const me = marker ? await github.identity() : null;
	return {
		kind: "issue",
		number,
		eventId: marker && me !== null && payload.issue?.user?.login === me ? marker[1] : null
	};
}
function createAnswerer(payload, ports) {
	const { github, reporter } = ports;
	const login = payload.comment?.user?.login ?? "";
	const commentId = payload.comment?.id;
	const issue = payload.issue?.number;
	const say = async (what, fn) => {
		try {
			await fn();
		} catch (e) {
			reporter.warning(`driftgate could not ${what}: ${e.message.split("\n")[0]}`);
		}
	};
	const reply = async (reaction, body) => {
		if (commentId) await say("react to the comment", () => github.react(commentId, reaction));
		if (issue) await say("answer the comment", () => github.comment(issue, body));
	};
	return {
		login,
		say,
		reject: (why) => reply("-1", `@${login} ${require_observe.escapeMarkdown(why)}`),
		accept: (request, event, appended) => reply("+1", [
			`driftgate recorded the decision **${request.decision}** on \`${event.event_id}\` (${event.classification}) by @${login}.`,
			"",
			`- reason: ${require_observe.escapeMarkdown(request.reason)}`,
			`- log entry: \`${appended.id}\``,
			`- now: ${STATUS[request.decision].text}`
		].join("\n"))
	};
}
async function updateEscalationIssue(request, event, appended, login, ports, say) {
	const { github } = ports;
	const label = require_observe.ESCALATION_LABELS[event.classification][0].name;
	await say("update the escalation issue", async () => {
		const me = await github.identity();
		const issues = (await github.openIssues(label)).filter((i) => me !== null && i.login === me && i.body.includes(require_observe.eventMarker(event.event_id)));
		for (const i of issues) {
			await github.comment(i.number, `Decision **${request.decision}** by @${login} (\`${appended.id.slice(0, 12)}\`): ${require_observe.escapeMarkdown(request.reason)}. ${STATUS[request.decision].text}.`);
			if (request.decision === "accept") await github.closeIssue(i.number);
		}
	});
}
async function setDecidedStatus(decision, event, login, payload, github) {
	const head = (event.ref ? await github.headOf(event.ref) : null) ?? event.commit;
	const s = STATUS[decision];
	await github.setStatus(head, s.state, `${decision} by ${login}: ${s.text}`, payload.comment?.html_url ?? null);
}
var STATUS, EVENT_MARKER;
function init_decide_on_comment() {
	return (init_decide_on_comment = require_rolldown_runtime.__esmMin((() => {
		init_comment();
		require_observe.init_escalation();
		require_record_decision.init_record_decision();
		STATUS = {
			accept: {
				state: "success",
				text: "accepted as the new baseline"
			},
			investigate: {
				state: "failure",
				text: "under investigation: stays frozen"
			},
			rollback: {
				state: "pending",
				text: "rollback decided: unfreezes once the sealed state matches the baseline"
			}
		};
		EVENT_MARKER = /<!-- driftgate:event:(RTE_\d{8}_\d{6}_[0-9a-f]{8}) -->/;
	})))();
}
// src/main.ts
async function run() {
	try {
		const { settings, context, location, ports, payload } = await require_verify.composeAction(process.env);
		if (settings.mode === "decide") {
			if (!context.eventName.startsWith("issue_comment")) throw new Error(`mode: decide reads an issue_comment event; this run is ${context.eventName}`);
			if (!ports.github) throw new Error("mode: decide needs github-token and GITHUB_REPOSITORY");
			const result = await decideOnComment(settings, payload, location, {
				...ports,
				github: ports.github
			});
			require_core.info(`driftgate decide: ${result.status}`);
			return;
		}
		const verdict = await require_gate.runGate(settings, context, ports);
		const line = `driftgate: ${verdict.classification} (${verdict.event.event_id}), ${verdict.event.findings.length} finding(s)`;
		if (verdict.fails) require_core.setFailed(`${line}: the gate fails`);
		else require_core.info(`${line}: the gate passes`);
	} catch (e) {
		require_core.setFailed(`driftgate could not run: ${e instanceof Error ? e.message : String(e)}`);
	}
}
function init_main() {
	return (init_main = require_rolldown_runtime.__esmMin((() => {
		require_core.init_core();
		require_verify.init_compose();
		init_decide_on_comment();
		require_gate.init_gate();
	})))();
}
// src/index.ts
function init_src() {
	return (init_src = require_rolldown_runtime.__esmMin((() => {
		init_main();
		run();
	})))();
}
init_src();
