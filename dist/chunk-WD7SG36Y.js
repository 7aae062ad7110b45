import {
  require_dist
} from "./chunk-U56WEEY4.js";
import {
  parseSettings
} from "./chunk-ZWSSS5UM.js";
import {
  SettingsError
} from "./chunk-YT3BNT63.js";
import "./chunk-C2M7AN2O.js";
import {
  __toESM
} from "./chunk-Q5N7MLC5.js";

// src/settings/config-file.ts
var import_yaml = __toESM(require_dist(), 1);
function parseConfigFile(text, path) {
  const { values, problems } = parseConfigLenient(new TextEncoder().encode(text), path);
  if (problems.length) throw new SettingsError(problems.map((p) => p.message).join("\n"));
  return values;
}
var SECRET_NAMES = /* @__PURE__ */ new Set(["github-token", "log-key"]);
var MAX_DEPTH = 4;
var MAX_ALIAS_COUNT = 100;
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
    problems: [{ key: null, message: `${path}: ${message}` }]
  });
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return whole("expected UTF-8 text");
  }
  let data;
  try {
    const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const pos = first.linePos?.[0];
      const where = pos ? `:${pos.line}:${pos.col}` : "";
      return {
        values: {},
        problems: [{ key: null, message: `${path}${where}: invalid YAML: ${first.message.split("\n")[0]}` }]
      };
    }
    if (doc.contents === null) return { values: {}, problems: [] };
    if (!(0, import_yaml.isMap)(doc.contents)) return whole("expected a mapping of setting names to values at the top level");
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const reason = e instanceof RangeError ? "nested too deeply" : e.message.split("\n")[0];
    return whole(`cannot be read as YAML: ${reason}`);
  }
  const values = {};
  const problems = [];
  const source = { kind: "file", path };
  for (const [key, raw] of Object.entries(data)) {
    const value = raw === null ? "" : raw;
    if (SECRET_NAMES.has(key)) {
      problems.push({
        key,
        message: `${path}: ${key}: secrets may not be stored in the config file; pass ${key} as a step input from a secret (the value is not shown)`
      });
      continue;
    }
    if (depthOf(value, MAX_DEPTH + 1) > MAX_DEPTH) {
      problems.push({
        key,
        message: `${path}: ${key}: expected a value or a list of values, got a structure nested too deeply`
      });
      continue;
    }
    try {
      parseSettings([{ [key]: { value, source } }]);
      values[key] = { value, source };
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e;
      problems.push({ key, message: e.message });
    }
  }
  return { values, problems };
}
export {
  parseConfigFile,
  parseConfigLenient
};
