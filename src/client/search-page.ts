import { answerPaste } from '../lib/answer.ts';
import { prepareIntents, searchIntents, type IntentIndex } from '../lib/intent.ts';
import { keepInUrl, PASTE_KEY } from '../lib/privacy.ts';
import { fallbackQueries, fullTextWords } from '../lib/search-query.ts';
import { loadCodeMap, loadIntents } from './code-map.ts';
import { countText, renderAnswer, renderHit, renderIntent, section, type FullTextHit } from './search-render.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

/** The decoder reads at most this much of a paste (the parser is linear; this bounds memory). */
const MAX_DECODE_INPUT = 1024 * 1024;
const MAX_HITS = 10;
/** Full-text search waits for the reader to pause typing. */
const PAUSE_MS = 350;

const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const input = root.querySelector<HTMLTextAreaElement>('textarea[name="q"]')!;
const results = root.querySelector<HTMLElement>('[data-search-results]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const privacy = root.querySelector<HTMLElement>('[data-search-private]')!;
const base = root.dataset.base ?? '/';
const lang = document.documentElement.lang;
const href = (path: string) => `${base}${lang}/${path}`;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () =>
  (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base });
    await pf.init();
    return pf;
  }));

let intentIndex: Promise<IntentIndex> | undefined;
const loadIntentIndex = () => (intentIndex ??= loadIntents(base, lang).then(prepareIntents));

async function fullText(words: string[]): Promise<FullTextHit[]> {
  if (words.length === 0) return [];
  const pf = await loadPagefind();
  let found = (await pf.search(words.join(' ')))?.results ?? [];
  for (const q of found.length === 0 ? fallbackQueries(words) : []) {
    found = (await pf.search(q))?.results ?? [];
    if (found.length > 0) break;
  }
  const pages = await Promise.all(found.slice(0, MAX_HITS).map((r) => r.data()));
  return pages.map((p) => ({ url: p.url, title: p.meta.title ?? p.url, excerpt: p.excerpt }));
}

function remember(query: string): void {
  const url = new URL(location.href);
  const kept = keepInUrl(query);
  if (query && kept) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  privacy.hidden = kept || !query;
}

let generation = 0;
let pause: ReturnType<typeof setTimeout> | undefined;

async function run(query: string, { words: searchWords = false } = {}): Promise<void> {
  const current = ++generation;
  clearTimeout(pause);
  remember(query);
  // Answers for the previous query never stay under a new one.
  results.replaceChildren();
  const { index, strings: t } = await loadCodeMap(base, lang);
  if (current !== generation) return;
  if (!query.trim()) {
    results.replaceChildren();
    status.textContent = t.searchEmpty;
    return;
  }
  const { answers, typed } = answerPaste(query.slice(0, MAX_DECODE_INPUT), index);
  const decoded =
    answers.length > 0
      ? [
          section(
            t.searchDecoded,
            answers.map((a) => renderAnswer(a, t, href)),
            'decoded',
          ),
        ]
      : [];
  // Typed words wait for the pages they lead to, so the first result never changes under the reader.
  if (!typed || answers.length === 0) results.replaceChildren(...decoded);
  const words = fullTextWords(query);
  status.textContent = countText(answers.length, t);
  // A decoded paste is answered: its leftover words go to full-text search only when the reader asks.
  if (words.length === 0) return;
  if (answers.length > 0 && !typed && !searchWords) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more-words';
    more.textContent = t.searchMoreWords;
    more.addEventListener('click', () => void run(input.value, { words: true }));
    results.append(more);
    return;
  }

  const intents = answers.length > 0 && !typed ? [] : searchIntents(words.join(' '), await loadIntentIndex());
  if (current !== generation) return;
  // A paste (not a few typed words) with nothing to decode says so before the pages that mention its words.
  const nothing =
    answers.length === 0 && !typed ? [Object.assign(document.createElement('p'), { className: 'note', textContent: t.answerNothing })] : [];
  const intentSection = [
    ...nothing,
    ...(intents.length > 0
      ? [
          section(
            t.searchIntent,
            intents.map((h) => renderIntent(h, href)),
            'intent',
          ),
        ]
      : []),
  ];
  // Typed words: the pages they lead to first, then what the decoder inferred from them.
  const answered = typed ? [...intentSection, ...decoded] : [...decoded, ...intentSection];
  results.replaceChildren(...answered);
  status.textContent = countText(answers.length + intents.length, t);
  if (!searchWords) await new Promise((resolve) => (pause = setTimeout(resolve, PAUSE_MS)));
  if (current !== generation) return;
  status.textContent = t.searchLoading;

  let hits: FullTextHit[] = [];
  try {
    hits = await fullText(words);
  } catch {
    if (current === generation) status.textContent = `${countText(answers.length + intents.length, t)} ${t.searchUnavailable}`;
    return;
  }
  if (current !== generation) return;
  // A page already shown above, or the other class of a status page already listed, adds nothing.
  const key = (path: string) => path.replace(/\/status\/[45]\./, '/status/X.');
  const shown = new Set([...results.querySelectorAll<HTMLAnchorElement>('a.card-link')].map((a) => key(a.pathname)));
  const fresh = hits
    .filter((h) => {
      const k = key(new URL(h.url, location.href).pathname);
      if (shown.has(k)) return false;
      shown.add(k);
      return true;
    })
    .map(renderHit);
  results.replaceChildren(...answered, ...(fresh.length > 0 ? [section(t.searchFullText, fresh, 'fulltext')] : []));
  status.textContent = countText(answers.length + intents.length + fresh.length, t);
}

function links(): HTMLAnchorElement[] {
  return [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

function openBest(): void {
  void run(input.value).then(() => {
    const best = results.querySelector<HTMLAnchorElement>('a.card-link') ?? links()[0];
    if (best) location.assign(best.href);
  });
}

input.addEventListener('input', () => void run(input.value));
input.addEventListener('focus', () => void loadCodeMap(base, lang), { once: true });
// Enter opens the best page; Shift+Enter starts a new line in the box.
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    openBest();
  }
});
root.querySelector('form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  openBest();
});
root.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const all = links();
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 && document.activeElement !== input) return;
  // Inside a multi-line paste the arrows move the caret.
  if (at === -1 && input.value.includes('\n')) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else all[Math.min(next, all.length - 1)]?.focus();
});

const handed = sessionStorage.getItem(PASTE_KEY);
sessionStorage.removeItem(PASTE_KEY);
const initial = handed ?? new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
root.classList.add('search-ready');
void run(initial);
