/** The four classifications of SPEC §2, least severe first. */
export const CLASSIFICATIONS = ['STABLE', 'TOOLING_DRIFT', 'PRODUCT_DRIFT', 'INCIDENT'] as const;

/** A classification of SPEC §2. */
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Severity rank: higher is more severe (INCIDENT > PRODUCT_DRIFT > TOOLING_DRIFT > STABLE). */
export function rankOf(c: Classification): number {
  return CLASSIFICATIONS.indexOf(c);
}

/** The more severe of two classifications. */
export function maxClassification(a: Classification, b: Classification): Classification {
  return rankOf(a) >= rankOf(b) ? a : b;
}
