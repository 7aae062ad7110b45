const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_picomatch$1 = require("./picomatch-BuZvGNEW.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_event = require("./event-CdKIO7Zi.js");
const require_schemas = require("./schemas-Bs_YTln_.js");
let node_buffer = require("node:buffer");
let node_crypto = require("node:crypto");
let node_timers_promises = require("node:timers/promises");
// src/core/decision/target.ts
function isFreezingObservation(e) {
	return e.type === "OBSERVATION" && (e.classification === "PRODUCT_DRIFT" || e.classification === "INCIDENT") && e.frozen_by === null && e.freezes !== false;
}
function isDecidableObservation(e) {
	return e.type === "OBSERVATION" && (e.classification === "PRODUCT_DRIFT" || e.classification === "INCIDENT") && e.frozen_by === null;
}
function acceptedEvents(entries) {
	return new Set(entries.filter((e) => e.type === "DECISION" && e.decision === "accept").map((e) => e.event_id));
}
function findDecidedEvent(entries, eventId, place) {
	const accepted = acceptedEvents(entries);
	const open = entries.filter(isDecidableObservation).filter((e) => !accepted.has(e.event_id));
	if (eventId) {
		const hit = open.find((e) => e.event_id === eventId);
		if (hit) return hit;
		return { error: accepted.has(eventId) ? `${eventId} was already accepted` : `${eventId} is not an undecided PRODUCT_DRIFT or INCIDENT event in the governance log` };
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
		if (!place.eventId) return { error: `issue #${place.number} is not a driftgate escalation issue: name the event (\`/driftgate accept RTE_… reason\`)` };
		candidates = open.filter((e) => e.event_id === place.eventId);
		where = `of escalation issue #${place.number} (${place.eventId})`;
	} else {
		candidates = freezing;
		where = "in the governance log";
	}
	if (candidates.length === 1) return candidates[0];
	return { error: candidates.length === 0 ? `no undecided PRODUCT_DRIFT or INCIDENT event ${where}` : `${candidates.length} undecided events ${where}: name one (${candidates.map((e) => e.event_id).join(", ")})` };
}
var pullRequestRefs;
function init_target() {
	return (init_target = require_rolldown_runtime.__esmMin((() => {
		pullRequestRefs = (n) => `refs/pull/${n}/`;
	})))();
}
// src/core/log/freeze.ts
function computeFreeze(entries, ref, sealClean) {
	const observed = new Map();
	const latest = new Map();
	const acceptedManifests = new Set();
	const acceptedRuntimeBaselines = new Set();
	const acceptedConfigs = new Set();
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
		if (e.manifest_sha256 && e.manifest_sha256 === event.observed_manifest_sha256) acceptedManifests.add(e.manifest_sha256);
		if (e.runtime_baseline_sha256 && e.runtime_baseline_sha256 === event.observed_runtime_baseline_sha256) acceptedRuntimeBaselines.add(e.runtime_baseline_sha256);
		if (e.config_sha256 && e.config_sha256 === event.observed_config_sha256) acceptedConfigs.add(e.config_sha256);
		if (e.workflow_sha256 && e.workflow_sha256 === event.observed_workflow_sha256) acceptedConfigs.add(e.workflow_sha256);
	}
	let frozenBy = null;
	for (const e of observed.values()) {
		if (!isFreezingObservation(e)) continue;
		if (!e.freezes_all && e.ref !== ref) continue;
		const d = latest.get(e.event_id);
		if (d?.decision === "accept" || d?.decision === "rollback" && sealClean) continue;
		if (!frozenBy || require_verify.rankOf(e.classification) > require_verify.rankOf(frozenBy.classification)) frozenBy = e;
	}
	return {
		frozenBy,
		acceptedManifests,
		acceptedRuntimeBaselines,
		acceptedConfigs
	};
}
function computeFreezeScope(input) {
	const ref = input.ref ?? "";
	const governed = input.onDefaultBranch || input.commandLine || ref !== "" && input.governedRefs.length > 0 && (0, import_picomatch.default)(input.governedRefs)(ref);
	const pullRequest = ref.startsWith("refs/pull/");
	const freezes = !input.frozen && FREEZING.has(input.classification) && (governed ? !pullRequest || input.classification === "INCIDENT" : input.classification === "INCIDENT" && pullRequest);
	return {
		freezes,
		all: freezes && input.onDefaultBranch,
		governed: governed && !pullRequest
	};
}
function isFreezeLine(line) {
	return line.includes("\"type\":\"DECISION\"") || line.includes("\"type\":\"OBSERVATION\"") && (line.includes("\"classification\":\"INCIDENT\"") || line.includes("\"classification\":\"PRODUCT_DRIFT\""));
}
var import_picomatch, FREEZING;
function init_freeze() {
	return (init_freeze = require_rolldown_runtime.__esmMin((() => {
		import_picomatch = require_rolldown_runtime.__toESM(require_picomatch$1.require_picomatch(), 1);
		require_verify.init_classification();
		init_target();
		FREEZING = new Set(["PRODUCT_DRIFT", "INCIDENT"]);
	})))();
}
// src/core/log/entry.ts
function computeMac(entry, key) {
	return (0, node_crypto.createHmac)("sha256", key).update(require_event.canonicalJson(entry)).digest("hex");
}
function formatEntry(draft, seq, prev, key) {
	const base = {
		...draft,
		seq,
		prev
	};
	const entry = key ? {
		...base,
		mac: computeMac(base, key)
	} : base;
	return {
		line: require_event.canonicalJson(entry),
		entry
	};
}
var GENESIS_PREV, hex64$1, eventId, common, observationSchema, decisionSchema, sealSchema, logEntrySchema, entryId;
function init_entry() {
	return (init_entry = require_rolldown_runtime.__esmMin((() => {
		require_schemas.init_schemas();
		require_verify.init_classification();
		require_event.init_event();
		GENESIS_PREV = "0".repeat(64);
		hex64$1 = require_schemas.string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex digits");
		eventId = require_schemas.string().regex(/^RTE_\d{8}_\d{6}_[0-9a-f]{8}$/, "expected RTE_YYYYMMDD_HHMMSS_xxxxxxxx");
		common = {
			seq: require_schemas.number().int().min(0),
			event_id: eventId,
			timestamp: require_schemas.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, "expected an ISO 8601 UTC timestamp"),
			prev: hex64$1,
			mac: hex64$1.optional()
		};
		observationSchema = require_schemas.strictObject({
			...common,
			type: require_schemas.literal("OBSERVATION"),
			classification: require_schemas._enum(require_verify.CLASSIFICATIONS),
			commit: require_schemas.string(),
			ref: require_schemas.string().nullable(),
			freezes_all: require_schemas.boolean(),
			freezes: require_schemas.boolean().optional(),
			snapshot_id: require_schemas.string().nullable(),
			frozen_by: eventId.nullable(),
			manifest_sha256: hex64$1.nullable(),
			observed_manifest_sha256: hex64$1.nullable(),
			observed_runtime_baseline_sha256: hex64$1.nullable(),
			observed_config_sha256: hex64$1.nullable().optional(),
			observed_workflow_sha256: hex64$1.nullable().optional(),
			run_url: require_schemas.string().nullable(),
			findings: require_schemas.number().int().min(0),
			drift_score: require_schemas.number().min(0).max(1).nullable().optional()
		});
		decisionSchema = require_schemas.strictObject({
			...common,
			type: require_schemas.literal("DECISION"),
			decision: require_schemas._enum([
				"accept",
				"investigate",
				"rollback"
			]),
			by: require_schemas.string().min(1),
			reason: require_schemas.string().min(1),
			manifest_sha256: hex64$1.nullable(),
			runtime_baseline_sha256: hex64$1.nullable(),
			config_sha256: hex64$1.nullable().optional(),
			workflow_sha256: hex64$1.nullable().optional(),
			source: require_schemas.string()
		});
		sealSchema = require_schemas.strictObject({
			...common,
			type: require_schemas.literal("SEAL"),
			manifest_sha256: hex64$1.nullable(),
			runtime_baseline_sha256: hex64$1.nullable(),
			by: require_schemas.string().min(1)
		});
		logEntrySchema = require_schemas.discriminatedUnion("type", [
			observationSchema,
			decisionSchema,
			sealSchema
		]);
		entryId = (line) => require_verify.sha256Hex(line);
	})))();
}
// src/core/log/read.ts
function checkChainShape(json) {
	if (typeof json !== "object" || json === null || Array.isArray(json)) return "entry: expected an object";
	const o = json;
	if (o.type !== "OBSERVATION" && o.type !== "DECISION" && o.type !== "SEAL") return "type: expected OBSERVATION, DECISION or SEAL";
	if (typeof o.seq !== "number" || !Number.isInteger(o.seq) || o.seq < 0) return "seq: expected an integer ≥ 0";
	if (typeof o.prev !== "string" || !HEX64.test(o.prev)) return "prev: expected 64 lowercase hex digits";
	if (o.mac !== void 0 && (typeof o.mac !== "string" || !HEX64.test(o.mac))) return "mac: expected 64 lowercase hex digits";
	return {
		seq: o.seq,
		prev: o.prev,
		mac: o.mac
	};
}
function canonicalText(o) {
	const keys = Object.keys(o).sort();
	let out = "{";
	for (const [i, k] of keys.entries()) {
		const v = o[k];
		if (v !== null && typeof v === "object") return require_event.canonicalJson(o);
		out += `${i ? "," : ""}${JSON.stringify(k)}:${JSON.stringify(v)}`;
	}
	return `${out}}`;
}
function readLog(bytes, start = CHAIN_START, key = null, firstLine = 1, mode = "entries") {
	const entries = [];
	let { seq, prev } = start;
	let pos = 0;
	let lineNo = firstLine;
	const fail = (reason) => ({
		entries,
		errors: [{
			line: lineNo,
			reason
		}],
		next: {
			seq,
			prev
		}
	});
	while (pos < bytes.length) {
		const end = bytes.indexOf(NL$2, pos);
		if (end === -1) return fail("the last line has no final newline (truncated)");
		const raw = bytes.subarray(pos, end);
		if (raw.includes(CR)) return fail("carriage return in the line");
		let text;
		try {
			text = decoder$1.decode(raw);
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
		if (canonicalText(json) !== text) return fail("not canonical JSON (RFC 8785): the line was re-serialized or edited");
		if (entry.seq !== seq) return fail(`seq ${entry.seq} where ${seq} was expected (a line was removed, inserted or reordered)`);
		if (entry.prev !== prev) return fail("prev does not match the sha256 of the previous line (the chain is broken)");
		if (key !== null) {
			if (!entry.mac) return fail("no mac, but a log-key is set");
			const unsigned = text.replace(`,"mac":"${entry.mac}"`, "");
			if ((0, node_crypto.createHmac)("sha256", key).update(unsigned).digest("hex") !== entry.mac) return fail("mac does not match (forged, or another log-key)");
		}
		prev = require_verify.sha256Hex(raw);
		seq++;
		lineNo++;
		pos = end + 1;
	}
	return {
		entries,
		errors: [],
		next: {
			seq,
			prev
		}
	};
}
var HEX64, CHAIN_START, NL$2, CR, decoder$1;
function init_read() {
	return (init_read = require_rolldown_runtime.__esmMin((() => {
		require_event.init_event();
		init_entry();
		HEX64 = /^[0-9a-f]{64}$/;
		CHAIN_START = {
			seq: 0,
			prev: GENESIS_PREV
		};
		NL$2 = 10;
		CR = 13;
		decoder$1 = new TextDecoder("utf-8", { fatal: true });
	})))();
}
// src/core/log/append-only.ts
function segmentPath(logPath, n) {
	const dot = logPath.lastIndexOf(".");
	const stem = dot > logPath.lastIndexOf("/") ? logPath.slice(0, dot) : logPath;
	const ext = dot > logPath.lastIndexOf("/") ? logPath.slice(dot) : "";
	return `${stem}.${String(n).padStart(6, "0")}${ext}`;
}
function firstDifference(before, after) {
	let bi = 0, bo = 0, ai = 0, ao = 0, offset = 0;
	for (;;) {
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
		const bs = node_buffer.Buffer.from(b.buffer, b.byteOffset + bo, n);
		const as = node_buffer.Buffer.from(a.buffer, a.byteOffset + ao, n);
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
		for (let p = s.indexOf(NL$1); p !== -1 && p < limit; p = s.indexOf(NL$1, p + 1)) count++;
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
		const end = s[s.length - 1] === NL$1 ? s.length - 1 : s.length;
		const start = s.lastIndexOf(NL$1, end - 1) + 1;
		return {
			seq: lines,
			prev: require_verify.sha256Hex(s.subarray(start, end))
		};
	}
	return {
		seq: 0,
		prev: GENESIS_PREV
	};
}
function tail(segs, offset) {
	const parts = [];
	let seen = 0;
	for (const s of segs) {
		if (seen + s.length > offset) parts.push(s.subarray(Math.max(0, offset - seen)));
		seen += s.length;
	}
	return parts.length === 1 ? parts[0] : node_buffer.Buffer.concat(parts);
}
function proveAppendOnly(before, after, key) {
	const diff = firstDifference(before, after);
	const beforeLength = total(before);
	if (diff !== null) {
		const line = countLines(before, diff) + 1;
		return {
			rewritten: {
				line,
				reason: diff >= total(after) ? `the log is shorter than before: line ${line} onwards was removed or truncated` : `line ${line} differs from the earlier log: rewritten, removed or reordered`
			},
			appended: {
				entries: [],
				errors: [],
				next: chainAfter(before)
			}
		};
	}
	const start = chainAfter(before);
	return {
		rewritten: null,
		appended: readLog(tail(after, beforeLength), start, key, start.seq + 1)
	};
}
var NL$1, total;
function init_append_only() {
	return (init_append_only = require_rolldown_runtime.__esmMin((() => {
		require_event.init_event();
		init_entry();
		init_read();
		NL$1 = 10;
		total = (segs) => segs.reduce((n, s) => n + s.length, 0);
	})))();
}
// src/core/log/checkpoint.ts
function checkpointPath(logPath, n) {
	const seg = segmentPath(logPath, n);
	const dot = seg.lastIndexOf(".");
	return `${dot > seg.lastIndexOf("/") ? seg.slice(0, dot) : seg}.checkpoint.json`;
}
function formatCheckpoint(segment, bytes, start, key) {
	const next = chainAfter([bytes]);
	const body = {
		segment,
		sha256: require_verify.sha256Hex(bytes),
		start,
		next: {
			seq: start.seq + next.seq,
			prev: next.prev
		}
	};
	return `${require_event.canonicalJson(key ? {
		...body,
		mac: macOf(body, key)
	} : body)}\n`;
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
	if (require_verify.sha256Hex(bytes) !== parsed.sha256) return null;
	return { next: parsed.next };
}
function verifyLog(sealed, active, key) {
	let next = {
		seq: 0,
		prev: "0".repeat(64)
	};
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
		if (r.errors[0]) return {
			error: r.errors[0],
			next: r.next,
			checkpointed
		};
		next = r.next;
	}
	if (active) {
		const r = read(active);
		if (r.errors[0]) return {
			error: r.errors[0],
			next: r.next,
			checkpointed
		};
		next = r.next;
	}
	return {
		error: null,
		next,
		checkpointed
	};
}
var hex64, chainStartSchema, checkpointSchema, macOf;
function init_checkpoint() {
	return (init_checkpoint = require_rolldown_runtime.__esmMin((() => {
		require_schemas.init_schemas();
		require_event.init_event();
		init_append_only();
		init_read();
		hex64 = require_schemas.string().regex(/^[0-9a-f]{64}$/);
		chainStartSchema = require_schemas.strictObject({
			seq: require_schemas.number().int().min(0),
			prev: hex64
		});
		checkpointSchema = require_schemas.strictObject({
			segment: require_schemas.number().int().min(1),
			sha256: hex64,
			start: chainStartSchema,
			next: chainStartSchema,
			mac: hex64.optional()
		});
		macOf = (c, key) => (0, node_crypto.createHmac)("sha256", key).update(require_event.canonicalJson(c)).digest("hex");
	})))();
}
// src/stages/log.ts
var log_exports = require_rolldown_runtime.__exportAll({ logLocationOf: () => logLocationOf });
function logLocationOf(settings, branch) {
	return {
		path: settings.log,
		branch: settings["log-branch"] || branch,
		dedicated: settings["log-branch"] !== "",
		key: settings["log-key"] || null
	};
}
async function readSegmentsAt(git, ref, logPath) {
	const slash = logPath.lastIndexOf("/");
	const dir = slash >= 0 ? logPath.slice(0, slash) : ".";
	const listed = new Set(await git.listFolder(ref, dir));
	const blobs = new Map((await git.filesAt(ref, slash >= 0 ? dir : "")).filter((f) => listed.has(f.path)).map((f) => [f.path, f.blob]));
	let cache = blobCache.get(git);
	if (!cache) blobCache.set(git, cache = new Map());
	const unread = (paths) => [...new Set(paths.flatMap((p) => blobs.has(p) && !cache.has(blobs.get(p)) ? [blobs.get(p)] : []))];
	const segments = [];
	const small = [logPath];
	for (let n = 1; listed.has(segmentPath(logPath, n)); n++) {
		segments.push(segmentPath(logPath, n));
		small.push(checkpointPath(logPath, n));
	}
	const batches = [unread(small)];
	const sealedIds = unread(segments);
	for (let i = 0; i < sealedIds.length; i += SEGMENTS_PER_READ) batches.push(sealedIds.slice(i, i + SEGMENTS_PER_READ));
	for (const batch of batches) if (batch.length) for (const [id, bytes] of await git.readBlobs(batch)) cache.set(id, bytes);
	const read = async (path) => {
		if (!listed.has(path)) return null;
		const id = blobs.get(path);
		return id ? cache.get(id) : git.readFileAt(ref, path);
	};
	const sealed = [];
	for (let n = 1; listed.has(segmentPath(logPath, n)); n++) sealed.push({
		bytes: await read(segmentPath(logPath, n)),
		checkpoint: await read(checkpointPath(logPath, n))
	});
	return {
		sealed,
		active: await read(logPath)
	};
}
async function readSegmentsInWorkspace(workspace, logPath) {
	const sealed = [];
	for (let n = 1;; n++) {
		const r = await workspace.readFile(segmentPath(logPath, n));
		if (r.state !== "present") break;
		const c = await workspace.readFile(checkpointPath(logPath, n));
		sealed.push({
			bytes: r.bytes,
			checkpoint: c.state === "present" ? c.bytes : null
		});
	}
	const active = await workspace.readFile(logPath);
	return {
		sealed,
		active: active.state === "present" ? active.bytes : null
	};
}
function linesBefore(segs, line) {
	const all = node_buffer.Buffer.concat(segs);
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
		const text = decoder.decode(s);
		let pos = 0;
		for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", pos)) {
			yield text.slice(pos, nl);
			pos = nl + 1;
		}
	}
}
function scanLogLines(segs, witnesses) {
	const freezeEntries = [];
	let lastSnapshotAt = null;
	const last = [];
	const found = new Set();
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
					invalid: {
						line: lineNo,
						reason: `${issue.path.join(".") || "entry"}: ${issue.message}`
					}
				};
			}
			freezeEntries.push(parsed.data);
		}
		if (line.includes("\"snapshot_id\":\"SNP_")) lastSnapshotAt = JSON.parse(line).timestamp;
		if (line.includes("\"type\":\"OBSERVATION\"")) {
			last.push(line);
			if (last.length >= 2 * RECENT_RUNS) last.splice(0, last.length - RECENT_RUNS);
			if (witnesses.size) {
				const at = line.indexOf(EVENT_ID_KEY) + 12;
				const id = line.slice(at, at + EVENT_ID_LENGTH);
				if (witnesses.has(id)) found.add(id);
			}
		}
	}
	return {
		freezeEntries,
		lastSnapshotAt,
		recent: recentOf(last.slice(-500)),
		found,
		invalid: null
	};
}
function recentOf(lines) {
	return lines.flatMap((l) => {
		const o = observationSchema.safeParse(JSON.parse(l));
		return o.success ? [{
			classification: o.data.classification,
			timestamp: o.data.timestamp,
			drift_score: o.data.drift_score ?? null,
			ref: o.data.ref ?? null,
			run_url: o.data.run_url ?? null
		}] : [];
	});
}
function lineAround(seg, at) {
	const end = seg.indexOf(NL, at);
	if (end === -1) return null;
	return {
		start: at === 0 ? 0 : seg.lastIndexOf(NL, at - 1) + 1,
		end
	};
}
function textOf(seg, start, end) {
	const from = start === 0 && BOM.every((b, i) => seg[i] === b) ? BOM.length : 0;
	return lineDecoder.decode(seg.subarray(start + from, end));
}
function scanLog(segs, witnesses) {
	const bufs = segs.map((s) => node_buffer.Buffer.from(s.buffer, s.byteOffset, s.length));
	const freezeEntries = [];
	for (const seg of bufs) {
		const starts = new Map();
		for (const needle of FREEZE_NEEDLES) for (let at = seg.indexOf(needle); at !== -1; at = seg.indexOf(needle, at + needle.length)) {
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
		let end = seg.lastIndexOf(NL);
		while (end !== -1 && last.length < RECENT_RUNS) {
			const start = end === 0 ? 0 : seg.lastIndexOf(NL, end - 1) + 1;
			const line = textOf(seg, start, end);
			if (line.includes(OBSERVATION_NEEDLE)) last.push(line);
			end = start === 0 ? -1 : start - 1;
		}
	}
	const found = new Set();
	for (const id of witnesses) for (const seg of bufs) {
		const needle = `${EVENT_ID_KEY}${id}`;
		for (let at = seg.indexOf(needle); at !== -1 && !found.has(id); at = seg.indexOf(needle, at + 1)) {
			const span = lineAround(seg, at);
			if (!span) continue;
			const line = textOf(seg, span.start, span.end);
			const key = line.indexOf(EVENT_ID_KEY) + 12;
			if (line.includes(OBSERVATION_NEEDLE) && line.slice(key, key + EVENT_ID_LENGTH) === id) found.add(id);
		}
	}
	return {
		freezeEntries,
		lastSnapshotAt,
		recent: recentOf(last.reverse()),
		found,
		invalid: null
	};
}
async function readWitnesses(github) {
	const witnesses = new Map();
	try {
		const me = await github.identity();
		if (!me) return {
			witnesses,
			note: "the rewind witness (escalation issues) was not read: unknown token identity"
		};
		for (const label of WITNESS_LABELS) for (const issue of await github.openIssues(label)) if (issue.login === me) for (const m of issue.body.matchAll(WITNESS)) witnesses.set(m[1], issue.number);
		return {
			witnesses,
			note: null
		};
	} catch (e) {
		return {
			witnesses,
			note: `the rewind witness (open escalation issues) could not be read: ${firstLine(e)}`
		};
	}
}
async function checkLogBranchRules(branch, github) {
	let types;
	try {
		types = await github.branchRules(branch);
	} catch (e) {
		return {
			findings: [],
			note: `the rules of the log branch ${branch} could not be read: ${firstLine(e)}`
		};
	}
	const missing = PROTECTING_RULES.filter((r) => !types.includes(r.type));
	if (missing.length === 0) return {
		findings: [],
		note: null
	};
	return {
		findings: [{
			code: "LOG_BRANCH_UNPROTECTED",
			stage: "freeze",
			classification: "TOOLING_DRIFT",
			message: `the log branch ${branch} does not block ${missing.map((r) => r.what).join(" or ")}: anyone who can push could rewind the governance log. Fix: add a repository ruleset targeting refs/heads/${branch} with "Restrict deletions" and "Block force pushes" (Settings → Rules → Rulesets; see the README)`,
			evidence: { detail: `missing rules: ${missing.map((r) => r.type).join(", ")}` }
		}],
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
			return {
				record: NO_SEGMENTS,
				before: [],
				now: [],
				where: "",
				unavailable
			};
		}
		if (!tip) return {
			record: NO_SEGMENTS,
			before: [],
			now: [],
			where: location.branch,
			unavailable: null
		};
		const record = await readSegmentsAt(git, tip, location.path);
		const parent = await git.parentOf(tip);
		const before = parent ? allSegments(await readSegmentsAt(git, parent, location.path)) : [];
		const where = `${location.branch} at ${tip.slice(0, 12)}${parent ? ` (against ${parent.slice(0, 12)})` : ""}`;
		return {
			record,
			before,
			now: allSegments(record),
			where,
			unavailable: null
		};
	}
	const inWorkspace = await readSegmentsInWorkspace(ports.workspace, location.path);
	const now = allSegments(inWorkspace);
	if (!baselineRef || !git) return {
		record: inWorkspace,
		before: now,
		now,
		where: location.path,
		unavailable: null
	};
	const record = await readSegmentsAt(git, baselineRef, location.path);
	const where = `${location.path}${baselineRef ? ` against ${baselineRef.slice(0, 12)}` : ""}`;
	return {
		record,
		before: allSegments(record),
		now,
		where,
		unavailable: null
	};
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
		evidence: {
			paths: [location.path],
			lines: [bad.line],
			detail: bad.reason
		}
	});
	const proof = proveAppendOnly(src.before, src.now, location.key);
	const verified = verifyLog(src.record.sealed, src.record.active, location.key);
	if (proof.rewritten) incident("LOG_REWRITTEN", proof.rewritten);
	else if (proof.appended.errors[0]) incident("LOG_INVALID", proof.appended.errors[0]);
	else if (verified.error) incident("LOG_INVALID", verified.error);
	const scanned = scanLog(verified.error ? linesBefore(allSegments(src.record), verified.error.line) : allSegments(src.record), new Set(witnessed?.witnesses.keys() ?? []));
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
		message: `the governance log ${where || location.path} lacks ${lost.length === 1 ? "an event" : `${lost.length} events`} that open escalation issues of the gate name: ${named}. The log branch was reset, rewritten or deleted; restore it (push its lost commits back) — removing lines never lifts a freeze`,
		evidence: {
			paths: [location.path],
			detail: lost.map(([id]) => id).join(", ")
		}
	};
}
async function appendToLog(location, draft, extraFiles, git) {
	const offline = (why) => {
		const { line, entry } = formatEntry(draft, 0, "0".repeat(64), location.key);
		return {
			line,
			id: entryId(line),
			entry,
			commit: null,
			notPushed: why
		};
	};
	if (!git || !location.branch) return offline("no git repository with an origin to push the log to");
	let last = null;
	let uncertain = null;
	let transient = 0;
	const backOff = (attempt) => (0, node_timers_promises.setTimeout)(Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 6)) * (.5 + Math.random()));
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
		const bytes = node_buffer.Buffer.from(`${line}\n`);
		const files = new Map(location.dedicated ? extraFiles : []);
		const active = segs.active ?? new Uint8Array();
		if (active.length > 0 && active.length + bytes.length > (location.segmentMaxBytes ?? 8388608)) {
			const n = segs.sealed.length + 1;
			files.set(segmentPath(location.path, n), active);
			files.set(location.path, bytes);
			const from = chainAfter(segs.sealed.map((x) => x.bytes));
			if (readLog(active, from, location.key, from.seq + 1).errors.length === 0) files.set(checkpointPath(location.path, n), node_buffer.Buffer.from(formatCheckpoint(n, active, from, location.key)));
		} else files.set(location.path, node_buffer.Buffer.concat([active, bytes]));
		const commit = await git.commitFiles(tip, files, `driftgate: ${draft.type} ${draft.event_id}${"classification" in draft ? ` ${draft.classification}` : ""}`);
		const pushed = await git.push(commit, location.branch);
		last = {
			line,
			id: entryId(line),
			entry,
			commit,
			notPushed: null
		};
		if (pushed.status === "pushed") return last;
		const gaveUp = {
			...last,
			commit: null,
			notPushed: `${pushed.status}: ${pushed.message.split("\n")[0]}`
		};
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
	const needle = node_buffer.Buffer.from(`${line}\n`);
	return allSegments(segs).some((segment) => {
		const bytes = node_buffer.Buffer.from(segment.buffer, segment.byteOffset, segment.length);
		for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) if (at === 0 || bytes[at - 1] === 10) return true;
		return false;
	});
}
function firstLine(e) {
	return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}
