import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);
import {
  error,
  info,
  notice,
  setOutput,
  summary,
  warning
} from "./chunk-BL2CF62E.js";
import "./chunk-APIPKGCX.js";
import "./chunk-4ZWHVAGB.js";

// src/adapters/actions-reporter.ts
function createActionsReporter() {
  return {
    info: (m) => info(m),
    progress: (m) => info(`driftgate: ${m}`),
    warning: (m) => warning(m),
    annotate({ level, message, title, file, line }) {
      const props = {
        ...title ? { title } : {},
        ...file ? { file } : {},
        ...file && line ? { startLine: line } : {}
      };
      if (level === "error") error(message, props);
      else if (level === "warning") warning(message, props);
      else notice(message, props);
    },
    setOutput: (name, value) => setOutput(name, value),
    async writeSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await summary.addRaw(markdown, true).write();
    }
  };
}
export {
  createActionsReporter
};
