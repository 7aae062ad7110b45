/**
 * Where a test run broke, read from the console: before any test ran (the runner could not
 * start), after the tests ran while the reporters wrote, or in the product. The place decides
 * tooling against product; stack frames and paths are the evidence that placed it.
 */

import { stripVTControlCharacters } from 'node:util';

/** The three places a run can break. */
export type BreakPlace = 'start' | 'reporting' | 'product';

/** A break the console shows, with the line that says why and the frames that placed it. */
export interface BreakPoint {
  place: BreakPlace;
  /** The rule that placed it (documented in BREAK_RULES). */
  rule: string;
  /** The cause line as the console printed it (the error message, not a header). */
  cause: string;
  /** Frames or paths that placed the failure. */
  frames: string[];
}

/** What the break is located from. */
export interface BreakInput {
  /** Console lines, ANSI stripped. */
  lines: readonly string[];
  /** Folders the report globs write into (their literal base), and literal report paths. */
  reportBases: readonly string[];
}

/** One rule, documented for the README's table. */
export interface BreakRule {
  id: string;
  place: BreakPlace;
  when: string;
  locate(input: BreakInput): BreakPoint | null;
}

/** A stack frame's location: "at f (/x/y.js:1:2)", "at /x/y.js:1:2", "❯ y.js:1:2", "file:///x:1:2". */
const FRAME = /^\s*(?:at\s+(?:.*?\()?|❯\s+)((?:file:\/\/)?(?:node:[\w/]+|[^\s()]+?)):(\d+)(?::(\d+))?\)?\s*$/;
/** A Python traceback frame: '  File "/x/y.py", line 3, in f'. */
const PY_FRAME = /^\s*File "([^"]+)", line (\d+)/;
/** Paths written inside an error line: quoted, or after "from"/"in". */
const QUOTED_PATH = /'((?:\/|\.{1,2}\/|[A-Za-z]:\\)[^']+)'|"((?:\/|\.{1,2}\/)[^"]+)"/g;

/** A runner's or toolchain's own file: inside node_modules, Node's internals, or Python's site-packages. */
export const isToolingPath = (p: string): boolean =>
  /(?:^|[\\/])node_modules[\\/]|^node:|(?:^|[\\/])(?:site|dist)-packages[\\/]|[\\/]lib[\\/]python\d/.test(p);

/** The frames of the stack that follows line `i` (up to the next blank or non-frame line). */
export function computeFrames(lines: readonly string[], i: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
    const m = FRAME.exec(lines[j]!) ?? PY_FRAME.exec(lines[j]!);
    if (m) out.push(`${m[1]!.replace(/^file:\/\//, '')}:${m[2]}`);
    else if (out.length > 0 && !/^\s*(?:at |\{|code:|\w+: |\}|\[|'|-\s)/.test(lines[j]!)) break;
  }
  return out;
}

const firstMatch = (lines: readonly string[], re: RegExp): number => lines.findIndex((l) => re.test(l));
const point = (
  place: BreakPlace,
  rule: string,
  lines: readonly string[],
  i: number,
  frames?: string[],
): BreakPoint => ({
  place,
  rule,
  cause: causeAt(lines, i).slice(0, 500),
  frames: (frames ?? computeFrames(lines, i)).slice(0, 8),
});

/** jest's "● Validation Error:" style headers: the cause is the message under them. */
const CAUSE_HEADER =
  /^\s*● (?:Validation Error|Unrecognized CLI Parameter|Multiple configurations found):\s*$/;
const causeAt = (lines: readonly string[], i: number): string =>
  (CAUSE_HEADER.test(lines[i]!)
    ? (lines.slice(i + 1, i + 8).find((l) => l.trim() !== '' && !/^\s*\*/.test(l)) ?? lines[i]!)
    : lines[i]!
  ).trim();

/** Usage errors: the runner refused its command line. */
const USAGE =
  /Could not load "?[^"\s]+"? reporter|^ERROR: --\S+ |\bpython[\d.]*: No module named |CACError: Unknown option|^\s*(?:Error: )?[Uu]nknown (?:option|argument|arguments)\b|: bad option: |● Unrecognized CLI Parameter|^ERROR: usage:|error: unrecognized arguments|^\w+: error: |Unknown or unexpected option|Unexpected argument|npx canceled due to missing packages|Could not resolve a module for a custom reporter|Unable to use specified reporter|Cannot find (?:module|package) ['"][^'"]*reporter[^'"]*['"]|Failed to load custom Reporter|ERR_UNKNOWN_BUILTIN_MODULE|reporter.* (?:not found|could not be (?:found|loaded))/;
