import { spawn } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleGit, type SimpleGit as SimpleGitClient } from 'simple-git';
import type { GitMode } from '../core/seal/observation.js';
import type { ChangedPath, Git } from '../ports/git.js';

const COMMIT_HEADER = /^commit ([0-9a-f]{40,64})$/;

/** The Git port over simple-git, for the repository checked out at `dir`. */
export function createSimpleGit(dir: string): Git {
  const git: SimpleGitClient = simpleGit({ baseDir: dir, maxConcurrentProcesses: 4 });

  const verify = async (ref: string): Promise<string | null> => {
    try {
      return (await git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim() || null;
    } catch {
      // rev-parse --verify exits 1 for an unknown ref: that is the answer "not here".
      return null;
    }
  };

  return {
    async currentBranch() {
      try {
        return (await git.raw(['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim() || null;
      } catch {
        // symbolic-ref exits 1 on a detached HEAD: there is no branch, which is the answer.
        return null;
      }
    },
    async head() {
      return verify('HEAD');
    },
    resolveCommit: verify,
    async hasOrigin() {
      return (await git.getRemotes()).some((r) => r.name === 'origin');
    },
    async ensureCommit(ref) {
      const local = await verify(ref);
      if (local) return local;
      // Shallow checkouts (actions/checkout's default depth 1) lack the base commit: fetch just it.
      await git.raw(['fetch', '--no-tags', '--depth=1', 'origin', ref]);
      const fetched = (await verify(ref)) ?? (await verify('FETCH_HEAD'));
      if (!fetched) throw new Error(`baseline-ref ${ref}: not a commit here or on origin`);
      return fetched;
    },
    async readFileAt(ref, path) {
      const listed = await git.raw(['ls-tree', '-z', '--full-tree', ref, '--', path]);
      if (listed.length === 0) return null;
      return new Uint8Array(await git.showBuffer([`${ref}:${path}`]));
    },
    async modesAt(ref, paths) {
      const wanted = new Set(paths);
      const modes = new Map<string, GitMode>();
      const out = await git.raw(['ls-tree', '-r', '-z', '--full-tree', ref]);
      for (const rec of out.split('\0')) {
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
      const seen = new Map<string, ChangedPath>();
      const log = await git.raw([
        'log',
        '--format=commit %H',
        '--name-only',
        '-z',
        '--no-renames',
        `${from}..${to}`,
      ]);
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
      // The tree diff covers what shallow history hides (a merge commit checked out at depth 1).
      const diff = await git.raw(['diff', '--name-only', '-z', '--no-renames', from, to]);
      for (const path of diff.split('\0')) if (path && !seen.has(path)) seen.set(path, { path, commits: [] });
      return [...seen.values()];
    },
    async fetchBranch(branch) {
      const ref = `refs/driftgate/${branch}`;
      try {
        await git.raw(['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${branch}:${ref}`]);
      } catch (e) {
        // "couldn't find remote ref": the branch does not exist yet (first use).
        if (/couldn't find remote ref|no such ref/i.test((e as Error).message)) return null;
        throw e;
      }
      return verify(ref);
    },
    async parentOf(commit) {
      return verify(`${commit}^`);
    },
    async listFolder(ref, dir) {
      const out = await git.raw(['ls-tree', '-z', '--name-only', ref, '--', `${dir.replace(/\/+$/, '')}/`]);
      return out.split('\0').filter(Boolean);
    },
    async commitsTouching(ref, paths, max) {
      const out = await git.raw(['log', '--format=%H', `-n${max}`, ref, '--', ...paths]);
      return out.split('\n').filter(Boolean);
    },
    async filesAt(ref, dir) {
      const out = await git.raw([
        'ls-tree',
        '-r',
        '-z',
        ref,
        '--',
        dir ? `${dir.replace(/\/+$/, '')}/` : '.',
      ]);
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
      const out = new Map<string, Uint8Array>();
      const wanted = [...new Set(ids)];
      if (!wanted.length) return out;
      const bytes = await runGitBytes(
        dir,
        ['cat-file', '--batch'],
        process.env,
        Buffer.from(`${wanted.join('\n')}\n`),
      );
      let at = 0;
      while (at < bytes.length) {
        const nl = bytes.indexOf(10, at);
        const [id, type, size] = bytes.subarray(at, nl).toString().split(' ');
        if (type === 'missing' || size === undefined)
          throw new Error(`git cat-file: object ${id} is missing`);
        const n = Number(size);
        out.set(id!, bytes.subarray(nl + 1, nl + 1 + n));
        at = nl + 1 + n + 1;
      }
      return out;
    },
    async commitFiles(parent, files, message) {
      // A private index: the work tree, the real index and HEAD are never touched. (Plain git, not
      // simple-git: simple-git refuses an environment that holds EDITOR, which runners may set.)
      const index = join(await mkdtemp(join(tmpdir(), 'driftgate-index-')), 'index');
      const env = { ...process.env, GIT_INDEX_FILE: index, ...BOT_IDENTITY };
      const g = (args: string[], input?: Uint8Array) => runGit(dir, args, env, input);
      try {
        await g(parent ? ['read-tree', parent] : ['read-tree', '--empty']);
        for (const [path, bytes] of files) {
          const blob = (await g(['hash-object', '-w', '--stdin'], bytes)).trim();
          await g(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`]);
        }
        const tree = (await g(['write-tree'])).trim();
        return (await g(['commit-tree', tree, '-m', message, ...(parent ? ['-p', parent] : [])])).trim();
      } finally {
        await rm(dirname(index), { recursive: true, force: true });
      }
    },
    async push(commit, branch) {
      try {
        await git.raw(['push', '--quiet', 'origin', `${commit}:refs/heads/${branch}`]);
        return { status: 'pushed' };
      } catch (e) {
        const message = (e as Error).message.trim();
        // Someone pushed first (the race compare-and-retry expects); the wording varies with git versions.
        if (
          /\[rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|incorrect old value|stale info/i.test(
            message,
          ) &&
          !/hook declined/i.test(message)
        ) {
          return { status: 'rejected', message };
        }
        if (
          /\b403\b|permission to .* denied|write access|not permitted|protected branch|hook declined/i.test(
            message,
          )
        ) {
          return { status: 'forbidden', message };
        }
        return { status: 'failed', message };
      }
    },
  };
}

/** Commits made by driftgate carry the Actions bot identity (the token that pushes them is the workflow's). */
const BOT_IDENTITY = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** git with its own environment and bytes on stdin (simple-git has neither for raw commands). */
async function runGit(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: Uint8Array,
): Promise<string> {
  return (await runGitBytes(cwd, args, env, input)).toString();
}

/** runGit with stdout as bytes (blobs). */
function runGitBytes(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: Uint8Array,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`git ${args.join(' ')}: ${err.trim()}`)),
    );
    if (input) {
      // EPIPE: git exited without reading all of stdin; its exit status tells what happened.
      child.stdin!.on('error', () => {});
      child.stdin!.end(input);
    }
  });
}

/** The Git port when `dir` is the top of a git work tree; null when it is not in a repository. */
export async function createSimpleGitIfRepository(dir: string): Promise<Git | null> {
  let top: string;
  try {
    top = (await simpleGit({ baseDir: dir }).revparse(['--show-toplevel'])).trim();
  } catch (e) {
    // Only "not a repository" means absent; any other git failure is reported.
    if (/not a git repository/i.test((e as Error).message)) return null;
    throw e;
  }
  if ((await realpath(top)) !== (await realpath(dir))) {
    throw new Error(
      `the workspace ${dir} is not the top of its git repository (${top}); run driftgate from the repository root`,
    );
  }
  return createSimpleGit(dir);
}
