import type { Finding } from '../core/finding.js';
import { formatManifest } from '../core/seal/manifest.js';
import { unsafePathReason } from '../core/seal/paths.js';
import { observationList } from '../core/seal/observation.js';
import { computePrimaryRun } from '../core/tests/classify-tests.js';
import { computeRuntimeBaseline, type RuntimeBaseline } from '../core/tests/runtime-baseline.js';
import type { Clock } from '../ports/clock.js';
import type { Git } from '../ports/git.js';
import type { Runner } from '../ports/runner.js';
import type { Workspace } from '../ports/workspace.js';
import { SettingsError, type Settings } from '../settings/settings.js';
import { observeTests } from './tests.js';

/** Refuses to replace a baseline without `update`: replacing one is an architect's decision (SPEC §6). */
async function assertNewOrUpdate(workspace: Workspace, target: string, what: string, update: boolean) {
  if (!update && (await workspace.exists(target))) {
    throw new SettingsError(
      `${target} exists; updating ${what} needs an architect's decision (SPEC §6). Re-run with --update only with that decision recorded`,
    );
  }
}

/** Writes the manifest (coreutils sha256sum format) of the given files, or of the `sealed` globs. */
export async function sealManifest(
  settings: Settings,
  files: readonly string[],
  update: boolean,
  workspace: Workspace,
): Promise<{ manifest: string; entries: number }> {
  const target = settings.baseline;
  await assertNewOrUpdate(workspace, target, 'a sealed baseline', update);
  const listed = files.length > 0 ? [...files] : await workspace.glob(settings.sealed);
  if (listed.length === 0) throw new SettingsError('nothing to seal: give --sealed globs or file names');
  const encoder = new TextEncoder();
  const names = [...new Set(listed.map((f) => f.replace(/^(\.\/)+/, '')))].filter((f) => f !== target).sort();
  const bytes = names.map((n) => encoder.encode(n));
  for (const [i, b] of bytes.entries()) {
    const reason = unsafePathReason(b);
    if (reason) throw new SettingsError(`${names[i]}: cannot seal a path outside the workspace (${reason})`);
  }
  const observed = observationList(await workspace.observe(bytes));
  const entries = observed.map((o, i) => {
    if (o.state !== 'ok') {
      throw new SettingsError(
        `${names[i]}: cannot seal it (${o.state === 'unreadable' ? o.error : o.state})`,
      );
    }
    return { hash: o.sha256, name: bytes[i]! };
  });
  await workspace.writeFile(target, formatManifest(entries));
  return { manifest: target, entries: entries.length };
}

/** How `seal --runtime` ended: the baseline written, or the findings that make the run unfit. */
export type RuntimeSeal =
  | { sealed: true; target: string; baseline: RuntimeBaseline; outputs: number }
  | { sealed: false; problems: Finding[]; why: string };

/** One test run, which must be clean and have a report, becomes the runtime baseline. */
export async function sealRuntimeBaseline(
  settings: Settings,
  update: boolean,
  ports: { workspace: Workspace; git: Git | null; runner: Runner; clock: Clock },
): Promise<RuntimeSeal> {
  const target = settings['runtime-baseline'];
  await assertNewOrUpdate(ports.workspace, target, 'a runtime baseline', update);
  const stage = await observeTests(settings, null, ports, { ignoreBaseline: true });
  if (!stage)
    throw new SettingsError(
      'seal --runtime needs --test-command (or --test-console with --test-exit-code) and --test-report',
    );
  const { run } = computePrimaryRun(stage.readings);
  const problems = stage.findings.filter((f) => f.classification !== 'STABLE');
  if (problems.length > 0 || !run) {
    const why = problems.length
      ? problems.map((f) => `  ${f.classification} ${f.code}: ${f.message}`).join('\n')
      : '  no test report was read: a runtime baseline records test ids, so it needs --test-report';
    return { sealed: false, problems, why };
  }
  const outputs: Record<string, string> = {};
  for (const [path, hash] of stage.outputs) {
    if (hash === null) throw new SettingsError(`${path}: output cannot be read, so it cannot be recorded`);
    outputs[path] = hash;
  }
  const baseline = computeRuntimeBaseline(run, outputs, (await ports.git?.head()) ?? 'unknown');
  await ports.workspace.writeFile(target, `${JSON.stringify(baseline, null, 2)}\n`);
  return { sealed: true, target, baseline, outputs: Object.keys(outputs).length };
}
