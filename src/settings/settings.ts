import * as z from 'zod';
import {
  computeDefaultSettings,
  SETTING_DEFAULTS as D,
  SETTING_NAMES,
  SettingsError,
  type RawValue,
  type SettingName,
  type Source,
} from './defaults.js';

export { SETTING_NAMES, SettingsError, type RawValue, type SettingName, type Source };

/**
 * A schema built on first use. Building zod schemas is most of what validating settings costs at
 * start-up (each kind of schema compiles its code on first construction), so a run builds only
 * the schemas of the settings it was given; the others take their defaults.
 */
function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

const list = once(() =>
  z.preprocess(
    (v) => {
      if (v === undefined || v === null || v === '') return [];
      if (typeof v === 'string') return v.split(/\r?\n/);
      return v;
    },
    z
      .array(z.string(), { error: 'expected a list of strings (YAML list or newline-separated text)' })
      .transform((a) => a.map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith('#'))),
  ),
);

const workspacePath = once(() =>
  z
    .string({ error: 'expected a path relative to the workspace' })
    .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
      error: 'expected a path inside the workspace (relative, no "..")',
    }),
);

const optionalText = once(() => z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string()));

const bool = once(() =>
  z.preprocess(
    (v) => (v === 'true' ? true : v === 'false' ? false : v),
    z.boolean({ error: 'expected true or false' }),
  ),
);

const positiveNumber = once(() =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z
      .number({ error: 'expected a number of minutes' })
      .positive({ error: 'expected a positive number of minutes' }),
  ),
);

const exitCode = once(() =>
  z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? null : typeof v === 'string' ? Number(v) : v),
    z.number({ error: 'expected an exit code (integer 0-255)' }).int().min(0).max(255).nullable(),
  ),
);

const INVARIANT_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*:\s*(\S.*)$/;

/** A user invariant: `ID: command`. */
export interface Invariant {
  id: string;
  command: string;
}

const invariants = once(() =>
  list()
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
    ),
);

const logins = once(() =>
  list().transform((a) =>
    a
      .flatMap((s) => s.split(','))
      .map((s) => s.trim().replace(/^@/, ''))
      .filter(Boolean),
  ),
);

/** Every setting of SPEC §3, keyed by its public (input) name: its schema, with its default (defaults.ts). */
const FIELDS = {
  config: once(() => workspacePath().default(D.config)),
  mode: once(() => z.enum(['check', 'decide']).default(D.mode)),
  baseline: once(() => workspacePath().default(D.baseline)),
  sealed: once(() => list().default([...D.sealed])),
  'baseline-ref': once(() => optionalText().default(D['baseline-ref'])),
  'protected-paths': once(() => list().default([...D['protected-paths']])),
  invariants: once(() => invariants().default([...D.invariants])),
  'test-command': once(() => optionalText().default(D['test-command'])),
  'test-report': once(() => list().default([...D['test-report']])),
  'test-console': once(() => z.union([z.literal(''), workspacePath()]).default(D['test-console'])),
  'test-exit-code': once(() => exitCode().default(D['test-exit-code'])),
  'test-timeout': once(() => positiveNumber().default(D['test-timeout'])),
  'runtime-baseline': once(() => workspacePath().default(D['runtime-baseline'])),
  outputs: once(() => list().default([...D.outputs])),
  policies: once(() => list().default([...D.policies])),
  traces: once(() => list().default([...D.traces])),
  log: once(() => workspacePath().default(D.log)),
  'log-branch': once(() => optionalText().default(D['log-branch'])),
  'log-key': once(() => optionalText().default(D['log-key'])),
  'fail-on': once(() => z.enum(['PRODUCT_DRIFT', 'TOOLING_DRIFT']).default(D['fail-on'])),
  comment: once(() => bool().default(D.comment)),
  escalate: once(() => z.enum(['TOOLING_DRIFT', 'PRODUCT_DRIFT', 'INCIDENT']).default(D.escalate)),
  architects: once(() => logins().default([...D.architects])),
  'governed-refs': once(() => list().default([...D['governed-refs']])),
  'issue-labels': once(() => list().default([...D['issue-labels']])),
  'github-token': once(() => optionalText().default(D['github-token'])),
} satisfies Record<SettingName, () => z.ZodType>;
type Fields = typeof FIELDS;

/** The schema of the named settings (a strict object: any other key is an unknown setting). */
export function settingsSchemaOf(names: readonly SettingName[]) {
  return z.strictObject(
    Object.fromEntries(names.map((name) => [name, FIELDS[name]()])) as {
      [K in SettingName]?: ReturnType<Fields[K]>;
    },
  );
}

/** The validated settings of one run. */
export type Settings = { [K in SettingName]: z.output<ReturnType<Fields[K]>> };

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
  const given = SETTING_NAMES.filter((name) => Object.hasOwn(values, name));
  const result = settingsSchemaOf(given).safeParse(values);
  if (result.success) {
    const defaults = computeDefaultSettings();
    const parsed = result.data as Partial<Settings>;
    return Object.fromEntries(
      SETTING_NAMES.map((name) => [name, Object.hasOwn(parsed, name) ? parsed[name] : defaults[name]]),
    ) as Settings;
  }
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
