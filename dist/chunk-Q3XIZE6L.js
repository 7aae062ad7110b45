import "./chunk-Q5N7MLC5.js";

// src/adapters/actions-context.ts
const { readFile } = process.getBuiltinModule("node:fs/promises");
async function readActionsContext(env = process.env) {
  const eventName = env.GITHUB_EVENT_NAME ?? "unknown";
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (e) {
      throw new Error(
        `GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH}: cannot read the event payload: ${e.message}`
      );
    }
  }
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runId = env.GITHUB_RUN_ID ?? null;
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null;
  const isPullRequest = eventName.startsWith("pull_request");
  return {
    payload,
    repoUrl: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : null,
    context: {
      eventName,
      // A pull request's own ref, never its branch name: two pull requests may share one.
      ref: payload.pull_request?.number ? `refs/pull/${payload.pull_request.number}/merge` : env.GITHUB_REF || null,
      branch,
      onDefaultBranch: !isPullRequest && branch !== null && branch === payload.repository?.default_branch,
      record: true,
      pullRequest: payload.pull_request?.number ?? null,
      // A pull request's status belongs on its head commit; GITHUB_SHA is the merge commit there.
      statusSha: payload.pull_request?.head?.sha ?? env.GITHUB_SHA ?? null,
      fork: isPullRequest && !!payload.pull_request?.head?.repo?.full_name && payload.pull_request.head.repo.full_name !== payload.pull_request.base?.repo?.full_name,
      run: {
        id: runId,
        attempt: env.GITHUB_RUN_ATTEMPT ?? null,
        url: runId && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}` : null
      }
    }
  };
}
export {
  readActionsContext
};