function tryClaimedChain(text) {
	try {
		const o = JSON.parse(text);
		return typeof o.seq === "number" && typeof o.prev === "string" ? {
			seq: o.seq,
			prev: o.prev
		} : null;
	} catch {
		return null;
	}
}
async function appendKeptObservations(location, file, bytes, git) {
	const lines = decoder.decode(bytes).split("\n").filter((l) => l.trim() !== "");
	const drafts = [];
	for (const [i, text] of lines.entries()) {
		const at = `${file}: line ${i + 1}`;
		const claimed = tryClaimedChain(text);
		const reading = readLog(node_buffer.Buffer.from(`${text}\n`), claimed ?? void 0, location.key, claimed ? claimed.seq + 1 : 1);
		const bad = reading.errors[0];
		if (bad) throw new KeptEntryError(`${at}: not an entry kept by a gate run: ${bad.reason}`);
		const entry = reading.entries[0];
		if (entry.mac && !location.key) throw new KeptEntryError(`${at}: the entry carries a MAC: appending it needs the log-key (--log-key)`);
		if (entry.type !== "OBSERVATION") throw new KeptEntryError(`${at}: a ${entry.type} entry; log append takes only the OBSERVATION entries gate runs keep (decisions are recorded with driftgate decide)`);
		const { seq: _seq, prev: _prev, mac: _mac, ...draft } = entry;
		drafts.push(draft);
	}
	const results = [];
	for (const [i, draft] of drafts.entries()) {
		const appended = await appendToLog(location, draft, new Map(), git);
		if (appended.notPushed) throw new Error(`${file}: line ${i + 1}: not appended: ${appended.notPushed}`);
		results.push({
			event_id: draft.event_id,
			entry: appended.id
		});
	}
	return results;
}
var decoder, NL, NO_SEGMENTS, allSegments, blobCache, SEGMENTS_PER_READ, RECENT_RUNS, EVENT_ID_KEY, EVENT_ID_LENGTH, lineDecoder, BOM, FREEZE_NEEDLES, SNAPSHOT_NEEDLE, OBSERVATION_NEEDLE, witnessMarker, WITNESS, WITNESS_LABELS, PROTECTING_RULES, MAX_ATTEMPTS, BACKOFF_BASE_MS, BACKOFF_CAP_MS, TRANSIENT_TRIES, KeptEntryError;
function init_log() {
	return (init_log = require_rolldown_runtime.__esmMin((() => {
		init_append_only();
		init_checkpoint();
		init_entry();
		init_freeze();
		init_read();
		decoder = new TextDecoder();
		NL = 10;
		NO_SEGMENTS = {
			sealed: [],
			active: null
		};
		allSegments = (s) => [...s.sealed.map((x) => x.bytes), ...s.active ? [s.active] : []];
		blobCache = new WeakMap();
		SEGMENTS_PER_READ = 8;
		RECENT_RUNS = 500;
		EVENT_ID_KEY = "\"event_id\":\"";
		EVENT_ID_LENGTH = 28;
		lineDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
		BOM = [
			239,
			187,
			191
		];
		FREEZE_NEEDLES = [
			"\"type\":\"DECISION\"",
			"\"classification\":\"INCIDENT\"",
			"\"classification\":\"PRODUCT_DRIFT\""
		];
		SNAPSHOT_NEEDLE = "\"snapshot_id\":\"SNP_";
		OBSERVATION_NEEDLE = "\"type\":\"OBSERVATION\"";
		witnessMarker = (eventId) => `<!-- driftgate:logged:${eventId} -->`;
		WITNESS = /<!-- driftgate:logged:(RTE_\d{8}_\d{6}_[0-9a-f]{8}) -->/g;
		WITNESS_LABELS = ["driftgate:incident", "driftgate:product-drift"];
		PROTECTING_RULES = [{
			type: "non_fast_forward",
			what: "force pushes"
		}, {
			type: "deletion",
			what: "deletion"
		}];
		MAX_ATTEMPTS = 30;
		BACKOFF_BASE_MS = 50;
		BACKOFF_CAP_MS = 2e3;
		TRANSIENT_TRIES = 3;
		KeptEntryError = class extends Error {
			name = "KeptEntryError";
		};
	})))();
}
Object.defineProperty(exports, "allSegments", {
	enumerable: true,
	get: function() {
		return allSegments;
	}
});
Object.defineProperty(exports, "appendKeptObservations", {
	enumerable: true,
	get: function() {
		return appendKeptObservations;
	}
});
Object.defineProperty(exports, "appendToLog", {
	enumerable: true,
	get: function() {
		return appendToLog;
	}
});
Object.defineProperty(exports, "computeFreeze", {
	enumerable: true,
	get: function() {
		return computeFreeze;
	}
});
Object.defineProperty(exports, "computeFreezeScope", {
	enumerable: true,
	get: function() {
		return computeFreezeScope;
	}
});
Object.defineProperty(exports, "findDecidedEvent", {
	enumerable: true,
	get: function() {
		return findDecidedEvent;
	}
});
Object.defineProperty(exports, "init_freeze", {
	enumerable: true,
	get: function() {
		return init_freeze;
	}
});
Object.defineProperty(exports, "init_log", {
	enumerable: true,
	get: function() {
		return init_log;
	}
});
Object.defineProperty(exports, "init_read", {
	enumerable: true,
	get: function() {
		return init_read;
	}
});
Object.defineProperty(exports, "init_target", {
	enumerable: true,
	get: function() {
		return init_target;
	}
});
Object.defineProperty(exports, "logLocationOf", {
	enumerable: true,
	get: function() {
		return logLocationOf;
	}
});
Object.defineProperty(exports, "log_exports", {
	enumerable: true,
	get: function() {
		return log_exports;
	}
});
Object.defineProperty(exports, "readGovernanceLog", {
	enumerable: true,
	get: function() {
		return readGovernanceLog;
	}
});
Object.defineProperty(exports, "readLog", {
	enumerable: true,
	get: function() {
		return readLog;
	}
});
Object.defineProperty(exports, "readSegmentsAt", {
	enumerable: true,
	get: function() {
		return readSegmentsAt;
	}
});
Object.defineProperty(exports, "witnessMarker", {
	enumerable: true,
	get: function() {
		return witnessMarker;
	}
});
