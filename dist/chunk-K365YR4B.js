import {
  appendToLog,
  findDecidedEvent,
  readGovernanceLog
} from "./chunk-LUUZLYWS.js";

// src/stages/record-decision.ts
const { Buffer } = process.getBuiltinModule("node:buffer");

// src/core/decision/authority.ts
function isAuthorized(login, architects, permission) {
  if (architects.length > 0) return architects.some((a) => a.toLowerCase() === login.toLowerCase());
  return permission === "admin" || permission === "maintain";
}
function describeAuthority(login, architects) {
  const who = architects.length ? `listed in architects (${architects.join(", ")})` : "a user with maintain or admin permission";
  return `${login} may not decide: a decision must come from ${who}`;
}

// src/stages/record-decision.ts
var MAC_KEY = '"mac":"';
async function recordDecision(input, location, ports) {
  if (!isAuthorized(input.by, input.architects, input.permission))
    return { status: "refused", reason: describeAuthority(input.by, input.architects) };
  const log = await readGovernanceLog(location, null, ports);
  if (log.unavailable) return { status: "refused", reason: log.unavailable };
  const broken = log.findings.find((f) => f.classification === "INCIDENT");
  if (broken) return { status: "refused", reason: `the governance log is not intact: ${broken.message}` };
  if (!location.key && log.segments.some((s) => Buffer.from(s.buffer, s.byteOffset, s.length).includes(MAC_KEY)))
    return {
      status: "refused",
      reason: "the governance log carries MACs: a decision needs the log-key (--log-key or the log-key input)"
    };
  const target = findDecidedEvent(log.freezeEntries, input.request.eventId, input.place);
  if ("error" in target) return { status: "refused", reason: target.error };
  const accept = input.request.decision === "accept";
  const appended = await appendToLog(
    location,
    {
      type: "DECISION",
      event_id: target.event_id,
      timestamp: ports.clock.now().toISOString(),
      decision: input.request.decision,
      by: input.by,
      reason: input.request.reason,
      // An accept of a changed baseline records exactly what it accepts: the manifest the run saw.
      manifest_sha256: accept && target.observed_manifest_sha256 !== target.manifest_sha256 ? target.observed_manifest_sha256 : null,
      runtime_baseline_sha256: accept ? target.observed_runtime_baseline_sha256 : null,
      ...accept && target.observed_config_sha256 ? { config_sha256: target.observed_config_sha256 } : {},
      ...accept && target.observed_workflow_sha256 ? { workflow_sha256: target.observed_workflow_sha256 } : {},
      source: input.source
    },
    /* @__PURE__ */ new Map(),
    ports.git
  );
  if (appended.notPushed) return { status: "not-recorded", event: target, reason: appended.notPushed };
  return { status: "recorded", event: target, appended };
}

export {
  recordDecision
};
