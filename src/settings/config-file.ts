import { isMap, parseDocument } from 'yaml';
import type { ConfigProblem } from '../core/trust.js';
import { SettingsError, parseSettings, type RawValue } from './settings.js';

/**
 * Reads the YAML config file into raw values (validated later with the other layers).
 * A YAML error or a non-mapping top level names the file, line and column.
 */
export function parseConfigFile(text: string, path: string): Record<string, RawValue> {
  const { values, problems } = parseConfigLenient(new TextEncoder().encode(text), path);
  if (problems.length) throw new SettingsError(problems.map((p) => p.message).join('\n'));
  return values;
}

/** Settings may not come from a committed file. */
const SECRET_NAMES = new Set(['github-token', 'log-key']);
/** No setting is nested: anything deeper is refused before it is walked or printed. */
const MAX_DEPTH = 4;
/** yaml's own default, stated: an alias bomb stops here instead of expanding. */
const MAX_ALIAS_COUNT = 100;

function depthOf(v: unknown, limit: number): number {
  if (v === null || typeof v !== 'object') return 0;
  if (limit <= 0) return 1;
  let d = 0;
  for (const x of Object.values(v)) d = Math.max(d, depthOf(x, limit - 1));
  return d + 1;
}

/**
 * The config file's valid settings and a problem for everything else, never an exception: a
 * config in the change being judged is evidence, and one bad key must not lose the others.
 */
export function parseConfigLenient(
  bytes: Uint8Array,
  path: string,
): { values: Record<string, RawValue>; problems: ConfigProblem[] } {
  const whole = (message: string) => ({
    values: {},
    problems: [{ key: null, message: `${path}: ${message}` }],
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return whole('expected UTF-8 text');
  }
  let data: unknown;
  try {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const pos = first.linePos?.[0];
      const where = pos ? `:${pos.line}:${pos.col}` : '';
      return {
        values: {},
        problems: [{ key: null, message: `${path}${where}: invalid YAML: ${first.message.split('\n')[0]}` }],
      };
    }
    if (doc.contents === null) return { values: {}, problems: [] };
    if (!isMap(doc.contents)) return whole('expected a mapping of setting names to values at the top level');
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // Alias bombs ("Excessive alias count") and nesting past the stack end here.
    const reason = e instanceof RangeError ? 'nested too deeply' : (e as Error).message.split('\n')[0];
    return whole(`cannot be read as YAML: ${reason}`);
  }
  const values: Record<string, RawValue> = {};
  const problems: ConfigProblem[] = [];
  const source = { kind: 'file', path } as const;
  for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
    const value = raw === null ? '' : raw;
    if (SECRET_NAMES.has(key)) {
      problems.push({
        key,
        message: `${path}: ${key}: secrets may not be stored in the config file; pass ${key} as a step input from a secret (the value is not shown)`,
      });
      continue;
    }
    if (depthOf(value, MAX_DEPTH + 1) > MAX_DEPTH) {
      problems.push({
        key,
        message: `${path}: ${key}: expected a value or a list of values, got a structure nested too deeply`,
      });
      continue;
    }
    try {
      parseSettings([{ [key]: { value, source } }]);
      values[key] = { value, source };
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e;
      problems.push({ key, message: e.message });
    }
  }
  return { values, problems };
}
