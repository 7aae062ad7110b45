import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../src/core/classification.js';
import { renderHistory } from '../../../src/core/escalation.js';
import { computeEvent, type RuntimeEventContent } from '../../../src/core/event.js';
import type { Finding } from '../../../src/core/finding.js';
import { renderRunbook, renderRunbooks } from '../../../src/core/render/runbook.js';
import { computeClassificationRunbook } from '../../../src/core/runbook/classification-runbook.js';
import { MAX_SUMMARY_BYTES, renderSummary, type SummaryInput } from '../../../src/core/render/summary.js';
import { classifyTests } from '../../../src/core/tests/classify-tests.js';
import { observationOf } from '../../helpers/fixtures.js';

const RUN = 'https://github.com/octo-org/sealed-app/actions/runs/';

function content(findings: Finding[], extra: Partial<RuntimeEventContent> = {}): RuntimeEventContent {
  return {
    snapshot_id: null,
    timestamp: '2026-11-21T10:00:00.000Z',
    commit: '2e3f8d2d0000000000000000000000000000abcd',
    ref: 'refs/heads/main',
    event_name: 'push',
    run: { id: '4242', attempt: '1', url: `${RUN}4242` },
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
    ...extra,
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

/** What the gate passes: the classification runbook rendered once, this ref's history. */
function inputOf(event: ReturnType<typeof computeEvent>, rest: Partial<SummaryInput> = {}): SummaryInput {
  const book = computeClassificationRunbook(event.classification, {
    head: event.commit,
    base: event.baseline.ref,
    manifest: 'BASELINE_REF.sha256',
    logBranch: 'driftgate-log',
  });
  const earlier: Array<{ classification: Classification; timestamp: string; run_url: string }> = [
    { classification: 'STABLE', timestamp: '2026-11-20T09:12:00.000Z', run_url: `${RUN}4239` },
    { classification: 'STABLE', timestamp: '2026-11-20T15:40:00.000Z', run_url: `${RUN}4240` },
    { classification: 'STABLE', timestamp: '2026-11-21T08:03:00.000Z', run_url: `${RUN}4241` },
  ];
  return {
    event,
    fails: event.classification === 'PRODUCT_DRIFT' || event.classification === 'INCIDENT',
    reportPath: `governance/runtime/events/${event.event_id}.json`,
    seal: { ...seal, ok: seal.entries },
    log: {
      line: '{"seq":41}',
      pushed: true,
      url: 'https://github.com/octo-org/sealed-app/blob/driftgate-log/governance/GOVERNANCE_LOG.ndjson',
    },
    policy: { scores: '', runbooks: renderRunbook(book, 3), triggered: [] },
    history: renderHistory(event.ref, earlier, {
      classification: event.classification,
      timestamp: event.timestamp,
    }),
    ...rest,
  };
}

const nonEmptyLines = (md: string): number => md.split('\n').filter((l) => l.trim() !== '').length;

describe('renderSummary', () => {
  it('renders a STABLE verdict on one screen (committed for review)', async () => {
    const md = renderSummary(inputOf(computeEvent(content([]))));
    expect(md.split('\n')[0]).toBe(
      '## 🟢 driftgate: STABLE — the job passes: nothing differs from the baseline',
    );
    expect(nonEmptyLines(md)).toBeLessThanOrEqual(40);
    // No raw log line, no key/value table with an empty header row.
    expect(md).not.toContain('{"seq"');
    expect(md).not.toMatch(/^\|\s*\|\s*\|$/m);
    await expect(md).toMatchFileSnapshot('../../__outputs__/summary-stable.md');
  });

  it('keeps a STABLE summary on one screen with the policy scores of a repository that has policies', () => {
    const scores = readFileSync(new URL('../../__outputs__/policy-scores.md', import.meta.url), 'utf8');
    const input = inputOf(computeEvent(content([])));
    const md = renderSummary({ ...input, policy: { ...input.policy!, scores } });
    expect(md).toContain(scores.split('\n')[0]!);
    expect(md).toContain('<details><summary>Signals and rule changes</summary>');
    expect(
      nonEmptyLines(md.replace(/<details><summary>[\s\S]*?<\/details>/g, '<details/>')),
    ).toBeLessThanOrEqual(40);
  });

  it('renders an INCIDENT with a hostile file name, escaped once (committed for review)', async () => {
    const incident = computeEvent(content([modified('src/</details><img src=x onerror=alert(1)>.js')]));
    const md = renderSummary(inputOf(incident, { seal }));
    expect(md).not.toContain('<img');
    expect(md).toContain(`/driftgate accept ${incident.event_id}` + '` followed by the reason');
    // One runbook: the classification's, once.
    expect(md.match(/Classification: INCIDENT/g)).toHaveLength(1);
    await expect(md).toMatchFileSnapshot('../../__outputs__/summary-incident.md');
    const book = computeClassificationRunbook('INCIDENT', {
      head: incident.commit,
      base: incident.baseline.ref,
      manifest: 'BASELINE_REF.sha256',
      logBranch: 'driftgate-log',
    });
    await expect(renderRunbooks([book])).toMatchFileSnapshot('../../__outputs__/runbook-incident.md');
  });

  it('says where a log entry that could not be pushed is kept', () => {
    const md = renderSummary(
      inputOf(computeEvent(content([])), {
        log: {
          line: '{"seq":41}',
          pushed: false,
          url: null,
          keptAt: 'governance/runtime/events/x.log-entry.ndjson',
        },
      }),
    );
    expect(md).toContain('kept in governance/runtime/events/x&#46;log&#45;entry&#46;ndjson');
    expect(md).toContain('driftgate log append FILE');
    expect(md).not.toContain('{"seq"');
  });

  it('stays within the 1 MiB job summary limit and says how many findings were cut', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      modified(`src/${'deep/'.repeat(10)}file-${i}.js`),
    );
    const md = renderSummary(inputOf(computeEvent(content(findings))));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(md).toMatch(/… and \d+ more findings, all listed in RUNTIME_EVENT\.json\./);
    expect(md).toContain('Classification: INCIDENT');
  });
});

