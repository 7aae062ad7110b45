import type { execFile as ExecFile } from 'node:child_process';
import { closeSync, constants, fstatSync, lstatSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Git } from '../ports/git.js';
import type { JudgedSide, SideFile, TrustedSide } from '../ports/trusted-side.js';
import { defaultBaselineRef } from '../settings/event.js';
import { readToEnd } from './read-to-end.js';

// node:child_process is loaded on the first git call: reading the work tree (no baseline-ref)
// never needs it, and loading it is a measurable part of a short command's start-up.
let execFileAsync: typeof ExecFile.__promisify__ | undefined;
const run = ((...args: Parameters<typeof ExecFile.__promisify__>) =>
  (execFileAsync ??= promisify(process.getBuiltinModule('node:child_process').execFile))(
    ...args,
  )) as typeof ExecFile.__promisify__;

/** Largest settings or template file read (a config is a few hundred bytes; more is an attack or a mistake). */
export const MAX_SIDE_FILE_BYTES = 256 * 1024;

const refusedPath = (path: string): string | null =>
  path === '' || path.startsWith('/') || path.split(/[\\/]/).includes('..')
    ? 'a path outside the workspace'
    : null;

/**
 * A regular file of the work tree: no symbolic link on the way, no FIFO or device, size capped.
 * Read synchronously: a config or template is a few hundred bytes, read once.
 */
