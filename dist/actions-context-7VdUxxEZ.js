const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
let node_fs_promises = require("node:fs/promises");
// src/adapters/actions-context.ts
async function readActionsContext(env = process.env) {
	const eventName = env.GITHUB_EVENT_NAME ?? "unknown";
	let payload = {};
	if (env.GITHUB_EVENT_PATH) try {
		payload = JSON.parse(await (0, node_fs_promises.readFile)(env.GITHUB_EVENT_PATH, "utf8"));
	} catch (e) {
		throw new Error(`GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH}: cannot read the event payload: ${e.message}`);
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
			ref: payload.pull_request?.number ? `refs/pull/${payload.pull_request.number}/merge` : env.GITHUB_REF || null,
			branch,
			onDefaultBranch: !isPullRequest && branch !== null && branch === payload.repository?.default_branch,
			record: true,
			pullRequest: payload.pull_request?.number ?? null,
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
function init_actions_context() {
	return (init_actions_context = require_rolldown_runtime.__esmMin((() => {})))();
}
init_actions_context();
exports.readActionsContext = readActionsContext;
