import { base64Bytes, decodeBytes, latin1Bytes, quotedPrintableBytes } from './charset.ts';
import { decodeWords, header, isFieldLine, parseContentType, readHeaders, type Header } from './headers.ts';

/** A decoded part of the report that is its own: the human-readable text or the delivery-status fields. */
export interface ReportPart {
  kind: 'human' | 'dsn';
  text: string;
}

export interface ParsedMail {
  /** Top-level header fields, encoded words decoded. Empty when the input was not an email. */
  headers: Header[];
  parts: ReportPart[];
  /** True when the input had MIME structure or email headers (not a pasted fragment). */
  isMail: boolean;
}

const MAX_DEPTH = 8;
const MAX_PARTS = 200;
/** Header names that make a header block an email's own (not a pasted DSN field block). */
const MAIL_HEADERS = new Set([
  'from',
  'to',
  'subject',
  'date',
  'received',
  'return-path',
  'message-id',
  'mime-version',
  'content-type',
  'delivered-to',
  'x-failed-recipients',
  'auto-submitted',
]);
/** The returned original (RFC 3462/6522 third part, RFC 6532 global forms): never a source of codes. */
const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/rfc822-headers',
  'message/global-headers',
]);
const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);

function bodyText(body: string, headers: readonly Header[], charset: string): string {
  const cte = (header(headers, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  if (cte === 'base64') return decodeBytes(base64Bytes(body), charset);
  if (cte === 'quoted-printable') return decodeBytes(quotedPrintableBytes(body), charset);
  const label = charset.toLowerCase();
  if (label && !/^(utf-?8|us-ascii|ascii)$/.test(label)) {
    // 7bit/8bit text pasted as characters: when it is really bytes (Latin-1 range), decode them in the label's charset.
    const bytes = latin1Bytes(body);
    if (bytes && (label.includes('2022') || bytes.some((b) => b > 127))) return decodeBytes(bytes, label);
  }
  return body;
}

/** HTML to text: tags dropped (a linear scan, no regex over the input), a few entities decoded. */
export function htmlText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, Math.min(gt, lt + 12)).toLowerCase();
    out += /^\/?(br|p|div|tr|li|h\d|table)\b/.test(tag) ? '\n' : ' ';
    i = gt + 1;
  }
  return out.replace(
    /&(lt|gt|amp|quot|#39|nbsp);/g,
    (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? '',
  );
}

/** Splits a multipart body at its boundary lines (RFC 2046 §5.1.1); an unclosed last part runs to the end. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  /** The start of the next delimiter line at or after `from` (`--b1` must not match `--b10`), or -1. */
  const nextDelimiter = (from: number): number => {
    let at = from === 0 && body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`, from);
    while (at >= 0) {
      const start = body[at] === '\n' ? at + 1 : at;
      const c = body[start + delimiter.length];
      if (
        c === undefined ||
        c === '\n' ||
        c === '\r' ||
        c === ' ' ||
        c === '\t' ||
        (c === '-' && body[start + delimiter.length + 1] === '-')
      )
        return start;
      at = body.indexOf(`\n${delimiter}`, start + delimiter.length);
    }
    return -1;
  };
  const parts: string[] = [];
  let pos = nextDelimiter(0);
  while (pos >= 0 && parts.length < MAX_PARTS) {
    const after = pos + delimiter.length;
    if (body.startsWith('--', after)) break; // close delimiter
    const lineEnd = body.indexOf('\n', after);
    if (lineEnd < 0) break;
    const next = nextDelimiter(lineEnd);
    parts.push(body.slice(lineEnd + 1, next < 0 ? body.length : next - 1));
    pos = next;
  }
  return parts;
}

function walk(text: string, depth: number, parentType: string, out: ReportPart[]): void {
  if (out.length >= MAX_PARTS) return;
  const { headers, bodyStart } = readHeaders(text);
  const body = text.slice(bodyStart);
  const { type, params } = parseContentType(header(headers, 'content-type'));
  const charset = params['charset'] ?? '';
  if (type.startsWith('multipart/')) {
    if (depth >= MAX_DEPTH || !params['boundary']) return;
    let parts = splitMultipart(body, params['boundary']);
    if (type === 'multipart/alternative') {
      const plain = parts.find((p) => parseContentType(header(readHeaders(p).headers, 'content-type')).type === 'text/plain');
      if (plain !== undefined) parts = [plain];
    }
    for (const p of parts) walk(p, depth + 1, type, out);
    return;
  }
  if (ORIGINAL_TYPES.has(type)) {
    // Inside a report it is the returned original. Elsewhere (a bounce forwarded as an attachment) it is the report.
    if (parentType !== 'multipart/report' && type === 'message/rfc822' && depth < MAX_DEPTH)
      walkMessage(bodyText(body, headers, charset), depth + 1, out);
    return;
  }
  if (DSN_TYPES.has(type)) out.push({ kind: 'dsn', text: bodyText(body, headers, charset) });
  else if (type === 'text/html') out.push({ kind: 'human', text: htmlText(bodyText(body, headers, charset)) });
  else if (type.startsWith('text/')) out.push({ kind: 'human', text: bodyText(body, headers, charset) });
}

function walkMessage(text: string, depth: number, out: ReportPart[]): void {
  walk(text, depth, '', out);
}

/** True when `text` opens with an email header block (not a pasted DSN field block or a plain error line). */
function opensWithMailHeaders(text: string): boolean {
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  if (!isFieldLine(firstLine)) return false;
  return readHeaders(text).headers.some((h) => MAIL_HEADERS.has(h.name));
}

/** Reads an email (or a fragment of one) into its report parts. Input must already use `\n` line ends. */
export function parseMail(text: string): ParsedMail {
  if (!opensWithMailHeaders(text)) return { headers: [], parts: [{ kind: 'human', text }], isMail: false };
  const headers = readHeaders(text).headers.map((h) => ({ name: h.name, value: decodeWords(h.value) }));
  const parts: ReportPart[] = [];
  walk(text, 0, '', parts);
  return { headers, parts, isMail: true };
}
