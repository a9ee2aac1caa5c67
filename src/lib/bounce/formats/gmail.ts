import type { Format } from './types.ts';

// Gmail's NDR: "Your message wasn't delivered to a@example.com because …", then
// "The response from the remote server was:" / "The response was:" and the reply.
const DELIVERED_TO = /wasn't delivered to <?([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?/;

export const gmail: Format = {
  name: 'gmail',
  signs: ['the response from the remote server was:', 'the response was:', '- gsmtp', "wasn't delivered to", 'googlemail.com'],
  hint(line) {
    if (!line.includes('delivered to')) return undefined;
    const m = DELIVERED_TO.exec(line);
    return m ? { address: m[1] } : undefined;
  },
};
