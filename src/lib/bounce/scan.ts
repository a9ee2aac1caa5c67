import { DSN_FIELDS } from './dsn.ts';
import { inReplyTo, lineHint, type Hint, type Stage } from './formats/index.ts';
import { startsOriginal } from './original.ts';
import { codesInLine, type LineCode } from './reply.ts';

/** A failure the text of a report names: codes found in a line, or a recipient's block without codes. */
export interface TextFinding {
  address?: string;
  originalAddress?: string;
  reply?: string;
  status?: string;
  message: string;
  remoteHost?: string;
  stage?: Stage;
  sender?: boolean;
  /** The recipient's block had no code: `message` is its text (`Unrouteable address`). */
  noCode?: boolean;
}

export interface TextScan {
  findings: TextFinding[];
  /** DSN fields found in the text (a pasted `message/delivery-status` part), for dsn.ts. */
  dsnText: string;
  generatingHost?: string;
  hosts: string[];
  /** The text read (up to the returned original), capped. */
  read: string;
}

const MAX_LINE = 8192;
const MAX_FINDINGS = 1000;
const MAX_MESSAGE = 2000;
const MAX_READ = 32768;
/** A line that names a recipient: `a@example.com`, `<a@example.com>:`, Exchange's `a@example.com<mailto:…>` or `a@example.com on 12/1/2026 9:41 AM`. */
const ADDRESS_LINE =
  /^<?([^\s<>@"(),;:]{1,64}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?(?:<mailto:[^<>\s]{1,330}>|:| on \d[\d/.-]{0,12} [^<>]{0,40})?$/;
const MESSAGE_ADDRESS = /^<([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>/;
/** What a line must hold to carry a code, an address, a field, a host or a transcript mark. */
const MAYBE = /[0-9@:<>'"]|\.\.\./;
const MAYBE_ANYWHERE = new RegExp(MAYBE.source, 'g');
const DECOR_LINE = /^[ \t]*(?:[-=*_<>[【■《(]|original|below|content-type|元の)/gim;
const DECOR_START = /^[-=*_<>[【■《(]|^(?:original|below|content-type|元の)/i;
const HEADER = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]/;
/** Header fields of an email (the report's or a returned original's): their numbers (`PHPMailer 5.2.22`, `id 5.2.1`) are never codes. */
const MAIL_FIELDS = new Set([
  'received',
  'date',
  'message-id',
  'from',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'return-path',
  'sender',
  'delivered-to',
  'envelope-to',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'content-id',
  'content-description',
  'content-language',
  'dkim-signature',
  'domainkey-signature',
  'authentication-results',
  'received-spf',
  'references',
  'in-reply-to',
  'user-agent',
  'thread-topic',
  'thread-index',
  'importance',
  'priority',
  'precedence',
  'auto-submitted',
  'feedback-id',
  'organization',
]);

const isMailField = (name: string) => MAIL_FIELDS.has(name) || name.startsWith('x-') || name.startsWith('arc-') || name.startsWith('list-');
const indentOf = (line: string) => line.length - line.trimStart().length;

interface Block {
  address?: string;
  originalAddress?: string;
  host?: string;
  stage?: Stage;
  sender?: boolean;
  notes: string[];
  found?: TextFinding;
}

/** Reads a report's human text line by line, once. `lenient`: the whole input is only codes. */
export function scanText(text: string, lenient: boolean): TextScan {
  const findings: TextFinding[] = [];
  const dsn: string[] = [];
  const hosts: string[] = [];
  const read: string[] = [];
  let readLength = 0;
  let generatingHost: string | undefined;
  let block: Block = { notes: [] };
  let inMailField = false;
  let inDsn = false;
  let dsnRecipients = 0;
  let last: { finding: TextFinding; continues: boolean; indent: number; joinable: boolean } | undefined;

  const closeBlock = () => {
    if (block.address && !block.found && findings.length < MAX_FINDINGS) {
      const message = block.notes.join(' ').slice(0, MAX_MESSAGE);
      findings.push({ address: block.address, message, noCode: true, ...extras(block) });
    }
  };
  const applyHint = (h: Hint) => {
    if (h.address) {
      closeBlock();
      block = { address: h.address, notes: [] };
      last = undefined;
    }
    if (h.originalAddress) {
      block.originalAddress = h.originalAddress;
      if (block.found) block.found.originalAddress ??= h.originalAddress;
    }
    if (h.host) {
      block.host = h.host;
      hosts.push(h.host);
      if (block.found) block.found.remoteHost ??= h.host;
    }
    if (h.stage) block.stage = h.stage;
    if (h.sender) block.sender = true;
    if (h.generatingHost) {
      generatingHost ??= h.generatingHost;
      hosts.push(h.generatingHost);
    }
    if (h.note) block.notes.push(h.note);
  };
  const record = (c: LineCode) => {
    if (findings.length >= MAX_FINDINGS) return undefined;
    const own = block.address && !block.found ? block.address : undefined;
    const named = MESSAGE_ADDRESS.exec(c.message)?.[1];
    const f: TextFinding = { message: c.message };
    if (c.reply) f.reply = c.reply;
    if (c.status) f.status = c.status;
    const address = own ?? named;
    if (address) f.address = address;
    if (own || (named && named.toLowerCase() === block.address?.toLowerCase())) Object.assign(f, extras(block));
    else if (block.host || block.stage) Object.assign(f, extras({ ...block, originalAddress: undefined }));
    if (own) block.found = f;
    findings.push(f);
    return f;
  };

  /** A line without codes: the continuation of the last message, or the text of the current recipient's block. */
  const addText = (trimmed: string, indent: number, hint: Hint | undefined) => {
    if (last?.joinable && indent > 0 && indent >= last.indent && !hint && last.finding.message.length < MAX_MESSAGE) {
      last.finding.message = `${last.finding.message} ${trimmed}`.trim();
    } else if (block.address && !block.found && !hint && block.notes.length < 8) {
      block.notes.push(trimmed);
    }
  };

  let pos = 0;
  let hit = -1;
  let decor = -1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (hit < pos) {
      MAYBE_ANYWHERE.lastIndex = pos;
      hit = MAYBE_ANYWHERE.exec(text)?.index ?? text.length;
    }
    // Fast path for long pastes: prose lines that nothing pending can use are skipped up to the next line
    // worth reading (one with a code-like character, or one that may open the returned original).
    if (hit >= end && readLength >= MAX_READ && !last?.joinable && !(block.address && !block.found) && !inDsn && !inMailField) {
      if (decor < pos) {
        DECOR_LINE.lastIndex = pos;
        decor = DECOR_LINE.exec(text)?.index ?? text.length;
      }
      if (decor >= end) {
        const next = Math.min(hit, decor);
        const lineStart = next >= text.length ? text.length : text.lastIndexOf('\n', next) + 1;
        pos = Math.max(lineStart, end + 1);
        continue;
      }
    }
    const line = text.slice(pos, Math.min(end, pos + MAX_LINE));
    pos = end + 1;
    const trimmed = line.trim();
    if (trimmed === '') {
      if (inDsn) dsn.push('');
      if (last) last.joinable = false;
      block.notes.length = Math.min(block.notes.length, 8);
      continue;
    }
    const indent = indentOf(line);
    if (indent > 0 && inMailField) continue;
    if (indent > 0 && inDsn) {
      if (dsnRecipients <= MAX_FINDINGS) dsn.push(line);
      continue;
    }
    inMailField = false;
    // Most lines of a long paste are prose: without a digit, address, field or bracket they can only
    // continue a message, add to a recipient's text, or open the returned original.
    const plain = !MAYBE.test(trimmed);
    if (DECOR_START.test(trimmed) && startsOriginal(trimmed)) break;
    if (readLength < MAX_READ) {
      read.push(trimmed);
      readLength += trimmed.length + 1;
    }
    if (plain || findings.length >= MAX_FINDINGS) {
      if (plain) addText(trimmed, indent, undefined);
      continue;
    }
    const field = indent === 0 ? HEADER.exec(line)?.[1]?.toLowerCase() : undefined;
    if (field && DSN_FIELDS.has(field)) {
      inDsn = true;
      if (field === 'final-recipient') dsnRecipients++;
      if (dsnRecipients <= MAX_FINDINGS) dsn.push(line);
      continue;
    }
    inDsn = false;
    if (field && isMailField(field)) {
      inMailField = true;
      continue;
    }
    const hint = lineHint(line);
    if (hint) applyHint(hint);
    else {
      const a = trimmed.includes('@') ? ADDRESS_LINE.exec(trimmed) : null;
      if (a) {
        applyHint({ address: a[1]! });
        continue;
      }
    }
    if (hint?.skip) continue;
    const from = hint?.rest ?? 0;
    const codes = codesInLine(from > 0 ? line.slice(from) : line, lenient);
    if (codes.length === 0) {
      // `<a@example.com>: Host or domain name not found. …`: what follows the address is the recipient's text.
      if (hint?.address && !hint.note && from > 0 && from < line.length) block.notes.push(line.slice(from).trim());
      else addText(trimmed, indent, hint);
      continue;
    }
    for (const c of codes) {
      if (last?.continues && last.finding.reply === c.reply && last.finding.status === c.status) {
        last.finding.message = `${last.finding.message} ${c.message}`.trim().slice(0, MAX_MESSAGE);
        last.continues = c.continues;
        continue;
      }
      const f = record(c);
      if (f) last = { finding: f, continues: c.continues, indent, joinable: true };
    }
  }
  closeBlock();
  for (const f of findings) {
    const r = inReplyTo(f.message);
    f.message = r.message;
    if (r.stage) f.stage ??= r.stage;
    if (/sender verify failed|could not complete sender verify|sender address rejected|sender verification failed/i.test(f.message))
      f.sender = true;
  }
  return { findings, dsnText: dsn.join('\n'), ...(generatingHost ? { generatingHost } : {}), hosts, read: read.join('\n') };
}

function extras(b: Pick<Block, 'originalAddress' | 'host' | 'stage' | 'sender'>): Partial<TextFinding> {
  return {
    ...(b.originalAddress ? { originalAddress: b.originalAddress } : {}),
    ...(b.host ? { remoteHost: b.host } : {}),
    ...(b.stage ? { stage: b.stage } : {}),
    ...(b.sender ? { sender: true } : {}),
  };
}
