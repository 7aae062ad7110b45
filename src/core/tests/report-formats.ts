import { jestJsonParser } from './jest-json/parse.js';
import { junitXmlParser } from './junit-xml/parse.js';
import { mochaJsonParser } from './mocha-json/parse.js';
import { tapParser } from './tap/parse.js';

/**
 * The report formats driftgate reads, one folder each. The order is the preference when one run
 * wrote several formats: the richest is the main report.
 */
export const REPORT_PARSERS = [jestJsonParser, mochaJsonParser, junitXmlParser, tapParser] as const;

/** A report format's name. */
export type ReportFormat = (typeof REPORT_PARSERS)[number]['format'];

/** Every format name, for schemas and documentation. */
export const REPORT_FORMATS = REPORT_PARSERS.map((p) => p.format) as [ReportFormat, ...ReportFormat[]];
