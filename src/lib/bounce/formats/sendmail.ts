import { hostName, stageOf, type Format, type Hint } from './types.ts';

// Sendmail's savemail.c / deliver.c: "----- Transcript of session follows -----",
// "... while talking to mx.example.com.:", ">>> RCPT To:<a@example.com>", "<<< 550 5.1.1 …".
const TALKING = /^\.\.\. while talking to ([A-Za-z0-9.-]{1,254}):/;

export const sendmail: Format = {
  name: 'sendmail',
  signs: ['transcript of session follows', '... while talking to', 'the original message was received at', 'had permanent fatal errors'],
  hint(line) {
    if (!line.includes('>>> ') && !line.includes('while talking to')) return undefined;
    const t = line.trim();
    const m = TALKING.exec(t);
    if (m) return { host: hostName(m[1]!) };
    if (t.startsWith('>>> ')) {
      const stage = stageOf(t.slice(4));
      const hint: Hint = { skip: true };
      if (stage) hint.stage = stage;
      return hint;
    }
    return undefined;
  },
};
