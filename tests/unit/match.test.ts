import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignWords, bestMatch, comparable, coreWords, fixedParts, matchLength } from '../../src/lib/match.ts';

const timedOut = {
  message: 'connect to mx.example.com[192.0.2.25]:25: Connection timed out',
  aliases: [],
  vary: ['mx.example.com', '192.0.2.25'],
};
const userUnknown = {
  message: '<user@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  aliases: [],
  vary: ['user@example.com'],
};
const refused = {
  message: 'connect to mx.example.com[192.0.2.25]:25: Connection refused',
  aliases: [],
  vary: ['mx.example.com', '192.0.2.25'],
};

describe('comparable', () => {
  it('keeps letters and digits of every script, lower-cased', () => {
    assert.equal(comparable('User unknown; <A@B.example>'), 'user unknown a b example');
    assert.equal(comparable('宛先が見つかりません。'), '宛先が見つかりません');
  });
});

describe('fixedParts', () => {
  it('splits a message around its variable parts', () => {
    assert.deepEqual(fixedParts(timedOut.message, timedOut.vary), ['connect to', '25 connection timed out']);
  });
  it('keeps a message without variable parts whole', () => {
    assert.deepEqual(fixedParts('No such user', []), ['no such user']);
  });
});

describe('matchLength', () => {
  it('needs every part, in order', () => {
    assert.ok(matchLength('a b c d', ['a b', 'c d']) > 0);
    assert.equal(matchLength('c d a b', ['a b', 'c d']), 0);
    assert.equal(matchLength('a b', ['a b', 'c d']), 0);
  });
  it('needs enough fixed text', () => {
    assert.equal(matchLength('to 25', ['to', '25']), 0);
  });
});

describe('bestMatch', () => {
  const all = [timedOut, userUnknown, refused];
  it('matches whatever the variable parts hold', () => {
    assert.equal(bestMatch(all, 'connect to mail.example.net[198.51.100.7]:25: Connection timed out'), timedOut);
    assert.equal(
      bestMatch(
        all,
        'host mx.example.org said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
      ),
      userUnknown,
    );
  });
  it('tells apart messages that share their variable parts', () => {
    assert.equal(bestMatch(all, 'connect to mx.example.net[203.0.113.5]:25: Connection refused'), refused);
  });
  it('matches nothing when a fixed word differs', () => {
    assert.equal(bestMatch(all, 'connect to mx.example.net[203.0.113.5]:25: No route to host'), undefined);
    assert.equal(bestMatch(all, 'Too many concurrent SMTP connections from this IP address'), undefined);
  });
  it('finds a long typed fragment of a message', () => {
    assert.equal(bestMatch(all, 'rejected: User unknown in virtual mailbox'), userUnknown);
  });
});

describe('bestMatch, loosely', () => {
  const noSuchUser = {
    message:
      "The email account that you tried to reach does not exist. Please double-check the recipient's email address for typos or unnecessary spaces. For more information, go to Fix bounced or rejected emails.",
    aliases: [],
    vary: [],
  };
  const inactive = {
    message:
      'The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser',
    aliases: [],
    vary: [],
  };
  const ipReputation = {
    message:
      'This message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked.',
    aliases: [],
    vary: [],
  };
  const domainReputation = {
    message:
      'This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.',
    aliases: [],
    vary: [],
  };
  it('matches a reply whose link and wording differ a little from the published text', () => {
    const reply =
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2a-gsmtp";
    assert.equal(bestMatch([noSuchUser, inactive], reply), noSuchUser);
  });
  it('names no message when two fit about equally', () => {
    const reply =
      'This message is likely suspicious due to the very low reputation of the sending network. To best protect our users from spam, the message has been blocked.';
    assert.equal(bestMatch([ipReputation, domainReputation], reply), undefined);
  });
  it('still tells apart the two when the paste names one', () => {
    assert.equal(bestMatch([ipReputation, domainReputation], `${domainReputation.message} abc123 - gsmtp`), domainReputation);
  });
});

describe('bestMatch never names a different message', () => {
  const mailboxTable = {
    message: '<user@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    aliases: [],
    vary: ['user@example.com'],
  };
  const localTable = {
    message: '<user@example.com>: Recipient address rejected: User unknown in local recipient table',
    aliases: [],
    vary: ['user@example.com'],
  };
  it('rejects a paste whose content word differs', () => {
    assert.equal(
      bestMatch([mailboxTable, localTable], '<bob@example.org>: Recipient address rejected: User unknown in virtual alias table'),
      undefined,
    );
  });
  it('aligns words and reports which the paste holds', () => {
    const { words, held } = alignWords(['a', 'bb', 'x', 'cc'], ['a', 'bb', 'cc', 'dd']);
    assert.equal(words, 3);
    assert.deepEqual(held, [true, true, true, false]);
  });
});

describe('bestMatch: a short message does not claim a longer reply', () => {
  const sendmail = { message: '<user@example.com>... User unknown', aliases: [], vary: ['user@example.com'] };
  const lineWorks = { message: 'No such user', aliases: [], vary: [] };
  it('needs to cover what the reply says, addresses and IDs aside', () => {
    assert.equal(bestMatch([sendmail], '<bob@example.org>: Recipient address rejected: User unknown in virtual alias table'), undefined);
    assert.equal(bestMatch([sendmail], '<bob@example.jp>... User unknown'), sendmail);
    assert.equal(bestMatch([lineWorks], 'No such user yQIGnbTrmLrqb282aVrA - nsmtp'), lineWorks);
  });
  it('reads links as links: a published link text and a real address are the same part', () => {
    const full = {
      message: "The recipient's inbox is out of storage space. Please direct the recipient to Manage files in your Google Drive storage.",
      aliases: [],
      vary: [],
    };
    assert.equal(
      bestMatch(
        [full],
        "The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp d9443c01a7-gsmtp",
      ),
      full,
    );
    assert.equal(coreWords('No such user yQIGnbTrmLrqb282aVrA - nsmtp'), 'no such user nsmtp');
  });
});

describe('bestMatch and provider marks', () => {
  const tss04 = {
    message:
      '[TSS04] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    aliases: [],
    vary: ['x.x.x.x'],
  };
  const tss05 = {
    message: '[TSS05] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints - 4.16.55.1',
    aliases: [],
    vary: ['x.x.x.x'],
  };
  it('tells two messages apart by their mark even when the paste is cut short', () => {
    assert.equal(
      bestMatch([tss04, tss05], '[TSS04] Messages from 192.0.2.4 temporarily deferred due to unexpected volume or user complaints'),
      tss04,
    );
    assert.equal(
      bestMatch([tss04, tss05], '[TSS05] Messages from 192.0.2.4 temporarily deferred due to unexpected volume or user complaints'),
      tss05,
    );
  });
});
