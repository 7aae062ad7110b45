import { isJestReport, parseJestReport } from './jest-json/parse.js';
import { isJUnitXml, junitXmlError, parseJUnitXml } from './junit-xml/parse.js';
import { isMochaReport, parseMochaReport } from './mocha-json/parse.js';
import type { ReportFormat, TestRun } from './model.js';
import { isTap, parseTap, tapError } from './tap/parse.js';

/** One report file, read: a run, or why it could not be one. */
export type ReportReading =
  | { path: string; state: 'ok'; format: ReportFormat; run: TestRun }
  | { path: string; state: 'empty' }
  | { path: string; state: 'truncated'; detail: string }
  | { path: string; state: 'unparseable'; detail: string }
  | { path: string; state: 'not-a-report'; detail: string };

const decoder = new TextDecoder('utf-8');

/** Detects the format from the content (never the file name) and parses; never throws. */
export function readReport(path: string, bytes: Uint8Array, root: string): ReportReading {
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { path, state: 'empty' };
  const head = text.trimStart()[0];
  try {
    if (head === '{' || head === '[') {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        return { path, state: 'truncated', detail: `invalid JSON: ${(e as Error).message}` };
      }
      if (isJestReport(json))
        return { path, state: 'ok', format: 'jest-json', run: parseJestReport(json, root) };
      if (isMochaReport(json))
        return { path, state: 'ok', format: 'mocha-json', run: parseMochaReport(json, root) };
      return {
        path,
        state: 'not-a-report',
        detail: 'JSON without jest/vitest testResults or mocha stats/tests',
      };
    }
    if (head === '<') {
      if (!isJUnitXml(text))
        return { path, state: 'not-a-report', detail: 'XML without <testsuites> or <testsuite>' };
      const error = junitXmlError(text);
      if (error) return { path, state: 'truncated', detail: `invalid XML: ${error}` };
      return { path, state: 'ok', format: 'junit-xml', run: parseJUnitXml(text, root) };
    }
    if (isTap(text)) {
      const error = tapError(text);
      if (error) return { path, state: 'truncated', detail: error };
      return { path, state: 'ok', format: 'tap', run: parseTap(text, root) };
    }
  } catch (e) {
    // A report that is well-formed JSON/XML but not of the shape its runner documents.
    return { path, state: 'unparseable', detail: (e as Error).message.split('\n')[0] ?? String(e) };
  }
  return { path, state: 'unparseable', detail: 'neither JSON, JUnit XML nor TAP' };
}
