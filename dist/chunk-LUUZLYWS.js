import {
  canonicalJson
} from "./chunk-4WEBSF52.js";
import {
  CLASSIFICATIONS,
  rankOf,
  sha256Hex
} from "./chunk-STYDF6KF.js";
import {
  require_picomatch
} from "./chunk-767OMHVB.js";
import {
  _enum,
  boolean,
  discriminatedUnion,
  literal,
  number,
  strictObject,
  string
} from "./chunk-C2M7AN2O.js";
import {
  __toESM
} from "./chunk-Q5N7MLC5.js";

// src/stages/log.ts
const { Buffer: Buffer2 } = process.getBuiltinModule("node:buffer");
const { setTimeout: sleep } = process.getBuiltinModule("node:timers/promises");

// src/core/log/append-only.ts
const { Buffer } = process.getBuiltinModule("node:buffer");

// src/core/log/entry.ts
const { createHmac } = process.getBuiltinModule("node:crypto");
var GENESIS_PREV = "0".repeat(64);
var hex64 = string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex digits");
var eventId = string().regex(/^RTE_\d{8}_\d{6}_[0-9a-f]{8}$/, "expected RTE_YYYYMMDD_HHMMSS_xxxxxxxx");
var common = {
  seq: number().int().min(0),
  event_id: eventId,
  timestamp: string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, "expected an ISO 8601 UTC timestamp"),
  prev: hex64,
  mac: hex64.optional()
};
var observationSchema = strictObject({
  ...common,
  type: literal("OBSERVATION"),
  classification: _enum(CLASSIFICATIONS),
  commit: string(),
  ref: string().nullable(),
  /** The observation froze every ref (it ran on the default branch). */
  freezes_all: boolean(),
  /** Whether it froze anything: a pull request's PRODUCT_DRIFT does not (absent in older entries: they did). */
  freezes: boolean().optional(),
  snapshot_id: string().nullable(),
  /** The event that froze this run, when it ran frozen. */
  frozen_by: eventId.nullable(),
  /** The authoritative manifest the run verified against. */
  manifest_sha256: hex64.nullable(),
  /** The manifest and runtime baseline as they were in the observed commit (what an accept would accept). */
  observed_manifest_sha256: hex64.nullable(),
  observed_runtime_baseline_sha256: hex64.nullable(),
  /**
   * The change's own config file and the workflow running the gate, when the change edits them
   * (CONFIG_CHANGED): what an accept of this event accepts (absent in older entries).
   */
  observed_config_sha256: hex64.nullable().optional(),
  observed_workflow_sha256: hex64.nullable().optional(),
  run_url: string().nullable(),
  findings: number().int().min(0),
  /** The policy drift score of the run, when it analysed policies (absent in older entries). */
  drift_score: number().min(0).max(1).nullable().optional()
});
var decisionSchema = strictObject({
  ...common,
  type: literal("DECISION"),
  decision: _enum(["accept", "investigate", "rollback"]),
  by: string().min(1),
  reason: string().min(1),
  /** For accept of a changed manifest: the sha256 of the manifest that becomes the baseline. */
  manifest_sha256: hex64.nullable(),
  runtime_baseline_sha256: hex64.nullable(),
  /** For accept of a changed config file or workflow: the sha256 of the file that takes effect. */
  config_sha256: hex64.nullable().optional(),
  workflow_sha256: hex64.nullable().optional(),
  /** Where the decision was written (comment URL or "cli"). */
  source: string()
});
var sealSchema = strictObject({
  ...common,
  type: literal("SEAL"),
  manifest_sha256: hex64.nullable(),
  runtime_baseline_sha256: hex64.nullable(),
  by: string().min(1)
});
var logEntrySchema = discriminatedUnion("type", [observationSchema, decisionSchema, sealSchema]);
function computeMac(entry, key) {
  return createHmac("sha256", key).update(canonicalJson(entry)).digest("hex");
}
function formatEntry(draft, seq, prev, key) {
  const base = { ...draft, seq, prev };
  const entry = key ? { ...base, mac: computeMac(base, key) } : base;
  return { line: canonicalJson(entry), entry };
}
var entryId = (line) => sha256Hex(line);

