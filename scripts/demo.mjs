// npm run demo: runs the gate (dist/cli.js, the committed bundle) on a copy of examples/sealed-app
// in a temp folder: once untouched (STABLE), once after a sealed file is tampered with (INCIDENT).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const repo = mkdtempSync(join(tmpdir(), 'driftgate-demo-'));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo',
  GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_COMMITTER_NAME: 'Demo',
  GIT_COMMITTER_EMAIL: 'demo@example.com',
};
const git = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
const driftgate = (...args) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: repo, env, encoding: 'utf8' });
const say = (text) => process.stdout.write(`${text}\n`);

try {
  cpSync(join(root, 'examples/sealed-app'), repo, { recursive: true });
  mkdirSync(join(repo, '.github'));
  renameSync(join(repo, 'driftgate.yml'), join(repo, '.github/driftgate.yml'));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'sealed-app');
  const seal = driftgate('seal');
  if (seal.status !== 0) throw new Error(seal.stderr);
  git('add', '-A');
  git('commit', '-q', '-m', 'seal src/ (BASELINE_REF.sha256)');
  const base = git('rev-parse', 'HEAD');
  say(`example repository: ${repo}\n${seal.stdout.trim()}\n`);

  say('── run 1: a change outside the sealed files ──');
  writeFileSync(join(repo, 'README.md'), '# sealed-app\n\nDocs may change freely.\n');
  git('commit', '-q', '-am', 'docs');
  const first = driftgate('check', '--baseline-ref', base);
  say(first.stdout.trim());
  say(`exit code ${first.status}\n`);

  say('── run 2: the agent policy lets the agent delete files ──');
  const policy = join(repo, 'governance/policies/agent.yml');
  const strict = readFileSync(policy, 'utf8');
  writeFileSync(
    policy,
    strict.replace('mode: deny\n    description: Deleting', 'mode: allow\n    description: Deleting'),
  );
  git('commit', '-q', '-am', 'let the agent delete files');
  const loosened = driftgate('check', '--baseline-ref', base);
  say(loosened.stdout.trim());
  say(`exit code ${loosened.status}\n`);
  writeFileSync(policy, strict);
  git('commit', '-q', '-am', 'revert: deleting files needs a human again');

  say('── run 3: a sealed file is modified ──');
  writeFileSync(join(repo, 'src/pricing.js'), 'export function priceWithTax(cents) {\n  return cents;\n}\n');
  git('commit', '-q', '-am', 'tweak pricing');
  const second = driftgate('check', '--baseline-ref', base);
  say(second.stdout.trim());
  say(`exit code ${second.status}`);

  const ok =
    first.status === 0 &&
    /STABLE/.test(first.stdout) &&
    loosened.status === 1 &&
    /PRODUCT_DRIFT[\s\S]*POLICY_DECISIONS_FLIPPED/.test(loosened.stdout) &&
    second.status === 1 &&
    /INCIDENT/.test(second.stdout);
  say(
    ok
      ? '\ndemo: driftgate passed the clean change, failed the loosened policy and failed the tampering.'
      : '\ndemo: unexpected verdicts',
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
