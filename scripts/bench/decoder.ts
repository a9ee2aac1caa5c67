/**
 * `node scripts/bench/decoder.ts`: decode times of the bounce parser on adversarial inputs of 16 KB,
 * 64 KB, 256 KB and 1 MB, in ms and ms per MB. Linear growth shows as a flat ms/MB column.
 * Exports `decoderTimes` for the benchmark report; asserts nothing.
 */
import { findCodes } from '../../src/lib/decoder.ts';

export const SIZES = [16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024];

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Each case makes an input of about `size` characters. */
export const CASES: Record<string, (size: number) => string> = {
  "'x ' + '550 551 '.repeat(n), one line": (size) => `x ${fill('550 551 ', size - 2)}`,
  "'x 550 551 …' in 1 KB lines": (size) => fill(`x ${'550 551 '.repeat(127)}\n`, size),
  "'550 5.1.1 User unknown' on every line": (size) => fill('550 5.1.1 User unknown\n', size),
  'one huge line of words': (size) => fill('lorem ipsum dolor 192.0.2.1 v5.1.1 ', size),
  'a million dots': (size) => fill('.', size),
  'digits and dots': (size) => fill('5.5.5.5.5.', size),
  'deep MIME nesting': (size) => {
    let head = 'From: a@example.net\nContent-Type: multipart/mixed; boundary="b0"\n\n';
    for (let d = 1; head.length < size / 2; d++) head += `--b${d - 1}\nContent-Type: multipart/mixed; boundary="b${d}"\n\n`;
    return head + fill('--b0\nContent-Type: text/plain\n\n550 5.1.1 x\n', size - head.length);
  },
  '10,000 recipients (DSN)': (size) => {
    const group = (i: number) =>
      `Final-Recipient: rfc822; u${i}@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <u${i}@example.com>: User unknown\n\n`;
    let dsn = 'Reporting-MTA: dns; mail.example.net\n\n';
    for (let i = 0; dsn.length < size; i++) dsn += group(i);
    return dsn;
  },
  'unclosed <, quotes and brackets': (size) => fill('<\'("[550-', size),
};

function time(input: string): number {
  const runs = input.length > 300_000 ? 3 : 10;
  findCodes(input); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    findCodes(input);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Median ms per case and size. */
export function decoderTimes(): { name: string; ms: number[] }[] {
  return Object.entries(CASES).map(([name, make]) => ({ name, ms: SIZES.map((s) => time(make(s))) }));
}

if (import.meta.main) {
  const label = (s: number) => (s >= 1024 * 1024 ? `${s / 1024 / 1024} MB` : `${s / 1024} KB`);
  console.log(`Bounce decoder, median ms (ms per MB) at ${SIZES.map(label).join(' / ')}:`);
  for (const { name, ms } of decoderTimes()) {
    const cells = ms.map((t, i) => `${t.toFixed(2)} (${(t / (SIZES[i]! / 1024 / 1024)).toFixed(1)})`);
    console.log(`  ${name.padEnd(42)} ${cells.join('  ')}`);
  }
}
