import assert from 'node:assert/strict';
import { describe as suite, it } from 'node:test';
import { describe } from '../../src/lib/text.ts';
import { splitCode } from '../../src/lib/rich-text.ts';

suite('describe', () => {
  it('keeps short text and drops backticks', () => {
    assert.equal(describe('Use `RCPT TO`.'), 'Use RCPT TO.');
  });
  it('keeps whole sentences within the limit', () => {
    assert.equal(describe('One two. Three four five six.', 12), 'One two.');
    assert.equal(describe('Ok. Then a much longer second sentence follows.', 30), 'Ok. Then a much longer…');
    assert.equal(describe('最初の文です。次の文はとても長くなります。', 10), '最初の文です。');
  });
  it('cuts one long sentence at a word', () => {
    assert.equal(describe('alpha beta gamma delta epsilon', 18), 'alpha beta gamma…');
  });
});

suite('splitCode', () => {
  it('splits code marks and keeps unmatched backticks', () => {
    assert.deepEqual(splitCode('a `b` c `d'), [
      { code: false, text: 'a ' },
      { code: true, text: 'b' },
      { code: false, text: ' c `d' },
    ]);
  });
});
