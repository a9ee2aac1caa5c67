/**
 * Finds SMTP reply codes (`550`, RFC 5321 §4.2) and enhanced status codes (`5.1.1`, RFC 3463)
 * in one line. A hand-written scanner: each character is looked at a bounded number of times,
 * so a line of any length costs time linear in its length.
 */

export interface LineCode {
  reply?: string;
  status?: string;
  /** The text after the codes, up to the next code group on the line. */
  message: string;
  /** The reply code was followed by `-`: a multi-line reply continues (RFC 5321 §4.2.1). */
  continues: boolean;
  /** Where the code group starts in the line. */
  start: number;
}

interface Token {
  kind: 'reply' | 'status';
  value: string;
  start: number;
  end: number;
}

/** An SMTP reply line holds a few codes; an unfolded multi-line Diagnostic-Code a few dozen. */
const MAX_TOKENS = 64;
const MAX_MESSAGE = 2000;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `ddd` with `[2-5][0-5]\d`, followed by a space, tab, `-` or the end. */
function replyAt(line: string, i: number): number {
  const a = line.charCodeAt(i);
  const b = line.charCodeAt(i + 1);
  const c = line.charCodeAt(i + 2);
  if (!(a >= 50 && a <= 53 && b >= 48 && b <= 53 && isDigit(c))) return -1;
  const after = line[i + 3];
  return after === undefined || after === ' ' || after === '\t' || after === '-' ? i + 3 : -1;
}

/** `[245].d{1,3}.d{1,3}`, not followed by a word character, `-` or `.digit`. */
function statusAt(line: string, i: number): number {
  const a = line.charCodeAt(i);
  if (!(a === 50 || a === 52 || a === 53) || line[i + 1] !== '.') return -1;
  let j = i + 2;
  for (let part = 0; part < 2; part++) {
    const from = j;
    while (j < line.length && j - from < 4 && isDigit(line.charCodeAt(j))) j++;
    if (j === from || j - from > 3) return -1;
    if (part === 0) {
      if (line[j] !== '.') return -1;
      j++;
    }
  }
  const next = line.charCodeAt(j);
  if (isWord(next) || line[j] === '-' || (line[j] === '.' && isDigit(line.charCodeAt(j + 1)))) return -1;
  return j;
}

function tokens(line: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < line.length && out.length < MAX_TOKENS) {
    const c = line.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const before = i > 0 ? line.charCodeAt(i - 1) : 32;
    const prev = line[i - 1];
    if (!isWord(before) && prev !== '.' && prev !== '/' && prev !== ':') {
      const s = statusAt(line, i);
      if (s > 0) {
        out.push({ kind: 'status', value: line.slice(i, s), start: i, end: s });
        i = s;
        continue;
      }
      const r = prev === ',' || prev === '-' ? -1 : replyAt(line, i);
      if (r > 0) {
        out.push({ kind: 'reply', value: line.slice(i, r), start: i, end: r });
        i = r;
        continue;
      }
    }
    // Not a code: skip the whole run of digits, letters and dots so no position is tried twice.
    while (i < line.length && (isWord(line.charCodeAt(i)) || line[i] === '.')) i++;
  }
  return out;
}

/** Words after which a lone code is a code: `said: 550`, `smtp;550`, `error 550`, `Status: 5.1.1`. */
const LEAD_WORDS = new Set(['smtp', 'said', 'error', 'status', 'code', 'reason', 'returned', 'esmtp', 'response']);
const LEAD_MARKS = ';:#\'"(>=[<';

/** True when what stands before `start` lets a lone code be a code (not `We sent 550 messages`). */
function leadOk(line: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && (line[j] === ' ' || line[j] === '\t') && start - j < 16) j--;
  if (j < 0) return true;
  if (LEAD_MARKS.includes(line[j]!)) return true;
  let m = j;
  while (m >= 0 && j - m < 12 && isLetter(line.charCodeAt(m))) m--;
  if (m >= 0 && isLetter(line.charCodeAt(m))) return false;
  return LEAD_WORDS.has(line.slice(m + 1, j + 1).toLowerCase());
}

/** Only spaces, tabs, hyphens and quotes (`550-'5.1.1`) between two positions, and few of them. */
function joined(line: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!' \t-\'"'.includes(line[k]!)) return false;
  return true;
}

const LEADING_PUNCT = /^[\s\-:;,)\]]+/;

/** The message between `from` and `to`, cut at a closing quote when the reply was quoted (`'550 5.1.10 …'`). */
function messageBetween(line: string, from: number, to: number, quote: string | undefined): string {
  let text = line.slice(from, Math.min(to, from + MAX_MESSAGE));
  if (quote) {
    const close = text.lastIndexOf(quote);
    if (close >= 0) text = text.slice(0, close);
  }
  text = text.replace(LEADING_PUNCT, '').trim();
  // `(reason: 550 5.1.1 …)`: the wrapper's closing parenthesis is not the server's.
  if (text.endsWith(')') && count(text, ')') > count(text, '(')) text = text.slice(0, -1).trimEnd();
  return text.replace(/\s*#{2,}>?$/, '');
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === ch) n++;
  return n;
}

