import type { Finding } from './finding.js';

/** What is wrong with one place of a config file. */
export interface ConfigProblem {
  /** The setting name, or null for the file as a whole. */
  key: string | null;
  /** Names the file, the place and what was expected. */
  message: string;
}

/** A value as the config file wrote it, short (the evidence of a changed key). */
function describeValue(v: unknown): string {
  const json =
    typeof v === 'string' ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v) : JSON.stringify(v);
  if (json === undefined) return String(v);
  return json.length > 80 && typeof v !== 'string' ? `${json.slice(0, 80)}…` : json;
}

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

/** Whether an architect accepted the change's config file (a DECISION recorded its sha256). */
export function isConfigAccepted(changeSha256: string | null, accepted: ReadonlySet<string>): boolean {
  return changeSha256 !== null && accepted.has(changeSha256);
}

/** A config file problem as a finding (PRODUCT_DRIFT: the gate's own settings are in doubt). */
export const configFinding = (path: string, message: string, detail?: string): Finding => ({
  code: 'CONFIG_INVALID',
  stage: 'config',
  classification: 'PRODUCT_DRIFT',
  message,
  evidence: { paths: [path], ...(detail ? { detail } : {}) },
});

const shown = (v: unknown): string => (v === undefined ? '(unset)' : describeValue(v));

/**
 * The findings of the trusted side: its own config problems, and the change's config file as
 * CONFIG_CHANGED (PRODUCT_DRIFT, each key old → new) until a decision accepts its sha256.
 */
export function computeTrustFindings(
  trust: TrustReport | null | undefined,
  acceptedConfigs: ReadonlySet<string>,
): Finding[] {
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
    change.changeSha256 === null ? 'removes it' : change.trustedSha256 === null ? 'adds it' : 'changes it';
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
  for (const p of change.problems) findings.push(configFinding(change.path, `${p.message} (in the change)`));
  return findings;
}

/**
 * SPEC's trusted-side rule for an unsealed repository: with `sealed` globs set and no manifest
 * on either side, nothing proves the sealed files, which is an INCIDENT, not a pass.
 */
export function computeAbsentBaselineFindings(
  settings: { sealed: readonly string[]; baseline: string },
  seal: {
    authoritative: 'baseline-ref' | 'tree' | 'none';
    manifestSha256: string | null;
    treeManifestSha256: string | null;
  },
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