export async function readRegularFile(root: string, path: string): Promise<SideFile> {
  const bad = refusedPath(path);
  if (bad) return { state: 'refused', reason: bad };
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  let at = root;
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    let info;
    try {
      info = lstatSync(at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'absent' };
      return { state: 'refused', reason: `cannot be read (${code ?? String(e)})` };
    }
    if (info.isSymbolicLink())
      return { state: 'refused', reason: `${parts.slice(0, i + 1).join('/')} is a symbolic link` };
    if (i < parts.length - 1 && !info.isDirectory()) return { state: 'absent' };
    if (i === parts.length - 1 && !info.isFile()) return { state: 'refused', reason: 'not a regular file' };
  }
  // O_NONBLOCK: a FIFO swapped in after the check cannot block the gate; O_NOFOLLOW: nor a link.
  let fd;
  try {
    fd = openSync(at, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    return {
      state: 'refused',
      reason: `cannot be opened (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { state: 'refused', reason: 'not a regular file' };
    if (info.size > MAX_SIDE_FILE_BYTES)
      return { state: 'refused', reason: `${info.size} bytes, over the ${MAX_SIDE_FILE_BYTES}-byte limit` };
    // Never read past the cap: a file that grew since fstat is refused, not truncated.
    const bytes = readToEnd(fd, info.size + 1, MAX_SIDE_FILE_BYTES);
    if (bytes.length > MAX_SIDE_FILE_BYTES)
      return { state: 'refused', reason: `over the ${MAX_SIDE_FILE_BYTES}-byte limit` };
    return { state: 'present', bytes };
  } finally {
    closeSync(fd);
  }
}

/** The work tree as the judged side. */
export function createJudgedSide(root: string): JudgedSide {
  return { readFile: (path) => readRegularFile(root, path) };
}

/** Files at `ref` read with git (a blob only: a symlink is refused, not followed); the work tree when ref is null. */
export function createTrustedSide(root: string, ref: string | null): TrustedSide {
  if (ref === null) return { ref, readFile: (path) => readRegularFile(root, path) };
  return {
    ref,
    async readFile(path) {
      const bad = refusedPath(path);
      if (bad) return { state: 'refused', reason: bad };
      const listed = (
        await run('git', ['ls-tree', '-z', '--full-tree', ref, '--', path.replace(/^(\.\/)+/, '')], {
          cwd: root,
          encoding: 'buffer',
          maxBuffer: 1024 * 1024,
        })
      ).stdout.toString('utf8');
      const rec = listed.split('\0').find(Boolean);
      if (!rec) return { state: 'absent' };
      const [mode, type, oid] = rec.slice(0, rec.indexOf('\t')).split(' ');
      if (mode === '120000') return { state: 'refused', reason: `a symbolic link at ${ref.slice(0, 12)}` };
      if (type !== 'blob' || !oid) return { state: 'refused', reason: 'not a regular file' };
      const size = Number((await run('git', ['cat-file', '-s', oid], { cwd: root })).stdout.trim());
      if (size > MAX_SIDE_FILE_BYTES)
        return { state: 'refused', reason: `${size} bytes, over the ${MAX_SIDE_FILE_BYTES}-byte limit` };
      const blob = await run('git', ['cat-file', 'blob', oid], {
        cwd: root,
        encoding: 'buffer',
        maxBuffer: MAX_SIDE_FILE_BYTES + 1,
      });
      return { state: 'present', bytes: new Uint8Array(blob.stdout) };
    },
  };
}

/**
 * The commit a branch without a ref of its own is judged against: its merge-base with the default
 * branch (fetched from origin; the history deepened when the clone is shallow). With no common
 * history the default branch's tip is used, so an unrelated branch cannot bring its own seal.
 */
export async function resolveNewBranchBase(root: string, git: Git, defaultBranch: string): Promise<string> {
  const tip = await git.fetchBranch(defaultBranch);
  if (!tip) throw new Error(`origin has no default branch ${defaultBranch} to judge this branch against`);
  const mergeBase = async (): Promise<string | null> => {
    try {
      return (await run('git', ['merge-base', tip, 'HEAD'], { cwd: root })).stdout.trim() || null;
    } catch {
      // merge-base exits 1 when there is no common ancestor (or a shallow clone does not show it).
      return null;
    }
  };
  const found = await mergeBase();
  if (found) return found;
  const shallow = (await run('git', ['rev-parse', '--is-shallow-repository'], { cwd: root })).stdout.trim();
  if (shallow === 'true') {
    await run(
      'git',
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--unshallow',
        'origin',
        `+refs/heads/${defaultBranch}:refs/driftgate/${defaultBranch}`,
      ],
      { cwd: root },
    );
    return (await mergeBase()) ?? tip;
  }
  return tip;
}

/** The slice of an event payload that decides the trusted side. */
export interface TrustedSidePayload {
  pull_request?: { base?: { sha?: string } };
  before?: string;
  ref?: string;
  merge_group?: { base_sha?: string };
  repository?: { default_branch?: string };
}

/**
 * The trusted side of this run: `baseline-ref` as given, else the event's (the pull request's
 * base, the push's `before`, the merge queue's base), else — for a push that created a branch or
 * a dispatch on a branch other than the default one — its merge-base with the default branch; the
 * checked-out tree only when none of these applies (a schedule, a run on the default branch).
 */
export async function openTrustedSide(input: {
  root: string;
  git: Git | null;
  givenRef: string;
  eventName: string;
  payload: TrustedSidePayload;
}): Promise<TrustedSide> {
  const { git, payload } = input;
  let ref = input.givenRef || defaultBaselineRef(input.eventName, payload);
  const branch = payload.ref?.startsWith('refs/heads/') ? payload.ref.slice('refs/heads/'.length) : null;
  const defaultBranch = payload.repository?.default_branch;
  // With no ref of its own (a push that created the branch, a dispatch on a branch), a branch other
  // than the default one is still a change: its own files cannot be its trusted side.
  if (!ref && branch && defaultBranch && branch !== defaultBranch) {
    if (!git)
      throw new Error(
        `${branch} is not the default branch, and the workspace is not a git repository to find its base in`,
      );
    ref = await resolveNewBranchBase(input.root, git, defaultBranch);
  }
  if (!ref) return createTrustedSide(input.root, null);
  if (!git) throw new Error(`baseline-ref ${ref} was given but the workspace is not a git repository`);
  return createTrustedSide(input.root, await git.ensureCommit(ref));
}