function quoteBefore(line: string, replyStart: number, statusStart: number | undefined): string | undefined {
  for (const q of ["'", '"']) {
    if (line[replyStart - 1] === q) return q;
    if (statusStart !== undefined && line.slice(replyStart, statusStart).includes(q)) return q;
  }
  return undefined;
}

/**
 * The code groups in a line. `lenient` (the whole input is only codes) accepts lone codes anywhere;
 * otherwise a lone reply or status code needs a lead (`said:`, `;`, line start …) and a lone status
 * code must be 4.x.x/5.x.x with a registered subject (0–7).
 * A multi-line reply written on one line (`550-5.1.1 a 550-5.1.1 b 550 5.1.1 c`, an unfolded
 * Diagnostic-Code) is one group with the messages joined.
 */
export function codesInLine(line: string, lenient = false): LineCode[] {
  const toks = tokens(line);
  if (toks.length === 0) return [];
  const groups: { reply?: string; status?: string; start: number; end: number; continues: boolean; quote?: string }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'reply') {
      let j = i + 1;
      // `550 550 5.7.1`: a reply code repeated before its status code.
      while (toks[j]?.kind === 'reply' && toks[j]!.value === t.value && joined(line, toks[j - 1]!.end, toks[j]!.start)) j++;
      const next = toks[j];
      const last = toks[j - 1]!;
      if (next?.kind === 'status' && joined(line, last.end, next.start)) {
        const quote = quoteBefore(line, t.start, next.start);
        groups.push({
          reply: t.value,
          status: next.value,
          start: t.start,
          end: next.end,
          continues: line[last.end] === '-' && !quote,
          quote,
        });
        i = j;
      } else if (lenient || leadOk(line, t.start)) {
        groups.push({
          reply: t.value,
          start: t.start,
          end: t.end,
          continues: line[t.end] === '-',
          quote: quoteBefore(line, t.start, undefined),
        });
      } else if (groups.at(-1)?.continues && groups.at(-1)!.reply === t.value && !groups.at(-1)!.status) {
        groups.push({ reply: t.value, start: t.start, end: t.end, continues: line[t.end] === '-' });
      }
      continue;
    }
    const [cls, subject] = t.value.split('.');
    // `552 5.3.4 #5.3.4 message header size exceeds limit`: the status repeated after its pair belongs to it.
    const prevGroup = groups.at(-1);
    if (prevGroup?.status === t.value && t.start - prevGroup.end <= 4 && /^[\s#(]*$/.test(line.slice(prevGroup.end, t.start))) {
      prevGroup.end = t.end;
      continue;
    }
    if (lenient || (cls !== '2' && Number(subject) <= 7 && leadOk(line, t.start))) {
      groups.push({ status: t.value, start: t.start, end: t.end, continues: false });
    }
  }
  // `#5.7.1 smtp;530 5.7.1 …`, SES `5.1.0 - … 550-'5.1.1 …'`: a lone status before a full reply only wraps it.
  const firstPair = groups.findIndex((g) => g.reply && g.status);
  if (firstPair > 0) groups.splice(0, firstPair, ...groups.slice(0, firstPair).filter((g) => g.reply));
  const out: LineCode[] = [];
  for (let g = 0; g < groups.length; g++) {
    const cur = groups[g]!;
    let message = messageBetween(line, cur.end, groups[g + 1]?.start ?? line.length, cur.quote);
    // qmail's `Sorry, no mailbox here by that name. (#5.1.1)`: the text stands before a closing status code.
    if (!message && !cur.reply && groups.length === 1)
      message = line
        .slice(Math.max(0, cur.start - MAX_MESSAGE), cur.start)
        .replace(/[\s(#]+$/, '')
        .trim();
    const prev = out.at(-1);
    const prevGroup = groups[g - 1];
    if (prev && prevGroup?.continues && prev.reply === cur.reply && prev.status === cur.status) {
      prev.message = `${prev.message} ${message}`.trim();
      prev.continues = cur.continues;
      continue;
    }
    out.push({
      ...(cur.reply ? { reply: cur.reply } : {}),
      ...(cur.status ? { status: cur.status } : {}),
      message,
      continues: cur.continues,
      start: cur.start,
    });
  }
  return out;
}

/** True when a status code is well-formed for a reply code's class (2xx with 2.x.x, 4xx with 4.x.x, 5xx with 5.x.x). */
export function sameClass(reply: string | undefined, status: string | undefined): boolean {
  return !reply || !status || reply[0] === status[0];
}
