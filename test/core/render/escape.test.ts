import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, escapeProse, fence } from '../../../src/core/render/escape.js';

describe('escapeMarkdown', () => {
  it('neutralizes tags, mentions, table pipes, links and line breaks', () => {
    const out = escapeMarkdown('</details><img src=x onerror=alert(1)> @octocat | [x](http://e.vil)\n# h');
    expect(out).not.toMatch(/[<>|[\]()\n]/);
    expect(out).not.toMatch(/(?<!&)#/);
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).toContain('&#60;/details&#62;');
  });

  it('never lets an untrusted string produce markup characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[<>|`*_[\]\r\n]/);
        expect(out).not.toMatch(/@(?!&#8203;)/);
      }),
    );
  });
});

describe('escapeProse, fence and codeBlock (runbooks)', () => {
  const HOSTILE = '</details><img src=x onerror=alert(1)> @octocat `x` [a](b)';
  it('prose cannot open a tag, a code span, a link or a mention', () => {
    const out = escapeProse(HOSTILE);
    expect(out).not.toMatch(/[<>`[\]]/);
    expect(out).not.toContain('@octocat');
  });
  it('a fence is longer than any backtick run in its lines', () => {
    expect(fence(['a ```` b'], 'sh')).toEqual(['`````sh', 'a ```` b', '`````']);
  });
  it('commands with tag characters go into <pre> with entities; plain ones into a fence', () => {
    expect(codeBlock(['git diff a..b -- x.yml'], '  ')).toEqual([
      '  ```sh',
      '  git diff a..b -- x.yml',
      '  ```',
    ]);
    const html = codeBlock([`driftgate policy replay --rule '${HOSTILE}'`]).join('\n');
    expect(html).toMatch(/^<pre><code>driftgate policy replay --rule '&#60;\/details&#62;&#60;img/);
    expect(html.replace(/^<pre><code>|<\/code><\/pre>$/g, '')).not.toMatch(/[<>]/);
  });
});
