import type { Dictionary } from '../i18n/ui.ts';
import type { CodeIndex } from '../lib/code-index.ts';
import { resolveQuery } from '../lib/resolve.ts';
import { fallbackQueries, fullTextWords } from '../lib/search-query.ts';
import { countText, renderCard, renderHit, section, type FullTextHit } from './search-render.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

/** The decoder reads at most this much of a paste; codes sit near the top of a bounce. */
const MAX_DECODE_INPUT = 256 * 1024;
const MAX_HITS = 10;

const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
const results = root.querySelector<HTMLElement>('[data-search-results]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const base = root.dataset.base ?? '/';
const lang = document.documentElement.lang;
const href = (path: string) => `${base}${lang}/${path}`;

let data: Promise<{ index: CodeIndex; strings: Dictionary }> | undefined;
const loadData = () =>
  (data ??= fetch(`${base}${lang}/search/codes.json`).then((r) => {
    if (!r.ok) throw new Error(`codes.json: ${r.status}`);
    return r.json();
  }));

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () =>
  (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base });
    await pf.init();
    return pf;
  }));

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

let generation = 0;

async function run(query: string): Promise<void> {
  const current = ++generation;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);

  const { index, strings: t } = await loadData();
  if (current !== generation) return;
  if (!query.trim()) {
    results.replaceChildren();
    status.textContent = t.searchEmpty;
    return;
  }
  const cards = resolveQuery(query.slice(0, MAX_DECODE_INPUT), index).map((c) => renderCard(c, t, href));
  const decoded = cards.length > 0 ? [section(t.searchDecoded, cards, 'decoded')] : [];
  results.replaceChildren(...decoded);
  const words = fullTextWords(query);
  status.textContent = words.length > 0 ? t.searchLoading : countText(cards.length, t);
  if (words.length === 0) return;

  let hits: FullTextHit[] = [];
  try {
    hits = await fullText(words);
  } catch {
    if (current === generation) status.textContent = `${countText(cards.length, t)} ${t.searchUnavailable}`;
    return;
  }
  if (current !== generation) return;
  // A page already shown as a decoded card, or the other class of a status page already listed, adds nothing.
  const shown = new Set(cards.map((c) => c.querySelector('a')?.pathname));
  const fresh = hits
    .filter((h) => {
      const key = new URL(h.url, location.href).pathname.replace(/\/status\/[45]\./, '/status/X.');
      if (shown.has(key) || shown.has(new URL(h.url, location.href).pathname)) return false;
      shown.add(key);
      return true;
    })
    .map(renderHit);
  results.replaceChildren(...decoded, ...(fresh.length > 0 ? [section(t.searchFullText, fresh, 'fulltext')] : []));
  status.textContent = countText(cards.length + fresh.length, t);
}

function links(): HTMLAnchorElement[] {
  return [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

input.addEventListener('input', () => void run(input.value));
input.addEventListener('focus', () => void loadData(), { once: true });
root.querySelector('form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(input.value).then(() => {
    const best = links()[0];
    if (best) location.assign(best.href);
  });
});
root.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const all = links();
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 && document.activeElement !== input) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else all[Math.min(next, all.length - 1)]?.focus();
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
root.classList.add('search-ready');
void run(initial);
