import type { Classification } from '../classification.js';
import type { Finding } from '../finding.js';

/** Level of a file annotation. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation on the run (shown on the file in the PR when `file` is set). */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
}

/** GitHub shows at most 10 annotations of each level per step (docs: "Limitations" of annotations). */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

const LEVEL: Record<Classification, AnnotationLevel> = {
  INCIDENT: 'error',
  PRODUCT_DRIFT: 'error',
  TOOLING_DRIFT: 'warning',
  STABLE: 'notice',
};

/** One annotation per finding, at most 10 per level, then one notice with the count left out. */
export function computeAnnotations(findings: readonly Finding[]): Annotation[] {
  const out: Annotation[] = [];
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) {
    const level = LEVEL[f.classification];
    if (shown[level] >= MAX_ANNOTATIONS_PER_LEVEL) {
      omitted[level]++;
      continue;
    }
    shown[level]++;
    const file = f.evidence.paths?.[0];
    out.push({
      level,
      title: `driftgate ${f.classification}: ${f.code}`,
      message: f.message,
      ...(file && !/[\n\r]/.test(file) ? { file } : {}),
    });
  }
  const left = (Object.keys(omitted) as AnnotationLevel[]).filter((l) => omitted[l] > 0);
  if (left.length > 0) {
    out.push({
      level: 'notice',
      title: 'driftgate: more findings',
      message: `${left.map((l) => `${omitted[l]} more ${l} finding(s)`).join(', ')} not annotated (GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} per level); all are in the job summary and RUNTIME_EVENT.json`,
    });
  }
  return out;
}
