import {
  EXIT,
  UsageError,
  print,
  printJson
} from "./chunk-C5FXNSZY.js";
import {
  computeRunbooks,
  describeChange,
  describeFlip,
  observePolicies,
  renderRunbooks,
  shortSha
} from "./chunk-57BCHSOT.js";
import {
  classify,
  computeFails,
  resolveBaselineRef
} from "./chunk-OO4PCUWD.js";
import {
  composeCli
} from "./chunk-PTAWZGJY.js";

// src/cli/commands/policy.ts
var POLICY_VIEWS = ["diff", "drift", "replay", "contradictions", "federation", "runbook"];
async function run(input) {
  const view = input.args[0] ?? "";
  if (!POLICY_VIEWS.includes(view))
    throw new UsageError(`policy needs one of ${POLICY_VIEWS.join(", ")} (got "${view}")`);
  return runView(view, input);
}
async function runView(view, { flags, json }) {
  const { settings, ports } = await composeCli(flags);
  const ref = flags.base ?? settings["baseline-ref"];
  if (ref && !ports.git) throw new UsageError(`--base ${ref} needs a git repository`);
  const baselineRef = await resolveBaselineRef(ref, ports.git);
  const stage = await observePolicies(
    { policies: settings.policies, traces: settings.traces, baselineRef },
    ports
  );
  if (!stage) {
    if (json) print(JSON.stringify({ policies: [], traces: 0 }));
    else
      print(
        `driftgate: no policy file (${settings.policies.join(", ")}) and no trace (${settings.traces.join(", ")})`
      );
    return EXIT.passed;
  }
  const classification = classify(stage.findings);
  const code = computeFails(classification, settings["fail-on"]) ? EXIT.failed : EXIT.passed;
  if (view === "runbook") {
    const books = computeRunbooks(
      classification,
      {
        head: stage.analysis.head,
        base: stage.analysis.base,
        manifest: settings.baseline,
        logBranch: settings["log-branch"]
      },
      stage.runbooks
    );
    if (json) printJson({ classification, findings: stage.findings, runbooks: books });
    else print(renderRunbooks(books));
    return code;
  }
  const rule = flags.rule ?? null;
  if (json) printJson({ classification, findings: stage.findings, ...dataOf(view, stage.analysis, rule) });
  else print([...TEXT[view](stage.analysis, rule), ...problemLines(stage.findings)].join("\n"));
  return code;
}
var flipsOf = (a, rule) => rule ? a.replay.flips.filter((f) => f.from.rule === rule || f.to.rule === rule) : a.replay.flips;
function dataOf(view, a, rule) {
  switch (view) {
    case "diff":
      return { base: a.base, head: a.head, changes: a.diff };
    case "drift":
      return {
        drift: a.drift,
        risk: a.risk,
        volatility: a.volatility,
        stability: a.stability,
        signals: a.signals,
        flipFlops: a.history.flipFlops,
        commits: a.history.commits
      };
    case "replay":
      return { ...a.replay, flips: flipsOf(a, rule), rule };
    case "contradictions":
      return a.contradictions;
    case "federation":
      return { stability: a.stability, ...a.federation };
  }
}
var TEXT = {
  diff: (a) => [
    `policy diff ${a.base ? shortSha(a.base) : "(no base)"}..${shortSha(a.head)}: ${a.diff.length} change(s)`,
    ...a.diff.map((d) => `  ${d.project}  ${d.id}  ${describeChange(d)}  ${d.direction}`)
  ],
  drift: (a) => [
    `drift ${a.drift.score} (${a.drift.band}) \xB7 risk ${a.risk.level}${a.risk.alarms.length ? ` (${a.risk.alarms.join("; ")})` : ""} \xB7 volatility ${a.volatility} \xB7 stability ${a.stability}`,
    ...a.signals.map(
      (s) => `  ${s.title.padEnd(24)} ${String(s.value).padEnd(7)} = ${s.intensity} \xD7 confidence ${s.confidence} (${s.severity}) \u2014 ${s.detail}`
    ),
    ...a.history.flipFlops.slice(0, 10).map((f) => `  flip-flop ${f.project} ${f.rule}: ${f.changes} changes, ${f.reversals} reversals`)
  ],
  replay: (a, rule) => [
    `${a.replay.flipped} of ${a.replay.lines} traced decisions change under head (${a.replay.loosened} loosened, ${a.replay.tightened} tightened)`,
    ...flipsOf(a, rule).map((f) => `  ${f.project}: ${describeFlip(f)}`)
  ],
  contradictions: (a) => [
    `${a.contradictions.static.length} static (${a.contradictions.introduced.length} new), ${a.contradictions.dynamic.length} dynamic`,
    ...a.contradictions.static.map(
      (c) => `  static ${c.type} ${c.project}: ${c.rules.join(" vs ")} (${c.effects.join(" vs ")}) in ${c.files.join(", ")}${c.example ? ` e.g. ${c.example}` : ""}`
    ),
    ...a.contradictions.dynamic.map(
      (d) => `  dynamic ${d.project ?? "(no project)"}: ${d.request.action} ${d.request.target}: ${d.decisions.map((x) => `${x.decision} \xD7${x.lines} (first ${x.firstAt})`).join(", ")}`
    )
  ],
  federation: (a) => [
    `federated stability ${a.stability} over ${a.projects.length} project(s)`,
    ...a.federation.pairs.map(
      (p) => `  ${p.a} vs ${p.b}: divergence ${p.divergence} on ${p.shared} shared probes`
    ),
    ...a.federation.outliers.length ? [`  outliers: ${a.federation.outliers.map((o) => `${o.project} (${o.divergence})`).join(", ")}`] : []
  ]
};
var problemLines = (findings) => findings.filter((f) => f.classification !== "STABLE").map((f) => `${f.classification} ${f.code}: ${f.message}`);

export {
  POLICY_VIEWS,
  run,
  runView
};
