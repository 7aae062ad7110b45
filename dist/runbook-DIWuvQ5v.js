const require_rolldown_runtime = require("./rolldown-runtime-C6BXi5Vu.js");
const require_policy = require("./policy--f47NQrf.js");
// src/cli/commands/runbook.ts
var run;
function init_runbook() {
	return (init_runbook = require_rolldown_runtime.__esmMin((() => {
		require_policy.init_policy();
		run = (input) => require_policy.runView("runbook", input);
	})))();
}
init_runbook();
exports.run = run;
