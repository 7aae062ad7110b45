import { describe, expect, it } from 'vitest';
import { computeEvent } from '../../../src/core/event.js';
import { computeProblemKey, renderHistory } from '../../../src/core/escalation.js';
import { MAX_COMMENT_CHARS, renderPrComment } from '../../../src/core/render/comment.js';
import {
  computeTitle,
  MAX_TITLE,
  renderEscalationIssue,
  renderIssueUpdate,
} from '../../../src/core/render/issue.js';
import { renderRunbook } from '../../../src/core/render/runbook.js';
import { computeClassificationRunbook } from '../../../src/core/runbook/classification-runbook.js';
import { classifyTests } from '../../../src/core/tests/classify-tests.js';
import { observationOf } from '../../helpers/fixtures.js';

const { findings, summary } = classifyTests(observationOf('vitest-mixed'));
const RUN = 'https://github.com/octo-org/sealed-app/actions/runs/';
const event = computeEvent({
  snapshot_id: null,
  timestamp: '2026-11-21T10:00:00.000Z',
  commit: '2e3f8d2d0000000000000000000000000000abcd',
  ref: 'refs/pull/7/merge',
  event_name: 'pull_request',
  run: { id: '4242', attempt: '1', url: `${RUN}4242` },
  classification: 'PRODUCT_DRIFT',
  findings,
  baseline: {
    manifest_sha256: 'ab'.repeat(32),
    ref: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
    runtime_baseline_sha256: null,
  },
  tests: summary,
  diff: findings
    .filter((f) => f.evidence.tests?.length)
    .map((f) => `${f.code}: ${f.evidence.tests!.join(', ')}`),
  policy: null,
  frozen_by: null,
});
const links = {
  logUrl: 'https://github.com/octo-org/sealed-app/blob/driftgate-log/governance/GOVERNANCE_LOG.ndjson',
  runUrl: `${RUN}4242`,
  summaryUrl: null,
  pullRequest: 7,
  history: renderHistory(
    'refs/pull/7/merge',
    [
      { classification: 'STABLE', timestamp: '2026-11-20T09:12:00.000Z', run_url: `${RUN}4239` },
      { classification: 'TOOLING_DRIFT', timestamp: '2026-11-20T15:40:00.000Z', run_url: `${RUN}4240` },
      { classification: 'STABLE', timestamp: '2026-11-21T08:03:00.000Z', run_url: `${RUN}4241` },
    ],
    { classification: 'PRODUCT_DRIFT', timestamp: event.timestamp },
  ),
};

/** The runbooks as the gate passes them: the classification's, rendered once. */
const policyOf = (e: typeof event) => ({
  scores: '',
  runbooks: renderRunbook(
    computeClassificationRunbook(e.classification, {
      head: e.commit,
      base: e.baseline.ref,
      manifest: 'BASELINE_REF.sha256',
      logBranch: 'driftgate-log',
    }),
    3,
  ),
  triggered: [],
});

describe('rendered escalations (committed for review)', () => {
  it('the sticky PR comment and the escalation issue of a recorded PRODUCT_DRIFT', async () => {
    const comment = renderPrComment(event, true, links, policyOf(event));
    expect(comment).toContain('<details><summary>Runbooks</summary>');
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(comment.split('\n')[1]).toMatch(/^### 🟠 driftgate: PRODUCT_DRIFT — the check \*\*fails\*\*: /);
    // The evidence: the assertion message of the failing test.
    expect(comment).toContain('AssertionError: expected 350 to be 351');
    expect(comment).toContain(`[workflow run](${RUN}4242)`);
    expect(comment).not.toContain('[job summary]');
    await expect(comment).toMatchFileSnapshot('../../__outputs__/pr-comment-product-drift.md');
    expect(comment).toContain('a pull request is not frozen by a PRODUCT_DRIFT');
    // A PRODUCT_DRIFT escalates from a governed ref: here, a push to main.
    const main = computeEvent({ ...event, ref: 'refs/heads/main', event_name: 'push' });
    const issue = renderEscalationIssue(
      main,
      computeProblemKey(main),
      ['alice'],
      null,
      { ...links, pullRequest: null },
      policyOf(main),
    );
    expect(issue.body).toContain('branch [main](https://github.com/octo-org/sealed-app/tree/main)');
    expect(issue.body).toContain(`/driftgate accept ${main.event_id}` + '` followed by the reason');
    expect(issue.body).toContain('AssertionError: expected 350 to be 351');
    // One list of tests: under the finding, not again as a diff line.
    expect(issue.body.match(/sums entries/g)).toHaveLength(1);
    await expect(`# ${issue.title}\n\n${issue.body}\n`).toMatchFileSnapshot(
      '../../__outputs__/issue-product-drift.md',
    );
  });

  it('links a push run to its branch and says a TOOLING_DRIFT passes', () => {
    const tooling = classifyTests(observationOf('vitest-config-error'));
    const push = computeEvent({
      ...event,
      ref: 'refs/heads/release/1.x',
      event_name: 'push',
      classification: 'TOOLING_DRIFT',
      findings: tooling.findings,
      tests: tooling.summary,
      diff: [],
    });
    const issue = renderEscalationIssue(push, computeProblemKey(push), [], null, {
      ...links,
      pullRequest: null,
    });
    expect(issue.body).toContain(
      'branch [release/1&#46;x](https://github.com/octo-org/sealed-app/tree/release/1.x)',
    );
    expect(issue.body).toMatch(/TOOLING_DRIFT — the check passes with warnings/);
  });
});

describe('renderIssueUpdate', () => {
  it('starts with the verdict, then says it is the same problem again, where', () => {
    const lines = renderIssueUpdate(event, links).split('\n');
    expect(lines[0]).toMatch(/^🟠 driftgate: PRODUCT_DRIFT — the check \*\*fails\*\*: /);
    expect(lines[2]).toBe(
      `The same problem again, in \`${event.event_id}\` on [pull request #7](https://github.com/octo-org/sealed-app/pull/7).`,
    );
  });
});

describe('computeTitle', () => {
  it('ends on a word, never inside one, and keeps short titles whole', () => {
    const long = `driftgate PRODUCT_DRIFT: 3 test(s) failed: ${'tests/price.test.mjs › pricing › applies defaults (PASS in the baseline), '.repeat(3)}`;
    const t = computeTitle(long);
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(t.endsWith('…')).toBe(true);
    const kept = t.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toMatch(/[\s,:;·(›>-]/);
    expect(computeTitle('driftgate STABLE: fine')).toBe('driftgate STABLE: fine');
  });
});
