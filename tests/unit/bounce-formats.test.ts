import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseBounce, type BounceRecipient } from '../../src/lib/bounce/index.ts';
import { findCodes } from '../../src/lib/decoder.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bounces/${name}`, import.meta.url), 'latin1');
const lead = (name: string) => parseBounce(fixture(name));
/** The recipient's fields that a test names, so an assertion lists exactly what it checks. */
const pick = (r: BounceRecipient | undefined, keys: (keyof BounceRecipient)[]) => Object.fromEntries(keys.map((k) => [k, r?.[k]]));
const ALL: (keyof BounceRecipient)[] = [
  'address',
  'action',
  'reply',
  'status',
  'statusInferred',
  'message',
  'remoteHost',
  'stage',
  'retryUntil',
  'sender',
];

describe('parseBounce: one report per layout', () => {
  it('Postfix: the DSN and the human part agree; the returned original (PHPMailer 5.2.22, id 5.2.1, 421 …) is ignored', () => {
    const r = lead('postfix-user-unknown.eml');
    assert.equal(r.format, 'postfix');
    assert.equal(r.reportingMta, 'mail.example.net');
    assert.equal(r.recipients.length, 1);
    assert.deepEqual(pick(r.recipients[0], ALL), {
      address: 'nobody@example.com',
      action: 'failed',
      reply: '550',
      status: '5.1.1',
      statusInferred: undefined,
      message: '<nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      remoteHost: 'mx.example.com',
      stage: 'RCPT TO',
      retryUntil: undefined,
      sender: undefined,
    });
    assert.deepEqual(r.hosts, ['mail.example.net', 'mx.example.com']);
    assert.ok(!r.text.includes('PHPMailer'));
  });

  it('Postfix delayed mail: action, status, retry-until and the connect stage', () => {
    const r = lead('postfix-delayed.eml');
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'remoteHost', 'stage', 'retryUntil']), {
      address: 'info@example.org',
      action: 'delayed',
      reply: undefined,
      status: '4.4.1',
      remoteHost: 'mx.example.org',
      stage: 'CONNECT',
      retryUntil: 'Fri, 4 Dec 2026 10:58:40 +0900 (JST)',
    });
    assert.match(r.recipients[0]!.message, /Connection timed out$/);
  });

  it('Exim: the Diagnostic-Code reply beats Status: 5.0.0; stage from "after RCPT TO"', () => {
    const r = lead('exim-rcpt-rejected.eml');
    assert.equal(r.format, 'exim');
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'remoteHost', 'stage']), {
      address: 'blocked@example.com',
      action: 'failed',
      reply: '550',
      status: '5.7.606',
      remoteHost: 'mx1.example.com',
      stage: 'RCPT TO',
    });
    assert.match(r.recipients[0]!.message, /^Access denied, banned sending IP \[198\.51\.100\.3\]\. To request removal/);
  });

  it('Exim text only: codes inferred from well-known texts, the copy of the message ignored', () => {
    const r = lead('exim-retry-timeout.txt');
    assert.equal(r.format, 'exim');
    assert.deepEqual(
      r.recipients.map((x) => pick(x, ['address', 'originalAddress', 'action', 'status', 'statusInferred', 'message'])),
      [
        {
          address: 'full@example.com',
          originalAddress: 'alias@example.com',
          action: 'failed',
          status: '5.2.2',
          statusInferred: true,
          message: 'mailbox is full: retry timeout exceeded',
        },
        {
          address: 'nowhere@example.invalid',
          originalAddress: undefined,
          action: 'failed',
          status: '5.4.4',
          statusInferred: true,
          message: 'Unrouteable address',
        },
        {
          address: 'late@example.org',
          originalAddress: undefined,
          action: 'failed',
          status: '5.4.7',
          statusInferred: true,
          message: 'retry timeout exceeded',
        },
      ],
    );
  });

  it('Exim sender verify: a multi-line reply without status codes, marked as about the sender', () => {
    const r = lead('exim-sender-verify.txt');
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'message', 'remoteHost', 'stage', 'sender']), {
      address: 'friend@example.org',
      action: 'failed',
      reply: '550',
      status: undefined,
      message: 'Verification failed for <sender@example.net> Unrouteable address Sender verify failed',
      remoteHost: 'mx.example.org',
      stage: 'RCPT TO',
      sender: true,
    });
  });

  it('Sendmail: reason, transcript host and the RCPT stage for one recipient', () => {
    const r = lead('sendmail-user-unknown.txt');
    assert.equal(r.format, 'sendmail');
    assert.equal(r.recipients.length, 1);
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'message', 'remoteHost', 'stage']), {
      address: 'ghost@example.com',
      action: 'failed',
      reply: '550',
      status: '5.1.1',
      message: '<ghost@example.com>... User unknown',
      remoteHost: 'mx.example.com',
      stage: 'RCPT TO',
    });
  });

  it('qmail: "does not like recipient", "Remote host said", and a local (#5.1.1)', () => {
    const r = lead('qmail-no-mailbox.txt');
    assert.equal(r.format, 'qmail');
    assert.deepEqual(
      r.recipients.map((x) => pick(x, ['address', 'reply', 'status', 'message', 'remoteHost', 'stage'])),
      [
        {
          address: 'nobody@example.com',
          reply: '550',
          status: '5.1.1',
          message: '<nobody@example.com>: Recipient address rejected: User unknown',
          remoteHost: '192.0.2.61',
          stage: 'RCPT TO',
        },
        {
          address: 'local@example.net',
          reply: undefined,
          status: '5.1.1',
          message: 'Sorry, no mailbox here by that name.',
          remoteHost: undefined,
          stage: undefined,
        },
      ],
    );
  });

  it('Exchange / Microsoft 365 NDR: quoted-printable human part, "Remote Server returned", generating server', () => {
    const r = lead('exchange-ndr.eml');
    assert.equal(r.format, 'exchange');
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'message', 'remoteHost']), {
      address: 'missing@example.com',
      action: 'failed',
      reply: '550',
      status: '5.1.10',
      message: 'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      remoteHost: 'mbx01.corp.example.com',
    });
    const blocked = parseBounce(fixture('exchange-ip-blocked.txt')).recipients[0];
    assert.deepEqual(pick(blocked, ['address', 'reply', 'status', 'message', 'remoteHost']), {
      address: 'someone@example.com',
      reply: '550',
      status: '5.7.708',
      message: 'Service unavailable. Access denied, traffic not accepted from this IP.',
      remoteHost: 'sn1pr01mb0001.namprd01.prod.outlook.com',
    });
    const legacy = parseBounce(fixture('exchange-legacy.txt')).recipients[0];
    assert.deepEqual(pick(legacy, ['address', 'reply', 'status', 'message']), {
      address: 'old.colleague@example.com',
      reply: '550',
      status: '5.1.1',
      message: 'RESOLVER.ADR.ExRecipNotFound; not found',
    });
  });

  it('Gmail: one multi-line reply, message joined, "- gsmtp" kept', () => {
    const r = lead('gmail-no-such-user.eml');
    assert.equal(r.format, 'gmail');
    assert.equal(r.recipients.length, 1);
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'remoteHost']), {
      address: 'no.such.user@example.com',
      action: 'failed',
      reply: '550',
      status: '5.1.1',
      remoteHost: 'gmail-smtp-in.l.google.com',
    });
    assert.equal(
      r.recipients[0]!.message,
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1si123abc.45 - gsmtp",
    );
  });

  it('Amazon SES: the inner quoted reply leads over the outer 5.1.0', () => {
    const r = lead('ses-unknown-address.eml');
    assert.equal(r.format, 'ses');
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'message', 'remoteHost']), {
      address: 'user@example.com',
      action: 'failed',
      reply: '550',
      status: '5.1.1',
      message: '<user@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      remoteHost: 'mx.example.com',
    });
  });

  it('Yahoo: a reply without a status code, and a temporary deferral', () => {
    const r = lead('yahoo-no-account.txt');
    assert.equal(r.format, 'yahoo');
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'remoteHost']), {
      address: 'nobody@yahoo.com',
      action: 'failed',
      reply: '554',
      status: undefined,
      remoteHost: 'mta1234.mail.gq1.yahoo.com',
    });
    assert.match(r.recipients[0]!.message, /^delivery error: dd This user doesn't have a yahoo\.com account/);
    const deferred = parseBounce(fixture('yahoo-deferred.txt')).recipients[0];
    assert.deepEqual(pick(deferred, ['address', 'action', 'reply', 'status', 'remoteHost', 'stage']), {
      address: 'friend@yahoo.com',
      action: 'delayed',
      reply: '421',
      status: '4.7.0',
      remoteHost: 'mta7.am0.yahoodns.net',
      stage: 'MAIL FROM',
    });
  });

  it('Japanese: an ISO-2022-JP human part and encoded-word subject; the text reply beats Status: 5.0.0', () => {
    const r = lead('iso-2022-jp-dsn.eml');
    assert.equal(r.format, 'japanese');
    assert.ok(r.text.includes('宛先のメールアドレスが見つかりません'));
    assert.ok(r.text.includes('配信エラーのお知らせ'));
    assert.deepEqual(pick(r.recipients[0], ['address', 'action', 'reply', 'status', 'message', 'remoteHost']), {
      address: 'taro@example.jp',
      action: 'failed',
      reply: '550',
      status: '5.1.1',
      message: '<taro@example.jp>: Recipient address rejected: User unknown',
      remoteHost: 'mx2.example.jp',
    });
  });

  it('A DSN on its own: failed before delayed, a text code that differs from Status (554 4.4.7)', () => {
    const r = lead('dsn-only.txt');
    assert.equal(r.format, 'dsn');
    assert.deepEqual(
      r.recipients.map((x) => pick(x, ['address', 'action', 'reply', 'status', 'retryUntil'])),
      [
        { address: 'boss@example.com', action: 'failed', reply: '550', status: '5.7.515', retryUntil: undefined },
        { address: 'team@example.com', action: 'delayed', reply: '554', status: '4.4.7', retryUntil: 'Thu, 3 Dec 2026 11:20:00 +0000' },
      ],
    );
  });

  it('findCodes leads with the failed recipient’s remote reply in every sample', () => {
    const leads: Record<string, string> = {
      'postfix-user-unknown.eml': '550 5.1.1',
      'exim-rcpt-rejected.eml': '550 5.7.606',
      'sendmail-user-unknown.txt': '550 5.1.1',
      'qmail-no-mailbox.txt': '550 5.1.1',
      'exchange-ndr.eml': '550 5.1.10',
      'gmail-no-such-user.eml': '550 5.1.1',
      'ses-unknown-address.eml': '550 5.1.1',
      'yahoo-no-account.txt': '554',
      'iso-2022-jp-dsn.eml': '550 5.1.1',
    };
    for (const [name, codes] of Object.entries(leads)) {
      const [first] = findCodes(fixture(name));
      assert.equal([first?.reply, first?.status].filter(Boolean).join(' '), codes, name);
    }
  });
});

