import {
  EXIT,
  print,
  warn
} from "./chunk-C5FXNSZY.js";
import {
  unsafePathReason
} from "./chunk-HVE4N3UZ.js";
import {
  composeCli,
  formatManifest
} from "./chunk-PTAWZGJY.js";
import {
  computePrimaryRun,
  computeRuntimeBaseline,
  observeTests
} from "./chunk-LJQKZDI4.js";
import {
  observationList
} from "./chunk-AFRBU7WO.js";
import "./chunk-HNG6AO7T.js";
import "./chunk-ENKMO2MZ.js";
import "./chunk-ZWSSS5UM.js";
import {
  SettingsError
} from "./chunk-YT3BNT63.js";
import "./chunk-4WEBSF52.js";
import "./chunk-STYDF6KF.js";
import "./chunk-C2M7AN2O.js";
import "./chunk-Q5N7MLC5.js";

// src/stages/baseline.ts
async function assertNewOrUpdate(workspace, target, what, update) {
  if (!update && await workspace.exists(target)) {
    throw new SettingsError(
      `${target} exists; updating ${what} needs an architect's decision (SPEC \xA76). Re-run with --update only with that decision recorded`
    );
  }
}
async function sealManifest(settings, files, update, workspace) {
  const target = settings.baseline;
  await assertNewOrUpdate(workspace, target, "a sealed baseline", update);
  const listed = files.length > 0 ? [...files] : await workspace.glob(settings.sealed);
  if (listed.length === 0) throw new SettingsError("nothing to seal: give --sealed globs or file names");
  const encoder = new TextEncoder();
  const names = [...new Set(listed.map((f) => f.replace(/^(\.\/)+/, "")))].filter((f) => f !== target).sort();
  const bytes = names.map((n) => encoder.encode(n));
  for (const [i, b] of bytes.entries()) {
    const reason = unsafePathReason(b);
    if (reason) throw new SettingsError(`${names[i]}: cannot seal a path outside the workspace (${reason})`);
  }
  const observed = observationList(await workspace.observe(bytes));
  const entries = observed.map((o, i) => {
    if (o.state !== "ok") {
      throw new SettingsError(
        `${names[i]}: cannot seal it (${o.state === "unreadable" ? o.error : o.state})`
      );
    }
    return { hash: o.sha256, name: bytes[i] };
  });
  await workspace.writeFile(target, formatManifest(entries));
  return { manifest: target, entries: entries.length };
}
async function sealRuntimeBaseline(settings, update, ports) {
  const target = settings["runtime-baseline"];
  await assertNewOrUpdate(ports.workspace, target, "a runtime baseline", update);
  const stage = await observeTests(settings, null, ports, { ignoreBaseline: true });
  if (!stage)
    throw new SettingsError(
      "seal --runtime needs --test-command (or --test-console with --test-exit-code) and --test-report"
    );
  const { run: run2 } = computePrimaryRun(stage.readings);
  const problems = stage.findings.filter((f) => f.classification !== "STABLE");
  if (problems.length > 0 || !run2) {
    const why = problems.length ? problems.map((f) => `  ${f.classification} ${f.code}: ${f.message}`).join("\n") : "  no test report was read: a runtime baseline records test ids, so it needs --test-report";
    return { sealed: false, problems, why };
  }
  const outputs = {};
  for (const [path, hash] of stage.outputs) {
    if (hash === null) throw new SettingsError(`${path}: output cannot be read, so it cannot be recorded`);
    outputs[path] = hash;
  }
  const baseline = computeRuntimeBaseline(run2, outputs, await ports.git?.head() ?? "unknown");
  await ports.workspace.writeFile(target, `${JSON.stringify(baseline, null, 2)}
`);
  return { sealed: true, target, baseline, outputs: Object.keys(outputs).length };
}

// src/cli/commands/seal.ts
async function run({ args, flags, json }) {
  const { settings, ports } = await composeCli(flags, {
    git: flags.runtime ? "always" : "if-baseline-ref",
    // Sealing writes the manifest it names: there it need not exist yet.
    requireBaseline: false
  });
  const update = flags.update === true;
  if (flags.runtime) return sealRuntime(await sealRuntimeBaseline(settings, update, ports), json);
  const { manifest, entries } = await sealManifest(settings, args, update, ports.workspace);
  if (json) print(JSON.stringify({ manifest, entries, updated: update }));
  else {
    print(`driftgate seal: wrote ${entries} entries to ${manifest}`);
    if (update)
      warn(
        `warning: ${manifest} was replaced; commit it together with the architect's decision that accepts it`
      );
  }
  return EXIT.passed;
}
function sealRuntime(result, json) {
  if (!result.sealed) {
    if (json) print(JSON.stringify({ sealed: false, findings: result.problems }));
    warn(`driftgate seal --runtime: refusing to record a run that is not clean:
${result.why}`);
    return EXIT.failed;
  }
  const counts = result.baseline.totals;
  if (json)
    print(
      JSON.stringify({
        sealed: true,
        runtimeBaseline: result.target,
        totals: counts,
        outputs: result.outputs
      })
    );
  else
    print(
      `driftgate seal --runtime: wrote ${result.target}: ${counts.total} tests (${counts.passed} passed, ${counts.skipped + counts.todo} skipped/todo), ${result.outputs} output(s)`
    );
  return EXIT.passed;
}
export {
  run
};
