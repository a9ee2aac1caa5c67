import { hostName, type Format } from './types.ts';

// Yahoo: "Sorry, we were unable to deliver your message to the following address." and replies that end
// in the answering host: `554 delivery error: dd … [0] - mta1234.mail.gq1.yahoo.com`.
const TRAILING_HOST = /\s-\s([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){2,8})(?:\s+\[[A-Z_]{1,20}\])?\s*$/;

export const yahoo: Format = {
  name: 'yahoo',
  signs: ['sorry, we were unable to deliver your message to the following address', 'yahoo.com'],
  hint(line) {
    if (!line.includes(' - ')) return undefined;
    const m = TRAILING_HOST.exec(line);
    return m ? { host: hostName(m[1]!) } : undefined;
  },
};
