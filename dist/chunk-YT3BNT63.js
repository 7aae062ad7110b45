
// src/settings/defaults.ts
var SettingsError = class extends Error {
  name = "SettingsError";
};
var SETTING_DEFAULTS = {
  config: ".github/driftgate.yml",
  mode: "check",
  baseline: "BASELINE_REF.sha256",
  sealed: [],
  "baseline-ref": "",
  "protected-paths": ["governance/runtime/**"],
  invariants: [],
  "test-command": "",
  "test-report": [],
  "test-console": "",
  "test-exit-code": null,
  "test-timeout": 60,
  "runtime-baseline": "governance/RUNTIME_BASELINE.json",
  outputs: [],
  policies: ["governance/policies/**/*.{json,yml,yaml}"],
  traces: ["governance/traces/**/*.ndjson"],
  log: "governance/GOVERNANCE_LOG.ndjson",
  "log-branch": "driftgate-log",
  "log-key": "",
  "fail-on": "PRODUCT_DRIFT",
  comment: true,
  escalate: "TOOLING_DRIFT",
  architects: [],
  "governed-refs": [],
  "issue-labels": [],
  "github-token": ""
};
var SETTING_NAMES = Object.keys(SETTING_DEFAULTS);
function computeDefaultSettings() {
  return Object.fromEntries(
    Object.entries(SETTING_DEFAULTS).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])
  );
}
async function parseSettingsOnDemand(layers) {
  if (layers.every((layer) => Object.keys(layer).length === 0)) return computeDefaultSettings();
  const { parseSettings } = await import("./chunk-3WP4SYXG.js");
  return parseSettings(layers);
}

export {
  SettingsError,
  SETTING_DEFAULTS,
  SETTING_NAMES,
  computeDefaultSettings,
  parseSettingsOnDemand
};
