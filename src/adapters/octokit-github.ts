import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Permission } from '../core/decision/authority.js';
import type { GitHub } from '../ports/github.js';
import type { Reporter } from '../ports/reporter.js';

/** The context name branch protection requires. */
export const STATUS_CONTEXT = 'driftgate';
/** GitHub caps a status description at 140 characters. */
const MAX_STATUS_DESCRIPTION = 140;
/** Retries of a rate-limited request before giving up (the plugin waits for the reset each time). */
const MAX_RATE_LIMIT_RETRIES = 2;

/**
 * The one Octokit: @actions/github's (GITHUB_API_URL for GitHub Enterprise Server, the toolkit's
 * request defaults) with retry and throttling. Mutating calls are made one at a time by callers.
 */
export function createOctokitGitHub(token: string, repository: string, reporter: Reporter): GitHub {
  const [owner, repo] = repository.split('/') as [string, string];
  const octokit = getOctokit(
    token,
    {
      ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
      // Retries belong to the plugin's state, not to every request: a request-level `retries` makes
      // its limiter retry answers such as 404 (a missing label) that are not faults.
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (
          after: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          reporter.info(`GitHub rate limit on ${options.method} ${options.url}; retrying after ${after}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (
          after: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          reporter.info(
            `GitHub secondary rate limit on ${options.method} ${options.url}; retrying after ${after}s`,
          );
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
  let identity: Promise<string | null> | null = null;
  return {
    identity() {
      // GET /app needs the app's JWT and GET /user refuses installation tokens; GraphQL's viewer
      // answers for every kind of token: github-actions[bot], <app-slug>[bot] or the user.
      identity ??= octokit
        .graphql<{ viewer: { login: string } }>('query { viewer { login } }')
        .then((r) => r.viewer.login || null)
        .catch((e: unknown) => {
          reporter.warning(
            `driftgate cannot tell which identity its token writes as (${(e as Error).message.split('\n')[0]}); ` +
              'no existing comment or issue is taken as its own.',
          );
          return null;
        });
      return identity;
    },
    async permissionOf(login) {
      try {
        const r = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login });
        const role = (r.data as { role_name?: string }).role_name;
        // role_name tells maintain apart; permission folds it into "write".
        if (role === 'maintain' || role === 'admin') return role;
        return (r.data.permission as Permission) ?? 'none';
      } catch (e) {
        if ((e as { status?: number }).status === 404) return 'none';
        throw e;
      }
    },
    async react(commentId, content) {
      await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: commentId, content });
    },
    async comment(issueNumber, body) {
      return (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data
        .id;
    },
    async listComments(issueNumber) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      return all.map((c) => ({
        id: c.id,
        body: c.body ?? '',
        login: c.user?.login ?? '',
      }));
    },
    async updateComment(commentId, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    },
    async openIssues(label) {
      const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        labels: label,
        state: 'open',
        per_page: 100,
      });
      return all
        .filter((i) => !i.pull_request)
        .map((i) => ({ number: i.number, body: i.body ?? '', login: i.user?.login ?? '' }));
    },
    async createIssue({ title, body, labels, assignees }) {
      return (await octokit.rest.issues.create({ owner, repo, title, body, labels, assignees })).data.number;
    },
    async ensureLabel(name, color, description) {
      try {
        await octokit.rest.issues.getLabel({ owner, repo, name });
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw e;
        await octokit.rest.issues.createLabel({ owner, repo, name, color, description });
      }
    },
    async closeIssue(issueNumber) {
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issueNumber,
        state: 'closed',
        state_reason: 'completed',
      });
    },
    async setStatus(sha, state, description, targetUrl) {
      await octokit.rest.repos.createCommitStatus({
        owner,
        repo,
        sha,
        state,
        context: STATUS_CONTEXT,
        description: description.slice(0, MAX_STATUS_DESCRIPTION),
        ...(targetUrl ? { target_url: targetUrl } : {}),
      });
    },
    async branchRules(branch) {
      const rules = await octokit.paginate(octokit.rest.repos.getBranchRules, {
        owner,
        repo,
        branch,
        per_page: 100,
      });
      return rules.map((r) => r.type);
    },
    async headOf(ref) {
      const pull = /^refs\/pull\/(\d+)\//.exec(ref);
      const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
      try {
        if (pull)
          return (await octokit.rest.pulls.get({ owner, repo, pull_number: Number(pull[1]) })).data.head.sha;
        if (branch) return (await octokit.rest.repos.getBranch({ owner, repo, branch })).data.commit.sha;
      } catch (e) {
        if ((e as { status?: number }).status === 404) return null;
        throw e;
      }
      return null;
    },
  };
}
