import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/fixtures.js';
import { renderCaseTable, renderCorpusTables, scoreCorpus } from '../../helpers/corpus.js';

const scored = scoreCorpus();

describe('the recorded runner corpus, scored', () => {
  it('holds at least 120 cases over at least 7 runners', () => {
    expect(scored.length).toBeGreaterThanOrEqual(120);
    const runners = new Set(scored.map((c) => c.runner).filter((r) => !['npm', 'shell', 'node'].includes(r)));
    expect(runners.size).toBeGreaterThanOrEqual(7);
  });

  it('prints accuracy per runner and per family, and is right on every case', () => {
    const table = renderCorpusTables(scored);
    console.log(table);
    const wrong = scored
      .filter((c) => !c.right)
      .map(
        (c) =>
          `${c.name}: labelled ${c.expected}, got ${c.got} — ${c.findings.map((f) => `${f.code} ${f.classification}: ${f.message}`).join(' / ')}`,
      );
    expect(wrong).toEqual([]);
  });

  it('quotes a cause line, never a bare header, in every finding that blames a run', () => {
    const headers = /: (?:● Test suite failed to run|Test suite failed to run|● [\w ]+:|FAIL .*|⎯+.*)$/;
    for (const c of scored)
      for (const f of c.findings) expect(f.message, `${c.name}: ${f.message}`).not.toMatch(headers);
  });

  it('is labelled in test/fixtures/tests/README.md, and its tables are in the README', () => {
    expect(readFileSync(join(FIXTURES, 'README.md'), 'utf8')).toBe(renderCaseTable());
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(renderCorpusTables(scored));
  });
});
