const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_core = require("./core-Cfpcz6rq.js");
// src/adapters/actions-reporter.ts
function createActionsReporter() {
	return {
		info: (m) => require_core.info(m),
		progress: (m) => require_core.info(`driftgate: ${m}`),
		warning: (m) => require_core.warning(m),
		annotate({ level, message, title, file, line }) {
			const props = {
				...title ? { title } : {},
				...file ? { file } : {},
				...file && line ? { startLine: line } : {}
			};
			if (level === "error") require_core.error(message, props);
			else if (level === "warning") require_core.warning(message, props);
			else require_core.notice(message, props);
		},
		setOutput: (name, value) => require_core.setOutput(name, value),
		async writeSummary(markdown) {
			if (!process.env.GITHUB_STEP_SUMMARY) return;
			await require_core.summary.addRaw(markdown, true).write();
		}
	};
}
function init_actions_reporter() {
	return (init_actions_reporter = require_rolldown_runtime.__esmMin((() => {
		require_core.init_core();
	})))();
}
init_actions_reporter();
exports.createActionsReporter = createActionsReporter;
