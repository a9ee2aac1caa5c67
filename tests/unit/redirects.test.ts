import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redirectProblems, redirectRoutes } from '../../src/lib/redirects.ts';

describe('redirects', () => {
  it('sends the neutral path and each language copy, with the base on the destination', () => {
    assert.deepEqual(redirectRoutes([{ from: 'reply/5yz/', to: 'reply/5xx/' }], ['ja', 'en'], '/help/smtp/'), {
      '/reply/5yz/': '/help/smtp/reply/5xx/',
      '/ja/reply/5yz/': '/help/smtp/ja/reply/5xx/',
      '/en/reply/5yz/': '/help/smtp/en/reply/5xx/',
    });
  });
  it('finds loops, chains and repeats', () => {
    assert.deepEqual(
      redirectProblems([
        { from: 'a/', to: 'a/' },
        { from: 'b/', to: 'c/' },
        { from: 'c/', to: 'd/' },
        { from: 'b/', to: 'd/' },
      ]),
      ['a/ redirects to itself', 'b/ is listed twice', 'a/ redirects to a/, which redirects again', 'b/ redirects to c/, which redirects again'],
    );
  });
});
