import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64Bytes, decodeBytes, quotedPrintableBytes } from '../../src/lib/bounce/charset.ts';
import { decodeWords, readHeaders } from '../../src/lib/bounce/headers.ts';
import { parseBounce } from '../../src/lib/bounce/index.ts';
import { parseMail } from '../../src/lib/bounce/mime.ts';

/** Bytes of a Japanese string in `charset`, found by asking TextDecoder (two-byte codes only). */
function encode(text: string, charset: 'shift_jis' | 'euc-jp'): number[] {
  const d = new TextDecoder(charset);
  const lead = charset === 'shift_jis' ? [...range(0x81, 0x9f), ...range(0xe0, 0xef)] : range(0xa1, 0xfe);
  const trail = charset === 'shift_jis' ? range(0x40, 0xfc) : range(0xa1, 0xfe);
  const table = new Map<string, number[]>();
  for (const a of lead)
    for (const b of trail) {
      const ch = d.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
    }
  return [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
}
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
const qp = (bytes: number[]) =>
  bytes.map((b) => (b < 0x80 && b !== 0x3d ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
const b64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

const report = (part: string) =>
  `From: MAILER-DAEMON@example.jp\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n--B\n${part}\n--B\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.jp\nAction: failed\nStatus: 5.1.1\n\n--B--\n`;

describe('charset and transfer encodings', () => {
  it('base64 and quoted-printable decode, skipping junk and soft line breaks', () => {
    assert.equal(new TextDecoder().decode(base64Bytes('NTUw\nIDUu\r\nMS4x!!')), '550 5.1.1');
    assert.equal(new TextDecoder().decode(quotedPrintableBytes('Recipient=\n not found =E2=80=99')), 'Recipient not found \u2019');
  });

  it('unknown or wrong charset labels fall back without throwing', () => {
    assert.equal(decodeBytes(new TextEncoder().encode('User unknown'), 'x-no-such-charset'), 'User unknown');
    assert.equal(decodeBytes(new TextEncoder().encode('caf\u00e9'), 'iso-8859-1'), 'caf\u00e9'); // UTF-8 mislabelled as Latin-1
    assert.equal(decodeBytes(new Uint8Array([0x63, 0xe9]), 'us-ascii'), 'c\uFFFD');
  });

  it('RFC 2047 encoded words in ISO-2022-JP, UTF-8 Q and adjacent words', () => {
    assert.equal(decodeWords('=?ISO-2022-JP?B?GyRCMDhAaBsoQg==?='), '宛先');
    assert.equal(
      decodeWords('=?UTF-8?Q?Undeliverable=3A_r=C3=A9sum=C3=A9?= =?UTF-8?B?IOKAkw==?='),
      'Undeliverable: r\u00e9sum\u00e9 \u2013',
    );
    assert.equal(decodeWords('=?bogus?B?QUJD?='), 'ABC');
  });

  it('folded header fields are unfolded', () => {
    const { headers } = readHeaders('Subject: a\n  b\nX-A: 1\n\nbody');
    assert.deepEqual(headers, [
      { name: 'subject', value: 'a b' },
      { name: 'x-a', value: '1' },
    ]);
  });
});

describe('parseMail: MIME', () => {
  it('reads a Shift_JIS quoted-printable part and an EUC-JP base64 part', () => {
    const sjis = report(
      `Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: quoted-printable\n\n${qp(encode('宛先のメールアドレスが見つかりません', 'shift_jis'))}`,
    );
    assert.ok(parseBounce(sjis).text.includes('宛先のメールアドレスが見つかりません'));
    const euc = report(
      `Content-Type: text/plain; charset="euc-jp"\nContent-Transfer-Encoding: base64\n\n${b64(encode('以下のアドレスへの配信に失敗しました 550 5.1.1 unknown', 'euc-jp'))}`,
    );
    const r = parseBounce(euc);
    assert.equal(r.format, 'japanese');
    assert.deepEqual([r.recipients[0]?.reply, r.recipients[0]?.status], ['550', '5.1.1']);
  });

  it('an 8-bit Shift_JIS part pasted as Latin-1 characters is re-read in its charset', () => {
    const part = `Content-Type: text/plain; charset=shift_jis\n\n${String.fromCharCode(...encode('配信に失敗しました', 'shift_jis'))}`;
    assert.ok(parseBounce(report(part)).text.includes('配信に失敗しました'));
  });

  it('the returned original is skipped; a bounce forwarded as message/rfc822 is read', () => {
    const mail = `From: a@example.net\nContent-Type: multipart/mixed; boundary="F"\n\n--F\nContent-Type: text/plain\n\nSee below.\n--F\nContent-Type: message/rfc822\n\n${report('Content-Type: text/plain\n\nThe mail system\n\n<a@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command)')}\n--F--\n`;
    const r = parseBounce(mail);
    assert.deepEqual([r.recipients[0]?.reply, r.recipients[0]?.status, r.recipients[0]?.stage], ['550', '5.1.1', 'RCPT TO']);
  });

  it('survives truncated MIME, a boundary that never closes and nesting beyond the cap', () => {
    const open =
      'From: a@example.net\nContent-Type: multipart/report; boundary="never"\n\n--never\nContent-Type: text/plain\n\n550 5.1.1 <a@example.com>: unknown\n--never\nContent-Type: message/delivery-sta';
    assert.equal(parseBounce(open).recipients[0]?.status, '5.1.1');
    let deep = 'From: a@example.net\nContent-Type: multipart/mixed; boundary="b0"\n\n';
    for (let d = 1; d < 200; d++) deep += `--b${d - 1}\nContent-Type: multipart/mixed; boundary="b${d}"\n\n`;
    assert.deepEqual(parseMail(`${deep}--b199\nContent-Type: text/plain\n\n550 5.1.1 x\n`).parts, []);
    assert.doesNotThrow(() => parseBounce('Content-Type: multipart/mixed; boundary=\n\n--\n'));
  });

  it('HTML parts are read as text', () => {
    const r = parseBounce(
      report('Content-Type: text/html\n\n<p>Remote Server returned &#39;550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found&#39;</p>'),
    );
    assert.deepEqual([r.recipients[0]?.reply, r.recipients[0]?.status], ['550', '5.1.10']);
  });

  it('keeps at most 1,000 of 10,000 recipients', () => {
    let dsn = 'Reporting-MTA: dns; mail.example.net\n\n';
    for (let i = 0; i < 10_000; i++) dsn += `Final-Recipient: rfc822; u${i}@example.com\nAction: failed\nStatus: 5.1.1\n\n`;
    const r = parseBounce(dsn);
    assert.equal(r.recipients.length, 1000);
    assert.equal(r.recipients[0]!.address, 'u0@example.com');
  });
});
