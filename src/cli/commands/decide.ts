import { composeCli } from '../../compose.js';
import { recordDecision } from '../../stages/decision.js';
import { EXIT, print, UsageError, warn, type CommandInput } from '../io.js';

/** `driftgate decide accept|investigate|rollback [RTE_…] --reason TEXT --by LOGIN`. */
export async function run({ args, flags, json }: CommandInput): Promise<number> {
  const [kind, eventId] = args;
  if (kind !== 'accept' && kind !== 'investigate' && kind !== 'rollback') {
    throw new UsageError('decide needs accept, investigate or rollback');
  }
  const reason = flags.reason?.trim();
  if (!reason) throw new UsageError('decide needs --reason: a decision is written');
  const by = flags.by ?? process.env.USER ?? '';
  if (!by) throw new UsageError('decide needs --by LOGIN');
  const { settings, location, ports } = await composeCli(flags);
  const outcome = await recordDecision(
    {
      request: { decision: kind, eventId: eventId ?? null, reason },
      by,
      source: 'cli',
      architects: settings.architects,
      // No API on the command line: with an empty architects list the shell user (who needs push rights to the log) decides.
      permission: settings.architects.length ? null : 'admin',
    },
    location,
    ports,
  );
  if (json)
    print(
      JSON.stringify(
        outcome.status === 'recorded'
          ? { status: 'recorded', event: outcome.event.event_id, entry: outcome.appended.id }
          : outcome,
      ),
    );
  else if (outcome.status === 'recorded')
    print(`driftgate decide: ${kind} on ${outcome.event.event_id} recorded as ${outcome.appended.id}`);
  else warn(`driftgate decide: not recorded: ${outcome.reason}`);
  return outcome.status === 'recorded' ? EXIT.passed : EXIT.failed;
}
