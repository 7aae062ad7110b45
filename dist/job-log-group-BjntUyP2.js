const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_redact = require("./redact-j2GdVtMn.js");
let node_crypto = require("node:crypto");
// src/adapters/job-log-group.ts
function createJobLogGroup(title, secrets, print = (t) => void process.stdout.write(t)) {
	const token = (0, node_crypto.randomBytes)(16).toString("hex");
	const oneLine = title.replace(/[\r\n]+/g, " ");
	const shown = oneLine.length > MAX_TITLE_CHARS ? `${oneLine.slice(0, MAX_TITLE_CHARS)}…` : oneLine;
	print(`::group::${require_redact.redactSecrets(shown, secrets)}\n::stop-commands::${token}\n`);
	let pending = "";
	let ended = false;
	return {
		write(chunk) {
			if (ended) return;
			pending += chunk;
			const cut = pending.lastIndexOf("\n");
			if (cut < 0) {
				if (pending.length < 65536) return;
				print(`${require_redact.redactSecrets(pending, secrets)}\n`);
				pending = "";
				return;
			}
			print(require_redact.redactSecrets(pending.slice(0, cut + 1), secrets));
			pending = pending.slice(cut + 1);
		},
		end() {
			if (ended) return;
			ended = true;
			print(`${pending ? `${require_redact.redactSecrets(pending, secrets)}\n` : ""}::${token}::\n::endgroup::\n`);
		}
	};
}
var MAX_TITLE_CHARS;
function init_job_log_group() {
	return (init_job_log_group = require_rolldown_runtime.__esmMin((() => {
		require_redact.init_redact();
		MAX_TITLE_CHARS = 200;
	})))();
}
init_job_log_group();
exports.createJobLogGroup = createJobLogGroup;
