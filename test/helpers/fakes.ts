import type { Annotation } from '../../src/core/render/annotations.js';
import type { Reporter } from '../../src/ports/reporter.js';

/** A Reporter that records what the gate said, for assertions. */
export function recordingReporter(): Reporter & {
  annotations: Annotation[];
  outputs: Record<string, string>;
  summaries: string[];
  lines: string[];
} {
  const r = {
    annotations: [] as Annotation[],
    outputs: {} as Record<string, string>,
    summaries: [] as string[],
    lines: [] as string[],
    info: (m: string) => void r.lines.push(m),
    progress: (m: string) => void r.lines.push(`progress: ${m}`),
    warning: (m: string) => void r.lines.push(`warning: ${m}`),
    annotate: (a: Annotation) => void r.annotations.push(a),
    setOutput: (name: string, value: string) => void (r.outputs[name] = value),
    writeSummary: async (md: string) => void r.summaries.push(md),
  };
  return r;
}
