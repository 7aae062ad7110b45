import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { git, gitRepo } from './tmp.js';

/** A policy in the AgentPolicy shape (what the fixtures write as YAML). */
export interface FixturePolicy {
  version: number;
  description?: string;
  window?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  defaultCommandBehavior?: string;
  defaultWriteBehavior?: string;
  commands: Array<Record<string, unknown>>;
  fileWrites: Array<Record<string, unknown>>;
}

/** The policy of a small agent-driven service: what its coding agent may run and write. */
export function servicePolicy(over: { rm?: string; rmDescription?: string } = {}): FixturePolicy {
  return {
    version: 1,
    // Fields of the model that do not change decisions, as real policy files carry them.
    description: 'What the coding agent of the service may run and write.',
    window: { description: 'reviewed each quarter', lastReviewedAt: '2026-10-01', reviewedBy: ['alice'] },
    settings: { cacheDecisions: true, decisionCacheTTL: 300 },
    defaultCommandBehavior: 'review',
    defaultWriteBehavior: 'deny',
    commands: [
      { id: 'git-read', pattern: 'git status*', mode: 'allow', description: 'Reading the tree is harmless.' },
      { id: 'git-log', pattern: 'git log*', mode: 'allow' },
      { pattern: 'npm test*', mode: 'allow' },
      { pattern: 'npm ci', mode: 'allow' },
      { id: 'npm-publish', pattern: 'npm publish*', mode: 'deny', priority: 1 },
      {
        id: 'rm',
        pattern: 'rm *',
        mode: over.rm ?? 'deny',
        description: over.rmDescription ?? 'Deleting files needs a human.',
      },
      {
        id: 'curl',
        pattern: 'curl *',
        mode: 'review',
        contexts: [
          {
            when: { sessionType: ['ci', 'nightly'] },
            overrideMode: 'deny',
            description: 'no downloads in CI',
          },
        ],
      },
    ],
    fileWrites: [
      { pattern: 'src/**', mode: 'allow' },
      { pattern: 'test/**', mode: 'allow' },
      { id: 'governance', pattern: 'governance/**', mode: 'deny' },
      { pattern: '**/*.lock', mode: 'review' },
    ],
  };
}

/** Every mode of a policy turned around (allow ↔ deny), for a project that decides the opposite way. */
export function opposite(p: FixturePolicy): FixturePolicy {
  const flip = (m: unknown) => (m === 'allow' ? 'deny' : m === 'deny' ? 'allow' : m);
  const rules = (rs: Array<Record<string, unknown>>) => rs.map((r) => ({ ...r, mode: flip(r.mode) }));
  return { ...p, commands: rules(p.commands), fileWrites: rules(p.fileWrites) };
}

/** One trace line of SPEC §7. */
export function trace(
  ts: number,
  project: string,
  action: 'run-command' | 'write-file',
  target: string,
  decision: string,
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    ts: new Date(Date.UTC(2026, 10, 1) + ts * 60_000).toISOString(),
    project,
    request: { action, target, context: { sessionType: 'agent' } },
    decision,
    ...extra,
  });
}

/** What the agent of svc-a did last month, as its decisions were recorded. */
export function serviceTraces(project = 'svc-a', rmDecision = 'deny'): string[] {
  const lines: string[] = [];
  let t = 0;
  for (let i = 0; i < 30; i++) lines.push(trace(t++, project, 'run-command', 'git status --short', 'allow'));
  for (let i = 0; i < 25; i++) lines.push(trace(t++, project, 'run-command', 'npm test -- --run', 'allow'));
  for (let i = 0; i < 12; i++) lines.push(trace(t++, project, 'run-command', 'rm -rf build', rmDecision));
  for (let i = 0; i < 8; i++) lines.push(trace(t++, project, 'run-command', 'rm dist/index.js', rmDecision));
  for (let i = 0; i < 20; i++)
    lines.push(trace(t++, project, 'write-file', `src/module-${i % 5}.ts`, 'allow'));
  for (let i = 0; i < 5; i++)
    lines.push(trace(t++, project, 'write-file', 'governance/policies/svc-a.yml', 'deny'));
  return lines;
}

/** A git repository with policies and traces; `commit` writes files and commits, returning the SHA. */
export function policyRepo() {
  const dir = gitRepo();
  let commits = 0;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  return {
    dir,
    writePolicy: (project: string, p: FixturePolicy) =>
      write(`governance/policies/${project}.yml`, stringify(p)),
    writeTraces: (name: string, lines: readonly string[]) =>
      write(`governance/traces/${name}.ndjson`, `${lines.join('\n')}\n`),
    write,
    /** Commits with fixed dates, so the same fixture gives the same SHAs (and byte-identical runbooks). */
    commit: (message: string) => {
      const date = `2026-11-0${Math.min(9, ++commits)}T12:00:${String(commits % 60).padStart(2, '0')}Z`;
      git(dir, 'add', '-A');
      execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message], {
        cwd: dir,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Test',
          GIT_AUTHOR_EMAIL: 'test@example.com',
          GIT_COMMITTER_NAME: 'Test',
          GIT_COMMITTER_EMAIL: 'test@example.com',
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
        },
      });
      return git(dir, 'rev-parse', 'HEAD').trim();
    },
  };
}
