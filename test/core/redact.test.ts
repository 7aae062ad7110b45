import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/core/redact.js';

describe('redactSecrets', () => {
  it('removes the usual token shapes, masked values and given secrets', () => {
    const text = [
      'token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB leaked',
      'pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEF',
      '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789',
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
      'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig"',
      '::add-mask::hunter2-secret',
      'the db password is hunter2-secret',
      'and the log key is my-log-key',
    ].join('\n');
    const out = redactSecrets(text, ['my-log-key']);
    for (const secret of [
      'ghp_0123',
      'github_pat_11',
      'npm_abcdef',
      'AKIAIOSFODNN7EXAMPLE',
      'wJalrXUtnFEMI',
      'eyJhbGci',
      'hunter2-secret',
      'my-log-key',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('AWS_SECRET_ACCESS_KEY=***');
    expect(out).toContain('Bearer ***');
  });

  it('leaves ordinary output alone', () => {
    const text =
      ' Tests  1 failed | 4 passed (5)\nAssertionError: expected 350 to be 351\nsha 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea';
    expect(redactSecrets(text)).toBe(text);
  });
});
