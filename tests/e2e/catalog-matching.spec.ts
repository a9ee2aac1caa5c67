import { answerPaste } from '../../src/lib/answer.ts';
import type { CodeIndex, IndexEntry } from '../../src/lib/code-index.ts';
import { fixedParts } from '../../src/lib/match.ts';
import { expect, test } from './fixtures.ts';

/**
 * Every mail system's documented messages, pasted as the line a bounce shows
 * (codes, then the message with its variable parts filled in), open their own
 * page, in both languages; and lines that match no catalog message never open
 * a message page. Runs the same decoder the pages load, on the built code map.
 */

/** Fills a message's variable parts the way a real bounce would: another address, another IP, another host. */
function realistic(entry: IndexEntry): string {
  let message = entry.message;
  for (const part of entry.vary) {
    const filled = part.includes('@')
      ? 'carol@example.net'
      : /^\d{1,3}(\.\d{1,3}){3}$/.test(part)
        ? '198.51.100.23'
        : /\./.test(part)
          ? 'mx2.example.net'
          : part;
    message = message.split(part).join(filled);
  }
  return [entry.code, entry.status, message].filter((p) => p !== undefined).join(' ');
}

for (const lang of ['en', 'ja'] as const) {
  test(`${lang}: at least three documented messages of every mail system open their own page`, async ({ request }) => {
    const { index } = (await (await request.get(`${lang}/search/codes.json`)).json()) as { index: CodeIndex };
    // The same words sent by several systems (Postfix's texts, run by many hosts) cannot tell them apart without a host: leave those out.
    const words = (e: IndexEntry) => fixedParts(e.message, e.vary).join(' ');
    const spelled = new Map<string, number>();
    for (const e of index.entries) spelled.set(words(e), (spelled.get(words(e)) ?? 0) + 1);
    const wrong: string[] = [];
    let systemsWithThree = 0;
    for (const provider of Object.keys(index.providers)) {
      const own = index.entries.filter((e) => e.provider === provider && spelled.get(words(e)) === 1 && e.message.length >= 12);
      if (own.length >= 3) systemsWithThree++;
      for (const entry of own.slice(0, 3)) {
        const line = realistic(entry);
        const first = answerPaste(line, index).answers[0];
        if (first?.card.path !== entry.path) wrong.push(`${provider}: ${line.slice(0, 90)} → ${first?.card.path} (want ${entry.path})`);
      }
    }
    expect(wrong).toEqual([]);
    // Most systems have three texts of their own; a few publish fewer, or share theirs with the MTA they run.
    expect(systemsWithThree).toBeGreaterThanOrEqual(20);
  });

  test(`${lang}: a line that matches no catalog message never opens a message page`, async ({ request }) => {
    const { index } = (await (await request.get(`${lang}/search/codes.json`)).json()) as { index: CodeIndex };
    const lines = [
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual alias table',
      '554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied',
      '550 5.7.1 Message rejected as spam by Content Filtering.',
      '550 5.7.0 Local Policy Violation',
      '421 Too many concurrent SMTP connections; please try again later.',
      '550 #5.1.0 Address rejected bob@example.com',
      '553 5.7.1 Sender address rejected: not owned by user sender@example.com',
      '550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp',
      '421 4.7.0 [TSS09] Messages from 192.0.2.4 temporarily deferred due to unexpected volume or user complaints',
    ];
    const opened = lines.flatMap((line) => {
      const card = answerPaste(line, index).answers[0]?.card;
      return card?.kind === 'entry' ? [`${line} → ${card.path}`] : [];
    });
    expect(opened).toEqual([]);
  });
}
