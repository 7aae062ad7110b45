import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every rendered output committed for review is text a user reads: it names no placeholder to
 * fill in, no section of the specification, and no channel driftgate does not use (it escalates
 * by issue, pull request comment and commit status only).
 */
const OUTPUTS = new URL('__outputs__/', import.meta.url).pathname;

const RULES: Array<{ what: string; re: RegExp }> = [
  { what: 'placeholder', re: /\b(EVENT_ID|SNAPSHOT_ID|LOGIN|USERNAME|YOUR_[A-Z_]+|TODO|FIXME|TBD)\b/ },
  {
    what: 'placeholder',
    re: /<(event[-_ ]?id|snapshot[-_ ]?id|login|user|reason|sha|ref|file|path|rule|line|n)>/i,
  },
  { what: 'placeholder', re: /\b(RTE|SNP)_…/ },
  { what: 'placeholder', re: /accept\|investigate\|rollback/ },
  { what: 'placeholder', re: /`\/driftgate [^`]*\breason`/ },
  { what: 'spec section', re: /§|\bSPEC\b/ },
  { what: 'unused channel', re: /\bslack\b|\be-?mail\b|\bphone\b|téléphone/i },
];

/** Each offending line of a text: `line N: what: the line`. */
function offendingLines(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const r of RULES)
      if (r.re.test(line)) out.push(`line ${i + 1}: ${r.what}: ${line.trim().slice(0, 160)}`);
  });
  return out;
}

describe('committed rendered outputs speak of the product', () => {
  it('the checks catch what they are for', () => {
    expect(offendingLines('driftgate decide accept EVENT_ID --by LOGIN')).toHaveLength(1);
    expect(offendingLines('see SPEC §2')).toHaveLength(1);
    expect(offendingLines('escalate by Slack + e-mail\ncall by phone')).toHaveLength(2);
    expect(offendingLines('comment `/driftgate accept|investigate|rollback RTE_1 reason`')).toHaveLength(2);
    expect(offendingLines('/driftgate accept RTE_20261121_100000_27c37f33 the change is intended')).toEqual(
      [],
    );
  });

  const files = readdirSync(OUTPUTS).sort();
  it('there are outputs to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('%s holds no placeholder, spec section number or unused channel', (file) => {
    expect(offendingLines(readFileSync(join(OUTPUTS, file), 'utf8'))).toEqual([]);
  });
});
