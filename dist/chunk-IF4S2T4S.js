import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);
import {
  EXIT,
  print,
  printJson
} from "./chunk-3TVOJM4E.js";
import {
  runGate
} from "./chunk-6MFH6B7O.js";
import "./chunk-UMRIURO5.js";
import "./chunk-64DB6KKB.js";
import "./chunk-2QQ7NYYQ.js";
import {
  composeCli
} from "./chunk-7ZPONQP3.js";
import "./chunk-FRFLTDE3.js";
import "./chunk-4ZWHVAGB.js";

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
