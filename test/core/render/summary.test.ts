import { describe, expect, it } from 'vitest';
import { computeEvent, type RuntimeEventContent } from '../../../src/core/event.js';
import type { Finding } from '../../../src/core/finding.js';
import { renderRunbooks } from '../../../src/core/render/runbook.js';
import { computeClassificationRunbook } from '../../../src/core/runbook/classification-runbook.js';
import { MAX_SUMMARY_BYTES, renderSummary } from '../../../src/core/render/summary.js';

function content(findings: Finding[]): RuntimeEventContent {
  return {
    snapshot_id: null,
    timestamp: '2026-11-21T10:00:00.000Z',
    commit: '2e3f8d2d0000000000000000000000000000abcd',
    ref: 'refs/pull/7/merge',
    event_name: 'pull_request',
    run: { id: '4242', attempt: '1', url: 'https://github.com/octo-org/sealed-app/actions/runs/4242' },
    classification: findings.length ? 'INCIDENT' : 'STABLE',
    findings,
    baseline: {
      manifest_sha256: 'ab'.repeat(32),
      ref: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      runtime_baseline_sha256: null,
    },
    tests: null,
    diff: findings.map((x) => `${x.evidence.paths?.[0]}: ${x.evidence.expected} -> ${x.evidence.actual}`),
    policy: null,
    frozen_by: null,
  };
}

const modified = (path: string): Finding => ({
  code: 'SEALED_MODIFIED',
  stage: 'seal',
  classification: 'INCIDENT',
  message: `sealed file ${path} (BASELINE_REF.sha256 line 1) was modified`,
  evidence: { paths: [path], lines: [1], expected: 'a'.repeat(64), actual: 'b'.repeat(64) },
});

const seal = { manifest: 'BASELINE_REF.sha256', entries: 2, ok: 1, authoritative: 'baseline-ref' };

describe('renderSummary', () => {
  it('renders a STABLE and an INCIDENT verdict (committed for review)', async () => {
    const stable = computeEvent(content([]));
    await expect(
      renderSummary({
        event: stable,
        fails: false,
        reportPath: 'governance/runtime/events/x.json',
        seal: { ...seal, ok: 2 },
      }),
    ).toMatchFileSnapshot('../../__outputs__/summary-stable.md');
    const incident = computeEvent(content([modified('src/</details><img src=x onerror=alert(1)>.js')]));
    const md = renderSummary({ event: incident, fails: true, reportPath: null, seal });
    expect(md).not.toContain('<img');
    await expect(md).toMatchFileSnapshot('../../__outputs__/summary-incident.md');
    const book = computeClassificationRunbook('INCIDENT', {
      head: incident.commit,
      base: incident.baseline.ref,
      manifest: 'BASELINE_REF.sha256',
      logBranch: 'driftgate-log',
    });
    await expect(renderRunbooks([book])).toMatchFileSnapshot('../../__outputs__/runbook-incident.md');
  });

  it('stays within the 1 MiB job summary limit and says how many findings were cut', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      modified(`src/${'deep/'.repeat(10)}file-${i}.js`),
    );
    const md = renderSummary({ event: computeEvent(content(findings)), fails: true, reportPath: null, seal });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(md).toMatch(/… and \d+ more findings, all listed in RUNTIME_EVENT\.json\./);
    expect(md).toContain('What the runbook says for INCIDENT');
  });
});

describe('renderSummary with the tests stage', () => {
  it('renders the PRODUCT_DRIFT of a recorded vitest run (committed for review)', async () => {
    const { classifyTests } = await import('../../../src/core/tests/classify-tests.js');
    const { observationOf } = await import('../../helpers/fixtures.js');
    const { findings, summary } = classifyTests(observationOf('vitest-mixed'));
    const event = computeEvent({
      ...content(findings),
      classification: 'PRODUCT_DRIFT',
      tests: summary,
      diff: [],
    });
    const md = renderSummary({ event, fails: true, reportPath: null, seal: { ...seal, ok: 2 } });
    expect(md).toContain('| tests | report &#40;jest&#45;json&#41;: 4 passed, 1 failed');
    await expect(md).toMatchFileSnapshot('../../__outputs__/summary-product-drift.md');
  });
});
