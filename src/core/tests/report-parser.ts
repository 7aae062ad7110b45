import type { TestRun } from './model.js';

/** A report file's content, decoded once: its text, and its JSON value when it is JSON. */
export interface ReportDocument {
  text: string;
  /** The parsed JSON value; undefined when the text is not JSON. */
  json: unknown;
}

/**
 * One report format: how to recognise it from the content (never the file name), how to tell a
 * document of this format that is cut short, and how to read it into the normalized model.
 */
export interface ReportParser<F extends string = string> {
  /** The format's name, as events and summaries show it. */
  readonly format: F;
  /** The syntax its documents are written in (JSON documents are parsed before detection). */
  readonly syntax: 'json' | 'xml' | 'text';
  /** True when the document is of this format. */
  detect(doc: ReportDocument): boolean;
  /** Why a detected document is incomplete (truncated, invalid), or null when it is whole. */
  problem(doc: ReportDocument): string | null;
  /** The run the document describes; throws on a shape the format's runner does not write. */
  parse(doc: ReportDocument, root: string): TestRun;
}
