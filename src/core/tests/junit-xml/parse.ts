import type { ReportParser } from '../report-parser.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { makeCase, type SuiteError, type TestCase, type TestRun, type TestStatus } from '../model.js';

/**
 * JUnit XML as vitest, jest-junit, pytest and node:test write it. They differ: vitest names
 * suites after files and joins describe blocks with " > "; jest-junit names suites after the
 * describe block and repeats it in classname; pytest uses a dotted module classname; node:test
 * nests testsuite elements and puts the file on each testcase.
 */
type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
  processEntities: true,
  htmlEntities: true,
});

// An empty element (<skipped/>) parses to "": present all the same, so test for undefined, not falsiness.
const asArray = (v: unknown): Node[] =>
  Array.isArray(v)
    ? (v as Node[]).map((x) => (typeof x === 'object' && x !== null ? x : ({} as Node)))
    : v === undefined
      ? []
      : [typeof v === 'object' && v !== null ? (v as Node) : {}];
// node:test's JUnit reporter escapes '"' in attributes twice ('&amp;quot;'): the XML decoding leaves
// '&quot;', which would reach readers as typed. Decoded here, once, so renderings escape it once.
const attr = (n: Node, name: string): string | undefined => {
  const v = n[`@${name}`];
  return typeof v === 'string' ? v.replace(/&quot;/g, '"') : typeof v === 'number' ? String(v) : undefined;
};
const text = (n: Node | undefined): string => {
  if (!n) return '';
  const body = typeof n === 'string' ? n : typeof n['#text'] === 'string' ? (n['#text'] as string) : '';
  return (attr(n, 'message') ?? '') + (body ? `\n${body}` : '');
};

/** True when the text looks like JUnit XML. */
export const isJUnitXml = (s: string): boolean =>
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<testsuites?\b/.test(s);

/** Why the text is not well-formed XML (truncated, garbage), or null. */
export function junitXmlError(s: string): string | null {
  const r = XMLValidator.validate(s);
  return r === true ? null : `${r.err.msg} (line ${r.err.line}, column ${r.err.col})`;
}

/** Normalizes a JUnit XML report. */
export function parseJUnitXml(s: string, root: string): TestRun {
  const doc = parser.parse(s) as Node;
  const cases: TestCase[] = [];
  const suiteErrors: SuiteError[] = [];
  const top = (doc.testsuites as Node | undefined) ?? doc;

  const visitCase = (tc: Node, suites: string[], suiteFile: string | undefined): void => {
    const name = attr(tc, 'name') ?? '';
    const classname = attr(tc, 'classname') ?? '';
    const file = attr(tc, 'file') ?? suiteFile ?? (/\.[cm]?[jt]sx?$/.test(classname) ? classname : '');
    const failure = asArray(tc.failure)[0] ?? asArray(tc.error)[0];
    const skipped = asArray(tc.skipped)[0];
    // vitest reports a file that failed to load as one case named after the file itself.
    if (failure && file && name === file && classname === file) {
      suiteErrors.push({ file: makeCase(root, file, [], '', 'failed').file, message: text(failure).trim() });
      return;
    }
    // node:test reports a test file whose process failed outside any test as one case named by
    // the file's absolute path, with the placeholder classname "test".
    const fileLevel =
      /^\/.*\.[cm]?[jt]sx?$/.test(name) || (file !== '' && name === file.replace(/^.*[\\/]/, ''));
    if (failure && classname === 'test' && fileLevel) {
      suiteErrors.push({
        file: makeCase(root, file || name, [], '', 'failed').file,
        message: text(failure).trim(),
      });
      return;
    }
    let status: TestStatus = 'passed';
    if (failure) status = 'failed';
    else if (skipped) status = attr(skipped, 'type') === 'todo' ? 'todo' : 'skipped';
    // The describe path: enclosing suites that are not the file, then a classname that adds something.
    const path = suites.filter((s) => s !== file && s !== '' && s !== 'pytest');
    // node:test gives its tests the placeholder classname "test" (Node 20: every test; later
    // versions: tests outside any describe).
    const placeholder = classname === 'test';
    if (
      classname &&
      !placeholder &&
      classname !== file &&
      classname !== name &&
      !path.includes(classname) &&
      // tap's classname is the whole suite path ("file > suite").
      classname !== suites.join(' > ') &&
      !name.startsWith(classname)
    ) {
      path.push(classname);
    }
    const parts = name.includes(' > ') ? name.split(' > ') : [name];
    const leaf = parts.pop() ?? name;
    cases.push(
      makeCase(root, file, [...path, ...parts], leaf, status, {
        ...(failure ? { message: text(failure) } : {}),
        durationMs: Number(attr(tc, 'time') ?? NaN) * 1000,
      }),
    );
  };

  const visitSuite = (suite: Node, parents: string[], parentFile: string | undefined): void => {
    const name = attr(suite, 'name') ?? '';
    const file = attr(suite, 'file') ?? (/\.[cm]?[jt]sx?$|\.py$/.test(name) ? name : undefined) ?? parentFile;
    const path = [...parents, name];
    const children = asArray(suite.testsuite);
    // tap writes each subtest twice: as a nested <testsuite> and as a <testcase> rolling it up.
    const rollups = new Set(children.map((c) => attr(c, 'name') ?? ''));
    for (const tc of asArray(suite.testcase))
      if (!rollups.has(attr(tc, 'name') ?? '')) visitCase(tc, path, file);
    for (const child of children) visitSuite(child, path, file);
  };

  for (const suite of asArray(top.testsuite)) visitSuite(suite, [], undefined);
  // node:test puts tests outside any describe directly under <testsuites>.
  for (const tc of asArray(top.testcase)) visitCase(tc, [], undefined);
  return { formats: ['junit-xml'], cases, suiteErrors, success: null };
}

/** JUnit XML as vitest, jest-junit, node:test, pytest and tap write it. */
export const junitXmlParser: ReportParser<'junit-xml'> = {
  format: 'junit-xml',
  syntax: 'xml',
  detect: (doc) => isJUnitXml(doc.text),
  problem: (doc) => {
    const error = junitXmlError(doc.text);
    return error ? `invalid XML: ${error}` : null;
  },
  parse: (doc, root) => parseJUnitXml(doc.text, root),
};
