import {
  recordDecision
} from "./chunk-K365YR4B.js";
import {
  EXIT,
  UsageError,
  print,
  warn
} from "./chunk-C5FXNSZY.js";
import {
  composeCli
} from "./chunk-PTAWZGJY.js";
import "./chunk-AFRBU7WO.js";
import "./chunk-HNG6AO7T.js";
import "./chunk-YT3BNT63.js";
import "./chunk-LUUZLYWS.js";
import "./chunk-4WEBSF52.js";
import "./chunk-STYDF6KF.js";
import "./chunk-767OMHVB.js";
import "./chunk-C2M7AN2O.js";
import "./chunk-Q5N7MLC5.js";

// src/cli/commands/decide.ts
async function run({ args, flags, json }) {
  const [kind, eventId] = args;
  if (kind !== "accept" && kind !== "investigate" && kind !== "rollback") {
    throw new UsageError("decide needs accept, investigate or rollback");
  }
  const reason = flags.reason?.trim();
  if (!reason) throw new UsageError("decide needs --reason: a decision is written");
  const by = flags.by ?? process.env.USER ?? "";
  if (!by) throw new UsageError("decide needs --by LOGIN");
  const { settings, location, ports } = await composeCli(flags);
  const outcome = await recordDecision(
    {
      request: { decision: kind, eventId: eventId ?? null, reason },
      by,
      source: "cli",
      place: { kind: "command-line" },
      architects: settings.architects,
      // No API on the command line: with an empty architects list the shell user (who needs push rights to the log) decides.
      permission: settings.architects.length ? null : "admin"
    },
    location,
    ports
  );
  if (json)
    print(
      JSON.stringify(
        outcome.status === "recorded" ? { status: "recorded", event: outcome.event.event_id, entry: outcome.appended.id } : outcome
      )
    );
  else if (outcome.status === "recorded")
    print(`driftgate decide: ${kind} on ${outcome.event.event_id} recorded as ${outcome.appended.id}`);
  else warn(`driftgate decide: not recorded: ${outcome.reason}`);
  return outcome.status === "recorded" ? EXIT.passed : EXIT.failed;
}
export {
  run
};
