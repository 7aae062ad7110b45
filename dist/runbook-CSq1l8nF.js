const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_policy = require("./policy-BHJTzLQ6.js");
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
