import type { CliFlags } from '../compose.js';

/** SPEC §8 exit codes. */
export const EXIT = { passed: 0, failed: 1, error: 2 } as const;

/** Thrown for wrong usage: exit 2 with the usage text. */
export class UsageError extends Error {}

/** What a command is run with: its positional arguments (after the command's name) and the flags. */
export interface CommandInput {
  args: readonly string[];
  flags: CliFlags & {
    json?: boolean;
    quiet?: boolean;
    update?: boolean;
    runtime?: boolean;
    reason?: string;
    base?: string;
    rule?: string;
    by?: string;
  };
  json: boolean;
}

/** One command: returns its exit code; throws when it could not run. */
export type CommandRun = (input: CommandInput) => Promise<number>;

/** A line on stdout (one newline at the end, whatever the text ends with). */
export const print = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};

/** A line on stderr. */
export const warn = (text: string): void => {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
};

/** Pretty JSON on stdout. */
export const printJson = (value: unknown, pretty = true): void =>
  print(pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
