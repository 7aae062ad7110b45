import { composeCliSettings } from '../../compose.js';
import { runVerify } from '../../stages/seal.js';
import { EXIT, print, printJson, warn, type CommandInput } from '../io.js';

/** `driftgate verify`: the sealed files against the manifest, nothing run, nothing written. */
export async function run({ flags, json }: CommandInput): Promise<number> {
  // Without a baseline-ref, verification needs no git (and skips starting it); it needs no run
  // context either (log, runner, template), so it composes the settings and the workspace only.
  const { settings, workspace, git } = await composeCliSettings(flags, { git: 'if-baseline-ref' });
  const { classification, seal } = await runVerify(settings, { workspace, git });
  const fails = classification !== 'STABLE';
  if (json) {
    printJson({ classification, fails, entries: seal.verdicts, findings: seal.findings });
    return fails ? EXIT.failed : EXIT.passed;
  }
  const quiet = flags.quiet === true;
  const lines = seal.verdicts.filter((v) => !quiet || v.status !== 'OK').map((v) => `${v.path}: ${v.status}`);
  if (lines.length) print(lines.join('\n'));
  for (const f of seal.findings)
    if (f.classification !== 'STABLE' || !quiet) warn(`${f.classification} ${f.code}: ${f.message}`);
  if (!quiet || fails) print(`driftgate verify: ${classification}`);
  return fails ? EXIT.failed : EXIT.passed;
}
