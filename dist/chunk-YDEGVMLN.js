import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);
import {
  EXIT,
  print,
  printJson,
  warn
} from "./chunk-3TVOJM4E.js";
import {
  runVerify
} from "./chunk-64DB6KKB.js";
import "./chunk-2QQ7NYYQ.js";
import {
  composeCli
} from "./chunk-7ZPONQP3.js";
import "./chunk-FRFLTDE3.js";
import "./chunk-4ZWHVAGB.js";

// src/cli/commands/verify.ts
async function run({ flags, json }) {
  const { settings, ports } = await composeCli(flags, { git: "if-baseline-ref" });
  const { classification, seal } = await runVerify(settings, ports);
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
