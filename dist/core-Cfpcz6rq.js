const require_rolldown_runtime = require("./rolldown-runtime-Ct0TAKH9.js");
const require_undici$1 = require("./undici-DCjKDwHe.js");
let os = require("os");
os = require_rolldown_runtime.__toESM(os, 1);
let crypto = require("crypto");
crypto = require_rolldown_runtime.__toESM(crypto, 1);
let fs = require("fs");
fs = require_rolldown_runtime.__toESM(fs, 1);
let path = require("path");
path = require_rolldown_runtime.__toESM(path, 1);
let events = require("events");
events = require_rolldown_runtime.__toESM(events, 1);
let child_process = require("child_process");
child_process = require_rolldown_runtime.__toESM(child_process, 1);
require("timers");
// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
	if (input === null || input === void 0) return "";
	else if (typeof input === "string" || input instanceof String) return input;
	return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
	if (!Object.keys(annotationProperties).length) return {};
	return {
		title: annotationProperties.title,
		file: annotationProperties.file,
		line: annotationProperties.startLine,
		endLine: annotationProperties.endLine,
		col: annotationProperties.startColumn,
		endColumn: annotationProperties.endColumn
	};
}
// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
	const cmd = new Command(command, properties, message);
	process.stdout.write(cmd.toString() + os.EOL);
}
function escapeData(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var CMD_STRING, Command;
function init_command() {
	return (init_command = require_rolldown_runtime.__esmMin((() => {
		CMD_STRING = "::";
		Command = class {
			constructor(command, properties, message) {
				if (!command) command = "missing.command";
				this.command = command;
				this.properties = properties;
				this.message = message;
			}
			toString() {
				let cmdStr = CMD_STRING + this.command;
				if (this.properties && Object.keys(this.properties).length > 0) {
					cmdStr += " ";
					let first = true;
					for (const key in this.properties) if (this.properties.hasOwnProperty(key)) {
						const val = this.properties[key];
						if (val) {
							if (first) first = false;
							else cmdStr += ",";
							cmdStr += `${key}=${escapeProperty(val)}`;
						}
					}
				}
				cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
				return cmdStr;
			}
		};
	})))();
}
// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
	const filePath = process.env[`GITHUB_${command}`];
	if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
	if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
	fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, { encoding: "utf8" });
}
function prepareKeyValueMessage(key, value) {
	const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
	const convertedValue = toCommandValue(value);
	if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
	if (convertedValue.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
	return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
function init_file_command() {
	return (init_file_command = require_rolldown_runtime.__esmMin((() => {})))();
}
// node_modules/@actions/http-client/lib/index.js
var HttpCodes, Headers, MediaTypes;
function init_lib() {
	return (init_lib = require_rolldown_runtime.__esmMin((() => {
		require_undici$1.require_tunnel();
		require_undici$1.require_undici();
		(function(HttpCodes) {
			HttpCodes[HttpCodes["OK"] = 200] = "OK";
			HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
			HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
			HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
			HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
			HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
			HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
			HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
			HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
			HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
			HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
			HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
			HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
			HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
			HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
			HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
			HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
			HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
			HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
			HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
			HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
			HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
			HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
			HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
			HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
			HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
			HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
		})(HttpCodes || (HttpCodes = {}));
		(function(Headers) {
			Headers["Accept"] = "accept";
			Headers["ContentType"] = "content-type";
		})(Headers || (Headers = {}));
		(function(MediaTypes) {
			MediaTypes["ApplicationJson"] = "application/json";
		})(MediaTypes || (MediaTypes = {}));
		HttpCodes.MovedPermanently, HttpCodes.ResourceMoved, HttpCodes.SeeOther, HttpCodes.TemporaryRedirect, HttpCodes.PermanentRedirect;
		HttpCodes.BadGateway, HttpCodes.ServiceUnavailable, HttpCodes.GatewayTimeout;
	})))();
}
function init_auth() {
	return (init_auth = require_rolldown_runtime.__esmMin((() => {})))();
}
function init_oidc_utils() {
	return (init_oidc_utils = require_rolldown_runtime.__esmMin((() => {
		init_lib();
		init_auth();
		init_core();
	})))();
}
// node_modules/@actions/core/lib/summary.js
var __awaiter$6, access, appendFile, writeFile, SUMMARY_ENV_VAR, Summary, _summary, summary;
function init_summary() {
	return (init_summary = require_rolldown_runtime.__esmMin((() => {
		__awaiter$6 = function(thisArg, _arguments, P, generator) {
			function adopt(value) {
				return value instanceof P ? value : new P(function(resolve) {
					resolve(value);
				});
			}
			return new (P || (P = Promise))(function(resolve, reject) {
				function fulfilled(value) {
					try {
						step(generator.next(value));
					} catch (e) {
						reject(e);
					}
				}
				function rejected(value) {
					try {
						step(generator["throw"](value));
					} catch (e) {
						reject(e);
					}
				}
				function step(result) {
					result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
				}
				step((generator = generator.apply(thisArg, _arguments || [])).next());
			});
		};
		({access, appendFile, writeFile} = fs.promises);
		SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
		Summary = class {
			constructor() {
				this._buffer = "";
			}
			filePath() {
				return __awaiter$6(this, void 0, void 0, function* () {
					if (this._filePath) return this._filePath;
					const pathFromEnv = process.env[SUMMARY_ENV_VAR];
					if (!pathFromEnv) throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
					try {
						yield access(pathFromEnv, fs.constants.R_OK | fs.constants.W_OK);
					} catch (_a) {
						throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
					}
					this._filePath = pathFromEnv;
					return this._filePath;
				});
			}
			wrap(tag, content, attrs = {}) {
				const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
				if (!content) return `<${tag}${htmlAttrs}>`;
				return `<${tag}${htmlAttrs}>${content}</${tag}>`;
			}
			write(options) {
				return __awaiter$6(this, void 0, void 0, function* () {
					const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
					const filePath = yield this.filePath();
					yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" });
					return this.emptyBuffer();
				});
			}
			clear() {
				return __awaiter$6(this, void 0, void 0, function* () {
					return this.emptyBuffer().write({ overwrite: true });
				});
			}
			stringify() {
				return this._buffer;
			}
			isEmptyBuffer() {
				return this._buffer.length === 0;
			}
			emptyBuffer() {
				this._buffer = "";
				return this;
			}
			addRaw(text, addEOL = false) {
				this._buffer += text;
				return addEOL ? this.addEOL() : this;
			}
			addEOL() {
				return this.addRaw(os.EOL);
			}
			addCodeBlock(code, lang) {
				const attrs = Object.assign({}, lang && { lang });
				const element = this.wrap("pre", this.wrap("code", code), attrs);
				return this.addRaw(element).addEOL();
			}
			addList(items, ordered = false) {
				const tag = ordered ? "ol" : "ul";
				const listItems = items.map((item) => this.wrap("li", item)).join("");
				const element = this.wrap(tag, listItems);
				return this.addRaw(element).addEOL();
			}
			addTable(rows) {
				const tableBody = rows.map((row) => {
					const cells = row.map((cell) => {
						if (typeof cell === "string") return this.wrap("td", cell);
						const { header, data, colspan, rowspan } = cell;
						const tag = header ? "th" : "td";
						const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
						return this.wrap(tag, data, attrs);
					}).join("");
					return this.wrap("tr", cells);
				}).join("");
				const element = this.wrap("table", tableBody);
				return this.addRaw(element).addEOL();
			}
			addDetails(label, content) {
				const element = this.wrap("details", this.wrap("summary", label) + content);
				return this.addRaw(element).addEOL();
			}
			addImage(src, alt, options) {
				const { width, height } = options || {};
				const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
				const element = this.wrap("img", null, Object.assign({
					src,
					alt
				}, attrs));
				return this.addRaw(element).addEOL();
			}
			addHeading(text, level) {
				const tag = `h${level}`;
				const allowedTag = [
					"h1",
					"h2",
					"h3",
					"h4",
					"h5",
					"h6"
				].includes(tag) ? tag : "h1";
				const element = this.wrap(allowedTag, text);
				return this.addRaw(element).addEOL();
			}
			addSeparator() {
				const element = this.wrap("hr", null);
				return this.addRaw(element).addEOL();
			}
			addBreak() {
				const element = this.wrap("br", null);
				return this.addRaw(element).addEOL();
			}
			addQuote(text, cite) {
				const attrs = Object.assign({}, cite && { cite });
				const element = this.wrap("blockquote", text, attrs);
				return this.addRaw(element).addEOL();
			}
			addLink(text, href) {
				const element = this.wrap("a", text, { href });
				return this.addRaw(element).addEOL();
			}
		};
		_summary = new Summary();
		summary = _summary;
	})))();
}
var chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink;
function init_io_util() {
	return (init_io_util = require_rolldown_runtime.__esmMin((() => {
		({chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink} = fs.promises);
		process.platform;
		fs.constants.O_RDONLY;
	})))();
}
function init_io() {
	return (init_io = require_rolldown_runtime.__esmMin((() => {
		init_io_util();
	})))();
}
function init_toolrunner() {
	return (init_toolrunner = require_rolldown_runtime.__esmMin((() => {
		init_io();
		init_io_util();
		process.platform;
		events.EventEmitter;
		events.EventEmitter;
	})))();
}
function init_exec() {
	return (init_exec = require_rolldown_runtime.__esmMin((() => {
		init_toolrunner();
	})))();
}
function init_platform() {
	return (init_platform = require_rolldown_runtime.__esmMin((() => {
		init_exec();
		os.default.platform();
		os.default.arch();
	})))();
}
// node_modules/@actions/core/lib/core.js
var core_exports = require_rolldown_runtime.__exportAll({
	getInput: () => getInput,
	setSecret: () => setSecret
});
function setSecret(secret) {
	issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
	const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
	if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
	if (options && options.trimWhitespace === false) return val;
	return val.trim();
}
function setOutput(name, value) {
	if (process.env["GITHUB_OUTPUT"] || "") return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
	process.stdout.write(os.EOL);
	issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
	process.exitCode = ExitCode.Failure;
	error(message);
}
function error(message, properties = {}) {
	issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
	issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
	issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
	process.stdout.write(message + os.EOL);
}
var ExitCode;
function init_core() {
	return (init_core = require_rolldown_runtime.__esmMin((() => {
		init_command();
		init_file_command();
		init_oidc_utils();
		init_summary();
		init_platform();
		(function(ExitCode) {
			ExitCode[ExitCode["Success"] = 0] = "Success";
			ExitCode[ExitCode["Failure"] = 1] = "Failure";
		})(ExitCode || (ExitCode = {}));
	})))();
}
Object.defineProperty(exports, "core_exports", {
	enumerable: true,
	get: function() {
		return core_exports;
	}
});
Object.defineProperty(exports, "error", {
	enumerable: true,
	get: function() {
		return error;
	}
});
Object.defineProperty(exports, "info", {
	enumerable: true,
	get: function() {
		return info;
	}
});
Object.defineProperty(exports, "init_core", {
	enumerable: true,
	get: function() {
		return init_core;
	}
});
Object.defineProperty(exports, "init_summary", {
	enumerable: true,
	get: function() {
		return init_summary;
	}
});
Object.defineProperty(exports, "notice", {
	enumerable: true,
	get: function() {
		return notice;
	}
});
Object.defineProperty(exports, "setFailed", {
	enumerable: true,
	get: function() {
		return setFailed;
	}
});
Object.defineProperty(exports, "setOutput", {
	enumerable: true,
	get: function() {
		return setOutput;
	}
});
Object.defineProperty(exports, "summary", {
	enumerable: true,
	get: function() {
		return summary;
	}
});
Object.defineProperty(exports, "warning", {
	enumerable: true,
	get: function() {
		return warning;
	}
});
