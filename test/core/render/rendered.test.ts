import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { computeEvent } from '../../../src/core/event.js';
import { computeProblemKey } from '../../../src/core/escalation.js';
import { MAX_COMMENT_CHARS, renderPrComment } from '../../../src/core/render/comment.js';
import { MAX_TITLE, renderEscalationIssue } from '../../../src/core/render/issue.js';
import { renderSummary } from '../../../src/core/render/summary.js';
import { classifyTests } from '../../../src/core/tests/classify-tests.js';
import { parseReport } from '../../../src/core/tests/parse-report.js';
import { tempDir } from '../../helpers/tmp.js';

/** GitHub renders allowed raw HTML (details, sub) and autolinks URLs. */
const md = new MarkdownIt({ html: true, linkify: true });
const OUTPUTS = new URL('../../__outputs__/', import.meta.url).pathname;
const rendered = readdirSync(OUTPUTS)
  .filter((f) => /^(summary|pr-comment|issue)-.*\.md$/.test(f))
  .sort();

/** What a reader sees: the HTML's text with its entities decoded once, as a browser does. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|lt|gt|amp|quot|apos|nbsp);/gi, (_, e: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };
      if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return named[e.toLowerCase()]!;
    });
}

/** The part of a rendering outside the runbooks, which another module words. */
const withoutRunbooks = (s: string): string =>
  s.replace(/<details[^>]*><summary>Runbooks[\s\S]*?<\/details>/g, '');

describe('the committed outputs, rendered as GitHub would', () => {
  it('finds the outputs to check', () => {
    expect(rendered).toEqual(expect.arrayContaining(['summary-stable.md', 'pr-comment-product-drift.md']));
    expect(rendered.filter((f) => f.startsWith('issue-')).length).toBeGreaterThan(0);
  });

  it.each(rendered)('%s: no entity shown as typed, no empty header row, links that are links', (file) => {
    const source = readFileSync(join(OUTPUTS, file), 'utf8');
    const html = md.render(source);
    const text = textOf(html);
    expect(text).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
    expect(html).not.toMatch(/<thead>\s*<tr>\s*(<th>\s*<\/th>\s*)+<\/tr>/);
    expect(source).not.toContain('github&#46;com');
    // Every trusted URL is a link: the run always, the pull request or branch in issues.
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.some((h) => /\/actions\/runs\/\d+$/.test(h))).toBe(true);
    if (file.startsWith('issue-')) expect(hrefs.some((h) => /\/(pull\/\d+|tree\/.+)$/.test(h))).toBe(true);
    // No two links with different names to the same place.
    const named = new Map<string, Set<string>>();
    for (const m of html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)) {
      named.set(m[1]!, (named.get(m[1]!) ?? new Set()).add(m[2]!));
    }
    for (const [, names] of named) expect(names.size).toBeLessThanOrEqual(1);
    // The first line says the verdict and what it means for the job.
    const first = source
      .split('\n')
      .find((l) => l.trim() !== '' && !l.startsWith('<!--') && !l.startsWith('# '))!;
    expect(first).toMatch(
      /driftgate: (STABLE|TOOLING_DRIFT|PRODUCT_DRIFT|INCIDENT).* — the (job|check) (\*\*fails\*\*|passes).*: \w+/,
    );
    // No channel driftgate does not use, no section numbers of its specification.
    expect(textOf(withoutRunbooks(html))).not.toMatch(
      /Slack|e-mail|phone|SPEC §|Phase D|Total stop|Stop observation/,
    );
    // No raw log line.
    expect(source).not.toMatch(/\{"(classification|seq|event_id)"/);
  });

  it('a STABLE summary fits on one screen', () => {
    const lines = readFileSync(join(OUTPUTS, 'summary-stable.md'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines.length).toBeLessThanOrEqual(40);
  });
});

describe("node:test's JUnit report, quotes escaped twice by the runner", () => {
  it('reaches the summary, the comment and the issue with its quotes shown once', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'quote.test.mjs'),
      [
        "import test from 'node:test';",
        "import assert from 'node:assert';",
        "test('says \"hi\" to <b>you</b> & me', () => { assert.strictEqual('a \"quoted\" word', 'b'); });",
        '',
      ].join('\n'),
    );
    const run = spawnSync(
      process.execPath,
      ['--test', '--test-reporter=junit', '--test-reporter-destination=junit.xml', 'quote.test.mjs'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    const report = parseReport('junit.xml', readFileSync(join(dir, 'junit.xml')), dir);
    const { findings, summary } = classifyTests({
      command: 'node --test',
      exitCode: 1,
      signal: null,
      timedOut: false,
      console: '',
      reportPatterns: ['junit.xml'],
      unmatchedPatterns: [],
      readings: [report],
      staleReports: [],
      baseline: null,
      outputs: null,
    });
    const event = computeEvent({
      snapshot_id: null,
      timestamp: '2026-11-21T10:00:00.000Z',
      commit: 'c'.repeat(40),
      ref: 'refs/heads/main',
      event_name: 'push',
      run: { id: '1', attempt: '1', url: 'https://github.com/o/r/actions/runs/1' },
      classification: 'PRODUCT_DRIFT',
      findings,
      baseline: { manifest_sha256: null, ref: null, runtime_baseline_sha256: null },
      tests: summary,
      diff: [],
      policy: null,
      frozen_by: null,
    });
    const links = { logUrl: null, runUrl: event.run.url, summaryUrl: null };
    const summaryMd = renderSummary({
      event,
      fails: true,
      reportPath: null,
      seal: { manifest: 'BASELINE_REF.sha256', entries: 0, ok: 0, authoritative: 'none' },
    });
    const comment = renderPrComment(event, true, links);
    const issue = renderEscalationIssue(event, computeProblemKey(event), [], null, links);
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(issue.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(issue.title).toContain('says "hi" to ‹b›you‹/b› & me');
    for (const page of [summaryMd, comment, issue.body]) {
      const html = md.render(page);
      expect(html).not.toContain('<b>you');
      const text = textOf(html);
      expect(text).toContain('says "hi" to <b>you</b> & me');
      expect(text).toContain('Expected values to be strictly equal');
      expect(text).not.toMatch(/&(quot|amp|lt|gt|#\d+);/);
    }
  });
});
