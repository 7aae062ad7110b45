import {
  recordDecision
} from "./chunk-K365YR4B.js";
import {
  runGate
} from "./chunk-LM3APHD2.js";
import {
  ESCALATION_LABELS,
  escapeMarkdown,
  eventMarker
} from "./chunk-57BCHSOT.js";
import "./chunk-OO4PCUWD.js";
import "./chunk-HVE4N3UZ.js";
import {
  composeAction
} from "./chunk-PTAWZGJY.js";
import "./chunk-LJQKZDI4.js";
import "./chunk-AFRBU7WO.js";
import "./chunk-HNG6AO7T.js";
import "./chunk-ENKMO2MZ.js";
import "./chunk-U56WEEY4.js";
import "./chunk-YT3BNT63.js";
import "./chunk-LUUZLYWS.js";
import "./chunk-4WEBSF52.js";
import "./chunk-STYDF6KF.js";
import "./chunk-767OMHVB.js";
import "./chunk-C2M7AN2O.js";
import {
  info,
  setFailed
} from "./chunk-LZDTGAHS.js";
import "./chunk-DRONNPUX.js";
import "./chunk-Q5N7MLC5.js";

// src/core/decision/comment.ts
var COMMAND = /^\/driftgate[ \t]+(accept|investigate|rollback)\b[ \t]*(RTE_\d{8}_\d{6}_[0-9a-f]{8})?[ \t]*(.*)$/m;
function parseDecisionComment(body) {
  const m = COMMAND.exec(body.replace(/\r\n?/g, "\n"));
  if (!m) return null;
  const reason = m[3].trim();
  if (!reason)
    return {
      error: "a decision needs a reason: `/driftgate " + m[1] + " [RTE_\u2026] why this is the right call`"
    };
  return { decision: m[1], eventId: m[2] ?? null, reason };
}

// src/decide-on-comment.ts
var STATUS = {
  accept: { state: "success", text: "accepted as the new baseline" },
  investigate: { state: "failure", text: "under investigation: stays frozen" },
  rollback: {
    state: "pending",
    text: "rollback decided: unfreezes once the sealed state matches the baseline"
  }
};
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
    return { status: "ignored", reason };
  }
  const answer = createAnswerer(payload, ports);
  if ("error" in parsed) {
    await answer.reject(parsed.error);
    return { status: "invalid", reason: parsed.error };
  }
  const outcome = await recordCommentedDecision(settings, payload, parsed, location, ports);
  if (outcome.status !== "recorded") {
    reporter.warning(`driftgate decide: ${outcome.reason}`);
    await answer.reject(
      `driftgate did not record this decision: ${outcome.reason}. Nothing was appended to the governance log.`
    );
    return outcome;
  }
  reporter.setOutput("event-id", outcome.event.event_id);
  reporter.setOutput("log-entry", outcome.appended.id);
  await answer.accept(parsed, outcome.event, outcome.appended);
  await updateEscalationIssue(parsed, outcome.event, outcome.appended, answer.login, ports, answer.say);
  await answer.say(
    "set the commit status",
    () => setDecidedStatus(parsed.decision, outcome.event, answer.login, payload, ports.github)
  );
  return outcome;
}
async function recordCommentedDecision(settings, payload, request, location, ports) {
  const login = payload.comment?.user?.login ?? "";
  let permission = null;
  if (settings.architects.length === 0) permission = await ports.github.permissionOf(login);
  return recordDecision(
    {
      request,
      by: login,
      source: payload.comment?.html_url ?? "issue_comment",
      place: await placeOf(payload, ports.github),
      architects: settings.architects,
      permission
    },
    location,
    ports
  );
}
var EVENT_MARKER = /<!-- driftgate:event:(RTE_\d{8}_\d{6}_[0-9a-f]{8}) -->/;
async function placeOf(payload, github) {
  const number = payload.issue?.number ?? 0;
  if (payload.issue?.pull_request) return { kind: "pull-request", number };
  const marker = EVENT_MARKER.exec(payload.issue?.body ?? "");
  const me = marker ? await github.identity() : null;
  const own = marker && me !== null && payload.issue?.user?.login === me;
  return { kind: "issue", number, eventId: own ? marker[1] : null };
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
    reject: (why) => reply("-1", `@${login} ${escapeMarkdown(why)}`),
    accept: (request, event, appended) => reply(
      "+1",
      [
        `driftgate recorded the decision **${request.decision}** on \`${event.event_id}\` (${event.classification}) by @${login}.`,
        "",
        `- reason: ${escapeMarkdown(request.reason)}`,
        `- log entry: \`${appended.id}\``,
        `- now: ${STATUS[request.decision].text}`
      ].join("\n")
    )
  };
}
async function updateEscalationIssue(request, event, appended, login, ports, say) {
  const { github } = ports;
  const label = ESCALATION_LABELS[event.classification][0].name;
  await say("update the escalation issue", async () => {
    const me = await github.identity();
    const issues = (await github.openIssues(label)).filter(
      (i) => me !== null && i.login === me && i.body.includes(eventMarker(event.event_id))
    );
    for (const i of issues) {
      await github.comment(
        i.number,
        `Decision **${request.decision}** by @${login} (\`${appended.id.slice(0, 12)}\`): ${escapeMarkdown(request.reason)}. ${STATUS[request.decision].text}.`
      );
      if (request.decision === "accept") await github.closeIssue(i.number);
    }
  });
}
async function setDecidedStatus(decision, event, login, payload, github) {
  const head = (event.ref ? await github.headOf(event.ref) : null) ?? event.commit;
  const s = STATUS[decision];
  await github.setStatus(
    head,
    s.state,
    `${decision} by ${login}: ${s.text}`,
    payload.comment?.html_url ?? null
  );
}

// src/main.ts
async function run() {
  try {
    const { settings, context, location, ports, payload } = await composeAction(process.env);
    if (settings.mode === "decide") {
      if (!context.eventName.startsWith("issue_comment")) {
        throw new Error(`mode: decide reads an issue_comment event; this run is ${context.eventName}`);
      }
      if (!ports.github) throw new Error("mode: decide needs github-token and GITHUB_REPOSITORY");
      const result = await decideOnComment(settings, payload, location, {
        ...ports,
        github: ports.github
      });
      info(`driftgate decide: ${result.status}`);
      return;
    }
    const verdict = await runGate(settings, context, ports);
    const line = `driftgate: ${verdict.classification} (${verdict.event.event_id}), ${verdict.event.findings.length} finding(s)`;
    if (verdict.fails) setFailed(`${line}: the gate fails`);
    else info(`${line}: the gate passes`);
  } catch (e) {
    setFailed(`driftgate could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// src/index.ts
await run();
