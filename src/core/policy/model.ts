import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import * as z from 'zod';
import { compilePattern, PatternError } from './match.js';

/** A rule's or a default's effect. */
export const MODES = ['allow', 'deny', 'review'] as const;
export type Mode = (typeof MODES)[number];

/** The rule lists of a policy: commands, file writes and session starts. */
export const RULE_KINDS = ['commands', 'fileWrites', 'sessions'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const mode = z.enum(MODES);
const oneOrMany = z.union([z.string(), z.array(z.string()).min(1)]);
/** An hour of the day: 0–24, or "HH:MM". Kept as minutes after midnight (UTC). */
const hour = z.union([
  z
    .number()
    .min(0)
    .max(24)
    .transform((h) => Math.round(h * 60)),
  z
    .string()
    .regex(/^([01]?\d|2[0-4]):[0-5]\d$/, 'expected an hour 0–24 or "HH:MM"')
    .transform((s) => {
      const [h, m] = s.split(':').map(Number);
      return h! * 60 + m!;
    }),
]);
const day = z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(DAYS));

/** The facts a context override may test; a list means "equals one of them". */
const when = z.object({
  projectType: oneOrMany.optional(),
  taskType: oneOrMany.optional(),
  sessionType: oneOrMany.optional(),
  fileType: oneOrMany.optional(),
  approvalState: oneOrMany.optional(),
  directory: z.string().optional(),
  authorizationLevel: z.string().optional(),
  timeRestriction: z
    .object({ days: z.array(day).optional(), hours: z.tuple([hour, hour]).optional() })
    .optional(),
});

const rule = z.object({
  id: z.string().min(1).optional(),
  pattern: z.string().min(1),
  mode,
  priority: z.number().finite().optional(),
  contexts: z.array(z.object({ when, overrideMode: mode, description: z.string().optional() })).optional(),
  description: z.string().optional(),
});

/** An AgentPolicy file, JSON or YAML: the whole documented model. */
export const policySchema = z.object({
  version: z.union([z.string(), z.number()]),
  description: z.string().optional(),
  defaultCommandBehavior: mode.default('review'),
  defaultWriteBehavior: mode.default('review'),
  commands: z.array(rule).default([]),
  fileWrites: z.array(rule).default([]),
  sessions: z.array(rule).default([]),
  /** Review metadata: no effect on decisions. */
  window: z
    .object({
      description: z.string().optional(),
      lastReviewedAt: z.union([z.string(), z.date()]).optional(),
      reviewedBy: oneOrMany.optional(),
    })
    .optional(),
  /** Engine settings: no effect on decisions. */
  settings: z
    .object({
      cacheDecisions: z.boolean().optional(),
      decisionCacheTTL: z.number().optional(),
      maxConsecutiveReviews: z.number().optional(),
    })
    .optional(),
});

/** A rule, with the 1-based line of its file where it starts (when known). */
export type Rule = z.output<typeof rule> & { line?: number };
export type Policy = Omit<z.output<typeof policySchema>, RuleKind> & Record<RuleKind, Rule[]>;
export type When = z.output<typeof when>;

/** The facts of a request that contexts test. */
export interface Context {
  projectType?: string;
  taskType?: string;
  sessionType?: string;
  fileType?: string;
  approvalState?: string;
  directory?: string;
  authorizationLevel?: string;
}

/** A policy file that cannot be used; the message names the file, the place and the bad value. */
export class PolicyError extends Error {
  override name = 'PolicyError';
}

/** A parsed policy file and the notices about it (unknown keys, ignored and named). */
export interface ParsedPolicy {
  policy: Policy;
  notices: string[];
}

const describe = (v: unknown): string => {
  const json = JSON.stringify(v);
  return json === undefined ? String(v) : json.length > 60 ? `${json.slice(0, 60)}…` : json;
};

