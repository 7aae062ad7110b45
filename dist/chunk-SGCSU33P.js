import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);
import {
  recordDecision
} from "./chunk-C5QPFX7S.js";
import {
  EXIT,
  UsageError,
  print,
  warn
} from "./chunk-3TVOJM4E.js";
import {
  composeCli
} from "./chunk-7ZPONQP3.js";
import "./chunk-FRFLTDE3.js";
import "./chunk-4ZWHVAGB.js";

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
