const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
let node_module = require("node:module");
node_module = require_rolldown_runtime.__toESM(node_module);
require("node:os");
let node_path = require("node:path");
// \0driftgate-entry:index
function init__driftgate_entry_index() {
	return (init__driftgate_entry_index = require_rolldown_runtime.__esmMin((() => {
		if (typeof node_module.enableCompileCache === "function" && !process.env.NODE_DISABLE_COMPILE_CACHE) {
			const dir = process.env.RUNNER_TEMP ? (0, node_path.join)(process.env.RUNNER_TEMP, "driftgate-compile-cache") : void 0;
			if (dir) node_module.enableCompileCache(dir);
		}
		Promise.resolve().then(() => require("./src-Bzt5SFLw.js"));
	})))();
}
init__driftgate_entry_index();
