const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_log = require("./log-CpC3AkU6.js");
const require_settings = require("./settings--AKwJVJX.js");
let node_buffer = require("node:buffer");
// src/stages/log-admin.ts
async function readWholeLog(location, ports) {
	const { git } = ports;
	if (location.dedicated && git && location.branch) {
		const tip = await git.hasOrigin() ? await git.fetchBranch(location.branch) : await git.resolveCommit(location.branch);
		if (!tip) return {
			segments: [],
			where: `${location.branch} (does not exist yet)`
		};
		return {
			segments: require_log.allSegments(await require_log.readSegmentsAt(git, tip, location.path)),
			where: `${location.branch}:${location.path}`
		};
	}
	const file = await ports.workspace.readFile(location.path);
	return {
		segments: file.state === "present" ? [file.bytes] : [],
		where: location.path
	};
}
async function appendKeptEntries(file, location, ports, onAppended) {
	const read = await ports.workspace.readFile(file);
	if (read.state !== "present") throw new require_verify.SettingsError(`${file}: ${read.state === "absent" ? "not found" : read.error}`);
	for (const r of await require_log.appendKeptObservations(location, file, read.bytes, ports.git)) onAppended({
		type: "OBSERVATION",
		...r
	});
}
function init_log_admin() {
	return (init_log_admin = require_rolldown_runtime.__esmMin((() => {
		require_settings.init_settings();
		require_log.init_log();
	})))();
}
// src/cli/commands/log.ts
async function run({ args, flags, json }) {
	const [sub, file] = args;
	if (sub !== "verify" && sub !== "show" && sub !== "append") throw new require_verify.UsageError(`unknown log command "${sub ?? ""}" (verify, show or append FILE)`);
	if (sub === "append" && !file) throw new require_verify.UsageError("log append needs the FILE holding the entry lines");
	const { settings, location, ports } = await require_verify.composeCli(flags);
	if (sub === "append") {
		const results = [];
		await appendKeptEntries(file, location, ports, ({ type, event_id, entry }) => {
			results.push({
				event_id,
				entry
			});
			if (!json) require_verify.print(`appended ${type} ${event_id} as ${entry}`);
		});
		if (json) require_verify.print(JSON.stringify(results));
		return require_verify.EXIT.passed;
	}
	const { segments, where } = await readWholeLog(location, ports);
	const reading = require_log.readLog(node_buffer.Buffer.concat(segments), void 0, settings["log-key"] || null);
	const error = reading.errors[0];
	if (sub === "verify") {
		if (json) require_verify.print(JSON.stringify({
			log: where,
			lines: reading.entries.length,
			error: error ?? null
		}));
		else if (error) require_verify.warn(`driftgate log verify: ${where}: line ${error.line}: ${error.reason}`);
		else require_verify.print(`driftgate log verify: ${where}: ${reading.entries.length} line(s), chain intact${settings["log-key"] ? ", every MAC valid" : ""}`);
		return error ? require_verify.EXIT.failed : require_verify.EXIT.passed;
	}
	if (json) require_verify.printJson(reading.entries);
	else {
		require_verify.print(renderLogTable(reading.entries));
		if (error) require_verify.warn(`line ${error.line}: ${error.reason}`);
	}
	return error ? require_verify.EXIT.failed : require_verify.EXIT.passed;
}
function renderLogTable(entries) {
	return ["seq  type         event_id                      timestamp                 what", ...entries.map((e) => {
		const what = e.type === "OBSERVATION" ? `${e.classification}${e.frozen_by ? ` (frozen by ${e.frozen_by})` : ""} ${e.ref ?? ""} ${e.commit.slice(0, 12)}` : e.type === "DECISION" ? `${e.decision} by ${e.by}: ${e.reason}` : `seal by ${e.by}`;
		return `${String(e.seq).padEnd(4)} ${e.type.padEnd(12)} ${e.event_id.padEnd(29)} ${e.timestamp.padEnd(25)} ${what}`;
	})].join("\n");
}
function init_log() {
	return (init_log = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_compose();
		require_log.init_read();
		init_log_admin();
		require_verify.init_io();
	})))();
}
init_log();
exports.run = run;
