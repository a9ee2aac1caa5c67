import { isLang, type Lang } from '../i18n/locales.ts';
import { genericStatus, pairLabel } from './catalog.ts';
import type { CodeIndex, IndexEntry } from './code-index.ts';
import { REPLY_CODE, STATUS_CODE } from './code-formats.ts';

/**
 * What the not-found page makes of the address it was served for: which
 * language, which page the reader most likely meant, or which code to explain.
 * Pure: the browser script (`src/client/not-found.ts`) feeds it `location` and
 * the site's list of paths. Every step is linear in the (capped) address.
 */

/** At most this much of a path is read: no real address is longer, and a hostile one costs nothing more. */
export const MAX_PATH_CHARS = 2048;
/** The address is shown back to the reader up to this many characters. */
export const MAX_SHOWN_CHARS = 160;
/** Words of the address put in the search box, at most. */
const MAX_QUERY_CHARS = 200;
/** Slugs longer than this are not compared for near misses. */
const MAX_SLUG_CHARS = 100;

/** The first folder of every page path. */
export const SECTIONS = ['codes', 'reply', 'status', 'providers', 'reasons', 'guides', 'search'] as const;
type Section = (typeof SECTIONS)[number];

/** What people type instead of a section name. */
const SECTION_ALIASES: Record<string, Section> = {
  code: 'codes',
  error: 'codes',
  errors: 'codes',
  replies: 'reply',
  'reply-code': 'reply',
  'reply-codes': 'reply',
  statuses: 'status',
  'status-code': 'status',
  'status-codes': 'status',
  enhanced: 'status',
  provider: 'providers',
  reason: 'reasons',
  causes: 'reasons',
  guide: 'guides',
};

export interface Address {
  /** The language the path names (`/ja/…`, also `/JA/`, `/ja-jp/`, `/jp/`), if any. */
  lang: Lang | undefined;
  /** Language-less, base-less page path as the site writes it: lower-case, single slashes, final slash (`codes/550-5.1.1/`; `''` for home). */
  path: string;
  /** The address as the reader has it, decoded, control characters replaced, shortened: to show as text. */
  shown: string;
}

/** Percent-decoding that never throws: a broken sequence stays as it is. */
export function decodeLoosely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Control, format (bidi overrides, zero-width) and separator characters that must not reach the page as such. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Text safe to show: invisible characters become `�`, and long text is cut with an ellipsis. */
export function visibleText(text: string, max = MAX_SHOWN_CHARS): string {
  const chars = [...text.slice(0, max * 2)];
  const cut = chars.length > max || text.length > max * 2;
  return chars.slice(0, max).join('').replace(INVISIBLE, '\uFFFD') + (cut ? '…' : '');
}

/** Hyphens, dashes and the Japanese long-vowel mark that keyboards and IMEs type for `-`. */
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFE58\uFE63\uFF0D\uFF70]/g;
/** Japanese full stops and commas typed between digits. */
const STOPS = /[\u3002\uFF61]/g;

const LANG_ALIASES: Record<string, Lang> = { jp: 'ja', jpn: 'ja', eng: 'en' };

/** `langOf('ja-jp')` → `'ja'`, `langOf('jp')` → `'ja'`, `langOf('codes')` → `undefined` */
export function langOf(segment: string | undefined): Lang | undefined {
  if (!segment) return undefined;
  const alias = LANG_ALIASES[segment];
  if (alias) return alias;
  const tag = /^([a-z]{2})(?:[-_][a-z0-9]{1,8})?$/.exec(segment)?.[1];
  return isLang(tag) ? tag : undefined;
}

/**
 * Reads a `location.pathname` (and the site's base path): full-width
 * characters, capitals, doubled or missing slashes, dashes and `.html` are
 * normalised away. `readAddress('/EN//Codes/550-5.1.1', '/')` →
 * `{ lang: 'en', path: 'codes/550-5.1.1/', shown: '/EN//Codes/550-5.1.1' }`
 */
