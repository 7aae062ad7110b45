import type { Finding } from '../core/finding.js';
import type { TrustedSide } from '../ports/trusted-side.js';
import { fsPromises } from './lazy-fs.js';

/** A repository may keep its own incident template; otherwise driftgate's own is used. */
export const WORKSPACE_TEMPLATE = 'governance/INCIDENT_TEMPLATE.md';

/** Largest template used: the issue body it becomes is capped at 65,536 characters by GitHub. */
const MAX_TEMPLATE_BYTES = 32 * 1024;

/** templates/INCIDENT_TEMPLATE.md: beside dist/ in the Action and the npm package, two levels up from src/adapters in development. */
const SHIPPED = ['../templates/INCIDENT_TEMPLATE.md', '../../templates/INCIDENT_TEMPLATE.md'];

/** The template driftgate ships. */
export async function readShippedTemplate(): Promise<string> {
  for (const rel of SHIPPED) {
    try {
      return await fsPromises().readFile(new URL(rel, import.meta.url), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new Error('templates/INCIDENT_TEMPLATE.md is missing from the driftgate installation');
}

/**
 * The incident template from the trusted side (baseline-ref, or the checked-out tree when the run
 * has none), never the change's copy and never through a symbolic link; else the shipped one.
 * A template that cannot be used is a finding, and the shipped template stands in for it.
 */
export async function readIncidentTemplate(
  trusted: TrustedSide,
): Promise<{ template: string; findings: Finding[] }> {
  const own = await trusted.readFile(WORKSPACE_TEMPLATE);
  if (own.state === 'absent') return { template: await readShippedTemplate(), findings: [] };
  let reason: string | null = own.state === 'refused' ? own.reason : null;
  let text = '';
  if (own.state === 'present') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(own.bytes);
      if (own.bytes.length > MAX_TEMPLATE_BYTES)
        reason = `${own.bytes.length} bytes, over the ${MAX_TEMPLATE_BYTES}-byte limit`;
      else if (text.includes('\0')) reason = 'it holds NUL characters';
    } catch {
      reason = 'expected UTF-8 text';
    }
  }
  if (reason === null) return { template: text, findings: [] };
  const at = trusted.ref ? ` at ${trusted.ref.slice(0, 12)}` : '';
  return {
    template: await readShippedTemplate(),
    findings: [
      {
        code: 'TEMPLATE_REFUSED',
        stage: 'config',
        classification: 'TOOLING_DRIFT',
        message: `the incident template ${WORKSPACE_TEMPLATE}${at} was not used (${reason}); driftgate's own template stands in`,
        evidence: { paths: [WORKSPACE_TEMPLATE], detail: reason },
      },
    ],
  };
}