// src/core/log/read.ts
const { createHmac: createHmac2 } = process.getBuiltinModule("node:crypto");
var HEX64 = /^[0-9a-f]{64}$/;
function checkChainShape(json) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return "entry: expected an object";
  const o = json;
  if (o.type !== "OBSERVATION" && o.type !== "DECISION" && o.type !== "SEAL")
    return "type: expected OBSERVATION, DECISION or SEAL";
  if (typeof o.seq !== "number" || !Number.isInteger(o.seq) || o.seq < 0)
    return "seq: expected an integer \u2265 0";
  if (typeof o.prev !== "string" || !HEX64.test(o.prev)) return "prev: expected 64 lowercase hex digits";
  if (o.mac !== void 0 && (typeof o.mac !== "string" || !HEX64.test(o.mac)))
    return "mac: expected 64 lowercase hex digits";
  return { seq: o.seq, prev: o.prev, mac: o.mac };
}
function canonicalText(o) {
  const keys = Object.keys(o).sort();
  let out = "{";
  for (const [i, k] of keys.entries()) {
    const v = o[k];
    if (v !== null && typeof v === "object") return canonicalJson(o);
    out += `${i ? "," : ""}${JSON.stringify(k)}:${JSON.stringify(v)}`;
  }
  return `${out}}`;
}
var CHAIN_START = { seq: 0, prev: GENESIS_PREV };
var NL = 10;
var CR = 13;
var decoder = new TextDecoder("utf-8", { fatal: true });
function readLog(bytes, start = CHAIN_START, key = null, firstLine2 = 1, mode = "entries") {
  const entries = [];
  let { seq, prev } = start;
  let pos = 0;
  let lineNo = firstLine2;
  const fail = (reason) => ({
    entries,
    errors: [{ line: lineNo, reason }],
    next: { seq, prev }
  });
  while (pos < bytes.length) {
    const end = bytes.indexOf(NL, pos);
    if (end === -1) return fail("the last line has no final newline (truncated)");
    const raw = bytes.subarray(pos, end);
    if (raw.includes(CR)) return fail("carriage return in the line");
    let text;
    try {
      text = decoder.decode(raw);
    } catch {
      return fail("not valid UTF-8");
    }
    let json;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return fail(`not JSON: ${e.message}`);
    }
    let entry;
    if (mode === "entries") {
      const parsed = logEntrySchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail(`${issue.path.join(".") || "entry"}: ${issue.message}`);
      }
      entries.push(parsed.data);
      entry = parsed.data;
    } else {
      const shape = checkChainShape(json);
      if (typeof shape === "string") return fail(shape);
      entry = shape;
    }
    if (canonicalText(json) !== text)
      return fail("not canonical JSON (RFC 8785): the line was re-serialized or edited");
    if (entry.seq !== seq)
      return fail(`seq ${entry.seq} where ${seq} was expected (a line was removed, inserted or reordered)`);
    if (entry.prev !== prev)
      return fail("prev does not match the sha256 of the previous line (the chain is broken)");
    if (key !== null) {
      if (!entry.mac) return fail("no mac, but a log-key is set");
      const unsigned = text.replace(`,"mac":"${entry.mac}"`, "");
      if (createHmac2("sha256", key).update(unsigned).digest("hex") !== entry.mac)
        return fail("mac does not match (forged, or another log-key)");
    }
    prev = sha256Hex(raw);
    seq++;
    lineNo++;
    pos = end + 1;
  }
  return { entries, errors: [], next: { seq, prev } };
}

