const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
let node_crypto = require("node:crypto");
let node_fs_promises = require("node:fs/promises");
let node_child_process = require("node:child_process");
let node_fs = require("node:fs");
// src/adapters/shell-runner.ts
function computeChildEnv(env, secrets) {
	const secretValues = new Set(secrets.filter((s) => s.length >= 4));
	const out = {};
	for (const [name, value] of Object.entries(env)) {
		if (value === void 0) continue;
		const upper = name.toUpperCase();
		if (STRIPPED_PREFIXES.some((p) => upper.startsWith(p)) || STRIPPED_NAMES.has(upper)) continue;
		if (upper === MARKER_NAME) continue;
		if ([...secretValues].some((s) => value.includes(s))) continue;
		out[name] = value;
	}
	return out;
}
function createShellRunner(options = {}) {
	const shell = (0, node_fs.existsSync)("/bin/bash") ? "/bin/bash" : "/bin/sh";
	const childEnv = computeChildEnv(options.env ?? process.env, options.secrets ?? []);
	const findings = [];
	return {
		async run(command, runOptions) {
			const view = runOptions.onOutput ? null : options.live?.(command) ?? null;
			const before = options.repository ? await require_verify.readGitFingerprint(options.repository) : null;
			try {
				return await runOnce(shell, command, childEnv, {
					...runOptions,
					onOutput: runOptions.onOutput ?? (view ? (c) => view.write(c) : void 0)
				});
			} finally {
				view?.end();
				if (options.repository && before !== await require_verify.readGitFingerprint(options.repository)) findings.push({
					code: "GIT_CONFIG_CHANGED",
					stage: "tests",
					classification: "INCIDENT",
					message: `\`${command.length > 120 ? `${command.slice(0, 120)}…` : command}\` changed .git/config or .git/hooks, which the gate's own git obeys when it reads and appends the log (a redirected origin, a planted hook)`,
					evidence: {
						paths: [".git/config", ".git/hooks"],
						command
					}
				});
			}
		},
		findings: () => [...findings]
	};
}
function runOnce(shell, command, env, { cwd, timeoutMs, onOutput }) {
	const marker = (0, node_crypto.randomBytes)(12).toString("hex");
	return new Promise((resolve, reject) => {
		const child = (0, node_child_process.spawn)(shell, ["-c", `${command}\nexit $?`], {
			cwd,
			env: {
				...env,
				[MARKER_NAME]: marker
			},
			detached: true,
			stdio: [
				"ignore",
				"pipe",
				"pipe"
			]
		});
		let output = "";
		const take = (chunk) => {
			const text = chunk.toString("utf8");
			output += text;
			if (output.length > MAX_OUTPUT_CHARS) output = output.slice(output.length - MAX_OUTPUT_CHARS);
			onOutput?.(text);
		};
		child.stdout.on("data", take);
		child.stderr.on("data", take);
		let timedOut = false;
		let exit = null;
		let settled = false;
		const timers = [];
		const later = (ms, f) => void timers.push(setTimeout(f, ms));
		const killGroup = (signal) => {
			try {
				if (child.pid !== void 0) process.kill(-child.pid, signal);
			} catch {}
		};
		const finish = () => {
			if (settled) return;
			settled = true;
			for (const t of timers) clearTimeout(t);
			child.stdout.destroy();
			child.stderr.destroy();
			resolve({
				exitCode: exit?.code ?? null,
				signal: exit?.signal ?? (timedOut ? "SIGKILL" : null),
				output,
				timedOut
			});
		};
		const giveUp = () => {
			killGroup("SIGKILL");
			killMarked(marker).finally(() => later(200, finish));
		};
		later(timeoutMs, () => {
			timedOut = true;
			killGroup("SIGTERM");
			later(KILL_GRACE_MS, giveUp);
		});
		child.once("error", (e) => {
			if (settled) return;
			settled = true;
			for (const t of timers) clearTimeout(t);
			reject(e);
		});
		child.once("exit", (code, signal) => {
			exit = {
				code,
				signal
			};
			if (!timedOut) later(DRAIN_MS, giveUp);
		});
		child.once("close", () => {
			if (exit) killGroup("SIGKILL");
			finish();
		});
	});
}
async function killMarked(marker) {
	let pids;
	try {
		pids = (await (0, node_fs_promises.readdir)("/proc")).filter((p) => /^\d+$/.test(p));
	} catch {
		return;
	}
	const needle = `${MARKER_NAME}=${marker}`;
	await Promise.all(pids.map(async (pid) => {
		try {
			if ((await (0, node_fs_promises.readFile)(`/proc/${pid}/environ`, "latin1")).split("\0").includes(needle)) process.kill(Number(pid), "SIGKILL");
		} catch {}
	}));
}
var MAX_OUTPUT_CHARS, KILL_GRACE_MS, DRAIN_MS, STRIPPED_PREFIXES, STRIPPED_NAMES, MARKER_NAME;
function init_shell_runner() {
	return (init_shell_runner = require_rolldown_runtime.__esmMin((() => {
		require_verify.init_git_hardening();
		MAX_OUTPUT_CHARS = 8388608;
		KILL_GRACE_MS = 5e3;
		DRAIN_MS = 1500;
		STRIPPED_PREFIXES = ["INPUT_", "ACTIONS_"];
		STRIPPED_NAMES = new Set([
			"GITHUB_TOKEN",
			"GH_TOKEN",
			"GITHUB_ENV",
			"GITHUB_OUTPUT",
			"GITHUB_PATH",
			"GITHUB_STATE",
			"GITHUB_STEP_SUMMARY"
		]);
		MARKER_NAME = "DRIFTGATE_RUN_MARK";
	})))();
}
init_shell_runner();
exports.createShellRunner = createShellRunner;
