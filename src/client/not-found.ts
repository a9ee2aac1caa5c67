import { format } from '../i18n/format.ts';
import { isLang, pickLang, type Lang } from '../i18n/locales.ts';
import type { Dictionary } from '../i18n/ui.ts';
import type { CodeIndex, IndexEntry } from '../lib/code-index.ts';
import { diagnose, entriesWith, pageTitle, pathLabel, readAddress, type Diagnosis, type SiteMap } from '../lib/not-found.ts';
import { rememberedLang } from './remembered-lang.ts';
import { resolveFinding, resolveQuery, type Card } from '../lib/resolve.ts';
import { replyPath } from '../lib/urls.ts';
import { loadCodeMap } from './code-map.ts';
import { renderCard } from './search-render.ts';

/**
 * The not-found page reads the address it was served for: in the path's
 * language (else the reader's), it opens the page a mistyped address meant
 * (`location.replace`, keeping query and #fragment), lists the pages that are
 * close, explains a code pair or code that has no page, or fills the search
 * box with the words of the address. Everything from the address is set as
 * text, never as HTML. The page list is small; the code map loads only when
 * the answer needs it.
 */

const root = document.querySelector<HTMLElement>('[data-not-found]');
// `data-nf-state="done"` tells tests (and styles) that the answer is in place.
if (root) void main(root).finally(() => (root.dataset.nfState = 'done'));

