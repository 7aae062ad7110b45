const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_observe = require("./observe-DmzHqW0r.js");
const require_log = require("./log-CpC3AkU6.js");
const require_tests = require("./tests-C3mizSuR.js");
let node_buffer = require("node:buffer");
// src/stages/record.ts
async function record(verdict, run, ports) {
	const { workspace } = ports;
	const id = verdict.event.event_id;
	const write = verdict.writesRefused ? async (_path, _data) => {} : async (path, data) => void await workspace.writeFile(path, data);
	await write(verdict.reportPath, verdict.eventJson);
	await write(verdict.runbookPath, verdict.runbook);
	await write(`${require_observe.EVENTS_DIR}/${id}.runbooks.json`, verdict.runbooksJson);
	if (run.console !== null) await write(`${require_observe.EVENTS_DIR}/${id}.console.log`, run.console);
	const committed = new Map();
	for (const [name, data] of verdict.snapshot?.files ?? []) {
		const path = `${verdict.snapshot.dir}/${name}`;
		await write(path, data);
		committed.set(path, typeof data === "string" ? new TextEncoder().encode(data) : data);
	}
	const appended = run.record ? await require_log.appendToLog(run.location, verdict.logEntry, committed, ports.git) : null;
	if (appended?.notPushed) {
		const kept = `${require_observe.EVENTS_DIR}/${id}.log-entry.ndjson`;
		await write(kept, `${appended.line}\n`);
		ports.reporter.warning(`driftgate could not append to the governance log (${appended.notPushed}). Nothing is lost: the entry is kept` + (verdict.writesRefused ? "" : ` in ${kept} and`) + " in the job summary; append it with `driftgate log append FILE` from a job that can push (see the README for the workflow_run recipe).");
	}
	if (verdict.snapshot) {
		const own = appended ? [new TextEncoder().encode(`${appended.line}\n`)] : [];
		await write(`${verdict.snapshot.dir}/GOVERNANCE_LOG.ndjson`, node_buffer.Buffer.concat([...run.logSegments, ...own]));
	}
	return appended;
}
function init_record() {
	return (init_record = require_rolldown_runtime.__esmMin((() => {
		require_observe.init_verdict();
		require_log.init_log();
	})))();
}
// src/core/render/summary.ts
function policyLines(p, open = {}) {
	const cut = p.scores.indexOf("\n\n");
	const scores = !p.scores || open.scores || cut < 0 ? p.scores : [
		p.scores.slice(0, cut),
		"",
		"<details><summary>Signals and rule changes</summary>",
		"",
		p.scores.slice(cut + 2).trim(),
		"",
		"</details>",
		""
	].join("\n");
	return [
		...scores ? [
			"",
			"### Policy",
			"",
			scores
		] : [],
		"",
		`<details${open.runbooks ? " open" : ""}><summary>Runbooks${p.triggered.length ? `: ${p.triggered.join(", ")}` : ""}</summary>`,
		"",
		p.runbooks,
		"</details>"
	];
}
function renderVerdictLine(event, fails, subject = "the job") {
	const c = event.classification;
	const outcome = fails ? `${subject} **fails**${c === "INCIDENT" ? " and blocks the merge" : ""}` : `${subject} passes${c === "TOOLING_DRIFT" ? " with warnings" : ""}`;
	const frozen = event.frozen_by && event.frozen_by !== event.event_id ? " (frozen)" : "";
	return `${require_observe.ICON[c]} driftgate: ${c}${frozen} — ${outcome}: ${MEANING[c]}`;
}
function linkTarget(url) {
	return url && /^https?:\/\/[^\s<>()]+$/.test(url) ? encodeURI(decodeURI(url)) : null;
}
function renderLink(text, url) {
	const target = linkTarget(url);
	if (target) return `[${text}](${target})`;
	return url ? `${text} \`${url.replace(/[`\r\n]/g, "")}\`` : text;
}
function computeDecisionEvent(event) {
	const pr = event.event_name.startsWith("pull_request");
	const freezes = event.classification === "INCIDENT" || event.classification === "PRODUCT_DRIFT" && !pr;
	return event.frozen_by ?? (freezes ? event.event_id : null);
}
function renderDecisionHint(event) {
	const id = computeDecisionEvent(event);
	if (!id) return event.classification === "PRODUCT_DRIFT" ? "**Next:** a pull request is not frozen by a PRODUCT_DRIFT; fix the change and push, the next commit is judged afresh." : null;
	return `**Decision expected:** this ref is frozen by ${id === event.event_id ? "this run" : `\`${id}\``} until an architect comments \`/driftgate accept ${id}\` followed by the reason (or \`investigate\`, \`rollback\` in place of \`accept\`). \`accept\` makes this state the new baseline.`;
}
function describeTests(t) {
	const parts = [];
	if (t.report) parts.push(`report (${t.formats.join(", ")}): ${t.report.passed} passed, ${t.report.failed} failed, ${t.report.skipped + t.report.todo} skipped/todo`);
	if (t.console) parts.push(`console: ${t.console.passed} passed, ${t.console.failed} failed`);
	parts.push(t.signal ? `ended by ${t.signal}` : `exit ${t.exitCode ?? "unknown"}`);
	if (t.signatures.length) parts.push(`tooling: ${t.signatures.join(", ")}`);
	return require_observe.escapeMarkdown(parts.join(" · "));
}
function renderFactLines(input) {
	const { event, seal } = input;
	const short = (s) => s.slice(0, 12);
	const sealed = seal.authoritative === "baseline-ref" ? `${require_observe.escapeMarkdown(seal.manifest)} as at \`${short(event.baseline.ref ?? "")}\`: ${seal.ok}/${seal.entries} files verified` : seal.authoritative === "tree" ? `${require_observe.escapeMarkdown(seal.manifest)} as in this commit: ${seal.ok}/${seal.entries} files verified` : "not sealed (no manifest)";
	const runLink = renderLink(`run ${event.run.id ?? ""}`.trim(), event.run.url);
	return [
		`- **Commit** \`${short(event.commit)}\` on ${event.ref ? require_observe.escapeMarkdown(event.ref) : "no ref"} · ${event.timestamp.replace("T", " ").replace(/\.\d+Z$/, " UTC")}${event.run.url ? ` · ${runLink}` : ""}`,
		`- **Seal** ${sealed}`,
		...event.tests ? [`- **Tests** ${describeTests(event.tests)}`] : [],
		`- **Event** \`${event.event_id}\`${event.snapshot_id ? ` · snapshot \`${event.snapshot_id}\`` : ""}${input.reportPath ? ` · ${require_observe.escapeMarkdown(input.reportPath)}` : ""}`
	];
}
function renderLogLine(log) {
	if (log.pushed) return `- **Governance log** entry appended${log.url ? ` to the ${renderLink("log", log.url)}` : ""}`;
	return `- **Governance log** ⚠️ the entry could not be pushed: it is kept in ${log.keptAt ? require_observe.escapeMarkdown(log.keptAt) : "the events folder"}; append it with \`driftgate log append FILE\` from a job that can push`;
}
function renderSummary(input) {
	const { event } = input;
	const head = [
		`## ${renderVerdictLine(event, input.fails)}`,
		"",
		...renderFactLines(input)
	];
	if (input.log) head.push(renderLogLine(input.log));
	const decision = renderDecisionHint(event);
	if (decision) head.push("", decision);
	head.push("");
	const tail = [];
	if (input.history) tail.push("", "### History of this ref", "", input.history);
	if (input.policy) tail.push(...policyLines(input.policy, {
		scores: event.classification !== "STABLE",
		runbooks: event.classification === "INCIDENT"
	}));
	tail.push("");
	const findings = require_observe.sortBySeverity(event.findings);
	const body = [];
	if (findings.length === 0) body.push("No findings: every stage matched its baseline.");
	else {
		body.push(`### Findings (${findings.length})`, "");
		let budget = 1032192 - utf8Length(head.join("\n")) - utf8Length(tail.join("\n"));
		let shown = 0;
		for (const f of findings) {
			const item = require_observe.renderFindingItem(f, require_observe.SUMMARY_LIMITS).join("\n");
			budget -= utf8Length(item) + 1;
			if (budget < 0) break;
			body.push(item);
			shown++;
		}
		if (shown < findings.length) body.push("", `… and ${findings.length - shown} more findings, all listed in RUNTIME_EVENT.json.`);
	}
	return [
		...head,
		...body,
		...tail
	].join("\n");
}
var MEANING, utf8Length;
function init_summary() {
	return (init_summary = require_rolldown_runtime.__esmMin((() => {
		require_observe.init_findings$1();
		MEANING = {
			STABLE: "nothing differs from the baseline",
			TOOLING_DRIFT: "the tooling broke; the product looks healthy",
			PRODUCT_DRIFT: "the product behaves differently from its baseline",
			INCIDENT: "a sealed file, the baseline or an invariant was violated"
		};
		utf8Length = (s) => Buffer.byteLength(s, "utf8");
	})))();
}
// src/core/render/comment.ts
function renderWhere(event, links) {
	const repo = repoUrlOf(links);
	const pr = links.pullRequest ?? Number(/^refs\/pull\/(\d+)\//.exec(event.ref ?? "")?.[1] ?? NaN);
	if (Number.isInteger(pr) && pr > 0) return repo ? `[pull request #${pr}](${repo}/pull/${pr})` : `pull request #${pr}`;
	const branch = /^refs\/heads\/(.+)$/.exec(event.ref ?? "")?.[1] ?? (event.ref && !event.ref.startsWith("refs/") ? event.ref : null);
	if (branch && repo) return `branch [${require_observe.escapeMarkdown(branch)}](${repo}/tree/${branch.split("/").map(encodeSegment).join("/")})`;
	return event.ref ? require_observe.escapeMarkdown(event.ref) : "no ref";
}
function frozenBy(event) {
	const id = computeDecisionEvent(event);
	return id ? `\`${id}\`${id === event.event_id ? " (this run)" : ""}` : "nothing";
}
function renderFacts(event, links) {
	return [
		`- event_id: \`${event.event_id}\``,
		`- snapshot_id: ${event.snapshot_id ? `\`${event.snapshot_id}\`` : "none"}`,
		`- commit: \`${event.commit}\` on ${renderWhere(event, links)}`,
		`- classification: ${event.classification}`,
		`- timestamp (UTC): ${event.timestamp}`,
		`- ${links.logUrl ? renderLink("governance log", links.logUrl) : "governance log: not recorded"}`,
		...links.runUrl ? [`- ${renderLink("workflow run", links.runUrl)}`] : [],
		`- frozen by: ${frozenBy(event)}`
	];
}
function computeExtraDiff(event) {
	const shown = new Set(event.findings.filter((f) => f.evidence.tests?.length).map((f) => `${f.code}: ${f.evidence.tests.join(", ")}`));
	return event.diff.filter((d) => !shown.has(d));
}
function renderRunLinks(links) {
	const run = linkTarget(links.runUrl);
	const summary = linkTarget(links.summaryUrl);
	return [run ? `[workflow run](${run})` : "", summary && summary !== run ? `[job summary](${summary})` : run ? "the job summary is on the run’s page" : ""].filter(Boolean).join(" · ");
}
function renderPrComment(event, fails, links, policy = null) {
	const head = [
		require_observe.COMMENT_MARKER,
		`### ${renderVerdictLine(event, fails, "the check")}`,
		"",
		`\`${event.event_id}\` · commit \`${event.commit.slice(0, 12)}\`${event.policy ? ` · drift ${event.policy.drift_score} (${event.policy.band}) · risk ${event.policy.risk_level}` : ""}`,
		""
	];
	const rows = require_observe.sortBySeverity(event.findings.filter((f) => f.classification !== "STABLE"));
	const list = rows.length ? [...rows.slice(0, MAX_ROWS).flatMap((f) => require_observe.renderFindingItem(f, require_observe.COMMENT_LIMITS)), ...rows.length > MAX_ROWS ? ["", `… and ${rows.length - MAX_ROWS} more findings in the job summary and RUNTIME_EVENT.json.`] : []] : ["No finding: every stage matched its baseline."];
	const decision = renderDecisionHint(event);
	const diff = computeExtraDiff(event).slice(0, MAX_ROWS).map((d) => `- ${require_observe.escapeMarkdown(d).slice(0, 400)}`);
	const tail = [
		...decision ? ["", decision] : [],
		...policy ? policyLines(policy) : [],
		"",
		"<details><summary>Escalation facts</summary>",
		"",
		...renderFacts(event, links),
		...diff.length ? [
			"",
			"Diff with the baseline:",
			"",
			...diff
		] : [],
		"",
		"</details>",
		...links.history ? [
			"",
			"**History of this ref**",
			"",
			links.history
		] : [],
		"",
		renderRunLinks(links)
	];
	const full = [
		...head,
		...list,
		...tail
	].join("\n");
	if (full.length <= 65536) return full;
	if (policy && policy.runbooks !== RUNBOOKS_ELSEWHERE) return renderPrComment(event, fails, links, {
		...policy,
		runbooks: RUNBOOKS_ELSEWHERE
	});
	return [
		...head,
		`${rows.length} findings: too many for a comment. They are all in the job summary${linkTarget(links.runUrl) ? ` of the [workflow run](${linkTarget(links.runUrl)})` : ""} and in RUNTIME_EVENT.json.`,
		"",
		...renderFacts(event, links)
	].join("\n");
}
var RUNBOOKS_ELSEWHERE, MAX_ROWS, repoUrlOf, encodeSegment;
function init_comment() {
	return (init_comment = require_rolldown_runtime.__esmMin((() => {
		require_observe.init_escalation();
		require_observe.init_findings$1();
		init_summary();
		RUNBOOKS_ELSEWHERE = "The runbooks are in the job summary and in the `runbook` output file of the run.\n";
		MAX_ROWS = 50;
		repoUrlOf = (links) => linkTarget(links.repoUrl) ?? linkTarget(links.runUrl?.replace(/\/actions\/runs\/.*$/, "") ?? null);
		encodeSegment = (s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	})))();
}
// src/core/render/issue.ts
function computeTitle(text, max = 120) {
	const t = text.replace(/\s+/g, " ").trim();
	if (t.length <= max) return t;
	const room = t.slice(0, max - 1);
	const space = room.lastIndexOf(" ");
	return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,:;·(›>-]+$/, "")}…`;
}
function renderEscalationIssue(event, key, architects, report, links, policy = null) {
	const what = (require_observe.sortBySeverity(event.findings).find((f) => f.classification === event.classification)?.message ?? "deviation from the baseline").replace(/[\r\n]+/g, " ");
	const title = computeTitle(plainTitle(`driftgate ${event.classification}: ${what}`));
	const mentions = architects.map((a) => `@${a.replace(/[^A-Za-z0-9-]/g, "")}`).join(" ");
	const findings = require_observe.sortBySeverity(event.findings.filter((f) => f.classification !== "STABLE"));
	const diff = computeExtraDiff(event);
	const decision = renderDecisionHint(event);
	const head = [
		require_observe.issueMarker(key),
		require_observe.eventMarker(event.event_id),
		renderVerdictLine(event, event.classification !== "TOOLING_DRIFT", "the check"),
		"",
		`On ${renderWhere(event, links)} · due **${require_observe.computeDue(event)}** (UTC)${mentions ? ` · ${mentions}` : ""}`,
		...decision ? ["", decision] : [],
		""
	];
	const findingsPart = [
		`## Findings (${findings.length})`,
		"",
		...findings.slice(0, 50).flatMap((f) => require_observe.renderFindingItem(f, require_observe.COMMENT_LIMITS)),
		...findings.length > 50 ? ["", `… and ${findings.length - 50} more in RUNTIME_EVENT.json.`] : [],
		...diff.length ? [
			"",
			"## Diff with the baseline",
			"",
			...diff.slice(0, 50).map((d) => `- ${require_observe.escapeMarkdown(d).slice(0, 400)}`)
		] : []
	];
	const facts = [
		"## Facts",
		"",
		...renderFacts(event, links)
	];
	const body = [
		...head,
		...findingsPart,
		"",
		...report ? [report] : facts
	].join("\n");
	const withPolicy = policy ? [body, ...policyLines(policy)].join("\n") : body;
	return {
		title,
		body: (withPolicy.length <= MAX_BODY ? withPolicy : body).slice(0, MAX_BODY)
	};
}
function renderIssueUpdate(event, links) {
	return [
		renderVerdictLine(event, event.classification !== "TOOLING_DRIFT", "the check"),
		"",
		`The same problem again, in \`${event.event_id}\` on ${renderWhere(event, links)}.`,
		"",
		...renderFacts(event, links)
	].join("\n");
}
var MAX_BODY, plainTitle;
function init_issue() {
	return (init_issue = require_rolldown_runtime.__esmMin((() => {
		require_observe.init_escalation();
		init_comment();
		require_observe.init_findings$1();
		init_summary();
		MAX_BODY = 65e3;
		plainTitle = (s) => s.replace(/[\r\n]+/g, " ").replace(/</g, "‹").replace(/>/g, "›").replace(/@/g, "@​");
	})))();
}
// src/stages/publish.ts
async function publish(input, github, reporter) {
	const { event } = input;
	let stopped = false;
	const attempt = async (what, fn) => {
		if (stopped) return;
		try {
			await fn();
		} catch (e) {
			const err = e;
			if (err.status === 403) {
				const needed = err.response?.headers?.["x-accepted-github-permissions"];
				reporter.warning(`driftgate could not ${what}: the token may not write${needed ? ` (it needs ${needed})` : ""}. Nothing else is posted for this run; the verdict, outputs and exit code stand.`);
				stopped = true;
				return;
			}
			reporter.warning(`driftgate could not ${what}: ${(err.message ?? String(e)).split("\n")[0]}`);
		}
	};
	if (input.statusSha) {
		const sha = input.statusSha;
		await attempt("set the driftgate commit status", () => github.setStatus(sha, input.fails ? "failure" : "success", `${event.classification} · ${event.event_id}`, input.links.runUrl));
	}
	if (input.pullRequest !== null) {
		const pr = input.pullRequest;
		await attempt("post the pull request comment", async () => {
			const body = renderPrComment(event, input.fails, input.links, input.policy);
			const me = await github.identity();
			const mine = (await github.listComments(pr)).find((c) => me !== null && c.login === me && c.body.includes("<!-- driftgate:pr-comment -->"));
			if (mine) await github.updateComment(mine.id, body);
			else await github.comment(pr, body);
		});
	}
	const c = event.classification;
	if (c !== "STABLE" && shouldEscalate(input)) {
		const labels = require_observe.ESCALATION_LABELS[c];
		const key = require_observe.computeProblemKey(event);
		await attempt("open or update the escalation issue", async () => {
			for (const l of labels) await github.ensureLabel(l.name, l.color, l.description);
			const me = await github.identity();
			const open = (await github.openIssues(labels[0].name)).filter((i) => me !== null && i.login === me);
			const markers = require_observe.issueMarkersOf(event);
			const existing = open.find((i) => markers.some((m) => i.body.includes(m)));
			if (existing) {
				await github.comment(existing.number, renderIssueUpdate(event, input.links));
				return;
			}
			const { title, body } = renderEscalationIssue(event, key, input.architects, input.incidentReport, input.links, input.policy);
			await github.createIssue({
				title,
				body: input.logged ? `${body}\n${require_log.witnessMarker(event.event_id)}\n` : body,
				labels: [...labels.map((l) => l.name), ...input.issueLabels],
				assignees: [...input.architects]
			});
		});
	}
}
function shouldEscalate(input) {
	const c = input.event.classification;
	if (c === "STABLE") return false;
	if (input.scope.freezes || input.event.frozen_by) return true;
	return input.scope.governed ? require_observe.escalates(c, input.escalate) : c === "INCIDENT";
}
function init_publish() {
	return (init_publish = require_rolldown_runtime.__esmMin((() => {
		require_observe.init_escalation();
		init_comment();
		init_issue();
		require_log.init_log();
	})))();
}
// src/stages/report.ts
async function report(verdict, settings, run, ports) {
	const { reporter, github } = ports;
	const { appended } = run;
	const links = {
		logUrl: run.logUrl,
		runUrl: run.runUrl,
		summaryUrl: null,
		pullRequest: run.pullRequest,
		history: verdict.history
	};
	if (github && run.fork) reporter.warning("driftgate: a pull request from a fork runs with a read-only token (pull-requests, issues, statuses and contents: read); the comment, the escalation issue and the commit status are skipped. The verdict, outputs and exit code stand.");
	else if (github) await publish({
		event: verdict.event,
		fails: verdict.fails,
		pullRequest: settings.comment ? run.pullRequest : null,
		statusSha: run.statusSha,
		escalate: settings.escalate,
		scope: verdict.scope,
		logged: appended !== null && !appended.notPushed,
		architects: settings.architects,
		issueLabels: settings["issue-labels"],
		incidentReport: verdict.incidentReport,
		links,
		policy: verdict.policySection
	}, github, reporter);
	for (const annotation of verdict.annotations) reporter.annotate(annotation);
	const outputs = {
		...verdict.outputs,
		"log-entry": appended && !appended.notPushed ? appended.id : ""
	};
	for (const name of require_observe.OUTPUT_NAMES) reporter.setOutput(name, outputs[name]);
	await reporter.writeSummary(renderSummary({
		event: verdict.event,
		fails: verdict.fails,
		reportPath: verdict.reportPath,
		seal: verdict.sealCounts,
		log: appended ? {
			line: appended.line,
			pushed: !appended.notPushed,
			url: run.logUrl,
			keptAt: `${require_observe.EVENTS_DIR}/${verdict.event.event_id}.log-entry.ndjson`
		} : null,
		history: verdict.history,
		policy: verdict.policySection
	}));
}
function init_report() {
	return (init_report = require_rolldown_runtime.__esmMin((() => {
		require_observe.init_verdict();
		init_summary();
		init_publish();
	})))();
}
// src/gate.ts
async function runGate(settings, context, ports) {
	const location = require_log.logLocationOf(settings, context.branch);
	const logRead = await require_observe.observeLog(settings, {
		location,
		ref: context.ref
	}, ports);
	const inEffect = require_verify.selectSettingsInEffect(settings, context.changeConfig ?? null, logRead.accepted.acceptedConfigs);
	const observed = await require_observe.observe(inEffect, logRead, ports);
	const verdict = require_observe.computeVerdict(observed, {
		manifest: inEffect.baseline,
		logBranch: inEffect["log-branch"],
		failOn: inEffect["fail-on"],
		architects: inEffect.architects,
		sealed: inEffect.sealed,
		secrets: require_tests.secretsOf(inEffect),
		governedRefs: inEffect["governed-refs"],
		...context
	});
	const appended = await record(verdict, {
		record: context.record,
		location,
		console: observed.tests?.console ?? null,
		logSegments: observed.log.segments
	}, ports);
	await report(verdict, inEffect, {
		...context,
		runUrl: context.run.url,
		appended
	}, ports);
	const { classification, fails, event, reportPath, runbookPath } = verdict;
	return {
		classification,
		fails,
		event,
		seal: observed.seal,
		reportPath,
		runbookPath,
		log: appended
	};
}
function init_gate() {
	return (init_gate = require_rolldown_runtime.__esmMin((() => {
		require_observe.init_verdict();
		require_verify.init_trusted();
		require_log.init_log();
		require_observe.init_observe();
		require_tests.init_tests();
		init_record();
		init_report();
	})))();
}
Object.defineProperty(exports, "init_gate", {
	enumerable: true,
	get: function() {
		return init_gate;
	}
});
Object.defineProperty(exports, "runGate", {
	enumerable: true,
	get: function() {
		return runGate;
	}
});