export function readAddress(pathname: string, base = '/'): Address {
  const decoded = decodeLoosely(pathname.slice(0, MAX_PATH_CHARS));
  const shown = visibleText(decoded);
  let text = decoded.normalize('NFKC').toLowerCase().replace(DASHES, '-').replace(STOPS, '.').replace(/\\/g, '/').replace(INVISIBLE, '');
  const trimmedBase = base.toLowerCase().replace(/\/+$/, '');
  if (trimmedBase && (text === trimmedBase || text.startsWith(`${trimmedBase}/`))) text = text.slice(trimmedBase.length);
  const segments = text
    .split('/')
    .map((s) => s.trim().replace(/\s+/g, '-'))
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  const last = segments.at(-1);
  if (last !== undefined && /^index\.(?:html?|php)$/.test(last)) segments.pop();
  else if (last !== undefined) segments[segments.length - 1] = last.replace(/\.(?:html?|php)$/, '');
  const lang = langOf(segments[0]);
  if (lang) segments.shift();
  return { lang, path: segments.map((s) => `${s}/`).join(''), shown };
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions,
 * deletions, substitutions and swaps of neighbours), stopping early: any
 * distance above `max` is reported as `max + 1`.
 * `editDistance('spf-chekc-failed', 'spf-check-failed')` → `1`
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > MAX_SLUG_CHARS || b.length > MAX_SLUG_CHARS) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** How far a slug may be from a real one and still count as a typo of it: shorter words allow less. */
export function typoLimit(slug: string): number {
  return slug.length <= 4 ? 1 : 2;
}

/** The site's pages, as `/search/paths.json` lists them. */
export interface SiteMap {
  /** Language-less path of every page (`''` for home). */
  paths: readonly string[];
  /** Retired paths and where they went (`content/redirects.yaml`). */
  redirects: Readonly<Record<string, string>>;
}

export type Diagnosis =
  /** The address means one real page: go there. */
  | { kind: 'page'; path: string }
  /** Several real pages are close: list them. */
  | { kind: 'choices'; paths: string[] }
  /** A code pair with no catalog page. */
  | { kind: 'pair'; reply: string; status: string }
  /** A well-formed status code (or reply code) with no page of its own. */
  | { kind: 'status'; status: string }
  | { kind: 'reply'; reply: string }
  /** Anything else: search with these words; these pages look most like the address. */
  | { kind: 'words'; query: string; paths: string[] };

/** `550-5.1.1`, `550_5.1.1`, `550+5.1.1`, `5505.1.1`, `5.1.1`, `550` → its parts. */
export function parsePairSlug(slug: string): { reply?: string; status?: string } | undefined {
  const match = /^(?:([2-5]\d\d)[-_+,.]?)?([245][.,_-]\d{1,3}[.,_-]\d{1,3})?$/.exec(slug);
  if (!match || (!match[1] && !match[2])) return undefined;
  const status = match[2]?.replace(/[,_-]/g, '.');
  if (status && !STATUS_CODE.test(status)) return undefined;
  return { ...(match[1] ? { reply: match[1] } : {}), ...(status ? { status } : {}) };
}

function slugOfPair(pair: { reply?: string; status?: string }): string {
  return [pair.reply, pair.status].filter(Boolean).join('-');
}

/** `fixSection('cdoes')` → `'codes'`; `fixSection('foo')` → `undefined` */
export function fixSection(segment: string | undefined): Section | undefined {
  if (!segment) return undefined;
  if ((SECTIONS as readonly string[]).includes(segment)) return segment as Section;
  if (SECTION_ALIASES[segment]) return SECTION_ALIASES[segment];
  const close = SECTIONS.filter((s) => editDistance(segment, s, 1) <= Math.min(1, typoLimit(segment)));
  return close.length === 1 ? close[0] : undefined;
}

const split = (path: string) => path.split('/').filter(Boolean);
const join = (segments: readonly string[]) => segments.map((s) => `${s}/`).join('');

/** Pages among `candidates` within typo distance of `slug`: the one nearest, or all that tie. */
function nearest(slug: string, candidates: readonly { slug: string; path: string }[]): string[] {
  const limit = typoLimit(slug);
  let best = limit + 1;
  let found: string[] = [];
  for (const c of candidates) {
    const d = editDistance(slug, c.slug, limit);
    if (d < best) {
      best = d;
      found = [c.path];
    } else if (d === best && d <= limit) found.push(c.path);
  }
  return found;
}

/** Words of a slug or path: `'550-5.7.1/spf-check'` → `['550', '5.7.1', 'spf', 'check']`. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

/**
 * Pages whose path shares the most words with the address (a word within one
 * typo counts). At most `limit`, best first; none when nothing is shared.
 */
