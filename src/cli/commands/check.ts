import { composeCli } from '../../compose.js';
import { runGate, type GateResult } from '../../gate.js';
import { EXIT, print, printJson, type CommandInput } from '../io.js';

/** `driftgate check`: the whole gate on the workspace. */
export async function run({ flags, json }: CommandInput): Promise<number> {
  const { settings, context, ports } = await composeCli(flags);
  const verdict = await runGate(settings, context, ports);
  if (json) {
    printJson({
      classification: verdict.classification,
      fails: verdict.fails,
      outputs: ports.reporter.outputs,
      event: verdict.event,
      log: verdict.log
        ? { line: verdict.log.line, pushed: !verdict.log.notPushed, commit: verdict.log.commit }
        : null,
    });
  } else print(renderCheck(verdict));
  return verdict.fails ? EXIT.failed : EXIT.passed;
}

function renderCheck(verdict: GateResult): string {
  const { event } = verdict;
  const lines = [
    `driftgate: ${verdict.classification} — the gate ${verdict.fails ? 'fails' : 'passes'}`,
    `event ${event.event_id}; ${event.findings.length} finding(s); report ${verdict.reportPath}`,
    ...event.findings.map((f) => `  ${f.classification} ${f.code}: ${f.message}`),
  ];
  const p = event.policy;
  if (p)
    lines.push(
      `policy drift ${p.drift_score} (${p.band}), risk ${p.risk_level}; runbook ${verdict.runbookPath}`,
    );
  return lines.join('\n');
}
