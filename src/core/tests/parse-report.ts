import type { TestRun } from './model.js';
import { REPORT_PARSERS, type ReportFormat } from './report-formats.js';
import type { ReportDocument } from './report-parser.js';

/** One report file, read: a run, or why it could not be one. */
export type ReportReading =
  | { path: string; state: 'ok'; format: ReportFormat; run: TestRun }
  | { path: string; state: 'empty' }
  | { path: string; state: 'truncated'; detail: string }
  | { path: string; state: 'unparseable'; detail: string }
  | { path: string; state: 'not-a-report'; detail: string };

const decoder = new TextDecoder('utf-8');

const SYNTAX_NAMES = { json: 'JSON', xml: 'XML', text: 'text' } as const;
/** What a document of each syntax must hold to be a report, from the registry. */
const expectedOf = (syntax: 'json' | 'xml'): string =>
  REPORT_PARSERS.filter((p) => p.syntax === syntax)
    .map((p) => p.format)
    .join(' or ');

/** Detects the format from the content (never the file name) with the registry, and parses; never throws. */
export function parseReport(path: string, bytes: Uint8Array, root: string): ReportReading {
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { path, state: 'empty' };
  const head = text.trimStart()[0];
  const doc: ReportDocument = { text, json: undefined };
  if (head === '{' || head === '[') {
    try {
      doc.json = JSON.parse(text);
    } catch (e) {
      return { path, state: 'truncated', detail: `invalid JSON: ${(e as Error).message}` };
    }
  }
  const syntax = doc.json !== undefined ? 'json' : head === '<' ? 'xml' : 'text';
  const parser = REPORT_PARSERS.find((p) => p.syntax === syntax && p.detect(doc));
  if (!parser) {
    return syntax === 'text'
      ? { path, state: 'unparseable', detail: 'neither JSON, JUnit XML nor TAP' }
      : { path, state: 'not-a-report', detail: `${SYNTAX_NAMES[syntax]} that is not ${expectedOf(syntax)}` };
  }
  const problem = parser.problem(doc);
  if (problem) return { path, state: 'truncated', detail: problem };
  try {
    return { path, state: 'ok', format: parser.format, run: parser.parse(doc, root) };
  } catch (e) {
    // Well-formed JSON/XML but not of the shape its runner documents.
    return { path, state: 'unparseable', detail: (e as Error).message.split('\n')[0] ?? String(e) };
  }
}
