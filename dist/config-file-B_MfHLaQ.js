const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_verify = require("./verify-D-KfR1Rm.js");
const require_dist$1 = require("./dist-DL_-OSuy.js");
const require_settings = require("./settings--AKwJVJX.js");
// src/settings/config-file.ts
function depthOf(v, limit) {
	if (v === null || typeof v !== "object") return 0;
	if (limit <= 0) return 1;
	let d = 0;
	for (const x of Object.values(v)) d = Math.max(d, depthOf(x, limit - 1));
	return d + 1;
}
function parseConfigLenient(bytes, path) {
	const whole = (message) => ({
		values: {},
		problems: [{
			key: null,
			message: `${path}: ${message}`
		}]
	});
	let text;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return whole("expected UTF-8 text");
	}
	let data;
	try {
		const doc = (0, import_dist.parseDocument)(text, {
			prettyErrors: true,
			uniqueKeys: true
		});
		const first = doc.errors[0];
		if (first) {
			const pos = first.linePos?.[0];
			return {
				values: {},
				problems: [{
					key: null,
					message: `${path}${pos ? `:${pos.line}:${pos.col}` : ""}: invalid YAML: ${first.message.split("\n")[0]}`
				}]
			};
		}
		if (doc.contents === null) return {
			values: {},
			problems: []
		};
		if (!(0, import_dist.isMap)(doc.contents)) return whole("expected a mapping of setting names to values at the top level");
		data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (e) {
		return whole(`cannot be read as YAML: ${e instanceof RangeError ? "nested too deeply" : e.message.split("\n")[0]}`);
	}
	const values = {};
	const problems = [];
	const source = {
		kind: "file",
		path
	};
	for (const [key, raw] of Object.entries(data)) {
		const value = raw === null ? "" : raw;
		if (SECRET_NAMES.has(key)) {
			problems.push({
				key,
				message: `${path}: ${key}: secrets may not be stored in the config file; pass ${key} as a step input from a secret (the value is not shown)`
			});
			continue;
		}
		if (depthOf(value, 5) > MAX_DEPTH) {
			problems.push({
				key,
				message: `${path}: ${key}: expected a value or a list of values, got a structure nested too deeply`
			});
			continue;
		}
		try {
			require_settings.parseSettings([{ [key]: {
				value,
				source
			} }]);
			values[key] = {
				value,
				source
			};
		} catch (e) {
			if (!(e instanceof require_verify.SettingsError)) throw e;
			problems.push({
				key,
				message: e.message
			});
		}
	}
	return {
		values,
		problems
	};
}
var import_dist, SECRET_NAMES, MAX_DEPTH, MAX_ALIAS_COUNT;
function init_config_file() {
	return (init_config_file = require_rolldown_runtime.__esmMin((() => {
		import_dist = require_dist$1.require_dist();
		require_settings.init_settings();
		SECRET_NAMES = new Set(["github-token", "log-key"]);
		MAX_DEPTH = 4;
		MAX_ALIAS_COUNT = 100;
	})))();
}
init_config_file();
exports.parseConfigLenient = parseConfigLenient;
