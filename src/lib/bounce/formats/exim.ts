import { hostName, stageOf, type Format, type Hint } from './types.ts';

// Exim's deliver.c / transports/smtp.c texts: "host X [ip]", "SMTP error from remote mail server after
// RCPT TO:<a@example.com>:", "(generated from b@example.com)", acl.c "Sender verify failed".
const HOST = /^host ([A-Za-z0-9.-]{1,253}) \[[0-9A-Fa-f.:]{1,45}\]:?/;
const AFTER = /SMTP error from remote mail(?:er| server) after (?:pipelined )?([A-Za-z .]{1,20})/i;
const GENERATED = /^\((?:ultimately )?generated from ([^\s()<>]{1,320})\)$/;

export const exim: Format = {
  name: 'exim',
  signs: [
    'this message was created automatically by mail delivery software',
    'smtp error from remote mail',
    'the following address(es) failed',
    'retry timeout exceeded',
    'unrouteable address',
  ],
  hint(line) {
    if (!/host |SMTP error|generated from|sender verify/i.test(line)) return undefined;
    const t = line.trim();
    const hint: Hint = {};
    const h = HOST.exec(t);
    if (h) {
      hint.host = hostName(h[1]!);
      hint.rest = line.indexOf(h[0]) + h[0].length;
    }
    const a = AFTER.exec(t);
    if (a) {
      const stage = stageOf(a[1]!);
      if (stage) hint.stage = stage;
      // The reply may follow on the same line, after the command's ":<address>:".
      const colon = line.indexOf('>:', line.indexOf(a[0]));
      hint.rest = colon >= 0 ? colon + 2 : line.indexOf(a[0]) + a[0].length;
    }
    const g = GENERATED.exec(t);
    if (g) hint.originalAddress = g[1];
    if (/sender verify failed|could not complete sender verify/i.test(t)) hint.sender = true;
    return h || a || g || hint.sender ? hint : undefined;
  },
};