export function likelyPages(path: string, paths: readonly string[], limit = 5): string[] {
  // Single letters and short numbers match too much to mean anything (`ip` does).
  const meaningful = (w: string) =>
    (w.length >= 3 || (w.length === 2 && /^\p{L}+$/u.test(w))) && !(SECTIONS as readonly string[]).includes(w);
  const words = [...new Set(wordsOf(path).filter(meaningful))].slice(0, 12);
  if (words.length === 0) return [];
  const scored: { path: string; score: number }[] = [];
  for (const candidate of paths) {
    const theirs = wordsOf(candidate);
    let score = 0;
    for (const w of words) {
      if (theirs.includes(w)) score += 2;
      else if (w.length >= 4 && theirs.some((t) => editDistance(w, t, 1) <= 1)) score += 1;
    }
    // Every word should count: a page that matches more of them, with fewer words of its own, is closer.
    if (score > 0) scored.push({ path: candidate, score: score - theirs.length / 100 });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path))
    .slice(0, limit)
    .map((s) => s.path);
}

/** The words of the address for the search box: `'guides/spf-dkm/'` → `'spf dkm'`. */
export function queryOf(path: string): string {
  const segments = split(path);
  if (fixSection(segments[0])) segments.shift();
  return segments
    .join(' ')
    .replace(/[_+]+|-(?![\d])|(?<![\d])-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS);
}

/**
 * What the address most likely means, given the site's pages.
 * `diagnose('codes/550-5.1.1/', site)` → `{ kind: 'page', path: 'codes/550-5.1.1/' }`
 */
export function diagnose(path: string, site: SiteMap): Diagnosis {
  const known = new Set(site.paths);
  const real = (p: string): string | undefined => (known.has(p) ? p : site.redirects[p]);
  const direct = real(path);
  if (direct !== undefined) return { kind: 'page', path: direct };

  const segments = split(path);
  const section = fixSection(segments[0]);
  // A code without its folder (`/en/550-5.1.1/`) is read as a code page's address.
  if (!section && segments.length > 0 && parsePairSlug(segments[0]!)) return diagnose(join(['codes', ...segments]), site);
  if (section && section !== segments[0]) {
    segments[0] = section;
    const fixed = real(join(segments));
    if (fixed !== undefined) return { kind: 'page', path: fixed };
  }
  const [, slug = '', rest] = segments;

  if (section === 'codes' && slug) {
    const pair = parsePairSlug(slug);
    const pairPage = pair ? `codes/${slugOfPair(pair)}/` : undefined;
    if (pairPage && known.has(pairPage)) {
      if (!rest) return { kind: 'page', path: pairPage };
      const exact = real(`${pairPage}${rest}/`);
      if (exact !== undefined) return { kind: 'page', path: exact };
      const variants = site.paths
        .filter((p) => p.startsWith(pairPage) && split(p).length === 3)
        .map((p) => ({ path: p, slug: split(p)[2]! }));
      const near = nearest(rest, variants);
      if (near.length === 1) return { kind: 'page', path: near[0]! };
      if (near.length > 1) return { kind: 'choices', paths: near };
      const sharing = likelyPages(
        rest,
        variants.map((v) => v.path),
        variants.length,
      ).filter((p) => p.startsWith(pairPage));
      return { kind: 'choices', paths: [pairPage, ...(sharing.length > 0 ? sharing : variants.map((v) => v.path))] };
    }
    if (pair?.reply && pair.status) return { kind: 'pair', reply: pair.reply, status: pair.status };
    // A lone code under codes/ means that code's own page, where it has one.
    const codePage = pair?.status ? real(`status/${pair.status}/`) : pair?.reply ? real(`reply/${pair.reply}/`) : undefined;
    if (codePage !== undefined) return { kind: 'page', path: codePage };
    if (pair?.status) return { kind: 'status', status: pair.status };
    if (pair?.reply) return { kind: 'reply', reply: pair.reply };
  }
  if (section === 'status' && slug) {
    const status = parsePairSlug(slug)?.status;
    if (status && !parsePairSlug(slug)?.reply) {
      const page = real(`status/${status}/`);
      if (page === undefined) return { kind: 'status', status };
      if (!rest) return { kind: 'page', path: page };
    }
  }
  if (section === 'reply' && REPLY_CODE.test(slug) && real(`reply/${slug}/`) === undefined) return { kind: 'reply', reply: slug };

  // A typo in any other slug, e.g. providers/gmial/ or reply/5x/: same section, same depth.
  if (section && slug) {
    const depth = segments.length;
    const tail = segments.slice(1).join('/');
    const candidates = site.paths
      .filter((p) => p.startsWith(`${section}/`) && split(p).length === depth)
      .map((p) => ({ path: p, slug: split(p).slice(1).join('/') }));
    const near = nearest(tail, candidates);
    if (near.length === 1) return { kind: 'page', path: near[0]! };
    if (near.length > 1) return { kind: 'choices', paths: near };
  }

  // A real page followed by something extra (reply/550/more/) comes first among the likely pages.
  const prefixes: string[] = [];
  for (let n = segments.length - 1; n >= 1; n--) {
    const page = real(join(segments.slice(0, n)));
    if (page !== undefined) {
      prefixes.push(page);
      break;
    }
  }
  const likely = likelyPages(join(segments), site.paths).filter((p) => !prefixes.includes(p));
  return { kind: 'words', query: queryOf(join(segments)), paths: [...prefixes, ...likely].slice(0, 5) };
}

