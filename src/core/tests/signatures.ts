/**
 * Tooling signatures: evidence that the tooling broke (npm, the shell, the runner, the machine)
 * rather than the product. One entry per signature, with where its text comes from.
 */

/** What a signature is matched against. */
export interface SignatureInput {
  /** Console lines, ANSI stripped. */
  lines: readonly string[];
  exitCode: number | null;
  signal: string | null;
  /** Killed by driftgate after test-timeout. */
  timedOut: boolean;
  /** Report paths the run was asked to write (workspace-relative). */
  reportPaths: readonly string[];
}

/** One tooling signature. */
export interface Signature {
  id: string;
  /** What it means, for the finding. */
  title: string;
  /** Where the matched text comes from (docs or the tool's source). */
  source: string;
  /** The evidence (a console line or an exit status), or null. */
  match(input: SignatureInput): string | null;
}

const firstLine =
  (re: RegExp) =>
  (input: SignatureInput): string | null =>
    input.lines.find((l) => re.test(l))?.trim() ?? null;

/**
 * The first line matching `re`; when that line is a header (`header`), the first non-empty,
 * non-rule line under it instead.
 */
const headerThenCause =
  (re: RegExp, header: RegExp) =>
  (input: SignatureInput): string | null => {
    const at = input.lines.findIndex((l) => re.test(l));
    if (at < 0) return null;
    const line = input.lines[at]!;
    if (!header.test(line)) return line.trim();
    // Not a rule (⎯⎯⎯) nor a list item (jest lists the files it found under its header).
    const cause = input.lines
      .slice(at + 1, at + 8)
      .find((l) => l.trim() !== '' && !/^[\s⎯]+$/.test(l) && !/^\s*\*/.test(l));
    return (cause ?? line).trim();
  };

/** npm's error codes (npm ≥ 9 prints "npm error code X"; npm ≤ 8 "npm ERR! code X"). */
const NPM_CODES: ReadonlyArray<[string, string]> = [
  ['EINTEGRITY', 'a downloaded package does not match the lockfile integrity (corrupt cache or tarball)'],
  ['ENOTCACHED', 'offline install and the package is not in the npm cache'],
  ['EACCES', 'npm has no permission on a file or folder'],
  ['EPERM', 'the operating system refused a file operation to npm'],
  ['ENOSPC', 'no space left on the device'],
  ['EROFS', 'npm tried to write to a read-only file system'],
  ['ETARGET', 'no version of a package matches the requested range'],
  ['E404', 'a package or version is not in the registry'],
  ['ERESOLVE', 'npm could not resolve the dependency tree (peer conflict)'],
  ['EUSAGE', 'npm was used wrongly, e.g. `npm ci` with package.json and the lockfile out of sync'],
  ['EJSONPARSE', 'package.json or the lockfile is not valid JSON'],
  ['ECONNREFUSED', 'the registry refused the connection'],
  ['ETIMEDOUT', 'a registry request timed out'],
  ['ENOTFOUND', 'the registry host could not be resolved'],
  ['ECONNRESET', 'the registry connection was reset'],
  ['EAI_AGAIN', 'DNS lookup of the registry failed temporarily'],
];
const NPM_SOURCE = 'npm docs, "common errors"; npm/cli lib/utils/error-message.js';

const exitIs =
  (codes: readonly number[], signals: readonly string[], what: string) =>
  (input: SignatureInput): string | null => {
    if (input.signal && signals.includes(input.signal)) return `ended by ${input.signal}`;
    if (input.exitCode !== null && codes.includes(input.exitCode))
      return `exit code ${input.exitCode} (${what})`;
    return null;
  };

