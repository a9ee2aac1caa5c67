import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findCodes, normalizeInput, wordsWithoutCodes } from '../../src/lib/decoder.ts';

const codes = (text: string) => findCodes(text).map((f) => [f.reply, f.status].filter(Boolean).join(' '));

describe('findCodes: the forms people paste', () => {
  const cases: [string, string[]][] = [
    ['5.1.1', ['5.1.1']],
    ['550', ['550']],
    ['550 5.1.1', ['550 5.1.1']],
    ['550-5.1.1', ['550 5.1.1']],
    ['#550 5.1.1', ['550 5.1.1']],
    ['  550 5.1.1  ', ['550 5.1.1']],
    ['５５０　５．１．１', ['550 5.1.1']],
    ['550 5.1.1 No such user yQIGnbTrmLrqb282aVrA – nsmtp', ['550 5.1.1']],
    ['Diagnostic-Code: smtp; 452 4.5.3 Too many recipients', ['452 4.5.3']],
    ['Diagnostic-Code: smtp;550 5.1.1 User unknown', ['550 5.1.1']],
    ['Diagnostic-Code: SMTP; 550 5.1.1 User unknown', ['550 5.1.1']],
    ['Diagnostic-Code: X-Postfix; 550 5.4.4 Host not found', ['550 5.4.4']],
    ['550 550 5.7.1 Your mail is classified as SPAM and REJECTED', ['550 5.7.1']],
    ['#5.7.1 smtp;530 5.7.1 Authentication required', ['530 5.7.1']],
    ['Sorry, no mailbox here by that name. (#5.1.1)', ['5.1.1']],
    ['#5.1.0 Address rejected', ['5.1.0']],
    ["554 delivery error: dd This user doesn't have a yahoo.com account", ['554']],
    ['554 4.4.7 Message expired', ['554 4.4.7']],
    ['smtp;550 5.7.515 Access denied, sending domain does not meet the required authentication level', ['550 5.7.515']],
    ['4.7.26', ['4.7.26']],
    ['2.1.5', ['2.1.5']],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => assert.deepEqual(codes(input), expected));
  }

  it('keeps the message after the codes, with IDs, in typographic-neutral form', () => {
    assert.deepEqual(findCodes('421 4.4.1 Sorry, I wasn’t able to establish an SMTP connection'), [
      { reply: '421', status: '4.4.1', message: "Sorry, I wasn't able to establish an SMTP connection" },
    ]);
  });

  it('joins a multi-line reply into one finding', () => {
    const gmail = [
      '550-5.1.1 The email account that you tried to reach does not exist. Please try',
      "550-5.1.1 double-checking the recipient's email address for typos or",
      '550-5.1.1 unnecessary spaces. For more information, go to',
      '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp',
    ].join('\r\n');
    const found = findCodes(gmail);
    assert.equal(found.length, 1);
    assert.match(
      found[0]?.message ?? '',
      /^The email account that you tried to reach does not exist\. Please try double-checking .* - gsmtp$/,
    );
  });

  it('reads a DSN: the Status header adds nothing when Diagnostic-Code has the pair, and folded lines continue the message', () => {
    const dsn = [
      'Final-Recipient: rfc822; user@example.com',
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: dns; mx.example.com',
      'Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>: Recipient address rejected:',
      '    User unknown in virtual mailbox table',
      'Last-Attempt-Date: Sat, 28 Nov 2026 10:55:01 +0900',
    ].join('\n');
    assert.deepEqual(findCodes(dsn), [
      { reply: '550', status: '5.1.1', message: '<user@example.com>: Recipient address rejected: User unknown in virtual mailbox table' },
    ]);
  });

  it('finds several errors in one paste: the failure first, then the rest in order', () => {
    const text =
      'first: 452 4.5.3 Too many recipients\nthen 550 5.1.1 No such user\nand finally 421 4.3.2 Your ip blocked from this server';
    assert.deepEqual(codes(text), ['550 5.1.1', '452 4.5.3', '421 4.3.2']);
  });

  it('keeps two different messages of the same code pair apart', () => {
    const text = '550 5.7.1 Sender rejected because SPF check failed\n550 5.7.1 IP Blocked by Administrator';
    assert.equal(findCodes(text).length, 2);
  });
});

