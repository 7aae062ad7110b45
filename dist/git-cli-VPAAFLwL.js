const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
let node_os = require("node:os");
let node_path = require("node:path");
let node_fs_promises = require("node:fs/promises");
let node_child_process = require("node:child_process");
// src/adapters/git-cli.ts
function execGit(cwd, call) {
	return new Promise((resolve, reject) => {
		const child = (0, node_child_process.spawn)("git", call.args, {
			cwd,
			env: call.env ?? process.env,
			stdio: [
				call.input ? "pipe" : "ignore",
				"pipe",
				"pipe"
			]
		});
		const out = [];
		let stderr = "";
		child.stdout.on("data", (d) => out.push(d));
		child.stderr.on("data", (d) => stderr += d.toString());
		child.once("error", reject);
		child.once("close", (code, signal) => {
			const exit = code ?? 128;
			if ((call.ok ?? [0]).includes(exit) && !signal) resolve({
				code: exit,
				stdout: Buffer.concat(out),
				stderr
			});
			else reject(new GitError(call.args, exit, signal ? `${stderr}killed by ${signal}` : stderr));
		});
		if (call.input) {
			child.stdin.on("error", () => {});
			child.stdin.end(call.input);
		}
	});
}
function createGitCli(dir) {
	const text = async (...args) => (await execGit(dir, { args })).stdout.toString();
	const verify = async (ref) => {
		const r = await execGit(dir, {
			args: [
				"rev-parse",
				"--verify",
				"--quiet",
				`${ref}^{commit}`
			],
			ok: [0, 1]
		});
		return r.code === 0 ? r.stdout.toString().trim() || null : null;
	};
	return {
		async currentBranch() {
			const r = await execGit(dir, {
				args: [
					"symbolic-ref",
					"--quiet",
					"--short",
					"HEAD"
				],
				ok: [0, 1]
			});
			return r.code === 0 ? r.stdout.toString().trim() || null : null;
		},
		head: () => verify("HEAD"),
		resolveCommit: verify,
		async hasOrigin() {
			return (await text("remote")).split("\n").includes("origin");
		},
		async ensureCommit(ref) {
			const local = await verify(ref);
			if (local) return local;
			await text("fetch", "--no-tags", "--depth=1", "origin", ref);
			const fetched = await verify(ref) ?? await verify("FETCH_HEAD");
			if (!fetched) throw new Error(`baseline-ref ${ref}: not a commit here or on origin`);
			return fetched;
		},
		async readFileAt(ref, path) {
			if ((await text("ls-tree", "-z", "--full-tree", ref, "--", path)).length === 0) return null;
			return new Uint8Array((await execGit(dir, { args: ["show", `${ref}:${path}`] })).stdout);
		},
		async modesAt(ref, paths) {
			const wanted = new Set(paths);
			const modes = new Map();
			for (const rec of (await text("ls-tree", "-r", "-z", "--full-tree", ref)).split("\0")) {
				const tab = rec.indexOf("	");
				if (tab < 0) continue;
				const path = rec.slice(tab + 1);
				const mode = rec.slice(0, rec.indexOf(" "));
				if (wanted.has(path) && (mode === "100644" || mode === "100755" || mode === "120000")) modes.set(path, mode);
			}
			return modes;
		},
		async changedPaths(from, to) {
			const seen = parseLogNames(await text("log", "--format=commit %H", "--name-only", "-z", "--no-renames", `${from}..${to}`));
			const diff = await text("diff", "--name-only", "-z", "--no-renames", from, to);
			for (const path of diff.split("\0")) if (path && !seen.has(path)) seen.set(path, {
				path,
				commits: []
			});
			return [...seen.values()];
		},
		async fetchBranch(branch) {
			const ref = `refs/driftgate/${branch}`;
			const r = await execGit(dir, {
				args: [
					"fetch",
					"--no-tags",
					"--quiet",
					"origin",
					`+refs/heads/${branch}:${ref}`
				],
				ok: [
					0,
					1,
					128
				]
			});
			if (r.code !== 0) {
				if (/couldn't find remote ref|no such ref/i.test(r.stderr)) return null;
				throw new GitError([
					"fetch",
					"origin",
					branch
				], r.code, r.stderr);
			}
			return verify(ref);
		},
		parentOf: (commit) => verify(`${commit}^`),
		async listFolder(ref, folder) {
			return (await text("ls-tree", "-z", "--name-only", ref, "--", `${folder.replace(/\/+$/, "")}/`)).split("\0").filter(Boolean);
		},
		async commitsTouching(ref, paths, max) {
			return (await text("log", "--format=%H", `-n${max}`, ref, "--", ...paths)).split("\n").filter(Boolean);
		},
		async filesAt(ref, folder) {
			return (await text("ls-tree", "-r", "-z", ref, "--", folder ? `${folder.replace(/\/+$/, "")}/` : ".")).split("\0").filter(Boolean).flatMap((entry) => {
				const tab = entry.indexOf("	");
				const [, type, id] = entry.slice(0, tab).split(" ");
				return type === "blob" ? [{
					path: entry.slice(tab + 1),
					blob: id
				}] : [];
			});
		},
		async readBlobs(ids) {
			const wanted = [...new Set(ids)];
			if (!wanted.length) return new Map();
			const { stdout } = await execGit(dir, {
				args: ["cat-file", "--batch"],
				input: Buffer.from(`${wanted.join("\n")}\n`)
			});
			return parseBatch(stdout);
		},
		async commitFiles(parent, files, message) {
			const index = (0, node_path.join)(await (0, node_fs_promises.mkdtemp)((0, node_path.join)((0, node_os.tmpdir)(), "driftgate-index-")), "index");
			const env = {
				...process.env,
				GIT_INDEX_FILE: index,
				...BOT_IDENTITY
			};
			const g = async (args, input) => (await execGit(dir, {
				args,
				env,
				input
			})).stdout.toString().trim();
			try {
				await g(parent ? ["read-tree", parent] : ["read-tree", "--empty"]);
				for (const [path, bytes] of files) await g([
					"update-index",
					"--add",
					"--cacheinfo",
					`100644,${await g([
						"hash-object",
						"-w",
						"--stdin"
					], bytes)},${path}`
				]);
				return await g([
					"commit-tree",
					await g(["write-tree"]),
					"-m",
					message,
					...parent ? ["-p", parent] : []
				]);
			} finally {
				await (0, node_fs_promises.rm)((0, node_path.dirname)(index), {
					recursive: true,
					force: true
				});
			}
		},
		async push(commit, branch) {
			const r = await execGit(dir, {
				args: [
					"push",
					"--quiet",
					"origin",
					`${commit}:refs/heads/${branch}`
				],
				ok: [
					0,
					1,
					128
				]
			});
			return r.code === 0 ? { status: "pushed" } : classifyPushFailure(r.stderr.trim());
		}
	};
}
function classifyPushFailure(message) {
	if (/\[rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|incorrect old value|stale info/i.test(message) && !/hook declined/i.test(message)) return {
		status: "rejected",
		message
	};
	if (/\b403\b|permission to .* denied|write access|not permitted|protected branch|hook declined/i.test(message)) return {
		status: "forbidden",
		message
	};
	return {
		status: "failed",
		message
	};
}
function parseLogNames(log) {
	const seen = new Map();
	let commit;
	let firstAfterHeader = false;
	for (const token of log.split("\0")) {
		const header = COMMIT_HEADER.exec(token.replace(/^\n/, ""));
		if (header) {
			commit = header[1];
			firstAfterHeader = true;
			continue;
		}
		const path = firstAfterHeader ? token.replace(/^\n/, "") : token;
		firstAfterHeader = false;
		if (!path) continue;
		const entry = seen.get(path) ?? {
			path,
			commits: []
		};
		if (commit && !entry.commits.includes(commit)) entry.commits.unshift(commit);
		seen.set(path, entry);
	}
	return seen;
}
function parseBatch(bytes) {
	const out = new Map();
	let at = 0;
	while (at < bytes.length) {
		const nl = bytes.indexOf(10, at);
		const [id, type, size] = bytes.subarray(at, nl).toString().split(" ");
		if (type === "missing" || size === void 0) throw new Error(`git cat-file: object ${id} is missing`);
		const n = Number(size);
		out.set(id, bytes.subarray(nl + 1, nl + 1 + n));
		at = nl + 1 + n + 1;
	}
	return out;
}
async function createGitCliIfRepository(dir) {
	const r = await execGit(dir, {
		args: ["rev-parse", "--show-toplevel"],
		ok: [0, 128]
	});
	if (r.code !== 0) {
		if (/not a git repository/i.test(r.stderr)) return null;
		throw new GitError(["rev-parse", "--show-toplevel"], r.code, r.stderr);
	}
	const top = r.stdout.toString().trim();
	if (await (0, node_fs_promises.realpath)(top) !== await (0, node_fs_promises.realpath)(dir)) throw new Error(`the workspace ${dir} is not the top of its git repository (${top}); run driftgate from the repository root`);
	return createGitCli(dir);
}
var COMMIT_HEADER, GitError, BOT_IDENTITY;
function init_git_cli() {
	return (init_git_cli = require_rolldown_runtime.__esmMin((() => {
		COMMIT_HEADER = /^commit ([0-9a-f]{40,64})$/;
		GitError = class extends Error {
			args;
			code;
			stderr;
			constructor(args, code, stderr) {
				super(`git ${args.join(" ")}: ${stderr.trim() || `exit code ${code}`}`);
				this.args = args;
				this.code = code;
				this.stderr = stderr;
			}
		};
		BOT_IDENTITY = {
			GIT_AUTHOR_NAME: "github-actions[bot]",
			GIT_AUTHOR_EMAIL: "41898282+github-actions[bot]@users.noreply.github.com",
			GIT_COMMITTER_NAME: "github-actions[bot]",
			GIT_COMMITTER_EMAIL: "41898282+github-actions[bot]@users.noreply.github.com"
		};
	})))();
}
init_git_cli();
exports.createGitCliIfRepository = createGitCliIfRepository;
