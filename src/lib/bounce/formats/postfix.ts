import { hostName, stageOf, type Format, type Hint, type Stage } from './types.ts';

// Postfix's bounce(8) templates and smtp(8) texts: "host X[ip] said: …", "connect to X[ip]:25: …",
// "(in reply to RCPT TO command)", "<a@example.com> (expanded from <b@example.com>): …".
const RECIPIENT = /^<([^<>\s]{1,320})>(?: \(expanded from <([^<>\s]{1,320})>\))?:[ \t]*/;
const SAID = /\bhost ([A-Za-z0-9.-]{1,253})\[[0-9A-Fa-f.:]{1,45}\] (said|refused to talk to me):/;
const CONNECT = /\bconnect to ([A-Za-z0-9.-]{1,253})\[[0-9A-Fa-f.:]{1,45}\](?::\d{1,5})?: ([^\n]{1,300})$/;

export const postfix: Format = {
  name: 'postfix',
  signs: [
    'this is the mail system at host',
    'undelivered mail returned to sender',
    'delayed mail (still being retried)',
    'x-postfix',
    '(in reply to ',
  ],
  hint(line) {
    if (!line.includes('<') && !line.includes('host ') && !line.includes('connect to ')) return undefined;
    const hint: Hint = {};
    const r = RECIPIENT.exec(line);
    if (r) {
      hint.address = r[1];
      if (r[2]) hint.originalAddress = r[2];
      hint.rest = r[0].length;
    }
    const s = SAID.exec(line);
    if (s) {
      hint.host = hostName(s[1]!);
      if (s[2] !== 'said') hint.stage = 'CONNECT';
    }
    const c = CONNECT.exec(line);
    if (c) {
      hint.host = hostName(c[1]!);
      hint.stage = 'CONNECT';
      hint.note = c[2]!.trim();
    }
    return r || s || c ? hint : undefined;
  },
};

const IN_REPLY_TO = /\s*\(in reply to ([A-Za-z ]{1,30}?) command\)\s*$/i;

/** `… (in reply to RCPT TO command)` at the end of a message: the stage, and the message without it. */
export function inReplyTo(message: string): { message: string; stage?: Stage } {
  const m = IN_REPLY_TO.exec(message);
  if (!m) return { message };
  const stage = stageOf(m[1]!);
  return { message: message.slice(0, m.index).trim(), ...(stage ? { stage } : {}) };
}
