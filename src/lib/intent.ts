/**
 * The intent layer: typed words (`mailbox full`, `宛先が多すぎる`) matched
 * against the titles and keywords of the site's pages before full-text
 * search. Each page is a small bag of tokens; a query's tokens count by how
 * rare they are among all pages, so `mail` or `エラー` weigh little and
 * `quota` or `容量` a lot.
 */

export interface Intent {
  /** Language-less path of the page. */
  path: string;
  title: string;
  /** Strong words: the page's title and the question it answers. */
  titles: string[];
  /** Words and phrases people type for it. */
  keywords: string[];
  /** How much to prefer this kind of page when scores tie: reasons and explainers over single messages. */
  prior: number;
  /** Guides answer questions ("what is DMARC", 「DMARCとは」) before anything else. */
  guide?: boolean;
}

export interface IntentHit {
  intent: Intent;
  score: number;
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'to',
  'of',
  'my',
  'in',
  'on',
  'for',
  'it',
  'be',
  'and',
  'or',
  'i',
  'me',
  'why',
  'what',
  'how',
  'does',
  'do',
  'did',
  'can',
  't',
  's',
  'this',
  'that',
  'with',
  'from',
  'by',
  'at',
  'says',
  'say',
  'got',
  'get',
]);

function stem(word: string): string {
  if (word.length >= 6 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length >= 5 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length >= 5 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The tokens of a text: Latin words lower-cased and stemmed (stop words
 * dropped), and overlapping pairs of characters of Japanese runs (a run of one
 * character stays whole), since Japanese has no spaces.
 * `tokens('Mailbox is full')` → `['mailbox', 'full']`; `tokens('容量オーバー')` → `['容量', '量オ', 'オー', 'ーバ', 'バー']`
 */
export function tokens(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  for (const [run] of normalized.matchAll(CJK_RUN)) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  const latin = normalized.replace(CJK_RUN, ' ');
  for (const [word] of latin.matchAll(LATIN_WORD)) {
    if (!STOP.has(word)) out.push(stem(word));
  }
  return out;
}

interface Prepared {
  intent: Intent;
  strong: Set<string>;
  weak: Set<string>;
  phrases: string[];
}

export interface IntentIndex {
  pages: Prepared[];
  idf: Map<string, number>;
}

/** Tokenizes every page once and weighs each token by how few pages have it. */
export function prepareIntents(intents: readonly Intent[]): IntentIndex {
  const pages = intents.map((intent) => ({
    intent,
    strong: new Set(intent.titles.flatMap(tokens)),
    weak: new Set(intent.keywords.flatMap(tokens)),
    // Titles, each keyword phrase, and all keywords as one line: English keywords are words of one long phrase.
    phrases: [...intent.titles, ...intent.keywords, intent.keywords.join(' ')].map((p) => ` ${tokens(p).join(' ')} `),
  }));
  const df = new Map<string, number>();
  for (const p of pages) for (const t of new Set([...p.strong, ...p.weak])) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map([...df].map(([t, n]) => [t, Math.log(1 + pages.length / n)]));
  return { pages, idf };
}

const UNKNOWN_WEIGHT = 0.5;
/** A query asked as a question: what is, how to, why; 〜とは, 方法, 読み方, 仕組み. */
const QUESTION = /\b(?:what|how|why|guide|delist|removal)\b|とは|方法|読み方|仕組み|やり方|解除|削除/;
const QUESTION_BOOST = 1.6;

/** The share of the query's weight a page must hold to be offered. */
const MIN_COVERAGE = 0.6;

/**
 * Pages for a typed query, best first. A page must hold most of the query's
 * weight; a keyword or title that equals the whole query counts double.
 */
export function searchIntents(query: string, index: IntentIndex, limit = 3): IntentHit[] {
  const q = [...new Set(tokens(query))];
  if (q.length === 0) return [];
  // A word no page has ("get", "off") says little about which page is meant; it must not sink the rest.
  const weight = (t: string) => index.idf.get(t) ?? UNKNOWN_WEIGHT;
  const total = q.reduce((sum, t) => sum + weight(t), 0);
  const phrase = tokens(query).join(' ');
  const question = QUESTION.test(query.normalize('NFKC').toLowerCase());
  const hits: IntentHit[] = [];
  for (const page of index.pages) {
    let held = 0;
    let strong = 0;
    for (const t of q) {
      if (page.strong.has(t)) {
        held += weight(t);
        strong += weight(t);
      } else if (page.weak.has(t)) held += weight(t);
    }
    if (held / total < MIN_COVERAGE) continue;
    const exact = page.phrases.some((p) => p.includes(` ${phrase} `)) ? 2 : 1;
    const asked = question && page.intent.guide ? QUESTION_BOOST : 1;
    hits.push({ intent: page.intent, score: (held + 0.5 * strong) * exact * page.intent.prior * asked * (held / total) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