/** The catalog messages to offer beside a code: the same status code first, then the same reply code; at most `limit`. */
export function entriesWith(
  index: CodeIndex,
  codes: { reply?: string | undefined; status?: string | undefined },
  limit = 6,
): { shown: IndexEntry[]; total: number } {
  const sameStatus = codes.status ? index.entries.filter((e) => e.status === codes.status) : [];
  const sameReply = codes.reply ? index.entries.filter((e) => String(e.code) === codes.reply && e.status !== codes.status) : [];
  // Of the same reply code, those whose status shares the subject digit are the closest relatives.
  const subject = codes.status?.split('.')[1];
  const near = sameReply.filter((e) => e.status.split('.')[1] === subject);
  const far = sameReply.filter((e) => e.status.split('.')[1] !== subject);
  const all = [...sameStatus, ...near, ...far];
  return { shown: all.slice(0, limit), total: all.length };
}

/**
 * A short name for a page, from the code index where it knows one:
 * `pageTitle('reply/550/', index)` → the reply code's title. Undefined for
 * pages the index does not describe (reasons, guides).
 */
export function pageTitle(path: string, index: CodeIndex): string | undefined {
  const [section, slug = '', variant] = split(path);
  if (section === 'codes') {
    const exact = index.entries.find((e) => e.path === path);
    if (exact) return exact.title;
    const pair = parsePairSlug(slug);
    const first = pair && !variant ? index.entries.find((e) => e.path.startsWith(path)) : undefined;
    if (first) return index.status[genericStatus(first.status)]?.title ?? first.title;
    return undefined;
  }
  if (section === 'reply') {
    const digit = /^(\d)xx$/.exec(slug)?.[1] ?? /^x(\d)x$/.exec(slug)?.[1];
    if (digit !== undefined) return slug.startsWith('x') ? index.digits.replySecond[digit] : index.digits.replyFirst[digit];
    return index.reply[slug]?.title;
  }
  if (section === 'status') {
    const cls = /^(\d)\.x\.x$/.exec(slug)?.[1];
    if (cls !== undefined) return index.digits.statusClass[cls];
    const subject = /^x\.(\d)\.x$/.exec(slug)?.[1];
    if (subject !== undefined) return index.digits.statusSubject[subject];
    return index.status[genericStatus(slug)]?.title;
  }
  if (section === 'providers') return index.providers[slug]?.name;
  if (section === 'reasons') return index.reasons?.[slug]?.title;
  return undefined;
}

/** `'codes/550-5.7.1/spf-check-failed/'` → `'550 5.7.1 spf-check-failed'`: a label for a page the index does not name. */
export function pathLabel(path: string): string {
  const [section, slug = '', variant] = split(path);
  if (section === 'codes') {
    const pair = parsePairSlug(slug);
    return [pair ? pairLabel({ ...(pair.reply ? { code: Number(pair.reply) } : {}), status: pair.status ?? '' }).trim() : slug, variant]
      .filter(Boolean)
      .join(' ');
  }
  return (slug || section || '').replace(/-/g, ' ');
}
