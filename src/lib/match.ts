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
    .replace(ENHANCED_CODE, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

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
  return [entry.message, ...entry.aliases].map((s) => fixedParts(s, entry.vary.filter((v) => s.includes(v))));
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
 * Characters (without spaces) of the longest common subsequence of words: how
 * much of `entry` appears in `paste` in order, allowing words in between and
 * words missing (servers reword a link, add an ID, fold a line).
 */
export function commonWords(paste: readonly string[], entry: readonly string[]): { chars: number; words: number } {
  const m = entry.length;
  let prev = new Array<{ chars: number; words: number }>(m + 1).fill({ chars: 0, words: 0 });
  for (const word of paste) {
    const row = [{ chars: 0, words: 0 }];
    for (let j = 1; j <= m; j++) {
      const up = prev[j]!;
      const left = row[j - 1]!;
      const diag = prev[j - 1]!;
      const take = entry[j - 1] === word ? { chars: diag.chars + word.length, words: diag.words + 1 } : undefined;
      let best = up.chars >= left.chars ? up : left;
      if (take && take.chars > best.chars) best = take;
      row.push(best);
    }
    prev = row;
  }
  return prev[m]!;
}

interface Scored<E> {
  entry: E;
  score: number;
  exact: boolean;
}

function score(text: string, words: readonly string[], parts: readonly string[]): { score: number; exact: boolean } {
  const exact = matchLength(text, parts);
  if (exact > 0) return { score: exact, exact: true };
  const entryWords = parts.join(' ').split(' ').filter(Boolean);
  const total = entryWords.reduce((n, w) => n + w.length, 0);
  const common = commonWords(words, entryWords);
  const share = total > 0 ? common.chars / total : 0;
  // Weighed by share too, so that a long message that merely contains the paste's words does not outscore the one they make up.
  if (common.words >= MIN_LOOSE_WORDS && share >= MIN_LOOSE_SHARE) return { score: common.chars * share, exact: false };
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
  const scored: Scored<E>[] = [];
  for (const entry of candidates) {
    let best = { score: 0, exact: false };
    for (const parts of spellingParts(entry)) {
      const s = score(text, words, parts);
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
