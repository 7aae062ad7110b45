import { describe, expect, it } from 'vitest';
import { computeEvent, type RuntimeEventContent } from '../../src/core/event.js';
import { computeDue, computeProblemKey, issueMarkersOf } from '../../src/core/escalation.js';
import { renderEscalationIssue } from '../../src/core/render/issue.js';
import type { Finding } from '../../src/core/finding.js';

const finding = (
  code: Finding['code'],
  classification: Finding['classification'],
  path: string,
): Finding => ({
  code,
  stage: 'seal',
  classification,
  message: `${code} ${path}`,
  evidence: { paths: [path] },
});
const event = (findings: Finding[], extra: Partial<RuntimeEventContent> = {}) =>
  computeEvent({
    snapshot_id: null,
    timestamp: '2026-11-21T10:00:00.000Z',
    commit: 'c',
    ref: 'refs/pull/7/merge',
    event_name: 'pull_request',
    run: { id: '1', attempt: '1', url: null },
    classification: findings[0]?.classification ?? 'STABLE',
    findings,
    baseline: { manifest_sha256: null, ref: null, runtime_baseline_sha256: null },
    tests: null,
    diff: [],
    policy: null,
    frozen_by: null,
    ...extra,
  });
const links = { logUrl: null, runUrl: null, summaryUrl: null, chart: '' };

describe('escalation', () => {
  it('keys the same breakage on the same ref alike, another breakage or ref apart', () => {
    const a = event([finding('SEALED_MODIFIED', 'INCIDENT', 'src/a.js')]);
    const again = event([finding('SEALED_MODIFIED', 'INCIDENT', 'src/a.js')], {
      timestamp: '2026-11-21T11:00:00.000Z',
    });
    expect(computeProblemKey(again)).toBe(computeProblemKey(a));
    expect(computeProblemKey(event([finding('SEALED_MODIFIED', 'INCIDENT', 'src/b.js')]))).not.toBe(
      computeProblemKey(a),
    );
    expect(
      computeProblemKey(
        event([finding('SEALED_MODIFIED', 'INCIDENT', 'src/a.js')], { ref: 'refs/heads/main' }),
      ),
    ).not.toBe(computeProblemKey(a));
  });

  it('lets a run made while frozen find the issue of the event that froze it', () => {
    const first = event([finding('SEALED_MODIFIED', 'INCIDENT', 'src/a.js')]);
    const issue = renderEscalationIssue(first, computeProblemKey(first), ['alice'], null, links);
    const frozen = event([finding('FROZEN', 'INCIDENT', 'x')], { frozen_by: first.event_id });
    expect(issueMarkersOf(frozen).some((m) => issue.body.includes(m))).toBe(true);
  });

  it('sets the due time of SPEC §2 and mentions the architects', () => {
    const product = event([finding('TESTS_FAILED', 'PRODUCT_DRIFT', 't')]);
    expect(computeDue(product)).toBe('2026-11-21T10:15:00.000Z');
    expect(computeDue(event([finding('TOOLING_SIGNATURE', 'TOOLING_DRIFT', 't')]))).toBe(
      '2026-11-22T10:00:00.000Z',
    );
    const { title, body } = renderEscalationIssue(
      product,
      computeProblemKey(product),
      ['alice', 'bob'],
      null,
      links,
    );
    expect(body).toContain('@alice @bob');
    expect(body).toContain('due **2026-11-21T10:15:00.000Z**');
    expect(
      renderEscalationIssue(
        event([finding('SEALED_MODIFIED', 'INCIDENT', '</x><img src=y> @team')]),
        'k',
        [],
        null,
        links,
      ).title,
    ).not.toMatch(/[<>]|@team/);
    expect(title).toContain('PRODUCT_DRIFT');
  });
});