async function main(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const address = readAddress(location.pathname, base);
  const lang = address.lang ?? rememberedLang() ?? pickLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
  const section = arrange(root, lang);
  if (!section) return;
  const href = (path: string) => `${base}${lang}/${path}`;

  const shown = section.querySelector<HTMLElement>('[data-nf-address]');
  const shownText = shown?.querySelector('code');
  if (shown && shownText) {
    shownText.textContent = address.shown;
    shown.hidden = false;
  }
  const answer = section.querySelector<HTMLElement>('[data-nf-answer]')!;

  let diagnosis: Diagnosis;
  try {
    diagnosis = diagnose(address.path, await json<SiteMap>(`${base}search/paths.json`));
  } catch {
    answer.replaceChildren(el('p', 'note', section.dataset.loadFailed));
    return;
  }

  if (diagnosis.kind === 'page') {
    const target = href(diagnosis.path);
    // Never send the reader in a circle: the host served this page for the very address it points to.
    if (target !== location.pathname) {
      const link = el('a', undefined, target);
      link.href = target + location.search + location.hash;
      const note = el('p');
      const [before = '', after = ''] = (section.dataset.opening ?? '{address}').split('{address}');
      note.append(before, link, after);
      answer.replaceChildren(note);
      location.replace(link.href);
      return;
    }
  }

  let data: { index: CodeIndex; strings: Dictionary };
  try {
    data = await loadCodeMap(base, lang);
  } catch {
    answer.replaceChildren(el('p', 'note', section.dataset.loadFailed));
    return;
  }
  const nodes = render(diagnosis, data.index, data.strings, href);
  answer.replaceChildren(...nodes);
  if (diagnosis.kind === 'words') {
    const input = section.querySelector<HTMLInputElement>('input[name="q"]');
    if (input) input.value = diagnosis.query;
  }
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Puts the reader's language first: its section leads with the page's only
 * `h1`, the document takes its language and title, and the other language's
 * search box is hidden (one box, in the reader's language).
 */
function arrange(root: HTMLElement, lang: Lang): HTMLElement | undefined {
  const sections = [...root.querySelectorAll<HTMLElement>('[data-nf-lang]')];
  const mine = sections.find((s) => s.dataset.nfLang === lang);
  if (!mine) return undefined;
  if (sections[0] !== mine) {
    root.prepend(mine);
    for (const s of sections) retag(s.querySelector('h1, h2'), s === mine ? 'h1' : 'h2');
  }
  if (isLang(lang)) document.documentElement.lang = lang;
  if (mine.dataset.title) document.title = mine.dataset.title;
  for (const s of sections) if (s !== mine) for (const form of s.querySelectorAll<HTMLElement>('form')) form.hidden = true;
  return mine;
}

function retag(heading: Element | null, tag: 'h1' | 'h2'): void {
  if (!heading || heading.localName === tag) return;
  const next = document.createElement(tag);
  for (const { name, value } of heading.attributes) next.setAttribute(name, value);
  next.append(...heading.childNodes);
  heading.replaceWith(next);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

type Href = (path: string) => string;

/** The index without catalog messages: what a code means on its own. */
const codesOnly = (index: CodeIndex): CodeIndex => ({ ...index, entries: [] });

/** Only digits that have a meaning get a link: a digit no standard defines (the 9 of 599) has no page. */
function named(card: Card): Card {
  const digits = card.digits.filter((d) => d.name);
  if (digits.length === card.digits.length) return card;
  return { ...card, digits, title: digits.map((d) => d.name).join(' · ') || card.title };
}

function cards(list: Card[], t: Dictionary, href: Href): HTMLOListElement {
  const ol = el('ol', 'result-list');
  ol.append(...list.map((c) => renderCard(c, t, href)));
  return ol;
}

function entryList(entries: IndexEntry[], href: Href): HTMLUListElement {
  const list = el('ul', 'nf-entries');
  for (const e of entries) {
    const item = el('li');
    const link = el('a');
    link.href = href(e.path);
    link.append(el('code', undefined, [e.code, e.status, e.message].filter((x) => x !== undefined).join(' ')));
    item.append(link, ' ', el('span', 'nf-entry-title', e.title));
    list.append(item);
  }
  return list;
}

function pageList(paths: string[], index: CodeIndex, href: Href): HTMLUListElement {
  const list = el('ul', 'nf-pages');
  for (const path of paths) {
    const item = el('li');
    const link = el('a', undefined, pageTitle(path, index) ?? pathLabel(path));
    link.href = href(path);
    item.append(link, ' ', el('code', 'nf-path', href(path)));
    list.append(item);
  }
  return list;
}

/** The catalog's messages with these codes, and a link to every one of them when the list is cut. */
function messages(heading: string, index: CodeIndex, codes: { reply?: string; status?: string }, t: Dictionary, href: Href): HTMLElement[] {
  const { shown, total } = entriesWith(index, codes);
  if (shown.length === 0) return [];
  const out: HTMLElement[] = [el('h3', undefined, heading), entryList(shown, href)];
  if (total > shown.length && codes.reply && index.reply[codes.reply]) {
    const more = el('a', undefined, format(t.relatedMore, { count: total, code: codes.reply }));
    more.href = href(replyPath(codes.reply));
    const p = el('p');
    p.append(more);
    out.push(p);
  }
  return out;
}

function render(d: Diagnosis, index: CodeIndex, t: Dictionary, href: Href): HTMLElement[] {
  switch (d.kind) {
    case 'pair': {
      const reply = named(resolveFinding({ reply: d.reply, message: '' }, codesOnly(index)));
      const status = named(resolveFinding({ status: d.status, message: '' }, codesOnly(index)));
      return [
        el('h2', undefined, format(t.notFoundNoPage, { code: `${d.reply} ${d.status}` })),
        el('p', undefined, t.notFoundPairIntro),
        cards([reply, status], t, href),
        ...messages(format(t.notFoundMessagesEither, { status: d.status, reply: d.reply }), index, d, t, href),
      ];
    }
    case 'status':
    case 'reply': {
      const code = d.kind === 'status' ? d.status : d.reply;
      const finding = d.kind === 'status' ? { status: d.status, message: '' } : { reply: d.reply, message: '' };
      const card = named(resolveFinding(finding, codesOnly(index)));
      const unknown = card.kind === 'unknown-status' || card.kind === 'unknown-reply';
      const title = unknown ? (d.kind === 'status' ? t.notFoundStatusTitle : t.notFoundReplyTitle) : t.notFoundNoPage;
      const codes = d.kind === 'status' ? { status: d.status } : { reply: d.reply };
      // An unregistered code: the registry does not define it, its digits still explain it, and the catalog may know it as a mail system's own.
      const heading = unknown ? format(t.notFoundPrivate, { code }) : format(t.notFoundMessagesWith, { code });
      const related = messages(heading, index, codes, t, href);
      if (related[0] && unknown) related[0] = el('p', undefined, heading);
      return [el('h2', undefined, format(title, { code })), cards([card], t, href), ...related];
    }
    case 'choices':
    case 'page':
      return [el('h2', undefined, t.notFoundChoices), pageList(d.kind === 'page' ? [d.path] : d.paths.slice(0, 12), index, href)];
    case 'words': {
      const decoded = d.query ? resolveQuery(d.query, index) : [];
      const shownPaths = new Set(decoded.map((c) => c.path));
      const pages = d.paths.filter((p) => !shownPaths.has(p));
      if (decoded.length === 0 && pages.length === 0) return [el('p', undefined, t.notFoundNothingLike)];
      return [
        el('h2', undefined, t.notFoundLikely),
        ...(decoded.length > 0 ? [cards(decoded, t, href)] : []),
        ...(pages.length > 0 ? [pageList(pages, index, href)] : []),
      ];
    }
  }
}
