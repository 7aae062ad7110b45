import type { ActionsPayload } from './adapters/actions-context.js';
import { createConsoleReporter } from './adapters/console-reporter.js';
import { hardenGitEnvironment } from './adapters/git-hardening.js';
import { createNodeWorkspace } from './adapters/node-workspace.js';
import { createSystemClock } from './adapters/system-clock.js';
import { readIncidentTemplate } from './adapters/templates.js';
import { createJudgedSide, openTrustedSide } from './adapters/trusted-side.js';
import type { GateContext, GatePorts } from './gate.js';
import type { Git } from './ports/git.js';
import type { GitHub } from './ports/github.js';
import type { Reporter } from './ports/reporter.js';
import type { TrustedSide } from './ports/trusted-side.js';
import type { Workspace } from './ports/workspace.js';
import { layerFrom, workflowPathOf } from './settings/load.js';
import type { RawValue, Settings } from './settings/settings.js';
import { loadTrustedSettings, type ChangeConfig, type TrustReport } from './settings/trusted.js';
import type { LogLocation } from './stages/log.js';

// The log and tests stages and the runner (node:child_process) come in through import() where a
// composition needs them: `driftgate verify` composes settings only, and its start-up pays for
// every module imported here.

/** The facts of a run that settings do not hold, as the Action's environment or the command line gives them. */
export type RunFacts = Omit<
  GateContext,
  'incidentTemplate' | 'logUrl' | 'trust' | 'trustFindings' | 'changeConfig'
> & {
  /** https://github.com/owner/repo, when known (the Action). */
  repoUrl: string | null;
};

/** Settings, ports and run context: what every entry point runs the stages with. */
export interface Composition<R extends Reporter = Reporter> {
  settings: Settings;
  context: GateContext;
  location: LogLocation;
  ports: GatePorts & { reporter: R };
}

/** What the command line gives: its flags (every setting is a flag of the same name) and the run's mode. */
export interface CliFlags {
  /** The repository root (default: the current directory). */
  workspace?: string;
  /** check --record: append the observation to the governance log. */
  record?: boolean;
  /** --json: stdout carries JSON, so the console reporter stays quiet. */
  json?: boolean;
  [setting: string]: string | string[] | boolean | undefined;
}

/**
 * The run context from settings and facts: the same on both sides, so the Action and the command
 * line find the log, freeze by ref and link the log alike.
 */
export async function composeContext(
  settings: Settings,
  facts: RunFacts,
  side: { trusted: TrustedSide; trust: TrustReport | null; changeConfig?: ChangeConfig | null },
): Promise<{ context: GateContext; location: LogLocation }> {
  const { repoUrl, ...rest } = facts;
  const { logLocationOf } = await import('./stages/log.js');
  const location = logLocationOf(settings, facts.branch);
  // The template, like the settings, comes from the trusted side, never from the change.
  const template = await readIncidentTemplate(side.trusted);
  return {
    location,
    context: {
      ...rest,
      incidentTemplate: template.template,
      trust: side.trust,
      changeConfig: side.changeConfig ?? null,
      trustFindings: template.findings,
      logUrl: logUrlOf(location, repoUrl),
    },
  };
}

/** Where people read the log: GitHub's page of the file, or `branch:path` on the command line. */
function logUrlOf(location: LogLocation, repoUrl: string | null): string | null {
  if (repoUrl) {
    return location.branch ? `${repoUrl}/blob/${encodeURIComponent(location.branch)}/${location.path}` : null;
  }
  return location.dedicated ? `${location.branch}:${location.path}` : location.path;
}

