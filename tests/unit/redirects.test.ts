import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redirectPages, redirectProblems } from '../../src/lib/redirects.ts';

describe('redirects', () => {
  it('makes a page for the neutral path and each language copy', () => {
    assert.deepEqual(redirectPages([{ from: 'reply/5yz/', to: 'reply/5xx/' }], ['ja', 'en']), [
      { from: 'reply/5yz/', to: 'reply/5xx/', lang: undefined },
      { from: 'ja/reply/5yz/', to: 'ja/reply/5xx/', lang: 'ja' },
      { from: 'en/reply/5yz/', to: 'en/reply/5xx/', lang: 'en' },
    ]);
  });
  it('finds loops, chains and repeats', () => {
    assert.deepEqual(
      redirectProblems([
        { from: 'a/', to: 'a/' },
        { from: 'b/', to: 'c/' },
        { from: 'c/', to: 'd/' },
        { from: 'b/', to: 'd/' },
      ]),
      [
        'a/ redirects to itself',
        'b/ is listed twice',
        'a/ redirects to a/, which redirects again',
        'b/ redirects to c/, which redirects again',
      ],
    );
  });
});
