import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeAction, composeCli } from '../src/compose.js';
import { runnerEnv } from './helpers/actions-env.js';
import { sealedRemote } from './helpers/remote.js';
import { commitAll, tempDir } from './helpers/tmp.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

/** A clone on main with an origin, whose config keeps the log on the checked-out branch. */
function cloneWithConfig(): string {
  const dir = sealedRemote().clone();
  mkdirSync(join(dir, '.github'));
  writeFileSync(
    join(dir, '.github/driftgate.yml'),
    "log-branch: ''\nsealed: src/**\nfail-on: TOOLING_DRIFT\n",
  );
  commitAll(dir, 'config');
  return dir;
}

describe('compose: the Action and the command line', () => {
  it('give the same settings, log location, ref and branch for the same settings', async () => {
    const dir = cloneWithConfig();
    // A push to main as a runner describes it (inputs left empty, as a step without `with:`).
    const env = runnerEnv(tempDir(), dir, 'push', { before: '0'.repeat(40) }, {});
    Object.assign(process.env, env, { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' });
    const action = await composeAction(process.env);
    const cli = await composeCli({ workspace: dir, record: true });
    expect(cli.settings).toEqual(action.settings);
    expect(cli.location).toEqual(action.location);
    // The log is kept on the checked-out branch: both sides must know which one it is.
    expect(cli.location).toMatchObject({ branch: 'main', dedicated: false });
    const shared = ['ref', 'branch', 'record', 'incidentTemplate', 'pullRequest', 'fork'] as const;
    for (const key of shared) expect([key, cli.context[key]]).toEqual([key, action.context[key]]);
    expect(cli.context.ref).toBe('refs/heads/main');
    // What differs is what only a runner knows: the event, the run and GitHub's page of the log.
    expect(action.context).toMatchObject({
      eventName: 'push',
      run: { id: '4242', url: 'https://github.com/octo-org/sealed-app/actions/runs/4242' },
      logUrl: 'https://github.com/octo-org/sealed-app/blob/main/governance/GOVERNANCE_LOG.ndjson',
    });
    expect(cli.context).toMatchObject({
      eventName: 'cli',
      run: { id: null, url: null },
      logUrl: 'governance/GOVERNANCE_LOG.ndjson',
    });
  });

  it('the command line without git starts no git when nothing needs it, and says why when something does', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.js'), 'a\n');
    const verify = await composeCli({ workspace: dir }, { git: 'if-baseline-ref' });
    expect(verify.ports.git).toBeNull();
    expect(verify.context).toMatchObject({ branch: null, ref: null });
  });
});
