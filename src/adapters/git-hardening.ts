import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fsPromises } from './lazy-fs.js';

/**
 * git settings that would run code of the change inside the gate's own git commands (fetching and
 * pushing the log), where the gate's inputs and the runner's command files are in the environment.
 * The tests can write `.git/config` and `.git/hooks`; settings given through GIT_CONFIG_* win over
 * both (git reads them as command-line settings).
 */
const HARDENED: ReadonlyArray<readonly [string, string]> = [
  ['core.hooksPath', '/dev/null'],
  ['core.fsmonitor', 'false'],
  ['commit.gpgSign', 'false'],
  ['tag.gpgSign', 'false'],
  ['core.sshCommand', 'ssh'],
  ['protocol.ext.allow', 'never'],
];

/** Makes every git the gate starts from now on ignore hooks, fsmonitor and signing programs. */
export function hardenGitEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const start = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10) || 0;
  const already = Array.from({ length: start }, (_, i) => env[`GIT_CONFIG_KEY_${i}`]);
  if (HARDENED.every(([key], i) => already[start - HARDENED.length + i] === key)) return;
  HARDENED.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = key;
    env[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  env.GIT_CONFIG_COUNT = String(start + HARDENED.length);
}

/**
 * A fingerprint of the repository settings the gate's git commands obey: `.git/config` and the
 * hooks. Compared before and after the change's commands run, it shows a test that redirected
 * `origin` (so the log would be read from, or pushed to, somewhere else) or planted a hook.
 */
export async function readGitFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  const add = async (path: string): Promise<void> => {
    try {
      hash
        .update(path)
        .update('\0')
        .update(await fsPromises().readFile(join(root, path)))
        .update('\0');
    } catch (e) {
      hash.update(path).update(`\0${(e as NodeJS.ErrnoException).code ?? 'error'}\0`);
    }
  };
  await add('.git/config');
  let hooks: string[] = [];
  try {
    hooks = (await fsPromises().readdir(join(root, '.git/hooks')))
      .filter((h) => !h.endsWith('.sample'))
      .sort();
  } catch {
    // No hooks folder (a worktree or a bare layout): nothing to watch there.
  }
  for (const h of hooks) await add(`.git/hooks/${h}`);
  return hash.digest('hex');
}
