import { Buffer } from 'node:buffer';
import { composeCli } from '../../compose.js';
import type { LogEntry } from '../../core/log/entry.js';
import { readLog } from '../../core/log/read.js';
import { appendKeptEntries, readWholeLog } from '../../stages/log-admin.js';
import { EXIT, print, printJson, UsageError, warn, type CommandInput } from '../io.js';

/** `driftgate log verify|show|append FILE`. */
export async function run({ args, flags, json }: CommandInput): Promise<number> {
  const [sub, file] = args;
  if (sub !== 'verify' && sub !== 'show' && sub !== 'append')
    throw new UsageError(`unknown log command "${sub ?? ''}" (verify, show or append FILE)`);
  if (sub === 'append' && !file) throw new UsageError('log append needs the FILE holding the entry lines');
  const { settings, location, ports } = await composeCli(flags);
  if (sub === 'append') {
    const results: Array<{ event_id: string; entry: string }> = [];
    await appendKeptEntries(file!, location, ports, ({ type, event_id, entry }) => {
      results.push({ event_id, entry });
      if (!json) print(`appended ${type} ${event_id} as ${entry}`);
    });
    if (json) print(JSON.stringify(results));
    return EXIT.passed;
  }
  const { segments, where } = await readWholeLog(location, ports);
  const reading = readLog(Buffer.concat(segments), undefined, settings['log-key'] || null);
  const error = reading.errors[0];
  if (sub === 'verify') {
    if (json) print(JSON.stringify({ log: where, lines: reading.entries.length, error: error ?? null }));
    else if (error) warn(`driftgate log verify: ${where}: line ${error.line}: ${error.reason}`);
    else
      print(
        `driftgate log verify: ${where}: ${reading.entries.length} line(s), chain intact${settings['log-key'] ? ', every MAC valid' : ''}`,
      );
    return error ? EXIT.failed : EXIT.passed;
  }
  if (json) printJson(reading.entries);
  else {
    print(renderLogTable(reading.entries));
    if (error) warn(`line ${error.line}: ${error.reason}`);
  }
  return error ? EXIT.failed : EXIT.passed;
}

function renderLogTable(entries: readonly LogEntry[]): string {
  const rows = entries.map((e) => {
    const what =
      e.type === 'OBSERVATION'
        ? `${e.classification}${e.frozen_by ? ` (frozen by ${e.frozen_by})` : ''} ${e.ref ?? ''} ${e.commit.slice(0, 12)}`
        : e.type === 'DECISION'
          ? `${e.decision} by ${e.by}: ${e.reason}`
          : `seal by ${e.by}`;
    return `${String(e.seq).padEnd(4)} ${e.type.padEnd(12)} ${e.event_id.padEnd(29)} ${e.timestamp.padEnd(25)} ${what}`;
  });
  return ['seq  type         event_id                      timestamp                 what', ...rows].join(
    '\n',
  );
}
