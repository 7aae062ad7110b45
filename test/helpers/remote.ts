import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitAll, git, gitRepo, tempDir } from './tmp.js';

/** The log branch and path driftgate uses by default. */
export const LOG_BRANCH = 'driftgate-log';
export const LOG_PATH = 'governance/GOVERNANCE_LOG.ndjson';

/** A bare remote holding a sealed main branch, and clones of it to work in. */
export function sealedRemote(): { remote: string; clone: () => string } {
  const remote = tempDir('driftgate-remote-');
  git(remote, 'init', '-q', '--bare', '-b', 'main');
  const seed = gitRepo();
  mkdirSync(join(seed, 'src'));
  writeFileSync(join(seed, 'src/app.js'), 'export const answer = 42;\n');
  writeFileSync(join(seed, '.gitignore'), 'governance/runtime/\n');
  writeFileSync(
    join(seed, 'BASELINE_REF.sha256'),
    spawnSync('sha256sum', ['src/app.js'], { cwd: seed }).stdout,
  );
  commitAll(seed, 'seal');
  git(seed, 'push', '-q', remote, 'main');
  const clone = () => {
    const d = tempDir('driftgate-clone-');
    git(d, 'clone', '-q', remote, '.');
    return d;
  };
  return { remote, clone };
}

/** The log's lines as they are on the remote's log branch. */
export function remoteLogLines(remote: string): string[] {
  return git(remote, 'show', `${LOG_BRANCH}:${LOG_PATH}`).split('\n').filter(Boolean);
}
