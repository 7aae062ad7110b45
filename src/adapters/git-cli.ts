import { spawn } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GitMode } from '../core/seal/observation.js';
import type { ChangedPath, Git } from '../ports/git.js';

const COMMIT_HEADER = /^commit ([0-9a-f]{40,64})$/;

/** One git invocation: its arguments, environment, stdin and the exit codes that are answers, not failures. */
interface GitCall {
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  input?: Uint8Array;
  /** Exit codes that are answers (rev-parse --verify exits 1 for "no such commit"); default [0]. */
  ok?: readonly number[];
}

/** What git answered. */
interface GitAnswer {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** git exited with a code that is not an answer: the command, the code and what git said. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')}: ${stderr.trim() || `exit code ${code}`}`);
  }
}

/**
 * The one way driftgate runs git: a process with its own arguments, environment and stdin, stdout
 * kept as bytes (blobs are not text). Plain node:child_process: @actions/exec decodes every chunk
 * into lines and leaves a write to a closed stdin unhandled; simple-git has no stdin for raw
 * commands and refuses environments that hold EDITOR, which runners may set.
 */
function execGit(cwd: string, call: GitCall): Promise<GitAnswer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', call.args, {
      cwd,
      env: call.env ?? process.env,
      stdio: [call.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const exit = code ?? 128;
      if ((call.ok ?? [0]).includes(exit) && !signal)
        resolve({ code: exit, stdout: Buffer.concat(out), stderr });
      else reject(new GitError(call.args, exit, signal ? `${stderr}killed by ${signal}` : stderr));
    });
    if (call.input) {
      // EPIPE: git exited without reading all of stdin; its exit status tells what happened.
      child.stdin!.on('error', () => {});
      child.stdin!.end(call.input);
    }
  });
}

/** The Git port over the git command line, for the repository checked out at `dir`. */
export function createGitCli(dir: string): Git {
  const text = async (...args: string[]): Promise<string> => (await execGit(dir, { args })).stdout.toString();
  const verify = async (ref: string): Promise<string | null> => {
    // rev-parse --verify exits 1 for an unknown ref: that is the answer "not here".
    const r = await execGit(dir, {
      args: ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
      ok: [0, 1],
    });
    return r.code === 0 ? r.stdout.toString().trim() || null : null;
  };

  return {
    async currentBranch() {
      // symbolic-ref exits 1 on a detached HEAD: there is no branch, which is the answer.
      const r = await execGit(dir, { args: ['symbolic-ref', '--quiet', '--short', 'HEAD'], ok: [0, 1] });
      return r.code === 0 ? r.stdout.toString().trim() || null : null;
    },
    head: () => verify('HEAD'),
    resolveCommit: verify,
    async hasOrigin() {
      return (await text('remote')).split('\n').includes('origin');
    },
    async ensureCommit(ref) {
      const local = await verify(ref);
      if (local) return local;
      // Shallow checkouts (actions/checkout's default depth 1) lack the base commit: fetch just it.
      await text('fetch', '--no-tags', '--depth=1', 'origin', ref);
      const fetched = (await verify(ref)) ?? (await verify('FETCH_HEAD'));
      if (!fetched) throw new Error(`baseline-ref ${ref}: not a commit here or on origin`);
      return fetched;
    },
    async readFileAt(ref, path) {
      const listed = await text('ls-tree', '-z', '--full-tree', ref, '--', path);
      if (listed.length === 0) return null;
      return new Uint8Array((await execGit(dir, { args: ['show', `${ref}:${path}`] })).stdout);
    },
    async modesAt(ref, paths) {
      const wanted = new Set(paths);
      const modes = new Map<string, GitMode>();
      for (const rec of (await text('ls-tree', '-r', '-z', '--full-tree', ref)).split('\0')) {
        const tab = rec.indexOf('\t');
        if (tab < 0) continue;
        const path = rec.slice(tab + 1);
        const mode = rec.slice(0, rec.indexOf(' '));
        if (wanted.has(path) && (mode === '100644' || mode === '100755' || mode === '120000'))
          modes.set(path, mode);
      }
      return modes;
    },
    async changedPaths(from, to) {
      const seen = parseLogNames(
        await text('log', '--format=commit %H', '--name-only', '-z', '--no-renames', `${from}..${to}`),
      );
      // The tree diff covers what shallow history hides (a merge commit checked out at depth 1).
      const diff = await text('diff', '--name-only', '-z', '--no-renames', from, to);
      for (const path of diff.split('\0')) if (path && !seen.has(path)) seen.set(path, { path, commits: [] });
      return [...seen.values()];
    },
    async fetchBranch(branch) {
      const ref = `refs/driftgate/${branch}`;
      const r = await execGit(dir, {
        args: ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${branch}:${ref}`],
        ok: [0, 1, 128],
      });
      if (r.code !== 0) {
        // "couldn't find remote ref": the branch does not exist yet (first use). Anything else
        // (authentication, network, no origin) is a failure to say, not an absent branch.
        if (/couldn't find remote ref|no such ref/i.test(r.stderr)) return null;
        throw new GitError(['fetch', 'origin', branch], r.code, r.stderr);
      }
      return verify(ref);
    },
    parentOf: (commit) => verify(`${commit}^`),
    async listFolder(ref, folder) {
      const out = await text('ls-tree', '-z', '--name-only', ref, '--', `${folder.replace(/\/+$/, '')}/`);
      return out.split('\0').filter(Boolean);
    },
    async commitsTouching(ref, paths, max) {
      return (await text('log', '--format=%H', `-n${max}`, ref, '--', ...paths)).split('\n').filter(Boolean);
    },
    async filesAt(ref, folder) {
      const out = await text(
        'ls-tree',
        '-r',
        '-z',
        ref,
        '--',
        folder ? `${folder.replace(/\/+$/, '')}/` : '.',
      );
      return out
        .split('\0')
        .filter(Boolean)
        .flatMap((entry) => {
          // "<mode> <type> <id>\t<path>"
          const tab = entry.indexOf('\t');
          const [, type, id] = entry.slice(0, tab).split(' ');
          return type === 'blob' ? [{ path: entry.slice(tab + 1), blob: id! }] : [];
        });
    },
    async readBlobs(ids) {
      const wanted = [...new Set(ids)];
      if (!wanted.length) return new Map<string, Uint8Array>();
      const { stdout } = await execGit(dir, {
        args: ['cat-file', '--batch'],
        input: Buffer.from(`${wanted.join('\n')}\n`),
      });
      return parseBatch(stdout);
    },
    async commitFiles(parent, files, message) {
      // A private index: the work tree, the real index and HEAD are never touched.
      const index = join(await mkdtemp(join(tmpdir(), 'driftgate-index-')), 'index');
      const env = { ...process.env, GIT_INDEX_FILE: index, ...BOT_IDENTITY };
      const g = async (args: string[], input?: Uint8Array) =>
        (await execGit(dir, { args, env, input })).stdout.toString().trim();
      try {
        await g(parent ? ['read-tree', parent] : ['read-tree', '--empty']);
        for (const [path, bytes] of files) {
          const blob = await g(['hash-object', '-w', '--stdin'], bytes);
          await g(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`]);
        }
        const tree = await g(['write-tree']);
        return await g(['commit-tree', tree, '-m', message, ...(parent ? ['-p', parent] : [])]);
      } finally {
        await rm(dirname(index), { recursive: true, force: true });
      }
    },
    async push(commit, branch) {
      const r = await execGit(dir, {
        args: ['push', '--quiet', 'origin', `${commit}:refs/heads/${branch}`],
        ok: [0, 1, 128],
      });
      return r.code === 0 ? { status: 'pushed' } : classifyPushFailure(r.stderr.trim());
    },
  };
}

