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
  /** 1-based line in `file`, when the report gave one. */
  line?: number;
}

/** GitHub shows at most 10 annotations of each level per step (docs: "Limitations" of annotations). */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

const LEVEL: Record<Classification, AnnotationLevel> = {
  INCIDENT: 'error',
  PRODUCT_DRIFT: 'error',
  TOOLING_DRIFT: 'warning',
  STABLE: 'notice',
};

/** A path GitHub can attach an annotation to: workspace-relative, one line, no `..`. */
const annotatable = (p: string | undefined): p is string =>
  !!p && !/[\n\r]/.test(p) && !p.startsWith('/') && !p.split('/').includes('..');

/**
 * Where a finding points in the code. Failing tests: each test on its file (the first part of its
 * id, `file > describe > name`), with the line the tests stage found for the first failing test of
 * that file (`paths[i]` / `lines[i]`). Other findings: their first path, without a line — a sealed
 * file's `lines` are lines of the manifest, not of the file.
 */
function placesOf(f: Finding): Array<{ file?: string; line?: number; test?: string }> {
  const e = f.evidence;
  if (!e.tests?.length) return [{ ...(e.paths?.[0] ? { file: e.paths[0] } : {}) }];
  const lineOf = new Map<string, number>();
  if (f.stage === 'tests' && e.paths && e.lines && e.lines.length === e.paths.length)
    e.paths.forEach((p, i) => lineOf.set(p, e.lines![i]!));
  return e.tests.map((t) => {
    const file = t.split(' > ')[0];
    if (!file || file === t || !/\.[A-Za-z0-9]+$/.test(file)) return { test: t };
    const line = lineOf.get(file);
    // The line is the first failing test's of its file: given once, to that test.
    lineOf.delete(file);
    return { file, ...(line && line > 0 ? { line } : {}), test: t };
  });
}

/** A failing test's own line of evidence ("id: message"), when the output has one. */
const messageOf = (f: Finding, test: string | undefined): string | undefined =>
  test
    ? f.evidence.output
        ?.split('\n')
        .find((l) => l.startsWith(`${test}: `))
        ?.slice(test.length + 2)
    : undefined;

/**
 * One annotation per place of each finding (each failing test on its file), at most 10 per level,
 * then one notice with the count left out.
 */
export function computeAnnotations(findings: readonly Finding[]): Annotation[] {
  const out: Annotation[] = [];
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) {
    const level = LEVEL[f.classification];
    const places = placesOf(f);
    for (const place of places) {
      if (shown[level] >= MAX_ANNOTATIONS_PER_LEVEL) {
        omitted[level]++;
        continue;
      }
      shown[level]++;
      const message = messageOf(f, place.test);
      out.push({
        level,
        title: `driftgate ${f.classification}: ${f.code}`,
        message:
          places.length > 1 && place.test
            ? `${place.test}: ${message ?? 'failed'}`
            : message
              ? `${f.message}\n${message}`
              : f.message,
        ...(annotatable(place.file) ? { file: place.file, ...(place.line ? { line: place.line } : {}) } : {}),
      });
    }
  }
  const left = (Object.keys(omitted) as AnnotationLevel[]).filter((l) => omitted[l] > 0);
  if (left.length > 0) {
    out.push({
      level: 'notice',
      title: 'driftgate: more findings',
      message: `${left.map((l) => `${omitted[l]} more ${l} annotation(s)`).join(', ')} left out (GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} per level); all findings are in the job summary and RUNTIME_EVENT.json`,
    });
  }
  return out;
}
