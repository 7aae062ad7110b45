import * as core from '@actions/core';
import type { Reporter } from '../ports/reporter.js';

/** Reporter over @actions/core: workflow commands, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
export function createActionsReporter(): Reporter {
  return {
    info: (m) => core.info(m),
    progress: (m) => core.info(`driftgate: ${m}`),
    warning: (m) => core.warning(m),
    annotate({ level, message, title, file, line }) {
      const props: core.AnnotationProperties = {
        ...(title ? { title } : {}),
        ...(file ? { file } : {}),
        ...(file && line ? { startLine: line } : {}),
      };
      if (level === 'error') core.error(message, props);
      else if (level === 'warning') core.warning(message, props);
      else core.notice(message, props);
    },
    setOutput: (name, value) => core.setOutput(name, value),
    async writeSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
  };
}
