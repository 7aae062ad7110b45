import { readFile } from 'node:fs/promises';
import type { Workspace } from '../ports/workspace.js';

/** A repository may keep its own incident template; otherwise driftgate's own is used. */
const WORKSPACE_TEMPLATE = 'governance/INCIDENT_TEMPLATE.md';

/** templates/INCIDENT_TEMPLATE.md: beside dist/ in the Action and the npm package, two levels up from src/adapters in development. */
const SHIPPED = ['../templates/INCIDENT_TEMPLATE.md', '../../templates/INCIDENT_TEMPLATE.md'];

/** The incident template: the workspace's governance/INCIDENT_TEMPLATE.md, else the one driftgate ships. */
export async function readIncidentTemplate(workspace: Workspace): Promise<string> {
  const own = await workspace.readFile(WORKSPACE_TEMPLATE);
  if (own.state === 'present') return new TextDecoder().decode(own.bytes);
  for (const rel of SHIPPED) {
    try {
      return await readFile(new URL(rel, import.meta.url), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new Error('templates/INCIDENT_TEMPLATE.md is missing from the driftgate installation');
}
