import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import examples from '@octokit/webhooks-examples';

/** A real example payload of `event` (first one with `action`, when given). */
export function examplePayload(event: string, action?: string): Record<string, unknown> {
  const entry = (
    examples as unknown as Array<{ name: string; examples: Array<Record<string, unknown>> }>
  ).find((e) => e.name === event);
  const found = entry?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no example payload for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(found);
}

/** The environment a GitHub runner gives a JavaScript action, with files in `dir`. */
export function runnerEnv(
  dir: string,
  workspace: string,
  eventName: string,
  payload: unknown,
  inputs: Record<string, string>,
): NodeJS.ProcessEnv {
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  for (const f of ['output', 'summary', 'state', 'env']) writeFileSync(join(dir, f), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_REPOSITORY: 'octo-org/sealed-app',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    // Never the real API: tests that talk to GitHub start the stand-in and set its URL; port 9 (discard) refuses at once.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_REF: 'refs/pull/7/merge',
    RUNNER_TEMP: dir,
  };
  // The runner upper-cases input names and keeps hyphens: INPUT_BASELINE-REF.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

/** Parses the GITHUB_OUTPUT file (name<<delimiter … delimiter records). */
export function readOutputs(dir: string): Record<string, string> {
  const text = readFileSync(join(dir, 'output'), 'utf8');
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/** Undoes the workflow-command escaping of a property value or message (%25 %0D %0A %3A %2C). */
const unescapeCommand = (s: string): string =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

/** Workflow-command annotations printed on stdout, unescaped. */
export function readAnnotations(stdout: string): Array<{ level: string; props: string; message: string }> {
  return [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((m) => ({
    level: m[1]!,
    props: unescapeCommand((m[2] ?? '').trim()),
    message: unescapeCommand(m[3]!),
  }));
}
