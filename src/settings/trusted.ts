import { sha256Hex } from '../core/event.js';
import type { Finding } from '../core/finding.js';
import type { JudgedSide, SideFile, TrustedSide } from '../ports/trusted-side.js';
import { parseConfigLenient, type ConfigProblem } from './config-file.js';
import { DEFAULT_CONFIG } from './load.js';
import { describeValue, parseSettings, SettingsError, type RawValue, type Settings } from './settings.js';

/** One setting the change's config file gives another value. */
export interface ConfigKeyChange {
  key: string;
  /** The trusted value (undefined: not set there). */
  old: unknown;
  /** The change's value (undefined: not set there). */
  new: unknown;
}

/** How the change's config file differs from the trusted one. */
export interface ConfigChange {
  path: string;
  trustedSha256: string | null;
  /** sha256 of the change's file (what a decision accepts), null when the change removes it. */
  changeSha256: string | null;
  keys: ConfigKeyChange[];
  /** What is wrong with the change's file (bad keys are left out of `keys`' new values). */
  problems: ConfigProblem[];
}

/** What the trusted side said about this run, beyond the settings themselves. */
export interface TrustReport {
  /** The config file path and the commit it was read at (null: the checked-out tree). */
  configPath: string;
  ref: string | null;
  /** The change's config file, when it differs from the trusted one. */
  change: ConfigChange | null;
  /** Findings about the trusted config itself (refused, invalid keys dropped). */
  findings: Finding[];
  /**
   * The workflow file running the gate, when the change edits it: on pull_request that file is
   * the change's own, so its step inputs are the change's too.
   */
  workflowChange?: { path: string; trustedSha256: string | null; changeSha256: string | null } | null;
}

const configFinding = (path: string, message: string, detail?: string): Finding => ({
  code: 'CONFIG_INVALID',
  stage: 'config',
  classification: 'PRODUCT_DRIFT',
  message,
  evidence: { paths: [path], ...(detail ? { detail } : {}) },
});

function readLayer(
  file: SideFile,
  path: string,
  where: string,
): { values: Record<string, RawValue>; problems: ConfigProblem[]; present: boolean } {
  if (file.state === 'absent') return { values: {}, problems: [], present: false };
  if (file.state === 'refused')
    return { values: {}, problems: [{ key: null, message: `${path}${where}: refused: ${file.reason}` }], present: true };
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
  sides: { trusted: TrustedSide; judged: JudgedSide; workflowPath?: string | null; requireBaseline?: boolean },
): Promise<{ settings: Settings; trust: TrustReport }> {
  parseSettings([given]);
  const explicitConfig = given.config !== undefined;
  const path = explicitConfig ? String(given.config!.value).replace(/^(\.\/)+/, '') : DEFAULT_CONFIG;
  const { trusted, judged } = sides;
  const at = trusted.ref ? ` at ${trusted.ref.slice(0, 12)}` : '';

  const trustedFile = await trusted.readFile(path);
  const trustedLayer = readLayer(trustedFile, path, at);
  const findings = trustedLayer.problems.map((p) =>
    configFinding(
      path,
      `${p.message}${trusted.ref ? ` (the trusted copy${at})` : ''}; ${p.key ? `${p.key} keeps its default or step input` : 'the defaults and step inputs apply'}`,
    ),
  );

  let change: ConfigChange | null = null;
  let changeFile: SideFile = trustedFile;
  if (trusted.ref) {
    changeFile = await judged.readFile(path);
    if (!sameFile(trustedFile, changeFile)) {
      const changeLayer = readLayer(changeFile, path, '');
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
    }
  }
  if (explicitConfig && trustedFile.state === 'absent' && changeFile.state === 'absent')
    throw new SettingsError(`${path}: config file not found (given as config)`);

  const settings = parseSettings([trustedLayer.values, given]);
  const explicitBaseline = given.baseline ?? trustedLayer.values.baseline;
  if (explicitBaseline && sides.requireBaseline !== false && !(await existsOnEitherSide(settings.baseline, sides))) {
    const how = given.baseline ? `given as ${given.baseline.source.kind === 'flag' ? '--baseline' : 'input baseline'}` : `set in ${path}`;
    throw new SettingsError(
      `${settings.baseline}: the sealed manifest does not exist${trusted.ref ? ` here or at ${trusted.ref.slice(0, 12)}` : ''} (${how}); a manifest named explicitly must exist`,
    );
  }
  let workflowChange: TrustReport['workflowChange'] = null;
  if (trusted.ref && sides.workflowPath) {
    const [before, after] = [await trusted.readFile(sides.workflowPath), await judged.readFile(sides.workflowPath)];
    if (!sameFile(before, after))
      workflowChange = {
        path: sides.workflowPath,
        trustedSha256: before.state === 'present' ? sha256Hex(before.bytes) : null,
        changeSha256: after.state === 'present' ? sha256Hex(after.bytes) : null,
      };
  }
  return { settings, trust: { configPath: path, ref: trusted.ref, change, findings, workflowChange } };
}