/** The Action: inputs and the runner's environment → settings, ports, context (and the event payload). */
export async function composeAction(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Composition & { payload: ActionsPayload }> {
  // Before any git starts: hooks or fsmonitor the change's tests plant never run inside the gate.
  hardenGitEnvironment();
  const core = await import('@actions/core');
  const { readActionsContext } = await import('./adapters/actions-context.js');
  const { createActionsReporter } = await import('./adapters/actions-reporter.js');
  const workspace = await createNodeWorkspace(env.GITHUB_WORKSPACE || process.cwd());
  const given = layerFrom((name) => core.getInput(name), { kind: 'input' });
  for (const secret of ['github-token', 'log-key']) {
    const value = given[secret]?.value;
    if (typeof value === 'string' && value) core.setSecret(value);
  }
  const { context: facts, payload, repoUrl } = await readActionsContext(env);
  const git = await createGit(workspace.root);
  // Settings from the trusted side: baseline-ref, else the event's base (none for decide: the
  // comment's checkout is the default branch).
  const { settings, trust, trusted, changeConfig } = await loadSettingsWithTrust(workspace, given, {
    name: facts.eventName,
    payload,
    git,
    workflowPath: workflowPathOf(env.GITHUB_WORKFLOW_REF),
  });
  const reporter = createActionsReporter();
  const repository = env.GITHUB_REPOSITORY;
  const github: GitHub | null =
    settings['github-token'] && repository
      ? (await import('./adapters/octokit-github.js')).createOctokitGitHub(
          settings['github-token'],
          repository,
          reporter,
        )
      : null;
  const { context, location } = await composeContext(
    settings,
    { ...facts, repoUrl },
    { trusted, trust, changeConfig },
  );
  const { secretsOf } = await import('./stages/tests.js');
  const { createShellRunner } = await import('./adapters/shell-runner.js');
  const { createJobLogGroup } = await import('./adapters/job-log-group.js');
  const secrets = secretsOf(settings);
  const runner = createShellRunner({
    env,
    secrets,
    repository: workspace.root,
    live: (command) => createJobLogGroup(`driftgate runs: ${command}`, secrets),
  });
  const ports = { workspace, git, runner, clock: createSystemClock(), reporter, github };
  return { settings, context, location, ports, payload };
}

/**
 * The command line's settings and the ports that read the workspace: flags → settings (from the
 * trusted side), workspace, git. `git: 'if-baseline-ref'` starts no git when nothing needs it
 * (`driftgate verify` without a baseline-ref).
 */
export async function composeCliSettings(
  flags: CliFlags,
  options: { git?: 'always' | 'if-baseline-ref'; requireBaseline?: boolean } = {},
): Promise<{
  settings: Settings;
  workspace: Workspace;
  git: Git | null;
  trust: TrustReport;
  trusted: TrustedSide;
  changeConfig: ChangeConfig | null;
}> {
  hardenGitEnvironment();
  const workspace = await createNodeWorkspace(flags.workspace ?? process.cwd());
  const given = flagLayer(flags);
  let git =
    options.git !== 'if-baseline-ref' || given['baseline-ref'] ? await createGit(workspace.root) : null;
  const { settings, trust, trusted, changeConfig } = await loadSettingsWithTrust(workspace, given, {
    name: 'cli',
    payload: {},
    git,
    requireBaseline: options.requireBaseline ?? true,
  });
  // The trusted config may name the ref itself.
  if (!git && settings['baseline-ref']) git = await createGit(workspace.root);
  return { settings, workspace, git, trust, trusted, changeConfig };
}

/** The command line: flags → settings, ports, context (see composeCliSettings for the options). */
export async function composeCli(
  flags: CliFlags,
  options: { git?: 'always' | 'if-baseline-ref'; requireBaseline?: boolean } = {},
): Promise<Composition<ReturnType<typeof createConsoleReporter>>> {
  const { settings, workspace, git, trust, trusted, changeConfig } = await composeCliSettings(flags, options);
  const branch = git ? await git.currentBranch() : null;
  const facts: RunFacts = {
    eventName: 'cli',
    // refs/heads/<branch> of the checkout, so freezes scoped to a ref apply on the command line too.
    ref: branch ? `refs/heads/${branch}` : null,
    branch,
    onDefaultBranch: false,
    record: flags.record === true,
    run: { id: null, attempt: null, url: null },
    pullRequest: null,
    statusSha: null,
    fork: false,
    repoUrl: null,
  };
  const { context, location } = await composeContext(settings, facts, { trusted, trust, changeConfig });
  const reporter = createConsoleReporter({ quiet: flags.json === true });
  const { secretsOf } = await import('./stages/tests.js');
  const { createShellRunner } = await import('./adapters/shell-runner.js');
  const ports = {
    workspace,
    git,
    runner: createShellRunner({ secrets: secretsOf(settings), repository: workspace.root }),
    clock: createSystemClock(),
    reporter,
    github: null,
  };
  return { settings, context, location, ports };
}

/** The settings layer of the flags: repeated flags of list settings join as lines. */
function flagLayer(flags: CliFlags) {
  return layerFrom(
    (name) => {
      const v = flags[name];
      return Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : undefined;
    },
    { kind: 'flag' },
  );
}

async function createGit(root: string): Promise<Git | null> {
  const { createGitCliIfRepository } = await import('./adapters/git-cli.js');
  return createGitCliIfRepository(root);
}

/**
 * Settings from the config file on the trusted side (the commit `baseline-ref` names, else the
 * checked-out tree) and the given layer (step inputs or CLI flags, which win). The change's own
 * config file never configures the run; how it differs is in `trust`.
 */
async function loadSettingsWithTrust(
  workspace: Workspace,
  given: Record<string, RawValue>,
  event: {
    name: string;
    payload: object;
    git: Git | null;
    workflowPath?: string | null;
    /** A `baseline` named explicitly must exist (false for `driftgate seal`, which writes it). */
    requireBaseline?: boolean;
  },
): Promise<{
  settings: Settings;
  trust: TrustReport;
  trusted: TrustedSide;
  changeConfig: ChangeConfig | null;
}> {
  const givenRef = String(given['baseline-ref']?.value ?? '');
  const trusted = await openTrustedSide({
    root: workspace.root,
    git: event.git,
    givenRef,
    eventName: event.name,
    payload: event.payload,
  });
  const { settings, trust, changeSettings } = await loadTrustedSettings(given, {
    trusted,
    judged: createJudgedSide(workspace.root),
    workflowPath: event.workflowPath ?? null,
    requireBaseline: event.requireBaseline ?? true,
  });
  // The run is judged against the commit its settings were read at.
  if (!settings['baseline-ref'] && trusted.ref) settings['baseline-ref'] = trusted.ref;
  const sha256 = trust.change?.changeSha256;
  const changeConfig = changeSettings && sha256 ? { sha256, settings: changeSettings } : null;
  return { settings, trust, trusted, changeConfig };
}
