import { composeCli } from '../../compose.js';
import { sealManifest, sealRuntimeBaseline } from '../../stages/baseline.js';
import { EXIT, print, warn, type CommandInput } from '../io.js';

/** `driftgate seal [FILE…]` and `driftgate seal --runtime`. */
export async function run({ args, flags, json }: CommandInput): Promise<number> {
  const { settings, ports } = await composeCli(flags, { git: flags.runtime ? 'always' : 'if-baseline-ref' });
  const update = flags.update === true;
  if (flags.runtime) return sealRuntime(await sealRuntimeBaseline(settings, update, ports), json);
  const { manifest, entries } = await sealManifest(settings, args, update, ports.workspace);
  if (json) print(JSON.stringify({ manifest, entries, updated: update }));
  else {
    print(`driftgate seal: wrote ${entries} entries to ${manifest}`);
    if (update)
      warn(
        `warning: ${manifest} was replaced; commit it together with the architect's decision that accepts it`,
      );
  }
  return EXIT.passed;
}

function sealRuntime(result: Awaited<ReturnType<typeof sealRuntimeBaseline>>, json: boolean): number {
  if (!result.sealed) {
    if (json) print(JSON.stringify({ sealed: false, findings: result.problems }));
    warn(`driftgate seal --runtime: refusing to record a run that is not clean:\n${result.why}`);
    return EXIT.failed;
  }
  const counts = result.baseline.totals;
  if (json)
    print(
      JSON.stringify({
        sealed: true,
        runtimeBaseline: result.target,
        totals: counts,
        outputs: result.outputs,
      }),
    );
  else
    print(
      `driftgate seal --runtime: wrote ${result.target}: ${counts.total} tests (${counts.passed} passed, ${counts.skipped + counts.todo} skipped/todo), ${result.outputs} output(s)`,
    );
  return EXIT.passed;
}
