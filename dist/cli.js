#!/usr/bin/env node
const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
let node_module = require("node:module");
node_module = require_rolldown_runtime.__toESM(node_module);
let node_os = require("node:os");
let node_path = require("node:path");
// \0driftgate-entry:cli
function init__driftgate_entry_cli() {
	return (init__driftgate_entry_cli = require_rolldown_runtime.__esmMin((() => {
		if (typeof node_module.enableCompileCache === "function" && !process.env.NODE_DISABLE_COMPILE_CACHE) {
			const dir = (() => {
				const base = process.env.XDG_CACHE_HOME || ((0, node_os.homedir)() ? (0, node_path.join)((0, node_os.homedir)(), ".cache") : "");
				return base ? (0, node_path.join)(base, "driftgate", "compile-cache") : void 0;
			})();
			if (dir) node_module.enableCompileCache(dir);
		}
		Promise.resolve().then(() => require("./verify-D-KfR1Rm.js")).then((n) => (n.init_bin(), n.bin_exports));
	})))();
}
init__driftgate_entry_cli();
