import type { Reporter } from '../ports/reporter.js';

/** Reporter for the command line: messages to stderr (quiet: warnings only), outputs kept for --json, no summary file. */
export function createConsoleReporter(options: {
  quiet: boolean;
}): Reporter & { outputs: Record<string, string> } {
  const outputs: Record<string, string> = {};
  const say = (line: string): void => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  return {
    outputs,
    info: say,
    progress: (m) => say(`driftgate: ${m}`),
    // Warnings go to stderr even with --json (stdout carries the JSON): a lost log entry must be seen.
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    annotate: ({ level, message, file, line }) =>
      say(`${level}: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${message}`),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    writeSummary: async () => {},
  };
}
