import { hostName, type Format } from './types.ts';

// Exchange / Microsoft 365 NDRs (Microsoft Learn, "Non-delivery reports in Exchange Online"):
// "Diagnostic information for administrators:", "Generating server: …", "Remote Server returned '…'".
const GENERATING = /^Generating server: ([A-Za-z0-9.-]{1,253})/i;

export const exchange: Format = {
  name: 'exchange',
  signs: [
    'diagnostic information for administrators',
    'generating server:',
    'remote server returned',
    'delivery has failed to these recipients or groups',
    'resolver.adr.',
  ],
  hint(line) {
    if (!line.includes('enerating server')) return undefined;
    const m = GENERATING.exec(line.trim());
    return m ? { generatingHost: hostName(m[1]!) } : undefined;
  },
};
