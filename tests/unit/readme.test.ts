import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FAILURE_STATUS_CODE, REPLY_CODE } from '../../src/lib/code-formats.ts';

/** The README's `linkCodes` example: a ticket tool copies it, so it must read codes as the site writes them. */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const source = /text\.replace\((\/.+\/g), \(line, reply, status\)/.exec(readme)?.[1];

describe('README linkCodes example', () => {
  it('is in the README', () => assert.ok(source, 'the linkCodes regex was not found in README.md'));
  const pattern = new Function(`return ${source}`)() as RegExp;
  const match = (text: string) => [...text.matchAll(pattern)].map((m) => [m[1], m[2]]);
  it('finds every reply + failure status pair the code formats allow, provider codes included', () => {
    for (const [reply, status] of [
      ['550', '5.1.1'],
      ['451', '4.7.500'],
      ['550', '5.7.606'],
      ['550', '5.1.10'],
    ] as const) {
      assert.ok(REPLY_CODE.test(reply) && FAILURE_STATUS_CODE.test(status));
      assert.deepEqual(match(`Bounce: ${reply} ${status} text`), [[reply, status]]);
      assert.deepEqual(match(`${reply}-${status} text`), [[reply, status]]);
    }
  });
  it('leaves what is not a failure pair alone', () => {
    assert.deepEqual(match('250 2.0.0 Ok, version 5.1.1, IP 192.0.2.1'), []);
  });
});
