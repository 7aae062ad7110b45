import * as z from 'zod';
import {
  SETTING_DEFAULTS as D,
  SETTING_NAMES,
  SettingsError,
  type RawValue,
  type SettingName,
  type Source,
} from './defaults.js';

export { SETTING_NAMES, SettingsError, type RawValue, type SettingName, type Source };

const list = z.preprocess(
  (v) => {
    if (v === undefined || v === null || v === '') return [];
    if (typeof v === 'string') return v.split(/\r?\n/);
    return v;
  },
  z
    .array(z.string(), { error: 'expected a list of strings (YAML list or newline-separated text)' })
    .transform((a) => a.map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith('#'))),
);

const workspacePath = z
  .string({ error: 'expected a path relative to the workspace' })
  .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
    error: 'expected a path inside the workspace (relative, no "..")',
  });

const optionalText = z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string());

const bool = z.preprocess(
  (v) => (v === 'true' ? true : v === 'false' ? false : v),
  z.boolean({ error: 'expected true or false' }),
);

const positiveNumber = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
  z
    .number({ error: 'expected a number of minutes' })
    .positive({ error: 'expected a positive number of minutes' }),
);

const exitCode = z.preprocess(
  (v) => (v === '' || v === undefined || v === null ? null : typeof v === 'string' ? Number(v) : v),
  z.number({ error: 'expected an exit code (integer 0-255)' }).int().min(0).max(255).nullable(),
);

const INVARIANT_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*:\s*(\S.*)$/;

/** A user invariant: `ID: command`. */
export interface Invariant {
  id: string;
  command: string;
}

const invariants = list
  .pipe(
    z.array(
      z
        .string()
        .regex(INVARIANT_LINE, { error: 'expected "ID: command" (e.g. "INV-D-01: npm run check-schema")' }),
    ),
  )
  .transform((lines): Invariant[] =>
    lines.map((l) => {
      const m = INVARIANT_LINE.exec(l)!;
      return { id: m[1]!, command: m[2]!.trim() };
    }),
  );

const logins = list.transform((a) =>
  a
    .flatMap((s) => s.split(','))
    .map((s) => s.trim().replace(/^@/, ''))
    .filter(Boolean),
);

/** Every setting of SPEC §3, keyed by its public (input) name, with its default (defaults.ts). */
export const settingsSchema = z.strictObject({
  config: workspacePath.default(D.config),
  mode: z.enum(['check', 'decide']).default(D.mode),
  baseline: workspacePath.default(D.baseline),
  sealed: list.default([...D.sealed]),
  'baseline-ref': optionalText.default(D['baseline-ref']),
  'protected-paths': list.default([...D['protected-paths']]),
  invariants: invariants.default([...D.invariants]),
  'test-command': optionalText.default(D['test-command']),
  'test-report': list.default([...D['test-report']]),
  'test-console': z.union([z.literal(''), workspacePath]).default(D['test-console']),
  'test-exit-code': exitCode.default(D['test-exit-code']),
  'test-timeout': positiveNumber.default(D['test-timeout']),
  'runtime-baseline': workspacePath.default(D['runtime-baseline']),
  outputs: list.default([...D.outputs]),
  policies: list.default([...D.policies]),
  traces: list.default([...D.traces]),
  log: workspacePath.default(D.log),
  'log-branch': optionalText.default(D['log-branch']),
  'log-key': optionalText.default(D['log-key']),
  'fail-on': z.enum(['PRODUCT_DRIFT', 'TOOLING_DRIFT']).default(D['fail-on']),
  comment: bool.default(D.comment),
  escalate: z.enum(['TOOLING_DRIFT', 'PRODUCT_DRIFT', 'INCIDENT']).default(D.escalate),
  architects: logins.default([...D.architects]),
  'governed-refs': list.default([...D['governed-refs']]),
  'issue-labels': list.default([...D['issue-labels']]),
  'github-token': optionalText.default(D['github-token']),
});

/** The validated settings of one run. */
export type Settings = z.output<typeof settingsSchema>;

// The schema and defaults.ts name the same settings (a compile error otherwise).
const sameNames: [Exclude<keyof Settings, SettingName>, Exclude<SettingName, keyof Settings>] extends [
  never,
  never,
]
  ? true
  : false = true;
void sameNames;

/** Settings that may not come from a committed file. */
const SECRET_NAMES = new Set(['github-token', 'log-key']);

function describeSource(source: Source | undefined, key: string): string {
  if (!source) return key;
  if (source.kind === 'file') return `${source.path}: ${key}`;
  return source.kind === 'input' ? `input ${key}` : `--${key}`;
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
  const json = JSON.stringify(v);
  return json === undefined ? String(v) : json.length > 80 ? `${json.slice(0, 80)}…` : json;
}

/**
 * Merges raw values (later layers win) and validates them.
 * @param layers lowest precedence first: config file, then inputs/flags
 */
export function parseSettings(layers: ReadonlyArray<Record<string, RawValue>>): Settings {
  const merged: Record<string, RawValue> = {};
  for (const layer of layers) {
    for (const [key, raw] of Object.entries(layer)) {
      if (raw.source.kind === 'file' && SECRET_NAMES.has(key)) {
        throw new SettingsError(
          `${describeSource(raw.source, key)}: secrets may not be stored in the config file; pass ${key} as a step input from a secret`,
        );
      }
      merged[key] = raw;
    }
  }
  const values = Object.fromEntries(Object.entries(merged).map(([k, r]) => [k, r.value]));
  const result = settingsSchema.safeParse(values);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      const bad = issue.keys.map((k) => `${describeSource(merged[k]?.source, k)}: unknown setting`);
      return `${bad.join('; ')} (expected one of: ${SETTING_NAMES.join(', ')})`;
    }
    const raw = merged[key];
    const at = issue.path.length > 1 ? `[${issue.path.slice(1).join('.')}]` : '';
    const got = raw
      ? `, got ${describeValue(issue.path.length > 1 ? pick(raw.value, issue.path.slice(1)) : raw.value)}`
      : '';
    const expected =
      issue.code === 'invalid_value' && 'values' in issue
        ? `expected ${issue.values.map(String).join('|')}`
        : issue.message;
    return `${describeSource(raw?.source, key)}${at}: ${expected}${got}`;
  });
  throw new SettingsError(messages.join('\n'));
}

function pick(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const p of path) {
    if (typeof v === 'string' && typeof p === 'number') v = v.split(/\r?\n/).filter((s) => s.trim())[p];
    else if (v && typeof v === 'object') v = (v as Record<PropertyKey, unknown>)[p];
    else return undefined;
  }
  return v;
}
