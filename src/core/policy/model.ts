import { parse as parseYaml, parseDocument } from 'yaml';
import { z } from 'zod';

/** A rule's or a default's effect (SPEC §7). */
export const MODES = ['allow', 'deny', 'review'] as const;
export type Mode = (typeof MODES)[number];

const mode = z.enum(MODES);

/** The facts a context override may test. */
const when = z.strictObject({
  projectType: z.string().optional(),
  taskType: z.string().optional(),
  sessionType: z.string().optional(),
  directory: z.string().optional(),
  fileType: z.string().optional(),
  approvalState: z.string().optional(),
});

const rule = z.strictObject({
  id: z.string().min(1).optional(),
  pattern: z.string().min(1),
  mode,
  contexts: z.array(z.strictObject({ when, overrideMode: mode })).optional(),
  description: z.string().optional(),
});

/** An AgentPolicy file (SPEC §7), JSON or YAML. */
export const policySchema = z.strictObject({
  version: z.union([z.string(), z.number()]),
  defaultCommandBehavior: mode.default('review'),
  defaultWriteBehavior: mode.default('review'),
  commands: z.array(rule).default([]),
  fileWrites: z.array(rule).default([]),
});

export type Policy = z.output<typeof policySchema>;
export type Rule = z.output<typeof rule>;
export type RuleKind = 'commands' | 'fileWrites';
export type Context = z.output<typeof when>;

/** A policy file that cannot be used; the message names the file, the place and the bad value. */
export class PolicyError extends Error {
  override name = 'PolicyError';
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
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/** Reads a policy file (JSON by extension or leading "{", else YAML) and validates it. */
export function parsePolicy(text: string, path: string): Policy {
  let data: unknown;
  if (/\.json$/i.test(path) || text.trimStart().startsWith('{')) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new PolicyError(`${path}: invalid JSON: ${(e as Error).message}`);
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: true });
    const first = doc.errors[0];
    if (first) {
      const pos = first.linePos?.[0];
      throw new PolicyError(
        `${path}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${first.message.split('\n')[0]}`,
      );
    }
    data = parseYaml(text);
  }
  const r = policySchema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const where = place(issue.path) || '(top level)';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    throw new PolicyError(
      `${path}: ${where}: expected ${issue.values.map(String).join('|')}, got ${describe(pick(data, issue.path))}`,
    );
  }
  if (issue.code === 'unrecognized_keys')
    throw new PolicyError(`${path}: ${where}: unknown key(s) ${issue.keys.join(', ')}`);
  throw new PolicyError(`${path}: ${where}: ${issue.message}`);
}

/** A rule's identity (SPEC §7): its id, else `<kind>:<pattern>`. */
export const ruleId = (kind: RuleKind, r: Rule): string => r.id ?? `${kind}:${r.pattern}`;