/** Why a push failed: someone pushed first (retry), the token cannot write, or something else. */
function classifyPushFailure(message: string) {
  // Someone pushed first (the race compare-and-retry expects); the wording varies with git versions.
  if (
    /\[rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|incorrect old value|stale info/i.test(
      message,
    ) &&
    !/hook declined/i.test(message)
  ) {
    return { status: 'rejected' as const, message };
  }
  if (
    /\b403\b|permission to .* denied|write access|not permitted|protected branch|hook declined/i.test(message)
  ) {
    return { status: 'forbidden' as const, message };
  }
  return { status: 'failed' as const, message };
}

/** `git log --format='commit %H' --name-only -z` → every path with the commits that touched it, oldest first. */
function parseLogNames(log: string): Map<string, ChangedPath> {
  const seen = new Map<string, ChangedPath>();
  let commit: string | undefined;
  let firstAfterHeader = false;
  for (const token of log.split('\0')) {
    const header = COMMIT_HEADER.exec(token.replace(/^\n/, ''));
    if (header) {
      commit = header[1];
      firstAfterHeader = true;
      continue;
    }
    const path = firstAfterHeader ? token.replace(/^\n/, '') : token;
    firstAfterHeader = false;
    if (!path) continue;
    const entry = seen.get(path) ?? { path, commits: [] };
    // git log lists newest first; keep the oldest first.
    if (commit && !entry.commits.includes(commit)) entry.commits.unshift(commit);
    seen.set(path, entry);
  }
  return seen;
}

/** `git cat-file --batch` output → blob id → bytes. */
function parseBatch(bytes: Buffer): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let at = 0;
  while (at < bytes.length) {
    const nl = bytes.indexOf(10, at);
    const [id, type, size] = bytes.subarray(at, nl).toString().split(' ');
    if (type === 'missing' || size === undefined) throw new Error(`git cat-file: object ${id} is missing`);
    const n = Number(size);
    out.set(id!, bytes.subarray(nl + 1, nl + 1 + n));
    at = nl + 1 + n + 1;
  }
  return out;
}

/** Commits made by driftgate carry the Actions bot identity (the token that pushes them is the workflow's). */
const BOT_IDENTITY = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

/**
 * The Git port when `dir` is the top of a git work tree; null when it is in no repository.
 * Throws for any other git failure, and for a folder inside a repository that is not its top.
 */
export async function createGitCliIfRepository(dir: string): Promise<Git | null> {
  const r = await execGit(dir, { args: ['rev-parse', '--show-toplevel'], ok: [0, 128] });
  if (r.code !== 0) {
    // Only "not a repository" means absent; any other git failure is reported.
    if (/not a git repository/i.test(r.stderr)) return null;
    throw new GitError(['rev-parse', '--show-toplevel'], r.code, r.stderr);
  }
  const top = r.stdout.toString().trim();
  if ((await realpath(top)) !== (await realpath(dir))) {
    throw new Error(
      `the workspace ${dir} is not the top of its git repository (${top}); run driftgate from the repository root`,
    );
  }
  return createGitCli(dir);
}