/** No test to run or a test path that does not exist. */
const NOTHING_TO_RUN =
  /No valid test files found|^[ℹ#] tests 0\s*$|No test files found|No tests found|Could not find '|^ERROR: (?:file or directory|module or package) not found|^=+ no tests ran|collected 0 items|Couldn[’']t find any files to test|No test files found:|Error: No test files found|No tests? (?:files? )?(?:were )?found|no test files/i;
/** The runner's configuration could not be loaded or is invalid. */
const CONFIG =
  /failed to load config from|Error loading \S*(?:config|rc)\S*:|Startup Error|● Validation Error|Multiple configurations found|Preset .* not found|Error while loading config|Error: .*\.(?:mocharc|taprc)|^ERROR: .*(?:\.ini|\.toml|\.cfg)|pytest\.ini|INTERNALERROR>|^ERROR: .*minversion|requires pytest-|Error importing plugin|Invalid (?:config|configuration)|Could not read package\.json|npm (?:error|ERR!) code ENOENT|npm (?:error|ERR!) enoent/;
/** A module that could not be found or loaded. */
const MODULE_ERROR =
  /^(?!\s*(?:throw|const|let|var|code:)\b).*(?:Cannot find (?:module|package) ['"]([^'"]+)['"]|Failed to load url (\S+)|Failed to resolve import ["']([^"']+)["']|No module named ['"]?([\w.]+))/;
/** Where a module error says the import came from. */
const IMPORTER =
  /(?:imported from|in|from) ['"]?((?:\/|file:\/\/)[^\s'"]+?)['"]?(?:\.\s|\s|$|\.$)|^- (\/\S+)$/;
/** A file system error of a file operation, with its errno name. */
const FS_ERROR =
  /\b(EACCES|EROFS|ENOTDIR|ENOENT|EISDIR|EPERM|ENOSPC|EEXIST)\b|Permission denied|Read-only file system|Not a directory|Is a directory|No such file or directory|File exists|(?:FileExists|Permission|NotADirectory|IsADirectory|FileNotFound)Error/;

/** The module error's importer path, from its own line or the lines after it (require stack). */
function importerOf(lines: readonly string[], i: number): string | null {
  for (let j = i; j < lines.length && j <= i + 4; j++) {
    const m = IMPORTER.exec(lines[j]!.trim());
    if (m) return (m[1] ?? m[2] ?? '').replace(/^file:\/\//, '');
  }
  return null;
}

/** A missing module is the toolchain's when what imports it, or the whole stack, is the toolchain's. */
function locateModuleError(lines: readonly string[]): BreakPoint | null {
  for (let i = 0; i < lines.length; i++) {
    const m = MODULE_ERROR.exec(lines[i]!);
    if (!m) continue;
    const wanted = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const importer = importerOf(lines, i);
    const frames = computeFrames(lines, i);
    // Imported from a folder (node's --import/--require, a reporter named on the command line):
    // the runner loads it for its command line or configuration, no project file asked for it.
    if (importer && !importer.endsWith('/')) {
      if (isToolingPath(importer)) return point('start', 'runner-module', lines, i, [importer, ...frames]);
      continue;
    }
    if (importer) return point('start', 'runner-module', lines, i, [importer, ...frames]);
    const toolingStack = frames.every(isToolingPath);
    // A bare name is a package: missing for the toolchain when only the toolchain's frames ask.
    const bare = wanted !== '' && !/^[./]|^[A-Za-z]:\\/.test(wanted);
    if (bare && frames.length > 0 && toolingStack) return point('start', 'runner-module', lines, i, frames);
    // An absolute path nobody in the project imports: a setup file the runner's configuration names.
    if (/^\//.test(wanted) && toolingStack) return point('start', 'runner-module', lines, i, frames);
  }
  return null;
}

/** The literal folder a glob writes into: the part before its first magic character. */
export function computeReportBase(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const literal: string[] = [];
  for (const p of parts) {
    if (/[*?[\]{}()!]/.test(p)) break;
    literal.push(p);
  }
  return literal.join('/').replace(/^\.\//, '');
}

/** A file system error on a path under the report folders: the reporter could not write. */
function locateReportWrite(input: BreakInput): BreakPoint | null {
  const bases = input.reportBases.filter((b) => b !== '' && b !== '.');
  if (bases.length === 0) return null;
  const under = (text: string): string | null => {
    for (const b of bases) {
      const re = new RegExp(`(?:^|[\\s'"/:=])(${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?:[/'"\\s:]|$)`);
      if (re.test(text)) return b;
    }
    return null;
  };
  for (let i = 0; i < input.lines.length; i++) {
    const line = input.lines[i]!;
    if (!FS_ERROR.test(line)) continue;
    // The path is on the error line, or on the errno block's `path:` line just after it.
    const block = input.lines.slice(i, i + 24).join('\n');
    const pathLine = /^\s*path: '([^']+)'/m.exec(block)?.[1];
    const paths = [...line.matchAll(QUOTED_PATH)].map((m) => m[1] ?? m[2] ?? '');
    const hit = under(line) ?? (pathLine ? under(pathLine) : null);
    if (hit) return point('reporting', 'report-write', input.lines, i, [pathLine ?? paths[0] ?? hit]);
  }
  return null;
}

const byPattern =
  (place: BreakPlace, rule: string, re: RegExp) =>
  (input: BreakInput): BreakPoint | null => {
    const i = firstMatch(input.lines, re);
    return i < 0 ? null : point(place, rule, input.lines, i);
  };

/** The rules, in order: the first that holds places the break. */
export const BREAK_RULES: readonly BreakRule[] = [
  {
    id: 'report-write',
    place: 'reporting',
    when: "a file system error (EACCES, EROFS, ENOTDIR, ENOENT, EISDIR, EPERM, ENOSPC, or the same as words) names a path under a `test-report` glob's folder",
    locate: locateReportWrite,
  },
  {
    id: 'runner-usage',
    place: 'start',
    when: 'the runner refused its command line: unknown option, bad option, a reporter module it cannot load, npx with the runner not installed',
    locate: byPattern('start', 'runner-usage', USAGE),
  },
  {
    id: 'runner-config',
    place: 'start',
    when: "the runner's configuration could not be loaded or is invalid (config file syntax, validation, preset, pytest.ini, no package.json for npm)",
    locate: byPattern('start', 'runner-config', CONFIG),
  },
  {
    id: 'runner-module',
    place: 'start',
    when: "a module is missing and what imports it, or every frame of its stack, is the toolchain's (`node_modules/…`, `node:internal`, site-packages)",
    locate: (input) => locateModuleError(input.lines),
  },
  {
    id: 'nothing-to-run',
    place: 'start',
    when: 'the runner found no test file, or a test path given to it does not exist',
    locate: byPattern('start', 'nothing-to-run', NOTHING_TO_RUN),
  },
];

/** The break the console shows, or null when it shows none of these. */
export function computeBreakPoint(input: BreakInput): BreakPoint | null {
  for (const rule of BREAK_RULES) {
    const found = rule.locate(input);
    if (found) return found;
  }
  return null;
}

/** Whether an error message (a suite that failed to load) was caused by the toolchain, by where it broke. */
export function computeMessagePlace(message: string): BreakPoint | null {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  return (
    locateModuleError(lines) ??
    byPattern('start', 'runner-config', CONFIG)({ lines, reportBases: [] }) ??
    null
  );
}

/** Headers runners print above the cause: never the line a finding quotes. */
const HEADER =
  /^\s*(?:●|FAIL\b|⎯+|Test suite failed to run|Error: Test suite failed to run|\[?\d+\/\d+\]?|×|✖|Failed Suites|Failed Tests|Unhandled (?:Errors?|Rejection)|This error originated|The latest test|#|\s*$)/;

/** The line of a message that says why: an error line when there is one, else the first non-header line. */
export function computeCauseLine(message: string): string {
  const lines = stripVTControlCharacters(message)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    // Neither headers, stack frames nor the code excerpt runners print ("> 7 | throw new Error(…)").
    .filter(
      (l) =>
        l !== '' && !HEADER.test(l) && !FRAME.test(l) && !/^>?\s*\d+\s*\|/.test(l) && !/^\|?\s*\^/.test(l),
    );
  const error = lines.find((l) =>
    /\b(?:\w*Error|Cannot find|ERR_[A-Z_]+|not found|does not exist|Exception|expected)\b/i.test(l),
  );
  return (error ?? lines[0] ?? '').slice(0, 300);
}

/** The first error line of a console (not a frame, a code excerpt or the `throw` it quotes), or null. */
export function computeConsoleCause(lines: readonly string[]): string | null {
  const line = lines.find(
    (l) =>
      /(?:^|\s)(?:\w*Error|Exception)\b(?: \[[A-Z_]+\])?:/.test(l) &&
      !FRAME.test(l) &&
      !/^\s*>?\s*\d+\s*\||^\s*throw\b/.test(l),
  );
  return line ? line.trim().slice(0, 300) : null;
}
