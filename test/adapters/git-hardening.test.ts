import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hardenGitEnvironment } from '../../src/adapters/git-hardening.js';
import { gitRepo } from '../helpers/tmp.js';

describe('hardenGitEnvironment', () => {
  it('wins over .git/config, keeps settings given before it, and is applied once', () => {
    const dir = gitRepo();
    execFileSync('git', ['config', 'core.hooksPath', '.evil-hooks'], { cwd: dir });
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'user.name',
      GIT_CONFIG_VALUE_0: 'kept',
    };
    hardenGitEnvironment(env);
    const count = env.GIT_CONFIG_COUNT;
    hardenGitEnvironment(env);
    expect(env.GIT_CONFIG_COUNT).toBe(count);
    const get = (key: string) =>
      execFileSync('git', ['config', '--get', key], { cwd: dir, env, encoding: 'utf8' }).trim();
    expect(get('core.hooksPath')).toBe('/dev/null');
    expect(get('core.fsmonitor')).toBe('false');
    expect(get('user.name')).toBe('kept');
  });
});
