import {
  EXIT,
  UsageError,
  print,
  printJson,
  warn
} from "./chunk-C5FXNSZY.js";
import {
  composeCli
} from "./chunk-PTAWZGJY.js";
import "./chunk-AFRBU7WO.js";
import "./chunk-HNG6AO7T.js";
import "./chunk-ZWSSS5UM.js";
import {
  SettingsError
} from "./chunk-YT3BNT63.js";
import {
  allSegments,
  appendKeptObservations,
  readLog,
  readSegmentsAt
} from "./chunk-LUUZLYWS.js";
import "./chunk-4WEBSF52.js";
import "./chunk-STYDF6KF.js";
import "./chunk-767OMHVB.js";
import "./chunk-C2M7AN2O.js";
import "./chunk-Q5N7MLC5.js";

// src/cli/commands/log.ts
const { Buffer } = process.getBuiltinModule("node:buffer");

// src/stages/log-admin.ts
async function readWholeLog(location, ports) {
  const { git } = ports;
  if (location.dedicated && git && location.branch) {
    const tip = await git.hasOrigin() ? await git.fetchBranch(location.branch) : await git.resolveCommit(location.branch);
    if (!tip) return { segments: [], where: `${location.branch} (does not exist yet)` };
    return {
      segments: allSegments(await readSegmentsAt(git, tip, location.path)),
      where: `${location.branch}:${location.path}`
    };
  }
  const file = await ports.workspace.readFile(location.path);
  return { segments: file.state === "present" ? [file.bytes] : [], where: location.path };
}
async function appendKeptEntries(file, location, ports, onAppended) {
  const read = await ports.workspace.readFile(file);
  if (read.state !== "present")
    throw new SettingsError(`${file}: ${read.state === "absent" ? "not found" : read.error}`);
  for (const r of await appendKeptObservations(location, file, read.bytes, ports.git))
    onAppended({ type: "OBSERVATION", ...r });
}

// src/cli/commands/log.ts
async function run({ args, flags, json }) {
  const [sub, file] = args;
  if (sub !== "verify" && sub !== "show" && sub !== "append")
    throw new UsageError(`unknown log command "${sub ?? ""}" (verify, show or append FILE)`);
  if (sub === "append" && !file) throw new UsageError("log append needs the FILE holding the entry lines");
  const { settings, location, ports } = await composeCli(flags);
  if (sub === "append") {
    const results = [];
    await appendKeptEntries(file, location, ports, ({ type, event_id, entry }) => {
      results.push({ event_id, entry });
      if (!json) print(`appended ${type} ${event_id} as ${entry}`);
    });
    if (json) print(JSON.stringify(results));
    return EXIT.passed;
  }
  const { segments, where } = await readWholeLog(location, ports);
  const reading = readLog(Buffer.concat(segments), void 0, settings["log-key"] || null);
  const error = reading.errors[0];
  if (sub === "verify") {
    if (json) print(JSON.stringify({ log: where, lines: reading.entries.length, error: error ?? null }));
    else if (error) warn(`driftgate log verify: ${where}: line ${error.line}: ${error.reason}`);
    else
      print(
        `driftgate log verify: ${where}: ${reading.entries.length} line(s), chain intact${settings["log-key"] ? ", every MAC valid" : ""}`
      );
    return error ? EXIT.failed : EXIT.passed;
  }
  if (json) printJson(reading.entries);
  else {
    print(renderLogTable(reading.entries));
    if (error) warn(`line ${error.line}: ${error.reason}`);
  }
  return error ? EXIT.failed : EXIT.passed;
}
function renderLogTable(entries) {
  const rows = entries.map((e) => {
    const what = e.type === "OBSERVATION" ? `${e.classification}${e.frozen_by ? ` (frozen by ${e.frozen_by})` : ""} ${e.ref ?? ""} ${e.commit.slice(0, 12)}` : e.type === "DECISION" ? `${e.decision} by ${e.by}: ${e.reason}` : `seal by ${e.by}`;
    return `${String(e.seq).padEnd(4)} ${e.type.padEnd(12)} ${e.event_id.padEnd(29)} ${e.timestamp.padEnd(25)} ${what}`;
  });
  return ["seq  type         event_id                      timestamp                 what", ...rows].join(
    "\n"
  );
}
export {
  run
};
