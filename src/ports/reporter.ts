import type { Annotation } from '../core/render/annotations.js';

/** Where the gate speaks: log lines, annotations, outputs and the job summary. */
export interface Reporter {
  info(message: string): void;
  /** A line of progress for a stage that may take a while (hashing N files, reading a large log). */
  progress(message: string): void;
  warning(message: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
}
