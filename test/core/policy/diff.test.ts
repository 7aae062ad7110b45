import { describe, expect, it } from 'vitest';
import { computeRuleDiff } from '../../../src/core/policy/diff.js';
import { parsePolicy } from '../../../src/core/policy/model.js';

const base = parsePolicy(
  `version: 1
defaultCommandBehavior: review
commands:
  - id: rm
    pattern: "rm -rf *"
    mode: deny
    description: never delete trees
  - pattern: "npm test"
    mode: allow
fileWrites:
  - id: src
    pattern: "src/app/**"
    mode: allow
`,
  'base.yml',
);
const changed = (yaml: string) =>
  computeRuleDiff(base, parsePolicy(yaml, 'head.yml')).map((c) => [c.kind, c.id, c.change, c.direction]);

describe('computeRuleDiff', () => {
  it('finds nothing in a wording-only change', () => {
    const wording = `version: 1
defaultCommandBehavior: review
commands:
  - id: rm
    pattern: "rm -rf *"
    mode: deny
    description: deleting whole trees is forbidden
  - pattern: "npm test"
    mode: allow
fileWrites:
  - id: src
    pattern: "src/app/**"
    mode: allow
`;
    expect(changed(wording)).toEqual([]);
  });

  it('names flips, added and removed rules, and scope changes with their direction', () => {
    const head = `version: 1
defaultCommandBehavior: review
commands:
  - id: rm
    pattern: "rm -rf *"
    mode: allow
  - pattern: "curl *"
    mode: allow
fileWrites:
  - id: src
    pattern: "src/**"
    mode: allow
`;
    expect(changed(head)).toEqual([
      ['commands', 'rm', 'flipped', 'loosened'],
      ['commands', 'commands:curl *', 'added', 'loosened'],
      ['commands', 'commands:npm test', 'removed', 'tightened'],
      ['fileWrites', 'src', 'widened', 'loosened'],
    ]);
  });

  it('names a changed priority, a changed session rule and ignores window and settings', () => {
    const head = `version: 1
defaultCommandBehavior: review
window: { lastReviewedAt: "2026-11-01", reviewedBy: carol }
settings: { cacheDecisions: false }
sessions:
  - pattern: "ci-*"
    mode: allow
commands:
  - id: rm
    pattern: "rm -rf *"
    mode: deny
    priority: 3
  - pattern: "npm test"
    mode: allow
fileWrites:
  - id: src
    pattern: "src/app/**"
    mode: allow
`;
    expect(changed(head)).toEqual([
      ['commands', 'rm', 'reprioritized', 'neutral'],
      ['sessions', 'sessions:ci-*', 'added', 'loosened'],
    ]);
  });
});
