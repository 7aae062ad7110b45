import {
  EXIT,
  print,
  printJson,
  warn
} from "./chunk-C5FXNSZY.js";
import {
  runVerify
} from "./chunk-OO4PCUWD.js";
import "./chunk-HVE4N3UZ.js";
import {
  composeCliSettings
} from "./chunk-PTAWZGJY.js";
import "./chunk-AFRBU7WO.js";
import "./chunk-HNG6AO7T.js";
import "./chunk-YT3BNT63.js";
import "./chunk-STYDF6KF.js";
import "./chunk-Q5N7MLC5.js";

// src/cli/commands/verify.ts
async function run({ flags, json }) {
  const { settings, workspace, git } = await composeCliSettings(flags, { git: "if-baseline-ref" });
  const { classification, seal } = await runVerify(settings, { workspace, git });
  const fails = classification !== "STABLE";
  if (json) {
    printJson({ classification, fails, entries: seal.verdicts, findings: seal.findings });
    return fails ? EXIT.failed : EXIT.passed;
  }
  const quiet = flags.quiet === true;
  const lines = seal.verdicts.filter((v) => !quiet || v.status !== "OK").map((v) => `${v.path}: ${v.status}`);
  if (lines.length) print(lines.join("\n"));
  for (const f of seal.findings)
    if (f.classification !== "STABLE" || !quiet) warn(`${f.classification} ${f.code}: ${f.message}`);
  if (!quiet || fails) print(`driftgate verify: ${classification}`);
  return fails ? EXIT.failed : EXIT.passed;
}
export {
  run
};
