import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { examplePayload, readAnnotations, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { LOG_BRANCH, sealedRemote } from '../helpers/remote.js';
import { commitAll, git, tempDir } from '../helpers/tmp.js';

/** The bundle a runner starts, and the command line. */
export const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
export const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

/** What one run of dist/index.js left behind. */
export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The runner's command files (output, env, state, summary) of the run. */
  files: string;
  errors: string[];
  /** The RUNTIME_EVENT.json of the run, when it wrote one. */
  event: {
    classification: string;
    findings: Array<{ code: string; message: string; classification: string }>;
    baseline: { ref: string | null };
    snapshot_id: string | null;
  } | null;
}

/** Writes files (path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** sha256sum's line for each file, in `dir`. */
export function sha256sum(dir: string, ...files: string[]): string {
  return spawnSync('sha256sum', files, { cwd: dir, encoding: 'utf8' }).stdout;
}

/**
 * A bare remote whose main branch is sealed (src/app.js in BASELINE_REF.sha256), plus whatever
 * `base` adds to main; then a pull request branch whose commit `change` makes. Returns the clone
 * checked out at the change, and a pull_request payload naming base and head.
 */
export function pullRequest(opts: {
  base?: (dir: string) => void;
  change: (dir: string) => void;
  fork?: boolean;
}) {
  const { remote, clone } = sealedRemote();
  const dir = clone();
  if (opts.base) {
    opts.base(dir);
    commitAll(dir, 'base');
    git(dir, 'push', '-q', 'origin', 'main');
  }
  const base = git(dir, 'rev-parse', 'HEAD').trim();
  git(dir, 'checkout', '-q', '-b', 'feature');
  opts.change(dir);
  const head = commitAll(dir, 'change');
  const payload = examplePayload('pull_request', 'opened') as {
    pull_request: {
      number: number;
      base: { sha: string; repo: { full_name: string } };
      head: { sha: string; repo: { full_name: string } };
    };
  };
  payload.pull_request.number = 7;
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  payload.pull_request.base.repo.full_name = 'octo-org/sealed-app';
  payload.pull_request.head.repo.full_name = opts.fork ? 'mallory/sealed-app' : 'octo-org/sealed-app';
  return { remote, dir, base, head, payload };
}

/** Runs dist/index.js as a runner would (asynchronously: a stand-in API may answer from this process). */
export function runAction(
  dir: string,
  eventName: string,
  payload: unknown,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ActionRun> {
  const files = tempDir();
  const env = { ...runnerEnv(files, dir, eventName, payload, inputs), ...extraEnv };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { env, cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (status) => {
      const outputs = readOutputs(files);
      const eventPath = outputs.report ? join(dir, outputs.report) : null;
      resolve({
        status,
        stdout,
        stderr,
        outputs,
        summary: readFileSync(join(files, 'summary'), 'utf8'),
        files,
        errors: readAnnotations(stdout)
          .filter((a) => a.level === 'error')
          .map((a) => a.message),
        event: eventPath && existsSync(eventPath) ? JSON.parse(readFileSync(eventPath, 'utf8')) : null,
      });
    });
  });
}

/** Runs dist/cli.js in `cwd`. */
export function runCli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Finding codes of a run. */
export const codesOf = (r: ActionRun): string[] => (r.event?.findings ?? []).map((f) => f.code);

/** Every file on the remote's log branch, with its content. */
export function logBranchFiles(remote: string): Map<string, string> {
  const out = new Map<string, string>();
  const listed = spawnSync('git', ['ls-tree', '-r', '--name-only', LOG_BRANCH], {
    cwd: remote,
    encoding: 'utf8',
  });
  if (listed.status !== 0) return out;
  for (const path of listed.stdout.split('\n').filter(Boolean))
    out.set(path, git(remote, 'show', `${LOG_BRANCH}:${path}`));
  return out;
}
