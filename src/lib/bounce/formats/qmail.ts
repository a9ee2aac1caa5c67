import { hostName, type Format } from './types.ts';

// qmail-remote.c texts as qmail-send.c returns them: "192.0.2.1 does not like recipient.",
// "Remote host said: …", "Giving up on 192.0.2.1.", "Connected to X but sender was rejected."
const H = '([A-Za-z0-9.:-]{1,253})';
const RULES: [RegExp, (m: RegExpExecArray) => ReturnType<NonNullable<Format['hint']>>][] = [
  [new RegExp(`^${H} does not like recipient\\.`), (m) => ({ host: hostName(m[1]!), stage: 'RCPT TO' })],
  [new RegExp(`^Connected to ${H} but sender was rejected\\.`), (m) => ({ host: hostName(m[1]!), stage: 'MAIL FROM', sender: true })],
  [new RegExp(`^Connected to ${H} but greeting failed\\.`), (m) => ({ host: hostName(m[1]!), stage: 'CONNECT' })],
  [new RegExp(`^Connected to ${H} but my name was rejected\\.`), (m) => ({ host: hostName(m[1]!), stage: 'HELO' })],
  [new RegExp(`^${H} failed after I sent the message\\.`), (m) => ({ host: hostName(m[1]!), stage: 'end of DATA' })],
  [new RegExp(`^Giving up on ${H}\\.`), (m) => ({ host: hostName(m[1]!) })],
];

export const qmail: Format = {
  name: 'qmail',
  signs: ['this is the qmail-send program', 'does not like recipient', 'giving up on ', "i wasn't able to deliver your message"],
  hint(line) {
    if (!/does not like|Connected to|failed after|Giving up/.test(line)) return undefined;
    const t = line.trim();
    for (const [re, make] of RULES) {
      const m = re.exec(t);
      if (m) return make(m);
    }
    return undefined;
  },
};
