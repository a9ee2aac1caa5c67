import { normalizeInput } from './decoder.ts';

/**
 * Matching a pasted message against catalog messages. A catalog message is a
 * sequence of fixed words with variable parts between them (addresses, IPs,
 * host names, IDs: the entry's `vary`); a paste matches when it holds every
 * fixed part, in order.
 */

export interface MatchableMessage {
  message: string;
  aliases: readonly string[];
  vary: readonly string[];
}

/** How much fixed text a match needs, so that an entry made mostly of variable parts never matches by accident. */
const MIN_FIXED = 6;

/**
 * Lower-case letters and digits of any script, single spaces between words.
 * `comparable("User unknown; <a@b>")` → `'user unknown a b'`
 */
export function comparable(text: string): string {
  return normalizeInput(text)
    .toLowerCase()
    .replace(URL, ' ')
    .replace(ENHANCED_CODE, ' ')
    .replace(/\be-mail\b/g, 'email')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(?<!\S)mail(?!\S)/g, 'email')
    .trim();
}

/** Links differ between a published text ("go to Email sender guidelines") and a real reply (the address itself). */
const URL = /\bhttps?:\/\/[^\s'"<>)\]]{1,500}/g;
/** What in a reply names a particular mailbox, host or message rather than the kind of failure. */
const PARTICULAR =
  /[^\s<>()[\]"',;]{1,64}@[^\s<>()[\]"',;]{1,255}|\b(?:\d{1,3}\.){3}\d{1,3}\b|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}\.[a-z]{2,24}\b|\b(?=[a-z]{0,40}\d)(?=\d{0,40}[a-z])[a-z0-9]{6,}\b/gi;

/**
 * The words of a reply that say what went wrong: without addresses, IPs, host
 * names and IDs. `coreWords('No such user yQIGnbTrmLrqb282aVrA - nsmtp')` → `'no such user nsmtp'`
 */
export function coreWords(text: string): string {
  return comparable(normalizeInput(text).replace(URL, ' ').replace(PARTICULAR, ' '));
}

/** A match must cover at least this share of what the reply says, so that `User unknown` does not claim `User unknown in virtual alias table`. */
const MIN_COVER = 0.5;

/** Enhanced status codes repeated inside a text (`#5.7.1 SPF unauthorized …`) are codes, not words of the message. */
const ENHANCED_CODE = /(?<![\w.])#?[245]\.\d{1,3}\.\d{1,3}(?![\w.])/g;

/**
 * The fixed parts of a message: what is left between its variable parts.
 * `fixedParts('connect to mx.example.com[192.0.2.1]:25: Connection timed out', ['mx.example.com', '192.0.2.1'])`
 * → `['connect to', '25 connection timed out']`
 */
export function fixedParts(message: string, vary: readonly string[]): string[] {
  let parts = [message];
  for (const v of [...vary].sort((a, b) => b.length - a.length)) {
    if (!v) continue;
    parts = parts.flatMap((p) => p.split(v));
  }
  return parts.map(comparable).filter((p) => p.length > 0);
}

/** Length of fixed text matched when every part occurs in `text` in order; 0 when one is missing. */
export function matchLength(text: string, parts: readonly string[]): number {
  let from = 0;
  let total = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at === -1) return 0;
    from = at + part.length;
    total += part.length;
  }
  return total >= MIN_FIXED ? total : 0;
}

/** Every spelling of an entry as fixed parts: the message and its aliases (aliases vary the same way where they share the parts). */
export function spellingParts(entry: MatchableMessage): string[][] {
  return [entry.message, ...entry.aliases].map((s) =>
    fixedParts(
      s,
      entry.vary.filter((v) => s.includes(v)),
    ),
  );
}

/** Share of an entry's fixed words, by length, that a paste must hold in order for a loose match. */
const MIN_LOOSE_SHARE = 0.6;
/** Fewest words in common for a loose match. */
const MIN_LOOSE_WORDS = 4;
/** A loose match must beat the next entry by this factor, or the paste is too ambiguous to name one. */
const LOOSE_MARGIN = 1.15;
/** Words of a paste compared loosely: messages sit at the start of what is pasted. */
const MAX_LOOSE_WORDS = 160;

/**
 * The longest common subsequence of words between a paste and an entry: how
 * much of the entry appears in the paste in order (its characters without
 * spaces, its word count), and which of the entry's words it holds.
 */
