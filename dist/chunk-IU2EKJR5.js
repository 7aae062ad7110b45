import {
  error,
  info,
  notice,
  setOutput,
  summary,
  warning
} from "./chunk-LZDTGAHS.js";
import "./chunk-DRONNPUX.js";
import "./chunk-Q5N7MLC5.js";

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
