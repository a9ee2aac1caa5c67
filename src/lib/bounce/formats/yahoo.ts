import { hostName, type Format } from './types.ts';

// Yahoo: "Sorry, we were unable to deliver your message to the following address." and replies that end
// in the answering host: `554 delivery error: dd … [0] - mta1234.mail.gq1.yahoo.com`.
// A host name has a letter in its last label; Yahoo's own `- 4.16.55.1` after a deferral is a code, not a host.
const TRAILING_HOST = /\s-\s([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,7}\.[A-Za-z][A-Za-z0-9-]{0,62})(?:\s+\[[A-Z_]{1,20}\])?\s*$/;

export const yahoo: Format = {
  name: 'yahoo',
  signs: ['sorry, we were unable to deliver your message to the following address', 'yahoo.com'],
  hint(line) {
    if (!line.includes(' - ')) return undefined;
    const m = TRAILING_HOST.exec(line);
    return m ? { host: hostName(m[1]!) } : undefined;
  },
};
