import { isMap, parseDocument } from 'yaml';
import { SettingsError, type RawValue } from './settings.js';

/**
 * Reads the YAML config file into raw values (validated later with the other layers).
 * A YAML error or a non-mapping top level names the file, line and column.
 */
export function parseConfigFile(text: string, path: string): Record<string, RawValue> {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const where = pos ? `:${pos.line}:${pos.col}` : '';
    throw new SettingsError(`${path}${where}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) {
    throw new SettingsError(`${path}: expected a mapping of setting names to values at the top level`);
  }
  const data = doc.toJS() as Record<string, unknown>;
  const source = { kind: 'file', path } as const;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, { value: value === null ? '' : value, source }]),
  );
}
