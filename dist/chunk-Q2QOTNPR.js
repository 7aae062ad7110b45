import {
  EXIT,
  print,
  printJson
} from "./chunk-C5FXNSZY.js";
import {
  runGate
} from "./chunk-LM3APHD2.js";
import "./chunk-57BCHSOT.js";
import "./chunk-OO4PCUWD.js";
import "./chunk-HVE4N3UZ.js";
import {
  composeCli
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
import "./chunk-Q5N7MLC5.js";

// src/cli/commands/check.ts
async function run({ flags, json }) {
  const { settings, context, ports } = await composeCli(flags);
  const verdict = await runGate(settings, context, ports);
  if (json) {
    printJson({
      classification: verdict.classification,
      fails: verdict.fails,
      outputs: ports.reporter.outputs,
      event: verdict.event,
      log: verdict.log ? { line: verdict.log.line, pushed: !verdict.log.notPushed, commit: verdict.log.commit } : null
    });
  } else print(renderCheck(verdict));
  return verdict.fails ? EXIT.failed : EXIT.passed;
}
function renderCheck(verdict) {
  const { event } = verdict;
  const lines = [
    `driftgate: ${verdict.classification} \u2014 the gate ${verdict.fails ? "fails" : "passes"}`,
    `event ${event.event_id}; ${event.findings.length} finding(s); report ${verdict.reportPath}`,
    ...event.findings.map((f) => `  ${f.classification} ${f.code}: ${f.message}`)
  ];
  const p = event.policy;
  if (p)
    lines.push(
      `policy drift ${p.drift_score} (${p.band}), risk ${p.risk_level}; runbook ${verdict.runbookPath}`
    );
  return lines.join("\n");
}
export {
  run
};
