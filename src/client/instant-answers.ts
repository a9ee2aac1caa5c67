import type { ClientStrings } from '../i18n/client-strings.ts';
import { format } from '../i18n/format.ts';
import { answerParsed, type Answer } from '../lib/answer.ts';
import { parseBounce } from '../lib/bounce/index.ts';
import { joinShards, shardsFor, type BaseMap, type CodeShard } from '../lib/code-index.ts';
import { prepareIntents, searchIntents, type IntentHit, type IntentIndex } from '../lib/intent.ts';
import { keepInUrl, PASTE_KEY } from '../lib/privacy.ts';
import { fullTextWords } from '../lib/search-query.ts';
import { loadIntents } from './code-map.ts';

/**
 * The header box as a combobox (ARIA 1.2): a paste or a typed code is
 * answered in a list under the box; arrows move through it, Enter opens the
 * active answer (or the first), Escape closes it. The base of the code map
 * loads on focus, each status code's shard when a paste needs it.
 */

interface Option {
  href: string;
  codes?: string;
  title: string;
  line?: string;
}

const MAX_ANSWERS = 5;
/** An answer's line under the box is a glance: the page says the rest. */
const MAX_LINE = 140;
const shorten = (text: string) => (text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1).trimEnd()}…` : text);
const MAX_INTENTS = 3;
const WORDS_PAUSE_MS = 150;

export function attach(input: HTMLInputElement): void {
  if (input.dataset.instantReady) return;
  input.dataset.instantReady = '';
  const form = input.form!;
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '')!;
  const status = form.querySelector<HTMLElement>('[data-instant-status]')!;
  const base = input.dataset.base ?? '/';
  const lang = document.documentElement.lang;
  const href = (path: string) => `${base}${lang}/${path}`;
  const searchHref = form.action;

  const baseMap = fetch(`${base}${lang}/search/base.json`).then((r) => r.json() as Promise<{ base: BaseMap; strings: ClientStrings }>);
  const shards = new Map<string, CodeShard>();
  const pending = new Map<string, Promise<void>>();
  let intents: Promise<IntentIndex> | undefined;
  let options: Option[] = [];
  let active = -1;
  let generation = 0;
  let pause: ReturnType<typeof setTimeout> | undefined;

  const loadShard = (key: string) => {
    let p = pending.get(key);
    if (!p) {
      p = fetch(`${base}${lang}/search/codes/${key}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<CodeShard>) : { status: {}, entries: [] }))
        .then((shard) => void shards.set(key, shard));
      pending.set(key, p);
    }
    return p;
  };

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(i: number): void {
    const items = [...list.children] as HTMLElement[];
    active = items.length === 0 ? -1 : (i + items.length) % items.length;
    items.forEach((item, n) => item.setAttribute('aria-selected', String(n === active)));
    const current = items[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function show(found: Option[], query: string, t: ClientStrings): void {
    const all: Option[] = [
      ...found,
      { href: '', title: format(t.searchSeeAll, { query: query.length > 40 ? `${query.slice(0, 40)}…` : query }) },
    ];
    options = all;
    list.replaceChildren(
      ...all.map((o, n) => {
        const item = document.createElement('li');
        item.id = `${list.id}-${n}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.className = o.href ? 'combo-option' : 'combo-option combo-all';
        if (o.codes) {
          const codes = document.createElement('span');
          codes.className = 'combo-codes';
          codes.textContent = o.codes;
          item.append(codes, ' ');
        }
        const title = document.createElement('span');
        title.className = 'combo-title';
        title.textContent = o.title;
        item.append(title);
        if (o.line) {
          const line = document.createElement('span');
          line.className = 'combo-line';
          line.textContent = o.line;
          item.append(line);
        }
        item.addEventListener('mousedown', (event) => event.preventDefault());
        item.addEventListener('click', () => go(n));
        return item;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    input.removeAttribute('aria-activedescendant');
    status.textContent =
      found.length === 0 ? t.searchNone : found.length === 1 ? t.searchCountOne : format(t.searchCount, { count: found.length });
  }

  function go(n: number): void {
    const option = options[n];
    const query = input.value;
    if (option?.href) {
      location.assign(option.href);
      return;
    }
    if (keepInUrl(query)) {
      location.assign(`${searchHref}?${new URLSearchParams({ q: query })}`);
      return;
    }
    // A long paste, an address or a header never goes into the address: the search page takes it from this tab's storage.
    sessionStorage.setItem(PASTE_KEY, query);
    location.assign(searchHref);
  }

  const answerOption = (a: Answer): Option => ({
    href: href(a.card.path),
    codes: a.card.codes,
    title: a.card.title,
    line: shorten([a.reason?.title, a.card.line.replace(/`/g, '')].filter(Boolean).join(' · ')),
  });
  const intentOption = (h: IntentHit): Option => ({ href: href(h.intent.path), title: h.intent.title });

  async function update(): Promise<void> {
    const current = ++generation;
    clearTimeout(pause);
    const query = input.value;
    if (!query.trim()) {
      close();
      return;
    }
    const { base: map, strings: t } = await baseMap;
    const parsed = parseBounce(query);
    const keys = shardsFor(parsed.recipients, map);
    const missing = keys.filter((k) => !shards.has(k));
    if (missing.length > 0) {
      await Promise.all(missing.map(loadShard));
      if (current !== generation) return;
    }
    const index = joinShards(
      map,
      keys.map((k) => shards.get(k)!),
    );
    const { answers: all, typed } = answerParsed(parsed, query, index);
    const answers = all.slice(0, MAX_ANSWERS);
    if (answers.length > 0 && !typed) {
      show(answers.map(answerOption), query, t);
      return;
    }
    const words = fullTextWords(query);
    if (words.length === 0) {
      show(answers.map(answerOption), query, t);
      return;
    }
    await new Promise((resolve) => (pause = setTimeout(resolve, WORDS_PAUSE_MS)));
    if (current !== generation) return;
    intents ??= loadIntents(base, lang).then(prepareIntents);
    const hits = searchIntents(words.join(' '), await intents, MAX_INTENTS);
    if (current !== generation) return;
    // Typed words: the pages they lead to first, then what the decoder inferred from them.
    const seen = new Set(hits.map((h) => h.intent.path));
    show([...hits.map(intentOption), ...answers.filter((a) => !seen.has(a.card.path)).map(answerOption)], query, t);
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) {
        if (options.length > 0) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        } else return;
      }
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? active + 1 : active - 1);
    } else if (event.key === 'Enter' && !event.isComposing && input.value.trim()) {
      event.preventDefault();
      go(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  input.addEventListener('blur', close);
  form.addEventListener('submit', (event) => {
    if (!input.value.trim()) return;
    event.preventDefault();
    go(active >= 0 ? active : 0);
  });
  if (input.value) void update();
}
