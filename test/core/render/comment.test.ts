import { describe, expect, it } from 'vitest';
import { computeEvent } from '../../../src/core/event.js';
import { computeProblemKey, renderHistoryChart } from '../../../src/core/escalation.js';
import { MAX_COMMENT_CHARS, renderPrComment } from '../../../src/core/render/comment.js';
import { renderEscalationIssue } from '../../../src/core/render/issue.js';
import { classifyTests } from '../../../src/core/tests/classify-tests.js';
import { observationOf } from '../../helpers/fixtures.js';

const { findings, summary } = classifyTests(observationOf('vitest-mixed'));
const event = computeEvent({
  snapshot_id: 'SNP_20261121_100000_0a1b2c3d',
  timestamp: '2026-11-21T10:00:00.000Z',
  commit: '2e3f8d2d0000000000000000000000000000abcd',
  ref: 'refs/pull/7/merge',
  event_name: 'pull_request',
  run: { id: '4242', attempt: '1', url: 'https://github.com/octo-org/sealed-app/actions/runs/4242' },
  classification: 'PRODUCT_DRIFT',
  findings,
  baseline: {
    manifest_sha256: 'ab'.repeat(32),
    ref: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
    runtime_baseline_sha256: null,
  },
  tests: summary,
  diff: ['TESTS_FAILED: tests/ledger.test.js > ledger > sums entries'],
  policy: null,
  frozen_by: null,
});
const links = {
  logUrl: 'https://github.com/octo-org/sealed-app/blob/driftgate-log/governance/GOVERNANCE_LOG.ndjson',
  runUrl: 'https://github.com/octo-org/sealed-app/actions/runs/4242',
  summaryUrl: 'https://github.com/octo-org/sealed-app/actions/runs/4242',
  chart: renderHistoryChart([
    { classification: 'STABLE' },
    { classification: 'STABLE' },
    { classification: 'TOOLING_DRIFT' },
    { classification: 'PRODUCT_DRIFT' },
  ]),
};

describe('rendered escalations (committed for review)', () => {
  it('the sticky PR comment and the escalation issue of a recorded PRODUCT_DRIFT', async () => {
    const comment = renderPrComment(event, true, links);
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    await expect(comment).toMatchFileSnapshot('../../__outputs__/pr-comment-product-drift.md');
    const issue = renderEscalationIssue(event, computeProblemKey(event), ['alice'], null, links);
    await expect(`# ${issue.title}\n\n${issue.body}\n`).toMatchFileSnapshot(
      '../../__outputs__/issue-product-drift.md',
    );
  });
});