/** The table, in the order findings list them. */
export const SIGNATURES: readonly Signature[] = [
  {
    id: 'driftgate-timeout',
    title: 'the test command ran past test-timeout and was killed by driftgate',
    source: 'driftgate (test-timeout input)',
    match: (i) => (i.timedOut ? 'killed after test-timeout' : null),
  },
  ...NPM_CODES.map(([code, title]) => ({
    id: `npm-${code}`,
    title: `npm ${code}: ${title}`,
    source: NPM_SOURCE,
    match: firstLine(new RegExp(`^npm (?:error|ERR!) code ${code}\\b`)),
  })),
  {
    id: 'npm-missing-script',
    title: 'npm: the script to run does not exist in package.json',
    source: NPM_SOURCE,
    match: firstLine(/^npm (?:error|ERR!) Missing script: /),
  },
  {
    id: 'command-not-found',
    title: 'the test command or the runner binary was not found',
    source: 'bash/sh "command not found", POSIX exit status 127',
    match: (i) => firstLine(/: (?:command )?not found\s*$/)(i) ?? exitIs([127], [], 'command not found')(i),
  },
  {
    id: 'killed',
    title: 'the test process was killed (runner OOM killer, cancellation, timeout)',
    source: 'POSIX signals; exit 137 = 128+SIGKILL, 143 = 128+SIGTERM, 124 = timeout(1)',
    match: exitIs([137, 143, 124], ['SIGKILL', 'SIGTERM', 'SIGINT'], 'killed'),
  },
  {
    id: 'heap-out-of-memory',
    title: 'Node ran out of heap memory',
    source: 'V8 "FATAL ERROR: … JavaScript heap out of memory"; exit 134 = 128+SIGABRT',
    match: (i) =>
      firstLine(/JavaScript heap out of memory|Reached heap limit Allocation failed/)(i) ??
      exitIs([134], ['SIGABRT'], 'aborted')(i),
  },
  {
    id: 'worker-crash',
    title: 'a test worker process or thread crashed',
    source: 'vitest (tinypool) and jest-worker messages',
    match: firstLine(
      /Worker exited unexpectedly|Channel closed|ERR_IPC_CHANNEL_CLOSED|Timeout starting (?:forks|threads|vmThreads) runner|worker process has failed to exit gracefully|Call retries were exceeded|Jest worker encountered \d+ child process exceptions/,
    ),
  },
  {
    id: 'vitest-startup-error',
    title: 'vitest could not start (config or environment)',
    source: 'vitest: "Startup Error", "failed to load config from", "MISSING DEPENDENCY"',
    // "Startup Error" is a header: the evidence is the error line under it.
    match: headerThenCause(/failed to load config from|Startup Error|MISSING DEPENDENCY/, /Startup Error/),
  },
  {
    id: 'jest-config-error',
    title: 'jest refused its configuration or command line',
    source:
      'jest-validate: "● Validation Error", "● Unrecognized CLI Parameter"; jest-config: "Preset … not found"',
    // "● Validation Error:" is a header: the evidence is the message under it.
    match: headerThenCause(
      /● (?:Validation Error|Unrecognized CLI Parameter|Multiple configurations found)|Preset .* not found/,
      /^\s*● (?:Validation Error|Unrecognized CLI Parameter|Multiple configurations found):\s*$/,
    ),
  },
  {
    id: 'no-tests',
    title: 'the runner found no test to run',
    source: 'vitest "No test files found", jest "No tests found", pytest "no tests ran" / exit 5',
    match: (i) =>
      firstLine(/No test files found|No tests found|^=+ no tests ran|collected 0 items/)(i) ??
      (i.lines.some((l) => /pytest/.test(l)) ? exitIs([5], [], 'pytest: no tests collected')(i) : null),
  },
  {
    id: 'pytest-internal-error',
    title: 'pytest failed internally or was used wrongly',
    source: 'pytest exit codes 2 (interrupted), 3 (internal error), 4 (usage error)',
    match: firstLine(
      /^INTERNALERROR>|^ERROR: usage:|^ERROR: file or directory not found|No module named pytest/,
    ),
  },
  {
    id: 'report-write-failed',
    title: 'the reporter could not write its report file',
    source: 'Node fs errors on the report path (EACCES, ENOENT, ENOSPC, EROFS, ENOTDIR, EPERM)',
    match: (i) => {
      const names = i.reportPaths.map((p) => p.replace(/^.*[\\/]/, '')).filter(Boolean);
      return (
        i.lines
          .find(
            (l) =>
              /\b(EACCES|ENOENT|ENOSPC|EROFS|ENOTDIR|EPERM|EISDIR)\b/.test(l) &&
              names.some((n) => l.includes(n)),
          )
          ?.trim() ?? null
      );
    },
  },
  {
    id: 'disk-full',
    title: 'the machine ran out of disk space',
    source: 'ENOSPC / "No space left on device"',
    match: firstLine(/No space left on device|\bENOSPC\b/),
  },
];

/** A signature that matched, with its evidence. */
export interface SignatureHit {
  id: string;
  title: string;
  source: string;
  evidence: string;
}

/** Every signature the run shows. */
export function computeSignatureHits(input: SignatureInput): SignatureHit[] {
  const hits: SignatureHit[] = [];
  for (const s of SIGNATURES) {
    const evidence = s.match(input);
    if (evidence !== null)
      hits.push({ id: s.id, title: s.title, source: s.source, evidence: evidence.slice(0, 500) });
  }
  return hits;
}
