/**
 * Finds SMTP reply codes (`550`) and enhanced status codes (`5.1.1`) in
 * anything a person pastes: a bare code, an error line, a DSN header, a
 * multi-line reply or a whole bounce email. Linear in the input: every
 * pattern has bounded repetition and each line is scanned once.
 */

/** One error found in the text: a reply code, a status code, or both, and the text after them. */
export interface Finding {
  reply?: string;
  status?: string;
  /** The server's text after the codes (may include IDs and host names). */
  message: string;
}

/** Folds full-width forms, typographic quotes and dashes, and line endings. */
export function normalizeInput(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

const STATUS = /(?<![\w./:])([245])\.(\d{1,3})\.(\d{1,3})(?![\w-]|\.\d)/g;
const REPLY = /(?<![\w./:,-])([2-5][0-5]\d)(?=[ \t-]|$)/g;
/** Words that make the number after them a version, not a code: `version 5.1.1`, `v5.1.1`. */
const VERSION_BEFORE = /(?:version|ver\.?|release|rev\.?|v)\s*$/i;
/** What may stand before a reply code that has no status code after it. */
const REPLY_LEAD = /(?:^|[;:#'"(>=\[]|smtp|said|error)\s*$/i;

interface Token {
  kind: 'reply' | 'status';
  value: string;
  start: number;
  end: number;
}

function tokens(line: string): Token[] {
  const found: Token[] = [];
  for (const m of line.matchAll(STATUS)) {
    if (VERSION_BEFORE.test(line.slice(Math.max(0, m.index - 10), m.index))) continue;
    found.push({ kind: 'status', value: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(REPLY)) {
    found.push({ kind: 'reply', value: m[1] ?? '', start: m.index, end: m.index + (m[1]?.length ?? 0) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when only spaces, tabs and hyphens stand between two positions. */
function joined(line: string, from: number, to: number): boolean {
  return to - from <= 4 && /^[ \t-]*$/.test(line.slice(from, to));
}

function messageAfter(line: string, end: number): string {
  return line.slice(end).replace(/^[\s\-:;,)\]]+/, '').trim();
}

interface LineFinding extends Finding {
  /** The reply code was followed by `-`: a multi-line reply continues on the next line. */
  continues: boolean;
  standalone: boolean;
}

function findInLine(line: string, onlyCodes: boolean): LineFinding[] {
  const toks = tokens(line);
  const out: LineFinding[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'reply') {
      // `550 550 5.7.1`: a reply code repeated before its status code.
      let j = i + 1;
      while (toks[j]?.kind === 'reply' && toks[j]!.value === t.value && joined(line, toks[j - 1]!.end, toks[j]!.start)) j++;
      const next = toks[j];
      if (next?.kind === 'status' && joined(line, toks[j - 1]!.end, next.start)) {
        out.push({
          reply: t.value,
          status: next.value,
          message: messageAfter(line, next.end),
          continues: line[toks[j - 1]!.end] === '-',
          standalone: false,
        });
        i = j;
        continue;
      }
      if (onlyCodes || REPLY_LEAD.test(line.slice(0, t.start))) {
        out.push({ reply: t.value, message: messageAfter(line, t.end), continues: line[t.end] === '-', standalone: true });
      }
      continue;
    }
    const [cls, subject] = t.value.split('.');
    if (onlyCodes || (cls !== '2' && Number(subject) <= 7)) {
      out.push({ status: t.value, message: messageAfter(line, t.end), continues: false, standalone: true });
    }
  }
  return out;
}

const sameCodes = (a: Finding, b: Finding) => a.reply === b.reply && a.status === b.status;

/**
 * Every error in the text, in order of appearance, without repeats.
 * `findCodes('550-5.1.1 No such user')` → `[{ reply: '550', status: '5.1.1', message: 'No such user' }]`
 */
export function findCodes(input: string): Finding[] {
  const text = normalizeInput(input);
  const onlyCodes = /^[\s\d.#()\-]*$/.test(text);
  const lines = text.split('\n');
  const found: LineFinding[] = [];
  let previous: LineFinding | undefined;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const inLine = findInLine(line, onlyCodes);
    // A folded DSN header (`Diagnostic-Code:`) continues on indented lines.
    if (inLine.length > 0 && !inLine.at(-1)!.continues) {
      let next = lines[n + 1];
      while (next !== undefined && /^[ \t]+\S/.test(next) && !/^[ \t]*[\w-]+:\s/.test(next) && findInLine(next, false).length === 0) {
        inLine.at(-1)!.message = `${inLine.at(-1)!.message} ${next.trim()}`.trim();
        n++;
        next = lines[n + 1];
      }
    }
    for (const f of inLine) {
      if (previous?.continues && sameCodes(previous, f) && !previous.standalone) {
        previous.message = `${previous.message} ${f.message}`.trim();
        previous.continues = f.continues;
        continue;
      }
      found.push(f);
      previous = f;
    }
    if (inLine.length === 0) previous = undefined;
  }

  const pairs = found.filter((f) => f.reply && f.status);
  const result: Finding[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    // A lone code that a full pair already explains (`Status: 5.1.1` beside `550 5.1.1 …`) adds nothing.
    if (!f.reply && pairs.some((p) => p.status === f.status)) continue;
    if (!f.status && f.standalone && pairs.some((p) => p.reply === f.reply)) continue;
    const key = `${f.reply ?? ''} ${f.status ?? ''} ${f.message.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ ...(f.reply ? { reply: f.reply } : {}), ...(f.status ? { status: f.status } : {}), message: f.message });
  }
  return result;
}

/** The text left when every code is removed: what full-text search should look for. */
export function wordsWithoutCodes(input: string): string {
  return normalizeInput(input)
    .replace(STATUS, ' ')
    .replace(/(?<![\w.])[2-5][0-5]\d(?![\w.])/g, ' ')
    .replace(/(^|\s)[-#;:()]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
