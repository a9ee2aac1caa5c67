import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeIndex, IndexEntry } from '../../src/lib/code-index.ts';
import { matchMessage, resolveFinding, resolveQuery } from '../../src/lib/resolve.ts';
import { fallbackQueries, fullTextWords } from '../../src/lib/search-query.ts';

const entry = (code: number, status: string, message: string, path: string, aliases: string[] = []): IndexEntry => ({
  code,
  status,
  message,
  aliases,
  vary: [],
  provider: 'line-works',
  reason: 'address-unknown',
  actors: ['sender'],
  retry: 'after-fix',
  path,
  title: `title of ${message}`,
  fix: `fix for ${message}`,
  severity: code >= 500 ? 'permanent' : 'temporary',
});

const index: CodeIndex = {
  providers: {},
  reasons: {},
  entries: [
    entry(550, '5.1.1', 'No such user', 'codes/550-5.1.1/'),
    entry(550, '5.7.1', 'Sender rejected because SPF check failed', 'codes/550-5.7.1/spf-check-failed/'),
    entry(550, '5.7.1', 'IP Blocked by Administrator', 'codes/550-5.7.1/ip-blocked-by-administrator/'),
    entry(421, '4.4.1', 'Sorry, I wasn’t able to establish an SMTP connection', 'codes/421-4.4.1/', [
      "Sorry, I wasn't able to establish an SMTP connection",
    ]),
    entry(452, '4.5.3', 'Too many recipients', 'codes/452-4.5.3/too-many-recipients/'),
    entry(452, '4.5.3', 'Too many commands', 'codes/452-4.5.3/too-many-commands/'),
  ],
  reply: { 550: { title: 'Mailbox unavailable', meaning: 'not taken' }, 530: { title: 'Authentication required', meaning: 'log in' } },
  status: {
    'X.1.1': { title: 'Bad destination mailbox address', temporary: 'wait', permanent: 'fix the address' },
    'X.7.1': { title: 'Delivery not authorized', temporary: 'wait', permanent: 'ask' },
    'X.5.3': { title: 'Too many recipients', temporary: 'split', permanent: 'split' },
  },
  digits: {
    replyFirst: { 4: 'Transient negative', 5: 'Permanent negative' },
    replySecond: { 0: 'Syntax', 5: 'Mail system' },
    statusClass: { 4: 'Persistent transient failure', 5: 'Permanent failure' },
    statusSubject: { 1: 'Addressing', 7: 'Security or policy' },
  },
};

const best = (q: string) => resolveQuery(q, index).map((c) => `${c.kind} ${c.path}`);

describe('resolveQuery', () => {
  it('sends a bare catalog code to its page', () => {
    assert.deepEqual(best('550 5.1.1'), ['entry codes/550-5.1.1/']);
    assert.deepEqual(best('5.1.1'), ['status status/5.1.1/']);
  });
  it('sends a known message to its entry, ignoring IDs after it', () => {
    assert.deepEqual(best('550 5.1.1 No such user yQIGnbTrmLrqb282aVrA – nsmtp'), ['entry codes/550-5.1.1/']);
    assert.deepEqual(best('550 5.7.1 IP blocked by administrator [192.0.2.1]'), ['entry codes/550-5.7.1/ip-blocked-by-administrator/']);
    assert.deepEqual(best("421 4.4.1 Sorry, I wasn't able to establish an SMTP connection"), ['entry codes/421-4.4.1/']);
  });
  it('sends a pair with several messages and no message to the pair page', () => {
    assert.deepEqual(best('550 5.7.1'), ['pair codes/550-5.7.1/']);
  });
  it('sends an unknown message to the status page, offering the catalog messages', () => {
    const [card] = resolveQuery('550 5.7.1 Relaying denied', index);
    assert.equal(card?.kind, 'status');
    assert.equal(card?.path, 'status/5.7.1/');
    assert.equal(card?.line, 'ask');
    assert.equal(card?.related.length, 2);
  });
  it('explains an unregistered code by its digits', () => {
    const [card] = resolveQuery('550 5.7.515 Access denied', index);
    assert.equal(card?.kind, 'unknown-status');
    assert.equal(card?.path, 'status/x.7.x/');
    assert.equal(card?.title, 'Permanent failure · Security or policy');
    assert.deepEqual(
      card?.digits.map((d) => [d.digit, d.name, d.path]),
      [
        ['5', 'Permanent failure', 'status/5.x.x/'],
        ['7', 'Security or policy', 'status/x.7.x/'],
        ['550', 'Mailbox unavailable', 'reply/550/'],
      ],
    );
  });
  it('explains a non-standard reply code by its digits', () => {
    const [card] = resolveQuery('554 delivery error', { ...index, reply: {} });
    assert.equal(card?.kind, 'unknown-reply');
    assert.equal(card?.path, 'reply/x5x/');
  });
  it('finds a catalog message typed without a code', () => {
    assert.deepEqual(best('too many recipients'), ['entry codes/452-4.5.3/too-many-recipients/']);
    assert.deepEqual(best('SPF'), []);
  });
});

describe('matchMessage', () => {
  it('prefers the longest matching message', () => {
    const entries = [entry(550, '5.1.1', 'No such user', 'a/'), entry(550, '5.1.1', 'No such user here', 'b/')];
    assert.equal(matchMessage(entries, 'No such user here, sorry')?.path, 'b/');
  });
});

describe('full-text words', () => {
  it('drops codes, IDs, addresses and host names', () => {
    assert.deepEqual(fullTextWords('550 5.1.1 No such user yQIGnbTrmLrqb282aVrA – nsmtp'), ['No', 'such', 'user', 'nsmtp']);
    assert.deepEqual(fullTextWords('Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>: mx.example.com said'), ['smtp', 'said']);
    assert.deepEqual(fullTextWords('容量 制限'), ['容量', '制限']);
    assert.deepEqual(fullTextWords('<script>alert(1)</script>'), ['script', 'alert', 'script']);
  });
  it('caps what goes to full-text search', () => {
    assert.equal(fullTextWords('word '.repeat(100_000)).length, 8);
  });
  it('offers smaller queries: longest words and Japanese stems', () => {
    assert.deepEqual(fallbackQueries(['存在しません']), ['存在']);
    assert.deepEqual(fallbackQueries(['mail', 'rejected', 'policy', 'a']), ['rejected', 'policy', 'mail']);
  });
});

describe('resolveFinding and the remote host', () => {
  const withProviders: CodeIndex = {
    ...index,
    providers: {
      gmail: { name: 'Gmail', hosts: ['google.com'], tags: ['gsmtp'], path: 'providers/gmail/' },
      'line-works': { name: 'LINE WORKS', hosts: ['worksmobile.com'], tags: [], path: 'providers/line-works/' },
    },
  };
  const finding = { reply: '550', status: '5.1.1', message: 'No such user' };
  it('opens the message when the host is its system’s or nobody’s', () => {
    assert.equal(resolveFinding(finding, withProviders, { remoteHost: 'mx1.worksmobile.com' }).kind, 'entry');
    assert.equal(resolveFinding(finding, withProviders, { remoteHost: 'mail.corp.example.com' }).kind, 'entry');
  });
  it('never opens another system’s message for a host a known system owns', () => {
    assert.notEqual(resolveFinding(finding, withProviders, { remoteHost: 'gmail-smtp-in.l.google.com' }).kind, 'entry');
  });
});
