import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandMatcher, evaluatePolicy } from '../../../src/core/policy/evaluate.js';
import { parsePolicy, parsePolicyFile, type Policy } from '../../../src/core/policy/model.js';

const YAML = `
version: 1
defaultCommandBehavior: deny
commands:
  - pattern: "npm *"
    mode: allow
  - id: no-publish
    pattern: "npm publish*"
    mode: deny
    contexts:
      - when: { approvalState: approved, taskType: release }
        overrideMode: review
fileWrites:
  - pattern: "src/**"
    mode: allow
  - pattern: "governance/**"
    mode: deny
`;

describe('parsePolicy', () => {
  it('reads YAML and JSON with the SPEC defaults', () => {
    const p = parsePolicy(YAML, 'governance/policies/svc-a.yml');
    expect(p.defaultWriteBehavior).toBe('review');
    expect(p.commands).toHaveLength(2);
    expect(parsePolicy('{"version": "2"}', 'p.json')).toMatchObject({
      defaultCommandBehavior: 'review',
      commands: [],
      fileWrites: [],
    });
  });

  it('names the file, the place inside it and the bad value', () => {
    const bad = YAML.replace('mode: deny\n    contexts', 'mode: alow\n    contexts');
    expect(() => parsePolicy(bad, 'governance/policies/svc-a.yml')).toThrow(
      'governance/policies/svc-a.yml: commands[1].mode: expected allow|deny|review, got "alow"',
    );
    expect(
      parsePolicyFile('version: 1\ncommands:\n  - pattern: x\n    mode: allow\n    colour: red\n', 'a.yml')
        .notices,
    ).toEqual(['a.yml: commands[0]: unknown key "colour" (ignored)']);
    expect(() => parsePolicy('version: 1\ncommands: [\n', 'b.yml')).toThrow(/^b\.yml:\d+:\d+: invalid YAML/);
    expect(() => parsePolicy('{"version": 1,', 'c.json')).toThrow(/^c\.json: invalid JSON/);
  });
});

describe('evaluatePolicy', () => {
  const policy = parsePolicy(YAML, 'svc-a.yml');
  const run = (target: string, context = {}) =>
    evaluatePolicy(policy, { action: 'run-command', target, context });
  const write = (target: string) => evaluatePolicy(policy, { action: 'write-file', target, context: {} });

  it('lets the last matching rule decide, its first holding context override, else the default', () => {
    expect(run('npm test')).toEqual({ decision: 'allow', ruleId: 'commands:npm *', override: false });
    expect(run('npm publish --tag next')).toEqual({
      decision: 'deny',
      ruleId: 'no-publish',
      override: false,
    });
    expect(run('npm publish', { approvalState: 'approved', taskType: 'release' })).toEqual({
      decision: 'review',
      ruleId: 'no-publish',
      override: true,
    });
    expect(run('npm publish', { approvalState: 'approved' })).toMatchObject({
      decision: 'deny',
      override: false,
    });
    expect(run('rm -rf /')).toEqual({ decision: 'deny', ruleId: null, override: false });
    expect(write('src/a/b.ts')).toMatchObject({ decision: 'allow', ruleId: 'fileWrites:src/**' });
    expect(write('governance/x')).toMatchObject({ decision: 'deny' });
    expect(write('README.md')).toEqual({ decision: 'review', ruleId: null, override: false });
  });

  it('order decides: appending a rule that matches everything makes it decide every request', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('allow', 'deny', 'review') as fc.Arbitrary<'allow' | 'deny' | 'review'>,
        (target, mode) => {
          const widened: Policy = { ...policy, commands: [...policy.commands, { pattern: '*', mode }] };
          expect(evaluatePolicy(widened, { action: 'run-command', target, context: {} })).toEqual({
            decision: mode,
            ruleId: 'commands:*',
            override: false,
          });
        },
      ),
    );
  });

  it('reads command patterns literally but for *', () => {
    expect(commandMatcher('rm *')('rm -rf /tmp/x')).toBe(true);
    expect(commandMatcher('git push (force)')('git push (force)')).toBe(true);
    expect(commandMatcher('a.b')('axb')).toBe(false);
  });
});