// src/core/log/append-only.ts
var SEGMENT_MAX_BYTES = 8 * 1024 * 1024;
function segmentPath(logPath, n) {
  const dot = logPath.lastIndexOf(".");
  const stem = dot > logPath.lastIndexOf("/") ? logPath.slice(0, dot) : logPath;
  const ext = dot > logPath.lastIndexOf("/") ? logPath.slice(dot) : "";
  return `${stem}.${String(n).padStart(6, "0")}${ext}`;
}
var NL2 = 10;
var total = (segs) => segs.reduce((n, s) => n + s.length, 0);
function firstDifference(before, after) {
  let bi = 0, bo = 0, ai = 0, ao = 0, offset = 0;
  for (; ; ) {
    while (bi < before.length && bo >= before[bi].length) {
      bi++;
      bo = 0;
    }
    while (ai < after.length && ao >= after[ai].length) {
      ai++;
      ao = 0;
    }
    if (bi >= before.length) return null;
    if (ai >= after.length) return offset;
    const b = before[bi], a = after[ai];
    const n = Math.min(b.length - bo, a.length - ao);
    const bs = Buffer.from(b.buffer, b.byteOffset + bo, n);
    const as = Buffer.from(a.buffer, a.byteOffset + ao, n);
    if (!bs.equals(as)) {
      let k = 0;
      while (bs[k] === as[k]) k++;
      return offset + k;
    }
    bo += n;
    ao += n;
    offset += n;
  }
}
function countLines(segs, upTo = Infinity) {
  let count = 0, seen = 0;
  for (const s of segs) {
    const limit = Math.min(s.length, upTo - seen);
    for (let p = s.indexOf(NL2); p !== -1 && p < limit; p = s.indexOf(NL2, p + 1)) count++;
    seen += s.length;
    if (seen >= upTo) break;
  }
  return count;
}
function chainAfter(segs) {
  const lines = countLines(segs);
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (s.length === 0) continue;
    const end = s[s.length - 1] === NL2 ? s.length - 1 : s.length;
    const start = s.lastIndexOf(NL2, end - 1) + 1;
    return { seq: lines, prev: sha256Hex(s.subarray(start, end)) };
  }
  return { seq: 0, prev: GENESIS_PREV };
}
function tail(segs, offset) {
  const parts = [];
  let seen = 0;
  for (const s of segs) {
    if (seen + s.length > offset) parts.push(s.subarray(Math.max(0, offset - seen)));
    seen += s.length;
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}
function proveAppendOnly(before, after, key) {
  const diff = firstDifference(before, after);
  const beforeLength = total(before);
  if (diff !== null) {
    const line = countLines(before, diff) + 1;
    const reason = diff >= total(after) ? `the log is shorter than before: line ${line} onwards was removed or truncated` : `line ${line} differs from the earlier log: rewritten, removed or reordered`;
    return { rewritten: { line, reason }, appended: { entries: [], errors: [], next: chainAfter(before) } };
  }
  const start = chainAfter(before);
  const appended = readLog(tail(after, beforeLength), start, key, start.seq + 1);
  return { rewritten: null, appended };
}

// src/core/log/checkpoint.ts
const { createHmac: createHmac3 } = process.getBuiltinModule("node:crypto");
var hex642 = string().regex(/^[0-9a-f]{64}$/);
var chainStartSchema = strictObject({ seq: number().int().min(0), prev: hex642 });
var checkpointSchema = strictObject({
  segment: number().int().min(1),
  sha256: hex642,
  start: chainStartSchema,
  next: chainStartSchema,
  mac: hex642.optional()
});
function checkpointPath(logPath, n) {
  const seg = segmentPath(logPath, n);
  const dot = seg.lastIndexOf(".");
  return `${dot > seg.lastIndexOf("/") ? seg.slice(0, dot) : seg}.checkpoint.json`;
}
var macOf = (c, key) => createHmac3("sha256", key).update(canonicalJson(c)).digest("hex");
function formatCheckpoint(segment, bytes, start, key) {
  const next = chainAfter([bytes]);
  const body = {
    segment,
    sha256: sha256Hex(bytes),
    start,
    next: { seq: start.seq + next.seq, prev: next.prev }
  };
  return `${canonicalJson(key ? { ...body, mac: macOf(body, key) } : body)}
`;
}
function checkCheckpoint(raw, n, bytes, start, key) {
  let parsed;
  try {
    parsed = checkpointSchema.parse(JSON.parse(new TextDecoder().decode(raw)));
  } catch {
    return null;
  }
  const { mac, ...body } = parsed;
  if (key !== null && (!mac || macOf(body, key) !== mac)) return null;
  if (parsed.segment !== n || parsed.start.seq !== start.seq || parsed.start.prev !== start.prev) return null;
  if (sha256Hex(bytes) !== parsed.sha256) return null;
  return { next: parsed.next };
}
function verifyLog(sealed, active, key) {
  let next = { seq: 0, prev: "0".repeat(64) };
  let checkpointed = 0;
  const read = (bytes) => readLog(bytes, next, key, next.seq + 1, "chain");
  for (const [i, seg] of sealed.entries()) {
    const vouched = seg.checkpoint && checkCheckpoint(seg.checkpoint, i + 1, seg.bytes, next, key);
    if (vouched) {
      next = vouched.next;
      checkpointed++;
      continue;
    }
    const r = read(seg.bytes);
    if (r.errors[0]) return { error: r.errors[0], next: r.next, checkpointed };
    next = r.next;
  }
  if (active) {
    const r = read(active);
    if (r.errors[0]) return { error: r.errors[0], next: r.next, checkpointed };
    next = r.next;
  }
  return { error: null, next, checkpointed };
}

// src/core/log/freeze.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/decision/target.ts
function isFreezingObservation(e) {
  return e.type === "OBSERVATION" && (e.classification === "PRODUCT_DRIFT" || e.classification === "INCIDENT") && e.frozen_by === null && e.freezes !== false;
}
function isDecidableObservation(e) {
  return e.type === "OBSERVATION" && (e.classification === "PRODUCT_DRIFT" || e.classification === "INCIDENT") && e.frozen_by === null;
}
function acceptedEvents(entries) {
  return new Set(
    entries.filter((e) => e.type === "DECISION" && e.decision === "accept").map((e) => e.event_id)
  );
}
var pullRequestRefs = (n) => `refs/pull/${n}/`;
function findDecidedEvent(entries, eventId2, place) {
  const accepted = acceptedEvents(entries);
  const open = entries.filter(isDecidableObservation).filter((e) => !accepted.has(e.event_id));
  if (eventId2) {
    const hit = open.find((e) => e.event_id === eventId2);
    if (hit) return hit;
    return {
      error: accepted.has(eventId2) ? `${eventId2} was already accepted` : `${eventId2} is not an undecided PRODUCT_DRIFT or INCIDENT event in the governance log`
    };
  }
  const freezing = open.filter(isFreezingObservation);
  let candidates;
  let where;
  if (place.kind === "pull-request") {
    const ofPullRequest = open.filter((e) => e.ref?.startsWith(pullRequestRefs(place.number)));
    candidates = ofPullRequest.filter(isFreezingObservation);
    if (candidates.length === 0 && ofPullRequest.length > 0) candidates = [ofPullRequest.at(-1)];
    where = `of pull request #${place.number}`;
  } else if (place.kind === "issue") {
    if (!place.eventId)
      return {
        error: `issue #${place.number} is not a driftgate escalation issue: name the event (\`/driftgate accept RTE_\u2026 reason\`)`
      };
    candidates = open.filter((e) => e.event_id === place.eventId);
    where = `of escalation issue #${place.number} (${place.eventId})`;
  } else {
    candidates = freezing;
    where = "in the governance log";
  }
  if (candidates.length === 1) return candidates[0];
  return {
    error: candidates.length === 0 ? `no undecided PRODUCT_DRIFT or INCIDENT event ${where}` : `${candidates.length} undecided events ${where}: name one (${candidates.map((e) => e.event_id).join(", ")})`
  };
}

// src/core/log/freeze.ts
function computeFreeze(entries, ref, sealClean) {
  const observed = /* @__PURE__ */ new Map();
  const latest = /* @__PURE__ */ new Map();
  const acceptedManifests = /* @__PURE__ */ new Set();
  const acceptedRuntimeBaselines = /* @__PURE__ */ new Set();
  const acceptedConfigs = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (isDecidableObservation(e)) {
      if (!observed.has(e.event_id)) observed.set(e.event_id, e);
      continue;
    }
    if (e.type !== "DECISION") continue;
    const event = observed.get(e.event_id);
    if (!event || latest.get(e.event_id)?.decision === "accept") continue;
    latest.set(e.event_id, e);
    if (e.decision !== "accept") continue;
    if (e.manifest_sha256 && e.manifest_sha256 === event.observed_manifest_sha256)
      acceptedManifests.add(e.manifest_sha256);
    if (e.runtime_baseline_sha256 && e.runtime_baseline_sha256 === event.observed_runtime_baseline_sha256)
      acceptedRuntimeBaselines.add(e.runtime_baseline_sha256);
    if (e.config_sha256 && e.config_sha256 === event.observed_config_sha256)
      acceptedConfigs.add(e.config_sha256);
    if (e.workflow_sha256 && e.workflow_sha256 === event.observed_workflow_sha256)
      acceptedConfigs.add(e.workflow_sha256);
  }
  let frozenBy = null;
  for (const e of observed.values()) {
    if (!isFreezingObservation(e)) continue;
    if (!e.freezes_all && e.ref !== ref) continue;
    const d = latest.get(e.event_id);
    const resolved = d?.decision === "accept" || d?.decision === "rollback" && sealClean;
    if (resolved) continue;
    if (!frozenBy || rankOf(e.classification) > rankOf(frozenBy.classification)) frozenBy = e;
  }
  return { frozenBy, acceptedManifests, acceptedRuntimeBaselines, acceptedConfigs };
}
var FREEZING = /* @__PURE__ */ new Set(["PRODUCT_DRIFT", "INCIDENT"]);
function computeFreezeScope(input) {
  const ref = input.ref ?? "";
  const governed = input.onDefaultBranch || input.commandLine || ref !== "" && input.governedRefs.length > 0 && (0, import_picomatch.default)(input.governedRefs)(ref);
  const pullRequest = ref.startsWith("refs/pull/");
  const freezes = !input.frozen && FREEZING.has(input.classification) && (governed ? !pullRequest || input.classification === "INCIDENT" : input.classification === "INCIDENT" && pullRequest);
  return { freezes, all: freezes && input.onDefaultBranch, governed: governed && !pullRequest };
}
function isFreezeLine(line) {
  return line.includes('"type":"DECISION"') || line.includes('"type":"OBSERVATION"') && (line.includes('"classification":"INCIDENT"') || line.includes('"classification":"PRODUCT_DRIFT"'));
}