function pick(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

const place = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') ||
  '(top level)';

/** The keys the model knows, per place; anything else is a notice. */
const KNOWN = {
  top: Object.keys(policySchema.shape),
  window: ['description', 'lastReviewedAt', 'reviewedBy'],
  settings: ['cacheDecisions', 'decisionCacheTTL', 'maxConsecutiveReviews'],
  rule: Object.keys(rule.shape),
  context: ['when', 'overrideMode', 'description'],
  when: Object.keys(when.shape),
  timeRestriction: ['days', 'hours'],
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKeys(data: unknown): string[] {
  const out: string[] = [];
  const check = (v: unknown, known: readonly string[], where: string) => {
    if (!isObject(v)) return;
    const extra = Object.keys(v).filter((k) => !known.includes(k));
    if (extra.length)
      out.push(
        `${where}: unknown key${extra.length > 1 ? 's' : ''} ${extra.map((k) => JSON.stringify(k)).join(', ')} (ignored)`,
      );
  };
  check(data, KNOWN.top, '(top level)');
  if (!isObject(data)) return out;
  check(data.window, KNOWN.window, 'window');
  check(data.settings, KNOWN.settings, 'settings');
  for (const kind of RULE_KINDS) {
    const rules = data[kind];
    if (!Array.isArray(rules)) continue;
    rules.forEach((r: unknown, i) => {
      check(r, KNOWN.rule, `${kind}[${i}]`);
      const contexts = isObject(r) ? r.contexts : undefined;
      if (!Array.isArray(contexts)) return;
      contexts.forEach((c: unknown, j) => {
        const at = `${kind}[${i}].contexts[${j}]`;
        check(c, KNOWN.context, at);
        const w = isObject(c) ? c.when : undefined;
        check(w, KNOWN.when, `${at}.when`);
        check(
          isObject(w) ? w.timeRestriction : undefined,
          KNOWN.timeRestriction,
          `${at}.when.timeRestriction`,
        );
      });
    });
  }
  return out;
}

function readDocument(text: string, path: string): { data: unknown; doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const json = /\.json$/i.test(path) || text.trimStart().startsWith('{');
  if (json) {
    try {
      JSON.parse(text);
    } catch (e) {
      throw new PolicyError(`${path}: invalid JSON: ${(e as Error).message}`);
    }
  }
  // JSON is read by the YAML parser too, so rules of both carry their line.
  const doc = parseDocument(text, { prettyErrors: true, lineCounter: lines, uniqueKeys: false });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new PolicyError(
      `${path}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${first.message.split('\n')[0]!.replace(/:$/, '')}`,
    );
  }
  return { data: json ? JSON.parse(text) : doc.toJS({ maxAliasCount: 100 }), doc, lines };
}

function lineOf(doc: Document, lines: LineCounter, kind: RuleKind, i: number): number | undefined {
  const seq = isMap(doc.contents) ? doc.contents.get(kind, true) : undefined;
  const node = isSeq(seq) ? seq.items[i] : undefined;
  const start = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
  return start === undefined ? undefined : lines.linePos(start).line;
}

/**
 * Reads a policy file (JSON by extension or leading "{", else YAML) against the whole model. An
 * unknown key is a notice; a known key with a bad value, or a pattern too long or not a regex RE2
 * accepts, throws a PolicyError naming the file, the place, the value and what was expected.
 */
export function parsePolicyFile(text: string, path: string): ParsedPolicy {
  const { data, doc, lines } = readDocument(text, path);
  const r = policySchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = place(issue.path);
    const got = describe(pick(data, issue.path));
    if (issue.code === 'invalid_value' && 'values' in issue)
      throw new PolicyError(`${path}: ${where}: expected ${issue.values.map(String).join('|')}, got ${got}`);
    throw new PolicyError(`${path}: ${where}: ${issue.message}, got ${got}`);
  }
  const policy = r.data as Policy;
  for (const kind of RULE_KINDS) {
    policy[kind].forEach((rule, i) => {
      try {
        compilePattern(rule.pattern, kind === 'fileWrites');
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        throw new PolicyError(
          `${path}: ${kind}[${i}].pattern: expected ${e.message}, got ${describe(rule.pattern)}`,
        );
      }
      const line = lineOf(doc, lines, kind, i);
      if (line !== undefined) rule.line = line;
    });
  }
  return { policy, notices: unknownKeys(data).map((n) => `${path}: ${n}`) };
}

/** parsePolicyFile without the notices. */
export const parsePolicy = (text: string, path: string): Policy => parsePolicyFile(text, path).policy;

/** A rule's identity: its id, else `<kind>:<pattern>`. */
export const ruleId = (kind: RuleKind, r: Rule): string => r.id ?? `${kind}:${r.pattern}`;

/** The default that decides a kind's requests when no rule matches. */
export const fallbackOf = (policy: Policy, kind: RuleKind): Mode =>
  kind === 'fileWrites' ? policy.defaultWriteBehavior : policy.defaultCommandBehavior;
