import { describe, expect, it } from 'vitest';
import { computeEvent, type RuntimeEventContent } from '../../src/core/event.js';
import {
  computeDue,
  computeProblemKey,
  HISTORY_RUNS,
  issueMarkersOf,
  renderHistory,
} from '../../src/core/escalation.js';
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

  it('sets the due time and mentions the architects', () => {
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

describe('renderHistory', () => {
  const run = (i: number, classification: 'STABLE' | 'INCIDENT' = 'STABLE') => ({
    classification,
    timestamp: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`,
    run_url: `https://github.com/o/r/actions/runs/${i}`,
  });

  it('shows the last runs of the ref oldest first, each linking to its run, this run last', () => {
    const line = renderHistory(
      'refs/heads/main',
      Array.from({ length: 15 }, (_, i) => run(i)),
      {
        classification: 'INCIDENT',
        timestamp: '2026-11-30T09:00:00.000Z',
      },
    );
    const links = [...line.matchAll(/\]\((https:[^ )]+)/g)].map((m) => m[1]);
    expect(links).toEqual(
      Array.from({ length: HISTORY_RUNS - 1 }, (_, i) => `https://github.com/o/r/actions/runs/${i + 6}`),
    );
    expect(line.split('\n')[0]).toMatch(/→ 🔴 \*\*this run\*\*$/);
    expect(line).toContain(`Last ${HISTORY_RUNS} runs of \`refs/heads/main\``);
    expect(line).toContain(`🟢 ${HISTORY_RUNS - 1} STABLE · 🔴 1 INCIDENT`);
  });

  it('links nothing that is not an http(s) URL and says when there is no earlier run', () => {
    const line = renderHistory('refs/heads/x', [{ ...run(1), run_url: 'javascript:alert(1)' }], {
      classification: 'STABLE',
      timestamp: '2026-11-30T09:00:00.000Z',
    });
    expect(line).not.toContain('](');
    expect(line).not.toContain('javascript');
    expect(renderHistory('refs/heads/x', [], { classification: 'STABLE', timestamp: 't' })).toBe(
      '🟢 **this run** — the governance log holds no earlier run of `refs/heads/x`.',
    );
  });
});
