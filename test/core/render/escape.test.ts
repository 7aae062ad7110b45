import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/core/render/escape.js';

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