describe('findCodes: things that look like codes but are not', () => {
  const notCodes = [
    'Received: from mail.example.com (192.0.2.10) by mx.example.net',
    'IP 10.4.5.3 was refused',
    'Date: Sat, 28 Nov 2026 10:55:01 +0900',
    'on 2026-11-28 at 12:30:45',
    'Postfix 3.5.6, Exim 4.94.2, OpenSSL 1.1.1',
    'version 5.1.1 of the client',
    'MyMailer v5.7.1',
    'connect to port 465 and 587',
    'Queue-ID: 4F2A1C0E55 size=5502',
    'We sent 550 messages yesterday',
    'id 550a1b2c',
    'cost: 4.5.3.1',
  ];
  for (const text of notCodes) {
    it(JSON.stringify(text), () => assert.deepEqual(codes(text), []));
  }
});

describe('wordsWithoutCodes', () => {
  it('removes every code and keeps the words', () => {
    assert.equal(wordsWithoutCodes('550-5.1.1 No such user'), 'No such user');
    assert.equal(wordsWithoutCodes('452 4.5.3 Too many recipients'), 'Too many recipients');
  });
});

describe('normalizeInput', () => {
  it('folds full-width forms, curly quotes and dashes', () => {
    assert.equal(normalizeInput('５．１．１ I’m – ok\r\n'), "5.1.1 I'm - ok\n");
  });
});

describe('findCodes: properties', () => {
  const reply = fc
    .tuple(fc.constantFrom('4', '5'), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 }))
    .map(([a, b, c]) => `${a}${b}${c}`);
  const status = (cls: string) =>
    fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 30 })).map(([s, d]) => `${cls}.${s}.${d}`);
  const pair = reply.chain((r) => status(r[0]!).map((s) => ({ reply: r, status: s })));
  const noise = fc.string({ maxLength: 40 }).map((s) => s.replace(/[0-9]/g, ''));

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => Array.isArray(findCodes(text))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => Array.isArray(findCodes(text))),
      { numRuns: 1000 },
    );
  });

  it('finds a code pair embedded on its own line in random text', () => {
    fc.assert(
      fc.property(noise, pair, fc.constantFrom(' ', '-'), noise, noise, (before, p, sep, message, after) => {
        const text = `${before}\n${p.reply}${sep}${p.status} ${message}\n${after}`;
        return findCodes(text).some((f) => f.reply === p.reply && f.status === p.status);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a code pair after a DSN prefix', () => {
    fc.assert(
      fc.property(pair, noise, (p, message) =>
        findCodes(`Diagnostic-Code: smtp; ${p.reply} ${p.status} ${message}`).some((f) => f.reply === p.reply && f.status === p.status),
      ),
      { numRuns: 500 },
    );
  });

  it('reads a 1 MB paste', () => {
    const line = 'Content-Transfer-Encoding: base64 QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTQzMjE= 192.0.2.1 2026-11-28\n';
    const big = `550 5.1.1 No such user\n${line.repeat(Math.ceil(1_000_000 / line.length))}`;
    assert.deepEqual(findCodes(big), [{ reply: '550', status: '5.1.1', message: 'No such user' }]);
  });
});

describe('findCodes: a status repeated after its pair', () => {
  it('keeps one finding with the message after the repeat', () => {
    assert.deepEqual(findCodes('552 5.3.4 #5.3.4 message header size exceeds limit'), [
      { reply: '552', status: '5.3.4', message: 'message header size exceeds limit' },
    ]);
  });
});
