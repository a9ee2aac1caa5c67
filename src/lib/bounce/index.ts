import { parseDsn, type Dsn } from './dsn.ts';
import { detectFormat } from './formats/index.ts';
import { header } from './headers.ts';
import { inferStatus } from './inferred.ts';
import { leadRecipients, remoteHost } from './lead.ts';
import { parseMail } from './mime.ts';
import { normalizeInput } from './normalize.ts';
import { scanText, type TextFinding } from './scan.ts';
import type { BounceRecipient, BounceResult } from './types.ts';

export type { Action, BounceRecipient, BounceResult } from './types.ts';
export type { Stage } from './formats/types.ts';
export { normalizeInput } from './normalize.ts';

const MAX_TEXT = 32768;
const MAX_HOSTS = 100;
const DELAYED = [
  'this is a warning only',
  'delayed mail',
  'still being retried',
  'will be retried',
  'has not yet been delivered',
  'delivery attempts will continue',
  'will retry',
];
const RECEIVED_HOST = /\b(?:from|by) ([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})/g;

function mergeDsn(into: Dsn, from: Dsn): void {
  into.reportingMta ??= from.reportingMta;
  for (const r of from.recipients) if (into.recipients.length < 1000) into.recipients.push(r);
}

/** Reads a pasted bounce (a whole email, a DSN, a text report or one error line) into its recipients and codes. Never throws. */
export function parseBounce(input: string): BounceResult {
  try {
    return parse(typeof input === 'string' ? input : String(input));
  } catch {
    return { format: 'none', recipients: [], hosts: [], text: '' };
  }
}

function parse(input: string): BounceResult {
  const raw = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  // Only codes (`550`, `5.1.1`, `2.1.5`): each is taken as a code, without the checks prose needs.
  const lenient = raw.length < 4096 && /^[\s\d.#()-]*$/.test(normalizeInput(raw));
  const mail = parseMail(raw);
  const dsn: Dsn = { recipients: [] };
  const findings: TextFinding[] = [];
  const hosts: string[] = [];
  const texts: string[] = [];
  let generatingHost: string | undefined;
  for (const h of mail.headers) {
    if (h.name === 'received') for (const m of h.value.slice(0, 2000).matchAll(RECEIVED_HOST)) hosts.push(m[1]!.toLowerCase());
  }
  const subject = header(mail.headers, 'subject');
  if (subject) texts.push(normalizeInput(subject));
  for (const part of mail.parts) {
    const text = normalizeInput(part.text);
    if (part.kind === 'dsn') {
      mergeDsn(dsn, parseDsn(text));
      texts.push(text.slice(0, MAX_TEXT));
      continue;
    }
    const scan = scanText(text, lenient);
    for (const f of scan.findings) if (findings.length < 1000) findings.push(f);
    hosts.push(...scan.hosts);
    generatingHost ??= scan.generatingHost;
    if (scan.dsnText) mergeDsn(dsn, parseDsn(scan.dsnText));
    texts.push(scan.read);
  }
  if (dsn.reportingMta) hosts.unshift(dsn.reportingMta.replace(/\.$/, '').toLowerCase());
  for (const r of dsn.recipients) if (r.remoteMta) hosts.push(remoteHost(r.remoteMta));

  let text = texts.join('\n');
  if (text.length > MAX_TEXT) text = text.slice(0, MAX_TEXT);
  const uniqueHosts = [...new Set(hosts.filter((h) => /^[a-z0-9.:[\]-]+$/.test(h)))].slice(0, MAX_HOSTS);
  const lower = `${text}\n${uniqueHosts.join(' ')}`.toLowerCase();
  const layout = detectFormat(lower);
  const isDsn = dsn.recipients.length > 0;
  const recipients = leadRecipients({
    dsn,
    findings,
    delayed: DELAYED.some((d) => lower.includes(d)) || (subject ?? '').toLowerCase().includes('delay'),
    isReport: Boolean(layout) || isDsn || mail.isMail,
    ...(generatingHost ? { generatingHost } : {}),
  });
  const delayed = DELAYED.some((d) => lower.includes(d)) || (subject ?? '').toLowerCase().includes('delay');
  // A line with no code and no recipient (`connect to mx.example.com[…]:25: Connection timed out`): its well-known text still names a status.
  if (recipients.length === 0) {
    const lone = uncodedLine(text, delayed);
    if (lone) recipients.push(lone);
  }
  const format = layout ?? (isDsn ? 'dsn' : recipients.length > 0 ? 'line' : 'none');
  return {
    ...(dsn.reportingMta ? { reportingMta: dsn.reportingMta.replace(/\.$/, '') } : {}),
    format,
    recipients,
    hosts: uniqueHosts,
    text,
  };
}

/** The first line whose words imply a status (`inferStatus`), as a recipient without an address. */
function uncodedLine(text: string, delayed: boolean): BounceRecipient | undefined {
  let from = 0;
  for (let n = 0; n < 200 && from < text.length; n++) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end === -1 ? text.length : end).trim();
    from = end === -1 ? text.length : end + 1;
    const status = line ? inferStatus(line, delayed) : undefined;
    if (status)
      return {
        message: line.slice(0, 2000),
        status,
        statusInferred: true,
        action: status.startsWith('4') || delayed ? 'delayed' : 'failed',
      };
  }
  return undefined;
}
