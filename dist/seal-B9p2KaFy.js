const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_tests = require("./tests-C3mizSuR.js");
const require_settings = require("./settings--AKwJVJX.js");
// src/stages/baseline.ts
async function assertNewOrUpdate(workspace, target, what, update) {
	if (!update && await workspace.exists(target)) throw new require_verify.SettingsError(`${target} exists; updating ${what} needs an architect's decision (SPEC §6). Re-run with --update only with that decision recorded`);
}
async function sealManifest(settings, files, update, workspace) {
	const target = settings.baseline;
	await assertNewOrUpdate(workspace, target, "a sealed baseline", update);
	const listed = files.length > 0 ? [...files] : await workspace.glob(settings.sealed);
	if (listed.length === 0) throw new require_verify.SettingsError("nothing to seal: give --sealed globs or file names");
	const encoder = new TextEncoder();
	const names = [...new Set(listed.map((f) => f.replace(/^(\.\/)+/, "")))].filter((f) => f !== target).sort();
	const bytes = names.map((n) => encoder.encode(n));
	for (const [i, b] of bytes.entries()) {
		const reason = require_verify.unsafePathReason(b);
		if (reason) throw new require_verify.SettingsError(`${names[i]}: cannot seal a path outside the workspace (${reason})`);
	}
	const entries = require_verify.observationList(await workspace.observe(bytes)).map((o, i) => {
		if (o.state !== "ok") throw new require_verify.SettingsError(`${names[i]}: cannot seal it (${o.state === "unreadable" ? o.error : o.state})`);
		return {
			hash: o.sha256,
			name: bytes[i]
		};
	});
	await workspace.writeFile(target, require_verify.formatManifest(entries));
	return {
		manifest: target,
		entries: entries.length
	};
}
async function sealRuntimeBaseline(settings, update, ports) {
	const target = settings["runtime-baseline"];
	await assertNewOrUpdate(ports.workspace, target, "a runtime baseline", update);
	const stage = await require_tests.observeTests(settings, null, ports, { ignoreBaseline: true });
	if (!stage) throw new require_verify.SettingsError("seal --runtime needs --test-command (or --test-console with --test-exit-code) and --test-report");
	const { run } = require_tests.computePrimaryRun(stage.readings);
	const problems = stage.findings.filter((f) => f.classification !== "STABLE");
	if (problems.length > 0 || !run) return {
		sealed: false,
		problems,
		why: problems.length ? problems.map((f) => `  ${f.classification} ${f.code}: ${f.message}`).join("\n") : "  no test report was read: a runtime baseline records test ids, so it needs --test-report"
	};
	const outputs = {};
	for (const [path, hash] of stage.outputs) {
		if (hash === null) throw new require_verify.SettingsError(`${path}: output cannot be read, so it cannot be recorded`);
		outputs[path] = hash;
	}
	const baseline = require_tests.computeRuntimeBaseline(run, outputs, await ports.git?.head() ?? "unknown");
	await ports.workspace.writeFile(target, `${JSON.stringify(baseline, null, 2)}\n`);
	return {
		sealed: true,
		target,
		baseline,
		outputs: Object.keys(outputs).length
	};
}
function init_baseline() {
	return (init_baseline = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_manifest();
		require_verify.init_paths();
		require_verify.init_observation();
		require_tests.init_classify_tests();
		require_tests.init_runtime_baseline();
		require_settings.init_settings();
		require_tests.init_tests();
	})))();
}
// src/cli/commands/seal.ts
async function run({ args, flags, json }) {
	const { settings, ports } = await require_verify.composeCli(flags, {
		git: flags.runtime ? "always" : "if-baseline-ref",
		requireBaseline: false
	});
	const update = flags.update === true;
	if (flags.runtime) return sealRuntime(await sealRuntimeBaseline(settings, update, ports), json);
	const { manifest, entries } = await sealManifest(settings, args, update, ports.workspace);
	if (json) require_verify.print(JSON.stringify({
		manifest,
		entries,
		updated: update
	}));
	else {
		require_verify.print(`driftgate seal: wrote ${entries} entries to ${manifest}`);
		if (update) require_verify.warn(`warning: ${manifest} was replaced; commit it together with the architect's decision that accepts it`);
	}
	return require_verify.EXIT.passed;
}
function sealRuntime(result, json) {
	if (!result.sealed) {
		if (json) require_verify.print(JSON.stringify({
			sealed: false,
			findings: result.problems
		}));
		require_verify.warn(`driftgate seal --runtime: refusing to record a run that is not clean:\n${result.why}`);
		return require_verify.EXIT.failed;
	}
	const counts = result.baseline.totals;
	if (json) require_verify.print(JSON.stringify({
		sealed: true,
		runtimeBaseline: result.target,
		totals: counts,
		outputs: result.outputs
	}));
	else require_verify.print(`driftgate seal --runtime: wrote ${result.target}: ${counts.total} tests (${counts.passed} passed, ${counts.skipped + counts.todo} skipped/todo), ${result.outputs} output(s)`);
	return require_verify.EXIT.passed;
}
function init_seal() {
	return (init_seal = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_compose();
		init_baseline();
		require_verify.init_io();
	})))();
}
init_seal();
exports.run = run;