// src/stages/log.ts
function logLocationOf(settings, branch) {
  return {
    path: settings.log,
    branch: settings["log-branch"] || branch,
    dedicated: settings["log-branch"] !== "",
    key: settings["log-key"] || null
  };
}
var decoder2 = new TextDecoder();
var NL3 = 10;
var NO_SEGMENTS = { sealed: [], active: null };
var allSegments = (s) => [
  ...s.sealed.map((x) => x.bytes),
  ...s.active ? [s.active] : []
];
var blobCache = /* @__PURE__ */ new WeakMap();
var SEGMENTS_PER_READ = 8;
async function readSegmentsAt(git, ref, logPath) {
  const slash = logPath.lastIndexOf("/");
  const dir = slash >= 0 ? logPath.slice(0, slash) : ".";
  const listed = new Set(await git.listFolder(ref, dir));
  const blobs = new Map(
    (await git.filesAt(ref, slash >= 0 ? dir : "")).filter((f) => listed.has(f.path)).map((f) => [f.path, f.blob])
  );
  let cache = blobCache.get(git);
  if (!cache) blobCache.set(git, cache = /* @__PURE__ */ new Map());
  const unread = (paths) => [
    ...new Set(paths.flatMap((p) => blobs.has(p) && !cache.has(blobs.get(p)) ? [blobs.get(p)] : []))
  ];
  const segments = [];
  const small = [logPath];
  for (let n = 1; listed.has(segmentPath(logPath, n)); n++) {
    segments.push(segmentPath(logPath, n));
    small.push(checkpointPath(logPath, n));
  }
  const batches = [unread(small)];
  const sealedIds = unread(segments);
  for (let i = 0; i < sealedIds.length; i += SEGMENTS_PER_READ)
    batches.push(sealedIds.slice(i, i + SEGMENTS_PER_READ));
  for (const batch of batches)
    if (batch.length) for (const [id, bytes] of await git.readBlobs(batch)) cache.set(id, bytes);
  const read = async (path) => {
    if (!listed.has(path)) return null;
    const id = blobs.get(path);
    return id ? cache.get(id) : git.readFileAt(ref, path);
  };
  const sealed = [];
  for (let n = 1; listed.has(segmentPath(logPath, n)); n++)
    sealed.push({
      bytes: await read(segmentPath(logPath, n)),
      checkpoint: await read(checkpointPath(logPath, n))
    });
  return { sealed, active: await read(logPath) };
}
async function readSegmentsInWorkspace(workspace, logPath) {
  const sealed = [];
  for (let n = 1; ; n++) {
    const r = await workspace.readFile(segmentPath(logPath, n));
    if (r.state !== "present") break;
    const c = await workspace.readFile(checkpointPath(logPath, n));
    sealed.push({ bytes: r.bytes, checkpoint: c.state === "present" ? c.bytes : null });
  }
  const active = await workspace.readFile(logPath);
  return { sealed, active: active.state === "present" ? active.bytes : null };
}
function linesBefore(segs, line) {
  const all = Buffer2.concat(segs);
  let end = 0;
  for (let n = 1; n < line; n++) {
    const nl = all.indexOf(10, end);
    if (nl === -1) break;
    end = nl + 1;
  }
  return [all.subarray(0, end)];
}
function* linesOf(segs) {
  for (const s of segs) {
    const text = decoder2.decode(s);
    let pos = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", pos)) {
      yield text.slice(pos, nl);
      pos = nl + 1;
    }
  }
}
var RECENT_RUNS = 500;
var EVENT_ID_KEY = '"event_id":"';
var EVENT_ID_LENGTH = "RTE_YYYYMMDD_HHMMSS_xxxxxxxx".length;
function scanLogLines(segs, witnesses) {
  const freezeEntries = [];
  let lastSnapshotAt = null;
  const last = [];
  const found = /* @__PURE__ */ new Set();
  let lineNo = 0;
  for (const line of linesOf(segs)) {
    lineNo++;
    if (isFreezeLine(line)) {
      const parsed = logEntrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          freezeEntries,
          lastSnapshotAt,
          recent: [],
          found,
          invalid: { line: lineNo, reason: `${issue.path.join(".") || "entry"}: ${issue.message}` }
        };
      }
      freezeEntries.push(parsed.data);
    }
    if (line.includes('"snapshot_id":"SNP_'))
      lastSnapshotAt = JSON.parse(line).timestamp;
    if (line.includes('"type":"OBSERVATION"')) {
      last.push(line);
      if (last.length >= 2 * RECENT_RUNS) last.splice(0, last.length - RECENT_RUNS);
      if (witnesses.size) {
        const at = line.indexOf(EVENT_ID_KEY) + EVENT_ID_KEY.length;
        const id = line.slice(at, at + EVENT_ID_LENGTH);
        if (witnesses.has(id)) found.add(id);
      }
    }
  }
  return { freezeEntries, lastSnapshotAt, recent: recentOf(last.slice(-RECENT_RUNS)), found, invalid: null };
}
function recentOf(lines) {
  return lines.flatMap((l) => {
    const o = observationSchema.safeParse(JSON.parse(l));
    return o.success ? [
      {
        classification: o.data.classification,
        timestamp: o.data.timestamp,
        drift_score: o.data.drift_score ?? null,
        ref: o.data.ref ?? null,
        run_url: o.data.run_url ?? null
      }
    ] : [];
  });
}
var lineDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
var BOM = [239, 187, 191];
var FREEZE_NEEDLES = [
  '"type":"DECISION"',
  '"classification":"INCIDENT"',
  '"classification":"PRODUCT_DRIFT"'
];
var SNAPSHOT_NEEDLE = '"snapshot_id":"SNP_';
var OBSERVATION_NEEDLE = '"type":"OBSERVATION"';
function lineAround(seg, at) {
  const end = seg.indexOf(NL3, at);
  if (end === -1) return null;
  return { start: at === 0 ? 0 : seg.lastIndexOf(NL3, at - 1) + 1, end };
}
function textOf(seg, start, end) {
  const from = start === 0 && BOM.every((b, i) => seg[i] === b) ? BOM.length : 0;
  return lineDecoder.decode(seg.subarray(start + from, end));
}
function scanLog(segs, witnesses) {
  const bufs = segs.map((s) => Buffer2.from(s.buffer, s.byteOffset, s.length));
  const freezeEntries = [];
  for (const seg of bufs) {
    const starts = /* @__PURE__ */ new Map();
    for (const needle of FREEZE_NEEDLES)
      for (let at = seg.indexOf(needle); at !== -1; at = seg.indexOf(needle, at + needle.length)) {
        const line = lineAround(seg, at);
        if (line) starts.set(line.start, line.end);
      }
    for (const [start, end] of [...starts].sort((a, b) => a[0] - b[0])) {
      const line = textOf(seg, start, end);
      if (!isFreezeLine(line)) continue;
      const parsed = logEntrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) return scanLogLines(segs, witnesses);
      freezeEntries.push(parsed.data);
    }
  }
  let lastSnapshotAt = null;
  for (let i = bufs.length - 1; i >= 0 && lastSnapshotAt === null; i--) {
    const seg = bufs[i];
    for (let at = seg.lastIndexOf(SNAPSHOT_NEEDLE); at !== -1; at = at === 0 ? -1 : seg.lastIndexOf(SNAPSHOT_NEEDLE, at - 1)) {
      const line = lineAround(seg, at);
      if (!line) continue;
      lastSnapshotAt = JSON.parse(textOf(seg, line.start, line.end)).timestamp;
      break;
    }
  }
  const last = [];
  for (let i = bufs.length - 1; i >= 0 && last.length < RECENT_RUNS; i--) {
    const seg = bufs[i];
    let end = seg.lastIndexOf(NL3);
    while (end !== -1 && last.length < RECENT_RUNS) {
      const start = end === 0 ? 0 : seg.lastIndexOf(NL3, end - 1) + 1;
      const line = textOf(seg, start, end);
      if (line.includes(OBSERVATION_NEEDLE)) last.push(line);
      end = start === 0 ? -1 : start - 1;
    }
  }
  const found = /* @__PURE__ */ new Set();
  for (const id of witnesses)
    for (const seg of bufs) {
      const needle = `${EVENT_ID_KEY}${id}`;
      for (let at = seg.indexOf(needle); at !== -1 && !found.has(id); at = seg.indexOf(needle, at + 1)) {
        const span = lineAround(seg, at);
        if (!span) continue;
        const line = textOf(seg, span.start, span.end);
        const key = line.indexOf(EVENT_ID_KEY) + EVENT_ID_KEY.length;
        if (line.includes(OBSERVATION_NEEDLE) && line.slice(key, key + EVENT_ID_LENGTH) === id) found.add(id);
      }
    }
  return { freezeEntries, lastSnapshotAt, recent: recentOf(last.reverse()), found, invalid: null };
}
var witnessMarker = (eventId2) => `<!-- driftgate:logged:${eventId2} -->`;
var WITNESS = /<!-- driftgate:logged:(RTE_\d{8}_\d{6}_[0-9a-f]{8}) -->/g;
var WITNESS_LABELS = ["driftgate:incident", "driftgate:product-drift"];
async function readWitnesses(github) {
  const witnesses = /* @__PURE__ */ new Map();
  try {
    const me = await github.identity();
    if (!me)
      return {
        witnesses,
        note: "the rewind witness (escalation issues) was not read: unknown token identity"
      };
    for (const label of WITNESS_LABELS)
      for (const issue of await github.openIssues(label))
        if (issue.login === me)
          for (const m of issue.body.matchAll(WITNESS)) witnesses.set(m[1], issue.number);
    return { witnesses, note: null };
  } catch (e) {
    return {
      witnesses,
      note: `the rewind witness (open escalation issues) could not be read: ${firstLine(e)}`
    };
  }
}
var PROTECTING_RULES = [
  { type: "non_fast_forward", what: "force pushes" },
  { type: "deletion", what: "deletion" }
];
async function checkLogBranchRules(branch, github) {
  let types;
  try {
    types = await github.branchRules(branch);
  } catch (e) {
    return { findings: [], note: `the rules of the log branch ${branch} could not be read: ${firstLine(e)}` };
  }
  const missing = PROTECTING_RULES.filter((r) => !types.includes(r.type));
  if (missing.length === 0) return { findings: [], note: null };
  return {
    findings: [
      {
        code: "LOG_BRANCH_UNPROTECTED",
        stage: "freeze",
        classification: "TOOLING_DRIFT",
        message: `the log branch ${branch} does not block ${missing.map((r) => r.what).join(" or ")}: anyone who can push could rewind the governance log. Fix: add a repository ruleset targeting refs/heads/${branch} with "Restrict deletions" and "Block force pushes" (Settings \u2192 Rules \u2192 Rulesets; see the README)`,
        evidence: { detail: `missing rules: ${missing.map((r) => r.type).join(", ")}` }
      }
    ],
    note: null
  };
}
async function readLogSources(location, baselineRef, ports) {
  const { git } = ports;
  if ((location.dedicated || !baselineRef) && git && location.branch) {
    let tip = null;
    try {
      tip = await git.fetchBranch(location.branch);
    } catch (e) {
      const unavailable = `the log branch ${location.branch} cannot be fetched: ${firstLine(e)}`;
      return { record: NO_SEGMENTS, before: [], now: [], where: "", unavailable };
    }
    if (!tip) return { record: NO_SEGMENTS, before: [], now: [], where: location.branch, unavailable: null };
    const record2 = await readSegmentsAt(git, tip, location.path);
    const parent = await git.parentOf(tip);
    const before = parent ? allSegments(await readSegmentsAt(git, parent, location.path)) : [];
    const where2 = `${location.branch} at ${tip.slice(0, 12)}${parent ? ` (against ${parent.slice(0, 12)})` : ""}`;
    return { record: record2, before, now: allSegments(record2), where: where2, unavailable: null };
  }
  const inWorkspace = await readSegmentsInWorkspace(ports.workspace, location.path);
  const now = allSegments(inWorkspace);
  if (!baselineRef || !git)
    return { record: inWorkspace, before: now, now, where: location.path, unavailable: null };
  const record = await readSegmentsAt(git, baselineRef, location.path);
  const where = `${location.path}${baselineRef ? ` against ${baselineRef.slice(0, 12)}` : ""}`;
  return { record, before: allSegments(record), now, where, unavailable: null };
}
async function readGovernanceLog(location, baselineRef, ports) {
  const notes = [];
  const findings = [];
  const witnessed = ports.github && location.dedicated ? await readWitnesses(ports.github) : null;
  if (witnessed?.note) notes.push(witnessed.note);
  const src = await readLogSources(location, baselineRef, ports);
  const incident = (code, bad) => findings.push({
    code,
    stage: "freeze",
    classification: "INCIDENT",
    message: `the governance log ${src.where}: line ${bad.line}: ${bad.reason}`,
    evidence: { paths: [location.path], lines: [bad.line], detail: bad.reason }
  });
  const proof = proveAppendOnly(src.before, src.now, location.key);
  const verified = verifyLog(src.record.sealed, src.record.active, location.key);
  if (proof.rewritten) incident("LOG_REWRITTEN", proof.rewritten);
  else if (proof.appended.errors[0]) incident("LOG_INVALID", proof.appended.errors[0]);
  else if (verified.error) incident("LOG_INVALID", verified.error);
  const trusted = verified.error ? linesBefore(allSegments(src.record), verified.error.line) : allSegments(src.record);
  const scanned = scanLog(trusted, new Set(witnessed?.witnesses.keys() ?? []));
  if (scanned.invalid && !verified.error) incident("LOG_INVALID", scanned.invalid);
  const lost = [...witnessed?.witnesses ?? []].filter(([id]) => !scanned.found.has(id));
  if (lost.length && !src.unavailable) findings.push(rewoundFinding(location, src.where, lost));
  if (ports.github && location.dedicated && location.branch) {
    const rules = await checkLogBranchRules(location.branch, ports.github);
    findings.push(...rules.findings);
    if (rules.note) notes.push(rules.note);
  }
  return {
    findings,
    freezeEntries: scanned.freezeEntries,
    lastSnapshotAt: scanned.lastSnapshotAt,
    recent: scanned.recent,
    segments: src.now,
    unavailable: src.unavailable,
    notes
  };
}
function rewoundFinding(location, where, lost) {
  const named = lost.map(([id, issue]) => `${id} (issue #${issue})`).join(", ");
  return {
    code: "LOG_REWOUND",
    stage: "freeze",
    classification: "INCIDENT",
    message: `the governance log ${where || location.path} lacks ${lost.length === 1 ? "an event" : `${lost.length} events`} that open escalation issues of the gate name: ${named}. The log branch was reset, rewritten or deleted; restore it (push its lost commits back) \u2014 removing lines never lifts a freeze`,
    evidence: { paths: [location.path], detail: lost.map(([id]) => id).join(", ") }
  };
}
var MAX_ATTEMPTS = 30;
var BACKOFF_BASE_MS = 50;
var BACKOFF_CAP_MS = 2e3;
var TRANSIENT_TRIES = 3;
async function appendToLog(location, draft, extraFiles, git) {
  const offline = (why) => {
    const { line, entry } = formatEntry(draft, 0, "0".repeat(64), location.key);
    return { line, id: entryId(line), entry, commit: null, notPushed: why };
  };
  if (!git || !location.branch) return offline("no git repository with an origin to push the log to");
  let last = null;
  let uncertain = null;
  let transient = 0;
  const backOff = (attempt) => sleep(Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let tip;
    try {
      tip = await git.fetchBranch(location.branch);
    } catch (e) {
      if (++transient < TRANSIENT_TRIES) {
        await backOff(attempt);
        continue;
      }
      return offline(`cannot fetch ${location.branch}: ${firstLine(e)}`);
    }
    const segs = tip ? await readSegmentsAt(git, tip, location.path) : NO_SEGMENTS;
    if (uncertain && containsLine(segs, uncertain.line)) return uncertain;
    uncertain = null;
    const start = chainAfter(allSegments(segs));
    const { line, entry } = formatEntry(draft, start.seq, start.prev, location.key);
    const bytes = Buffer2.from(`${line}
`);
    const files = new Map(location.dedicated ? extraFiles : []);
    const active = segs.active ?? new Uint8Array();
    if (active.length > 0 && active.length + bytes.length > (location.segmentMaxBytes ?? SEGMENT_MAX_BYTES)) {
      const n = segs.sealed.length + 1;
      files.set(segmentPath(location.path, n), active);
      files.set(location.path, bytes);
      const from = chainAfter(segs.sealed.map((x) => x.bytes));
      if (readLog(active, from, location.key, from.seq + 1).errors.length === 0)
        files.set(
          checkpointPath(location.path, n),
          Buffer2.from(formatCheckpoint(n, active, from, location.key))
        );
    } else {
      files.set(location.path, Buffer2.concat([active, bytes]));
    }
    const commit = await git.commitFiles(
      tip,
      files,
      `driftgate: ${draft.type} ${draft.event_id}${"classification" in draft ? ` ${draft.classification}` : ""}`
    );
    const pushed = await git.push(commit, location.branch);
    last = { line, id: entryId(line), entry, commit, notPushed: null };
    if (pushed.status === "pushed") return last;
    const gaveUp = { ...last, commit: null, notPushed: `${pushed.status}: ${pushed.message.split("\n")[0]}` };
    if (pushed.status === "forbidden") return gaveUp;
    if (pushed.status === "failed") {
      if (++transient >= TRANSIENT_TRIES) return gaveUp;
      uncertain = last;
    }
    await backOff(attempt);
  }
  return {
    ...last,
    commit: null,
    notPushed: `${location.branch} stayed contended for ${MAX_ATTEMPTS} attempts`
  };
}
function containsLine(segs, line) {
  const needle = Buffer2.from(`${line}
`);
  return allSegments(segs).some((segment) => {
    const bytes = Buffer2.from(segment.buffer, segment.byteOffset, segment.length);
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1))
      if (at === 0 || bytes[at - 1] === 10) return true;
    return false;
  });
}
function firstLine(e) {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}
function tryClaimedChain(text) {
  try {
    const o = JSON.parse(text);
    return typeof o.seq === "number" && typeof o.prev === "string" ? { seq: o.seq, prev: o.prev } : null;
  } catch {
    return null;
  }
}
var KeptEntryError = class extends Error {
  name = "KeptEntryError";
};
async function appendKeptObservations(location, file, bytes, git) {
  const lines = decoder2.decode(bytes).split("\n").filter((l) => l.trim() !== "");
  const drafts = [];
  for (const [i, text] of lines.entries()) {
    const at = `${file}: line ${i + 1}`;
    const claimed = tryClaimedChain(text);
    const reading = readLog(
      Buffer2.from(`${text}
`),
      claimed ?? void 0,
      location.key,
      claimed ? claimed.seq + 1 : 1
    );
    const bad = reading.errors[0];
    if (bad) throw new KeptEntryError(`${at}: not an entry kept by a gate run: ${bad.reason}`);
    const entry = reading.entries[0];
    if (entry.mac && !location.key)
      throw new KeptEntryError(`${at}: the entry carries a MAC: appending it needs the log-key (--log-key)`);
    if (entry.type !== "OBSERVATION")
      throw new KeptEntryError(
        `${at}: a ${entry.type} entry; log append takes only the OBSERVATION entries gate runs keep (decisions are recorded with driftgate decide)`
      );
    const { seq: _seq, prev: _prev, mac: _mac, ...draft } = entry;
    drafts.push(draft);
  }
  const results = [];
  for (const [i, draft] of drafts.entries()) {
    const appended = await appendToLog(location, draft, /* @__PURE__ */ new Map(), git);
    if (appended.notPushed) throw new Error(`${file}: line ${i + 1}: not appended: ${appended.notPushed}`);
    results.push({ event_id: draft.event_id, entry: appended.id });
  }
  return results;
}

export {
  readLog,
  findDecidedEvent,
  computeFreeze,
  computeFreezeScope,
  logLocationOf,
  allSegments,
  readSegmentsAt,
  scanLogLines,
  scanLog,
  witnessMarker,
  readGovernanceLog,
  appendToLog,
  KeptEntryError,
  appendKeptObservations
};