export function alignWords(paste: readonly string[], entry: readonly string[]): { chars: number; words: number; held: boolean[] } {
  const n = paste.length;
  const m = entry.length;
  const width = m + 1;
  const dp = new Int32Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const up = dp[(i - 1) * width + j]!;
      const left = dp[i * width + j - 1]!;
      const word = entry[j - 1]!;
      const diag = paste[i - 1] === word ? dp[(i - 1) * width + j - 1]! + word.length : -1;
      dp[i * width + j] = Math.max(up, left, diag);
    }
  }
  const held = new Array<boolean>(m).fill(false);
  let words = 0;
  for (let i = n, j = m; i > 0 && j > 0;) {
    const here = dp[i * width + j]!;
    if (paste[i - 1] === entry[j - 1] && here === dp[(i - 1) * width + j - 1]! + entry[j - 1]!.length) {
      held[j - 1] = true;
      words++;
      i--;
      j--;
    } else if (here === dp[(i - 1) * width + j]) i--;
    else j--;
  }
  return { chars: dp[n * width + m]!, words, held };
}

/** Where a published text starts naming a link that a real reply spells as its address: `go to`, `visit`, `see`, `learn more`. */
function linkStart(words: readonly string[]): number {
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if ((w === 'go' && words[j + 1] === 'to') || w === 'visit' || w === 'see' || (w === 'learn' && words[j + 1] === 'more')) return j;
  }
  return words.length;
}

/** A word of letters and digits together, such as `tss04`: a provider's mark, not a word. */
const MARK = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]+$/;

/** `sameStem('checking', 'check')` → true: one word begins the other, at least four letters long. */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * True when every word of the entry the paste lacks is harmless: outside the
 * stretch the paste holds, a short word,
 * the same stem as a word of the paste (`double-check`, `double-checking`), or
 * part of link text. A different content word (`alias table` for `mailbox
 * table`) means a different message.
 */
function onlyHarmlessGaps(paste: readonly string[], entry: readonly string[], held: readonly boolean[]): boolean {
  const link = linkStart(entry);
  // Words before the first held one or after the last: the paste is a fragment, or the server cut the text short.
  const first = held.indexOf(true);
  const last = held.lastIndexOf(true);
  // A provider's mark (`TSS04`, `CS01`) names the message: a paste without it is another message, wherever it stood.
  for (let j = 0; j < entry.length; j++) if (!held[j] && MARK.test(entry[j]!)) return false;
  for (let j = first + 1; j < last; j++) {
    if (held[j] || j >= link) continue;
    const word = entry[j]!;
    if (word.length <= 2) continue;
    if (!paste.some((p) => sameStem(p, word))) return false;
  }
  return true;
}

interface Scored<E> {
  entry: E;
  score: number;
  exact: boolean;
}

function score(text: string, words: readonly string[], parts: readonly string[], core: number): { score: number; exact: boolean } {
  const exact = matchLength(text, parts);
  if (exact > 0) return exact >= core * MIN_COVER ? { score: exact, exact: true } : { score: 0, exact: false };
  const entryWords = parts.join(' ').split(' ').filter(Boolean);
  const total = entryWords.reduce((n, w) => n + w.length, 0);
  const common = alignWords(words, entryWords);
  const share = total > 0 ? common.chars / total : 0;
  // Weighed by share too, so that a long message that merely contains the paste's words does not outscore the one they make up.
  if (common.words >= MIN_LOOSE_WORDS && share >= MIN_LOOSE_SHARE && onlyHarmlessGaps(words, entryWords, common.held)) {
    return { score: common.chars * share, exact: false };
  }
  return { score: 0, exact: false };
}

/**
 * The entry whose message the text holds: every fixed part in order (the most
 * fixed text wins), or else most of its words in order, clearly more than any
 * other entry's. `undefined` when no entry fits, or when two fit about
 * equally loosely: naming the wrong message is worse than naming none.
 */
export function bestMatch<E extends MatchableMessage>(candidates: readonly E[], message: string): E | undefined {
  const text = comparable(message);
  if (!text) return undefined;
  const words = text.split(' ').slice(0, MAX_LOOSE_WORDS);
  const core = coreWords(message).replace(/ /g, '').length;
  const scored: Scored<E>[] = [];
  for (const entry of candidates) {
    let best = { score: 0, exact: false };
    for (const parts of spellingParts(entry)) {
      const s = score(text, words, parts, core);
      if (s.exact > best.exact || (s.exact === best.exact && s.score > best.score)) best = s;
    }
    if (best.score > 0) scored.push({ entry, ...best });
  }
  const exact = scored.filter((s) => s.exact).sort((a, b) => b.score - a.score);
  if (exact[0]) return exact[0].entry;
  const loose = scored.sort((a, b) => b.score - a.score);
  const [first, second] = loose;
  if (!first) return undefined;
  if (second && first.score < second.score * LOOSE_MARGIN) return undefined;
  return first.entry;
}

/** True when the text is the whole of one spelling of the message, its variable parts aside (`Relay access denied`). */
export function isWholeMessage(text: string, entry: MatchableMessage): boolean {
  const words = comparable(text);
  return words.length > 0 && spellingParts(entry).some((parts) => parts.join(' ') === words);
}
