import { parseArgs } from 'node:util';
import { EXIT, print, UsageError, warn, type CommandInput } from './io.js';
import { COMMANDS, PARSE_OPTIONS, renderCommandHelp, renderUsage } from './table.js';

declare const __DRIFTGATE_VERSION__: string;

/** Runs the command line: argv → the command table → the command → its exit code. The one catch of the CLI. */
export async function runCli(argv: readonly string[]): Promise<number> {
  let json = false;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: PARSE_OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const flags = parsed.values as CommandInput['flags'];
    json = flags.json === true;
    const [name, ...args] = parsed.positionals;
    const spec = COMMANDS.find((c) => c.name === name);
    if (flags.help) {
      if (name && !spec) throw new UsageError(`unknown command "${name}"`);
      print(spec ? renderCommandHelp(spec) : renderUsage());
      return EXIT.passed;
    }
    if (flags.version) {
      print(__DRIFTGATE_VERSION__);
      return EXIT.passed;
    }
    if (!name) throw new UsageError('a command is required');
    if (!spec) throw new UsageError(`unknown command "${name}"`);
    const { run } = await spec.load();
    return await run({ args, flags, json });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (json) print(JSON.stringify({ error: message }));
    warn(`driftgate: ${message}`);
    if (e instanceof UsageError) warn(`\n${renderUsage()}`);
    return EXIT.error;
  }
}
