import { sha256Hex } from '../core/hash.js';
import { configFinding, type ConfigChange, type TrustReport } from '../core/trust.js';
import type { JudgedSide, SideFile, TrustedSide } from '../ports/trusted-side.js';
import type { ConfigProblem } from '../core/trust.js';
import { parseSettingsOnDemand, SettingsError, type RawValue } from './defaults.js';
import { DEFAULT_CONFIG } from './load.js';
import type { Settings } from './settings.js';

// The YAML parser and the settings validator are imported when there is a file or a value to
// read: most runs of `driftgate verify` have neither, and start-up pays for every module.
async function readLayer(
  file: SideFile,
  path: string,
  where: string,
): Promise<{ values: Record<string, RawValue>; problems: ConfigProblem[]; present: boolean }> {
  if (file.state === 'absent') return { values: {}, problems: [], present: false };
  if (file.state === 'refused')
    return {
      values: {},
      problems: [{ key: null, message: `${path}${where}: refused: ${file.reason}` }],
      present: true,
    };
  const { parseConfigLenient } = await import('./config-file.js');
  return { ...parseConfigLenient(file.bytes, path), present: true };
}

const comparable = (v: unknown): string => (v === undefined ? '\u0000unset' : JSON.stringify(v));

/**
 * The run's settings: the step's inputs (or CLI flags) over the config file read from the trusted
 * side. The change's own copy of the config file is only compared: it never configures the run
 * that judges it. Bad input in either file becomes a finding; only the inputs themselves, or an
 * explicitly given file that exists nowhere, throw (the gate could not run).
 */
export async function loadTrustedSettings(
  given: Record<string, RawValue>,
  sides: {
    trusted: TrustedSide;
    judged: JudgedSide;
    workflowPath?: string | null;
    requireBaseline?: boolean;
  },
): Promise<{ settings: Settings; trust: TrustReport; changeSettings: Settings | null }> {
  await parseSettingsOnDemand([given]);
  const explicitConfig = given.config !== undefined;
  const path = explicitConfig ? String(given.config!.value).replace(/^(\.\/)+/, '') : DEFAULT_CONFIG;
  const { trusted, judged } = sides;
  const at = trusted.ref ? ` at ${trusted.ref.slice(0, 12)}` : '';

  const trustedFile = await trusted.readFile(path);
  const trustedLayer = await readLayer(trustedFile, path, at);
  const findings = trustedLayer.problems.map((p) =>
    configFinding(
      path,
      `${p.message}${trusted.ref ? ` (the trusted copy${at})` : ''}; ${p.key ? `${p.key} keeps its default or step input` : 'the defaults and step inputs apply'}`,
    ),
  );

  let change: ConfigChange | null = null;
  let changeSettings: Settings | null = null;
  let changeFile: SideFile = trustedFile;
  if (trusted.ref) {
    changeFile = await judged.readFile(path);
    if (!sameFile(trustedFile, changeFile)) {
      const changeLayer = await readLayer(changeFile, path, '');
      const keys = [...new Set([...Object.keys(trustedLayer.values), ...Object.keys(changeLayer.values)])]
        .sort()
        .map((key) => ({ key, old: trustedLayer.values[key]?.value, new: changeLayer.values[key]?.value }))
        .filter((k) => comparable(k.old) !== comparable(k.new));
      change = {
        path,
        trustedSha256: trustedFile.state === 'present' ? sha256Hex(trustedFile.bytes) : null,
        changeSha256: changeFile.state === 'present' ? sha256Hex(changeFile.bytes) : null,
        keys,
        problems: changeLayer.problems,
      };
      if (changeFile.state === 'present')
        changeSettings = await tryParseSettings([changeLayer.values, given]);
    }
  }
  if (explicitConfig && trustedFile.state === 'absent' && changeFile.state === 'absent')
    throw new SettingsError(`${path}: config file not found (given as config)`);

  const settings = await parseSettingsOnDemand([trustedLayer.values, given]);
  const explicitBaseline = given.baseline ?? trustedLayer.values.baseline;
  if (
    explicitBaseline &&
    sides.requireBaseline !== false &&
    !(await existsOnEitherSide(settings.baseline, sides))
  ) {
    const how = given.baseline
      ? `given as ${given.baseline.source.kind === 'flag' ? '--baseline' : 'input baseline'}`
      : `set in ${path}`;
    throw new SettingsError(
      `${settings.baseline}: the sealed manifest does not exist${trusted.ref ? ` here or at ${trusted.ref.slice(0, 12)}` : ''} (${how}); a manifest named explicitly must exist`,
    );
  }
  let workflowChange: TrustReport['workflowChange'] = null;
  if (trusted.ref && sides.workflowPath) {
    const [before, after] = [
      await trusted.readFile(sides.workflowPath),
      await judged.readFile(sides.workflowPath),
    ];
    if (!sameFile(before, after))
      workflowChange = {
        path: sides.workflowPath,
        trustedSha256: before.state === 'present' ? sha256Hex(before.bytes) : null,
        changeSha256: after.state === 'present' ? sha256Hex(after.bytes) : null,
      };
  }
  return {
    settings,
    trust: { configPath: path, ref: trusted.ref, change, findings, workflowChange },
    changeSettings,
  };
}

/** Settings from layers, or null when they do not make settings (the change's problems say why). */
async function tryParseSettings(layers: Array<Record<string, RawValue>>): Promise<Settings | null> {
  try {
    return await parseSettingsOnDemand(layers);
  } catch (e) {
    if (e instanceof SettingsError) return null;
    throw e;
  }
}

/** The change's config file, with the settings it makes, for when a decision accepts it. */
export interface ChangeConfig {
  sha256: string;
  settings: Settings;
}

/**
 * The settings a run goes by: the trusted ones until an architect's decision accepts the change's
 * config file (its sha256), then the change's. The log stays where the trusted config keeps it:
 * the record of a pull request is not moved by the pull request, accepted or not.
 */
export function selectSettingsInEffect(
  trusted: Settings,
  change: ChangeConfig | null,
  acceptedConfigs: ReadonlySet<string>,
): Settings {
  if (!change || !acceptedConfigs.has(change.sha256)) return trusted;
  return {
    ...change.settings,
    log: trusted.log,
    'log-branch': trusted['log-branch'],
    'baseline-ref': change.settings['baseline-ref'] || trusted['baseline-ref'],
  };
}

async function existsOnEitherSide(
  path: string,
  sides: { trusted: TrustedSide; judged: JudgedSide },
): Promise<boolean> {
  if ((await sides.judged.readFile(path)).state !== 'absent') return true;
  return sides.trusted.ref !== null && (await sides.trusted.readFile(path)).state !== 'absent';
}

function sameFile(a: SideFile, b: SideFile): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'present' && b.state === 'present') return sha256Hex(a.bytes) === sha256Hex(b.bytes);
  return true;
}

export {
  computeAbsentBaselineFindings,
  computeTrustFindings,
  isConfigAccepted,
  type TrustReport,
} from '../core/trust.js';
