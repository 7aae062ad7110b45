import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../helpers/github-api.js';
import { git } from '../helpers/tmp.js';
import { codesOf, logBranchFiles, pullRequest, runAction, writeFiles } from './harness.js';

const api = useFakeGitHub();

const TAMPER = (dir: string) => writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');
const CREDENTIAL = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';
const inputs = { 'github-token': 'ghs_template_test_token', architects: 'alice' };
const posted = () =>
  api.requests
    .filter((r) => r.route.includes('/issues') && r.body !== undefined)
    .map((r) => JSON.stringify(r.body));

function incidentReports(remote: string): string[] {
  return [...logBranchFiles(remote)].filter(([p]) => p.endsWith('INCIDENT_REPORT.md')).map(([, c]) => c);
}

describe('class 4: the pull request supplies the incident template', () => {
  it('a template symlinked at the checkout’s .git/config is never followed: the credential is posted nowhere', async () => {
    const { dir, payload, remote } = pullRequest({
      change: (d) => {
        TAMPER(d);
        git(d, 'config', 'http.https://github.com/.extraheader', CREDENTIAL);
        writeFiles(d, { 'governance/.keep': '' });
        symlinkSync('../.git/config', join(d, 'governance/INCIDENT_TEMPLATE.md'));
      },
    });
    const r = await runAction(dir, 'pull_request', payload, inputs, { GITHUB_API_URL: api.url });
    expect(r.outputs.classification).toBe('INCIDENT');
    const bodies = posted();
    expect(bodies.length).toBeGreaterThan(0);
    const reports = incidentReports(remote);
    expect(reports.length).toBe(1);
    for (const [i, text] of [...bodies, ...reports, r.summary, r.stdout].entries()) {
      expect(text, `text ${i}`).not.toContain('eC1hY2Nlc3MtdG9rZW46');
      expect(text).not.toContain('extraheader');
    }
    // driftgate's own template stood in.
    expect(reports[0]).toContain('## Root cause analysis');
  }, 60_000);

  it('a plain template added by the change is not used (its fake all-clear and mentions are posted nowhere)', async () => {
    const { dir, payload, remote } = pullRequest({
      change: (d) => {
        TAMPER(d);
        writeFiles(d, {
          'governance/INCIDENT_TEMPLATE.md':
            'All clear, nothing to see. cc @octo-org/security ![ok](https://evil.example/ok.png)\n',
        });
      },
    });
    const r = await runAction(dir, 'pull_request', payload, inputs, { GITHUB_API_URL: api.url });
    expect(r.outputs.classification).toBe('INCIDENT');
    for (const text of [...posted(), ...incidentReports(remote)]) {
      expect(text).not.toContain('All clear');
      expect(text).not.toContain('evil.example');
    }
  }, 60_000);

  it('the trusted template is used, but cannot mention, show images or carry HTML', async () => {
    const hostile = [
      '# Incident {{event_id}}',
      'cc @octo-org/security and @alice',
      '![status](https://evil.example/green.png)',
      '<img src="https://evil.example/pixel.gif">',
      '<!-- driftgate:event:RTE_20200101_000000_deadbeef -->',
      '&#64;bob {{constructor}}',
      '{{reasons}}',
    ].join('\n');
    const { dir, payload, remote } = pullRequest({
      base: (d) => writeFiles(d, { 'governance/INCIDENT_TEMPLATE.md': `${hostile}\n` }),
      change: (d) => TAMPER(d),
    });
    const r = await runAction(dir, 'pull_request', payload, inputs, { GITHUB_API_URL: api.url });
    expect(r.outputs.classification).toBe('INCIDENT');
    const [report] = incidentReports(remote);
    expect(report).toContain(`# Incident ${r.outputs['event-id']}`);
    expect(report).toContain('SEALED_MODIFIED');
    expect(report).not.toMatch(/(^|[^&#;\w])@(octo-org|alice)/);
    expect(report).not.toContain('![');
    expect(report).not.toContain('<img');
    expect(report).not.toContain('<!--');
    expect(report).not.toContain('&#64;bob');
    expect(report).toContain('{{constructor}}');
    const issue = api.requests.find((q) => q.method === 'POST' && q.route === '/repos/{owner}/{repo}/issues');
    expect(JSON.stringify(issue?.body)).not.toContain('<img');
  }, 60_000);

  it('a template that is a symlink on the trusted side is refused with a finding; the shipped template stands in', async () => {
    const { dir, payload } = pullRequest({
      base: (d) => {
        writeFiles(d, { 'governance/real.md': 'SECRET-TEMPLATE-TEXT {{event_id}}\n' });
        symlinkSync('real.md', join(d, 'governance/INCIDENT_TEMPLATE.md'));
      },
      change: (d) => TAMPER(d),
    });
    const r = await runAction(dir, 'pull_request', payload, inputs, { GITHUB_API_URL: api.url });
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toContain('TEMPLATE_REFUSED');
    for (const text of posted()) expect(text).not.toContain('SECRET-TEMPLATE-TEXT');
  }, 60_000);
});