describe('parseBounce: what never leads', () => {
  it('a transcript: greeting, 250 and 354 lines are not failures', () => {
    const transcript = [
      '<<< 220 mx.example.com ESMTP Postfix',
      '>>> EHLO mail.example.net',
      '<<< 250-mx.example.com',
      '<<< 250 2.1.0 Ok',
      '>>> RCPT To:<a@example.com>',
      '<<< 550 5.1.1 <a@example.com>... User unknown',
      '<<< 354 End data with <CR><LF>.<CR><LF>',
      '<<< 221 2.0.0 Bye',
    ].join('\n');
    const r = parseBounce(transcript);
    assert.deepEqual(
      r.recipients.map((x) => `${x.reply} ${x.status}`),
      ['550 5.1.1'],
    );
    assert.equal(r.recipients[0]!.stage, 'RCPT TO');
  });

  it('Status: 5.0.0 with Diagnostic-Code: smtp; 550 5.7.606 → 550 5.7.606', () => {
    const [f] = findCodes(
      'Action: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.7.606 Access denied, banned sending IP [192.0.2.10]',
    );
    assert.deepEqual(f, { reply: '550', status: '5.7.606', message: 'Access denied, banned sending IP [192.0.2.10]' });
  });

  it('a Diagnostic-Code reply without an enhanced code takes the Status', () => {
    const r = parseBounce(
      'Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 No such user here',
    );
    assert.deepEqual(pick(r.recipients[0], ['reply', 'status', 'message']), {
      reply: '550',
      status: '5.1.1',
      message: 'No such user here',
    });
  });

  it('a header block of the original pasted on its own gives no code', () => {
    const headers =
      'Received: from a.example.net by b.example.net with ESMTP id 5.2.1\nX-Mailer: PHPMailer 5.2.22\nDate: Sat, 28 Nov 2026 10:55:01 +0900';
    assert.deepEqual(findCodes(headers), []);
  });

  it('a single line with a well-known text and no code: status inferred', () => {
    const r = parseBounce(
      '<a@example.com>: Host or domain name not found. Name service error for name=example.com type=MX: Host not found',
    );
    assert.deepEqual(pick(r.recipients[0], ['address', 'status', 'statusInferred', 'action']), {
      address: 'a@example.com',
      status: '5.4.4',
      statusInferred: true,
      action: 'failed',
    });
    const again = parseBounce(
      '<a@example.com>: Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again',
    );
    assert.equal(again.recipients[0]!.status, '4.4.3');
  });
});

describe('parseBounce: Yahoo’s own code after a deferral', () => {
  it('is part of the message, not the remote host', () => {
    const [r] = parseBounce(
      '421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1',
    ).recipients;
    assert.equal(r?.remoteHost, undefined);
    assert.equal(r?.status, '4.7.0');
  });
});

describe('parseBounce: a line with no code and no recipient', () => {
  it('still names the status its well-known words imply', () => {
    const [r] = parseBounce('connect to mx.example.jp[203.0.113.8]:25: Connection timed out').recipients;
    assert.deepEqual(r, {
      message: 'connect to mx.example.jp[203.0.113.8]:25: Connection timed out',
      status: '4.4.1',
      statusInferred: true,
      action: 'delayed',
    });
  });
  it('finds nothing in words that name no failure', () => {
    assert.deepEqual(parseBounce('Thanks for your message, see you tomorrow').recipients, []);
  });
});
