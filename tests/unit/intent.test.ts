import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareIntents, searchIntents, tokens, type Intent } from '../../src/lib/intent.ts';

const page = (path: string, titles: string[], keywords: string[], prior = 1): Intent => ({
  path,
  title: titles[0] ?? path,
  titles,
  keywords,
  prior,
});

const index = prepareIntents([
  page(
    'reasons/mailbox-full/',
    ["The recipient's mailbox is full", '受信者のメールボックスがいっぱい'],
    ['mailbox full quota exceeded', '容量オーバー', '容量制限'],
    1.2,
  ),
  page(
    'reasons/rate-limited/',
    ['Too much mail at once', '送信数の制限'],
    ['sending limit exceeded', 'too many recipients', '宛先が多すぎる'],
    1.2,
  ),
  page('codes/452-4.5.3/too-many-commands/', ['Too many commands in one session', 'コマンドが多すぎる'], ['too many commands']),
  page('reply/4xx/', ['Temporary failure', '一時的なエラー'], ['temporary error soft bounce'], 1.1),
  page('status/5.1.1/', ['Bad destination mailbox address', '宛先のメールボックスのアドレスが不正'], ['user unknown']),
]);

const first = (q: string) => searchIntents(q, index)[0]?.intent.path;

describe('tokens', () => {
  it('stems English words and drops stop words', () => {
    assert.deepEqual(tokens('The mailboxes are full'), ['mailbox', 'full']);
  });
  it('cuts Japanese into overlapping pairs', () => {
    assert.deepEqual(tokens('容量オーバー'), ['容量', '量オ', 'オー', 'ーバ', 'バー']);
  });
});

describe('searchIntents', () => {
  it('finds the page whose keywords hold the query', () => {
    assert.equal(first('mailbox full'), 'reasons/mailbox-full/');
    assert.equal(first('容量オーバー'), 'reasons/mailbox-full/');
    assert.equal(first('sending limit exceeded'), 'reasons/rate-limited/');
  });
  it('prefers the page that holds the whole phrase', () => {
    assert.equal(first('宛先が多すぎる'), 'reasons/rate-limited/');
    assert.equal(first('too many commands'), 'codes/452-4.5.3/too-many-commands/');
  });
  it('finds a digit explainer for a general question', () => {
    assert.equal(first('一時的なエラー'), 'reply/4xx/');
  });
  it('offers nothing when most of the query matches no page', () => {
    assert.equal(first('banana smoothie recipe'), undefined);
    assert.equal(first(''), undefined);
  });
});
