import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitCli, createGitCliIfRepository, GitError } from '../../src/adapters/git-cli.js';
import { sealedRemote } from '../helpers/remote.js';
import { commitAll, git, gitRepo, run, tempDir } from '../helpers/tmp.js';

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

/** An HTTP remote that refuses every request for want of credentials. */
async function refusingRemote(): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' });
    res.end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/octo/app.git`;
}

describe('the git command line adapter', () => {
  it('answers "no such commit", "detached" and "no branch on origin" as null, not as failures', async () => {
    const { clone } = sealedRemote();
    const dir = clone();
    const g = createGitCli(dir);
    expect(await g.resolveCommit('no-such-ref')).toBeNull();
    expect(await g.currentBranch()).toBe('main');
    expect(await g.hasOrigin()).toBe(true);
    expect(await g.fetchBranch('driftgate-log')).toBeNull();
    git(dir, 'checkout', '-q', '--detach');
    expect(await g.currentBranch()).toBeNull();
    expect(await g.head()).toMatch(/^[0-9a-f]{40}$/);
  });

  it('says an authentication failure as one, instead of "the branch does not exist"', async () => {
    const dir = gitRepo();
    commitAll(dir, 'first');
    git(dir, 'remote', 'add', 'origin', await refusingRemote());
    const saved = process.env.GIT_TERMINAL_PROMPT;
    process.env.GIT_TERMINAL_PROMPT = '0';
    try {
      const failure = await createGitCli(dir)
        .fetchBranch('driftgate-log')
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(GitError);
      expect((failure as GitError).message).toMatch(/terminal prompts disabled|Authentication failed|401/i);
    } finally {
      if (saved === undefined) delete process.env.GIT_TERMINAL_PROMPT;
      else process.env.GIT_TERMINAL_PROMPT = saved;
    }
    // The command line says it too, and exits 2: it could not read the log.
    // Not spawnSync: the stand-in remote answers from this process's event loop.
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [CLI, 'log', 'verify'],
        { cwd: dir, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
        (error, _stdout, stderr) => resolve({ status: error ? (error.code as number) : 0, stderr }),
      ),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('does not exist yet');
    expect(r.stderr).toMatch(
      /git fetch origin driftgate-log: .*(terminal prompts disabled|Authentication failed|401)/is,
    );
  });

  it('reads the local log branch in a clone without an origin', async () => {
    const dir = gitRepo();
    commitAll(dir, 'first');
    const g = createGitCli(dir);
    expect(await g.hasOrigin()).toBe(false);
    const r = run(process.execPath, [CLI, 'log', 'verify'], { cwd: dir });
    expect(r.stdout).toContain('driftgate log verify: driftgate-log (does not exist yet)');
  });

  it('is null outside a repository, and refuses a folder that is not the top of one', async () => {
    expect(await createGitCliIfRepository(tempDir())).toBeNull();
    const dir = gitRepo();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/a'), 'a\n');
    await expect(createGitCliIfRepository(join(dir, 'sub'))).rejects.toThrow(
      /not the top of its git repository/,
    );
  });

  it('feeds stdin and reads bytes back: blobs written and read in one process each', async () => {
    const dir = gitRepo();
    const bytes = new Uint8Array([0, 255, 10, 13, 0x80]);
    writeFileSync(join(dir, 'bin'), bytes);
    commitAll(dir, 'binary');
    const g = createGitCli(dir);
    const [file] = await g.filesAt('HEAD', '');
    const blobs = await g.readBlobs([file!.blob]);
    expect([...blobs.get(file!.blob)!]).toEqual([...bytes]);
    expect([...(await g.readFileAt('HEAD', 'bin'))!]).toEqual([...bytes]);
    await expect(g.readBlobs(['0'.repeat(40)])).rejects.toThrow(/is missing/);
  });
});