describe('renderSummary with the tests stage', () => {
  it('renders the PRODUCT_DRIFT of a recorded vitest run with its evidence (committed for review)', async () => {
    const { findings, summary } = classifyTests(observationOf('vitest-mixed'));
    const event = computeEvent(
      content(findings, { classification: 'PRODUCT_DRIFT', tests: summary, diff: [] }),
    );
    const md = renderSummary(inputOf(event));
    expect(md).toContain('- **Tests** report &#40;jest&#45;json&#41;: 4 passed, 1 failed');
    expect(md).toContain('AssertionError: expected 350 to be 351');
    await expect(md).toMatchFileSnapshot('../../__outputs__/summary-product-drift.md');
  });

  it('lists each failing test of a mocha run on its own line', async () => {
    const { findings, summary } = classifyTests(observationOf('mocha-mixed'));
    const event = computeEvent(
      content(findings, { classification: 'PRODUCT_DRIFT', tests: summary, diff: [] }),
    );
    const md = renderSummary(inputOf(event));
    const failed = findings.find((f) => f.code === 'TESTS_FAILED')!;
    for (const t of failed.evidence.tests!)
      expect(
        md.split('\n').filter(
          (l) =>
            l.startsWith('  - ') &&
            l.includes(
              t
                .split(' > ')
                .at(-1)!
                .replace(/[.()-]/g, (c) => `&#${c.charCodeAt(0)};`),
            ),
        ),
      ).toHaveLength(1);
    await expect(md).toMatchFileSnapshot('../../__outputs__/summary-product-drift-mocha.md');
  });

  it('renders the TOOLING_DRIFT of a vitest run that could not start, with what it printed (committed for review)', async () => {
    const { findings, summary } = classifyTests(observationOf('vitest-config-error'));
    const event = computeEvent(
      content(findings, { classification: 'TOOLING_DRIFT', tests: summary, diff: [] }),
    );
    const md = renderSummary({ ...inputOf(event), fails: false });
    expect(md.split('\n')[0]).toBe(
      '## 🟡 driftgate: TOOLING_DRIFT — the job passes with warnings: the tooling broke; the product looks healthy',
    );
    expect(md).toMatch(/```text\n[\s\S]*\n {2}```/);
    await expect(md).toMatchFileSnapshot('../../__outputs__/summary-tooling-drift.md');
  });
});
