import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplePayload, readAnnotations, readOutputs, runnerEnv } from './actions-env.js';
import type { FakeGitHub } from './github-api.js';
import { commitAll, git, tempDir } from './tmp.js';

/** The bundled Action and CLI, as a runner and a shell run them. */
export const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
export const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

/** What one run of the Action left behind. */
export interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  warnings: string[];
}

/**
 * Runs dist/index.js as a runner would, against the stand-in API. Asynchronous on purpose: the
 * stand-in answers from this process, so a blocking spawn would deadlock.
 */
export function runAction(
  api: FakeGitHub,
  workspace: string,
  eventName: string,
  payload: unknown,
  inputs: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<ActionRun> {
  const files = tempDir();
  const full = {
    ...runnerEnv(files, workspace, eventName, payload, { 'github-token': 'ghs_gate', ...inputs }),
    GITHUB_API_URL: api.url,
    ...env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { env: full });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.once('error', reject);
    child.once('close', (status) =>
      resolve({
        status,
        stdout,
        outputs: readOutputs(files),
        summary: readFileSync(join(files, 'summary'), 'utf8'),
        warnings: readAnnotations(stdout)
          .filter((a) => a.level === 'warning')
          .map((a) => a.message),
      }),
    );
  });
}

type PullRequestPayload = {
  pull_request: {
    number: number;
    base: { sha: string; ref: string; repo: { full_name: string } };
    head: { sha: string; ref: string; repo: { full_name: string } };
  };
  repository: { default_branch: string; full_name: string };
};

/**
 * Checks out a pull request: a clone of `remote` on `branch` (from main), `change` applied and
 * committed. Returns the checkout, its payload and the environment a pull_request run has.
 */
export function pullRequest(
  clone: () => string,
  opts: { number: number; branch: string; change: (dir: string) => void },
) {
  const dir = clone();
  const base = git(dir, 'rev-parse', 'HEAD').trim();
  git(dir, 'checkout', '-q', '-b', opts.branch);
  opts.change(dir);
  const head = commitAll(dir, `change on ${opts.branch}`);
  const payload = examplePayload('pull_request', 'opened') as unknown as PullRequestPayload;
  payload.pull_request.number = opts.number;
  payload.pull_request.base.sha = base;
  payload.pull_request.base.ref = 'main';
  payload.pull_request.head.sha = head;
  payload.pull_request.head.ref = opts.branch;
  payload.pull_request.head.repo.full_name = payload.pull_request.base.repo.full_name;
  payload.repository.default_branch = 'main';
  const env = {
    GITHUB_REF: `refs/pull/${opts.number}/merge`,
    GITHUB_HEAD_REF: opts.branch,
    GITHUB_BASE_REF: 'main',
    GITHUB_REF_NAME: `${opts.number}/merge`,
  };
  /** A next commit on the same pull request. */
  const push = (change: (d: string) => void): string => {
    change(dir);
    const sha = commitAll(dir, `next change on ${opts.branch}`);
    payload.pull_request.head.sha = sha;
    return sha;
  };
  return { dir, payload, env, head, base, push };
}

/** A push to main in a clone: `change` committed on top, payload and environment of the push run. */
export function pushToMain(clone: () => string, change: (dir: string) => void) {
  const dir = clone();
  const before = git(dir, 'rev-parse', 'HEAD').trim();
  change(dir);
  const after = commitAll(dir, 'push to main');
  const payload = examplePayload('push') as {
    ref: string;
    before: string;
    after: string;
    repository: { default_branch: string };
  };
  payload.ref = 'refs/heads/main';
  payload.before = before;
  payload.after = after;
  payload.repository.default_branch = 'main';
  const env = { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_SHA: after };
  return { dir, payload, env, before, after };
}

/** An issue_comment payload: `body` by `login`, on issue (or pull request, `pr`) `issue`. */
export function commentPayload(opts: {
  body: string;
  login: string;
  issue: number;
  pr?: boolean;
  action?: 'created' | 'edited';
  issueAuthor?: string;
  issueBody?: string;
}) {
  const payload = examplePayload('issue_comment', opts.action ?? 'created') as {
    action: string;
    comment: { id: number; body: string; user: { login: string }; html_url: string };
    issue: { number: number; body: string; user: { login: string }; pull_request?: unknown };
  };
  payload.comment.id = 4242;
  payload.comment.body = opts.body;
  payload.comment.user.login = opts.login;
  payload.issue.number = opts.issue;
  payload.issue.body = opts.issueBody ?? '';
  payload.issue.user.login = opts.issueAuthor ?? 'someone';
  if (opts.pr)
    payload.issue.pull_request = {
      url: `https://api.github.com/repos/octo-org/sealed-app/pulls/${opts.issue}`,
    };
  else delete payload.issue.pull_request;
  return payload;
}

/** The environment of an issue_comment run (it checks out the default branch). */
export const COMMENT_ENV = { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' };

/** Tampers the sealed file of sealedRemote(). */
export const tamper = (dir: string): void =>
  writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');
/** A change outside the sealed set. */
export const touchReadme = (dir: string): void => writeFileSync(join(dir, 'README.md'), `${Math.random()}\n`);
