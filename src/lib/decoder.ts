/**
 * Finds SMTP reply codes (`550`) and enhanced status codes (`5.1.1`) in anything a person pastes:
 * a bare code, an error line, a DSN, a multi-line reply or a whole bounce email. The findings come
 * from the bounce parser (`./bounce/index.ts`), the leading one first; linear in the input.
 */
import { normalizeInput, parseBounce } from './bounce/index.ts';

export { normalizeInput };

/** One error found in the text: a reply code, a status code, or both, and the text after them. */
export interface Finding {
  reply?: string;
  status?: string;
  /** The server's text after the codes (may include IDs and host names). */
  message: string;
}

/**
 * Every error in the text without repeats, the one that leads the bounce first (a failed recipient's
 * remote reply), then the others in order of appearance.
 * `findCodes('550-5.1.1 No such user')` → `[{ reply: '550', status: '5.1.1', message: 'No such user' }]`
 */
export function findCodes(input: string): Finding[] {
  const result: Finding[] = [];
  const seen = new Set<string>();
  for (const r of parseBounce(input).recipients) {
    if (!r.reply && !r.status) continue;
    const key = `${r.reply ?? ''} ${r.status ?? ''} ${r.message.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ ...(r.reply ? { reply: r.reply } : {}), ...(r.status ? { status: r.status } : {}), message: r.message });
  }
  return result;
}

const STATUS = /(?<![\w./:])([245])\.(\d{1,3})\.(\d{1,3})(?![\w-]|\.\d)/g;

/** The text left when every code is removed: what full-text search should look for. */
export function wordsWithoutCodes(input: string): string {
  return normalizeInput(input)
    .replace(STATUS, ' ')
    .replace(/(?<![\w.])[2-5][0-5]\d(?![\w.])/g, ' ')
    .replace(/(^|\s)[-#;:()]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
