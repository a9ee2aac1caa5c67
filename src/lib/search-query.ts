import { normalizeInput, wordsWithoutCodes } from './decoder.ts';

/** How much of a paste goes to full-text search: a bounce can be megabytes. */
export const MAX_FULLTEXT_INPUT = 2000;
const MAX_WORDS = 8;

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Noise in pasted bounces that no page contains: addresses, URLs, IDs, host names, header names. */
function isNoise(word: string): boolean {
  return (
    word.includes('@') ||
    /^[a-z][a-z0-9+.-]*:\/\//i.test(word) ||
    /^[\w-]+:$/.test(word) ||
    /^[\w-]+(\.[\w-]+)+\.?$/.test(word) ||
    (/\d/.test(word) && /[a-z]/i.test(word) && word.length >= 6) ||
    !/\p{L}/u.test(word)
  );
}

/**
 * The words of a query worth sending to full-text search: codes, IDs,
 * addresses and punctuation removed, at most eight words.
 * `fullTextWords('550 5.1.1 No such user yQIGnbTrmLrqb282aVrA – nsmtp')` → `['No', 'such', 'user', 'nsmtp']`
 */
export function fullTextWords(query: string): string[] {
  const text = wordsWithoutCodes(normalizeInput(query).slice(0, MAX_FULLTEXT_INPUT));
  return text
    .split(/[\s<>()[\]{}"'`,;]+/)
    .filter((w) => !isNoise(w))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
}

/**
 * Smaller queries to try when all the words together find nothing: the
 * longest words alone, and Japanese words cut back to their kanji stem
 * (`存在しません` → `存在`), since full-text search does not stem Japanese.
 */
export function fallbackQueries(words: readonly string[]): string[] {
  const out: string[] = [];
  const add = (q: string) => {
    if (q && !out.includes(q) && !(words.length === 1 && words[0] === q)) out.push(q);
  };
  const longest = [...words].filter((w) => w.length >= (CJK.test(w) ? 2 : 4)).sort((a, b) => b.length - a.length);
  for (const w of longest.slice(0, 3)) {
    add(w);
    const stem = /^[\u3400-\u9fff\u30a0-\u30ff]{2,}/.exec(w)?.[0];
    if (stem && stem !== w) add(stem);
  }
  return out;
}