async function existsOnEitherSide(path: string, sides: { trusted: TrustedSide; judged: JudgedSide }): Promise<boolean> {
  if ((await sides.judged.readFile(path)).state !== 'absent') return true;
  return sides.trusted.ref !== null && (await sides.trusted.readFile(path)).state !== 'absent';
}

function sameFile(a: SideFile, b: SideFile): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'present' && b.state === 'present') return sha256Hex(a.bytes) === sha256Hex(b.bytes);
  return true;
}

/** Whether an architect accepted the change's config file (a DECISION recorded its sha256). */
export function isConfigAccepted(changeSha256: string | null, accepted: ReadonlySet<string>): boolean {
  return changeSha256 !== null && accepted.has(changeSha256);
}

/** The config hashes accepted by decisions in the log (entries carrying `config_sha256`). */
export function computeAcceptedConfigs(entries: ReadonlyArray<object>): Set<string> {
  const out = new Set<string>();
  for (const e of entries as ReadonlyArray<{ type?: unknown; decision?: unknown; config_sha256?: unknown }>) {
    if (e.type === 'DECISION' && e.decision === 'accept' && typeof e.config_sha256 === 'string')
      out.add(e.config_sha256);
  }
  return out;
}

const shown = (v: unknown): string => (v === undefined ? '(unset)' : describeValue(v));

/**
 * The findings of the trusted side: its own config problems, and the change's config file as
 * CONFIG_CHANGED (PRODUCT_DRIFT, each key old → new) until a decision accepts its sha256.
 */
export function computeTrustFindings(trust: TrustReport | null | undefined, acceptedConfigs: ReadonlySet<string>): Finding[] {
  if (!trust) return [];
  const findings = [...trust.findings];
  const wf = trust.workflowChange;
  if (wf && !isConfigAccepted(wf.changeSha256, acceptedConfigs)) {
    findings.push({
      code: 'CONFIG_CHANGED',
      stage: 'config',
      classification: 'PRODUCT_DRIFT',
      message:
        `this change edits ${wf.path}, the workflow running the gate, so the gate's step inputs are the change's own; ` +
        `it takes effect once an architect's decision accepts it${wf.changeSha256 ? ` (sha256 ${wf.changeSha256})` : ''}`,
      evidence: {
        paths: [wf.path],
        ...(wf.trustedSha256 ? { expected: wf.trustedSha256 } : {}),
        ...(wf.changeSha256 ? { actual: wf.changeSha256 } : {}),
      },
    });
  }
  const change = trust.change;
  if (!change) return findings;
  const accepted = isConfigAccepted(change.changeSha256, acceptedConfigs);
  const ref = trust.ref?.slice(0, 12) ?? 'the baseline';
  const how =
    change.changeSha256 === null
      ? 'removes it'
      : change.trustedSha256 === null
        ? 'adds it'
        : 'changes it';
  const keys = change.keys.map((k) => `${k.key}: ${shown(k.old)} → ${shown(k.new)}`);
  if (!accepted) {
    findings.push({
      code: 'CONFIG_CHANGED',
      stage: 'config',
      classification: 'PRODUCT_DRIFT',
      message:
        `the gate's config file ${change.path} is read from ${ref}, never from the change; this change ${how}` +
        `${keys.length ? ` (${keys.join('; ')})` : ''}. It takes effect once an architect's decision accepts it` +
        `${change.changeSha256 ? ` (sha256 ${change.changeSha256})` : ''}`,
      evidence: {
        paths: [change.path],
        ...(change.trustedSha256 ? { expected: change.trustedSha256 } : {}),
        ...(change.changeSha256 ? { actual: change.changeSha256 } : {}),
        detail: keys.join('\n') || 'formatting only',
      },
    });
  }
  for (const p of change.problems)
    findings.push(configFinding(change.path, `${p.message} (in the change)`));
  return findings;
}

/**
 * SPEC's trusted-side rule for an unsealed repository: with `sealed` globs set and no manifest
 * on either side, nothing proves the sealed files, which is an INCIDENT, not a pass.
 */
export function computeAbsentBaselineFindings(
  settings: Pick<Settings, 'sealed' | 'baseline'>,
  seal: { authoritative: 'baseline-ref' | 'tree' | 'none'; manifestSha256: string | null; treeManifestSha256: string | null },
): Finding[] {
  if (settings.sealed.length === 0 || seal.authoritative !== 'none') return [];
  if (seal.manifestSha256 !== null || seal.treeManifestSha256 !== null) return [];
  return [
    {
      code: 'BASELINE_ABSENT',
      stage: 'seal',
      classification: 'INCIDENT',
      message: `sealed files are declared (${settings.sealed.join(', ')}) but no manifest ${settings.baseline} exists here or on the trusted side: nothing proves them unchanged`,
      evidence: { paths: [settings.baseline], detail: settings.sealed.join('\n') },
    },
  ];
}
