import type { ClientStrings } from '../i18n/client-strings.ts';
import { format } from '../i18n/format.ts';
import type { IndexEntry } from '../lib/code-index.ts';
import type { Card } from '../lib/resolve.ts';
import type { Answer } from '../lib/answer.ts';
import type { IntentHit } from '../lib/intent.ts';
import { errorLine } from '../lib/catalog.ts';
import { ACTOR_LABELS } from '../i18n/labels.ts';
import { maskAddresses } from '../lib/privacy.ts';
import { splitCode } from '../lib/rich-text.ts';

/** DOM for search results. Everything from the query or the index is set as text, never as HTML. */

export interface FullTextHit {
  url: string;
  title: string;
  excerpt: string;
}

type Href = (path: string) => string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function richText(parent: HTMLElement, text: string): HTMLElement {
  for (const part of splitCode(text)) parent.append(part.code ? el('code', undefined, part.text) : part.text);
  return parent;
}

function entryLinks(entries: IndexEntry[], href: Href): HTMLUListElement {
  const list = el('ul', 'card-related');
  for (const e of entries) {
    const item = el('li');
    const link = el('a');
    link.href = href(e.path);
    link.append(el('code', undefined, errorLine(e)));
    item.append(link, ' ', e.title);
    list.append(item);
  }
  return list;
}

export function renderCard(card: Card, t: ClientStrings, href: Href): HTMLLIElement {
  const item = el('li', `card card-${card.kind}`);
  const link = el('a', 'card-link');
  link.href = href(card.path);
  link.append(el('span', 'card-codes', card.codes), ' ', el('span', 'card-title', card.title));
  item.append(link);
  if (card.line) item.append(richText(el('p', 'card-line'), card.line));
  if (card.kind === 'unknown-status' || card.kind === 'unknown-reply') {
    item.append(
      el(
        'p',
        undefined,
        format(card.kind === 'unknown-status' ? t.cardUnknownStatus : t.cardUnknownReply, {
          code: card.codes.split(' ').at(-1) ?? card.codes,
        }),
      ),
    );
    const list = el('ul', 'card-related');
    for (const d of card.digits) {
      const li = el('li');
      if (d.name) {
        const a = el('a', undefined, `${d.digit}: ${d.name}`);
        a.href = href(d.path);
        li.append(a);
      } else li.append(`${d.digit}: ${t.unspecified}`);
      list.append(li);
    }
    item.append(list);
  }
  if (card.kind === 'pair') item.append(el('p', undefined, t.cardPickMessage), entryLinks(card.related, href));
  if (card.kind === 'status' && card.related.length > 0) {
    item.append(el('p', undefined, t.cardMessageNotInCatalog), el('p', undefined, t.cardOtherMessages), entryLinks(card.related, href));
  }
  return item;
}

/** How many recipients an answer names before "n more". */
const SHOWN_ADDRESSES = 5;

/** One answer to a pasted bounce: the page, the cause, the recipients, who refused, who acts, and whether it is retried. */
export function renderAnswer(answer: Answer, t: ClientStrings, href: Href): HTMLLIElement {
  const item = renderCard(answer.card, t, href);
  item.classList.add(`answer-${answer.action}`);
  const facts = el('dl', 'answer-facts');
  const fact = (label: string, ...value: (string | Node)[]) => {
    const dd = el('dd');
    dd.append(...value);
    facts.append(el('dt', undefined, label), dd);
  };
  if (answer.reason) {
    const link = el('a', undefined, answer.reason.title);
    link.href = href(answer.reason.path);
    fact(t.reasonLabel, link);
  }
  if (answer.addresses.length > 0) {
    const shown = answer.addresses.slice(0, SHOWN_ADDRESSES).join(t.listSeparator);
    const more = answer.addresses.length - SHOWN_ADDRESSES;
    fact(t.answerRecipients, shown, more > 0 ? `${t.listSeparator}${format(t.answerMore, { count: more })}` : '');
  }
  if (answer.refusedBy || answer.remoteHost) {
    const label = answer.action === 'delayed' ? t.answerDelayedBy : t.answerRefusedBy;
    const value: (string | Node)[] = [];
    if (answer.refusedBy) {
      const link = el('a', undefined, answer.refusedBy.name);
      link.href = href(answer.refusedBy.path);
      value.push(link);
    }
    if (answer.remoteHost) value.push(answer.refusedBy ? ' (' : '', el('code', undefined, answer.remoteHost), answer.refusedBy ? ')' : '');
    fact(label, ...value);
  }
  const actors = answer.entry?.actors.map((a) => t[ACTOR_LABELS[a]]) ?? [
    answer.action === 'delayed' ? t.actorSendingServer : t.actorSender,
  ];
  fact(t.answerWhoActs, actors.join(t.listSeparator));
  const retry =
    answer.action === 'delayed'
      ? answer.retryUntil
        ? format(t.answerRetriedUntil, { date: answer.retryUntil })
        : t.answerRetried
      : t.answerNotRetried;
  fact(t.retryLabel, retry);
  item.append(facts, ticketButtons(answer, t, href));
  if (answer.inferred) item.append(el('p', 'card-note', format(t.answerInferred, { code: answer.card.codes })));
  if (answer.aboutSender) item.append(el('p', 'card-note', t.answerAboutSender));
  return item;
}

/** Copy-for-a-ticket buttons: codes, meaning, fix and link; the recipients' addresses only when the reader asks. */
function ticketButtons(answer: Answer, t: ClientStrings, href: Href): HTMLElement {
  const note = (withAddresses: boolean) => {
    const lines = [
      withAddresses ? answer.reply : maskAddresses(answer.reply),
      `${t.ticketMeans}: ${[answer.reason?.title, answer.card.title].filter(Boolean).join(' / ')}`,
      ...(answer.card.line ? [`${t.ticketFix}: ${answer.card.line.replace(/`/g, '')}`] : []),
      ...(withAddresses && answer.addresses.length > 0 ? [`${t.ticketRecipients}: ${answer.addresses.join(', ')}`] : []),
      `${t.ticketMore}: ${new URL(href(answer.card.path), location.href).href}`,
    ];
    return lines.join('\n');
  };
  const wrap = el('p', 'answer-copy');
  const button = (label: string, text: string) => {
    const b = el('button', 'copy-ticket', label);
    b.type = 'button';
    b.dataset.copyText = text;
    b.dataset.done = t.ticketCopied;
    return b;
  };
  wrap.append(button(t.copyTicket, note(false)));
  if (answer.addresses.length > 0 || maskAddresses(answer.reply) !== answer.reply)
    wrap.append(' ', button(t.copyTicketWithAddresses, note(true)));
  return wrap;
}

/** A page the typed words lead to. */
export function renderIntent(hit: IntentHit, href: Href): HTMLLIElement {
  const item = el('li', 'card card-intent');
  const link = el('a', 'card-link', hit.intent.title);
  link.href = href(hit.intent.path);
  item.append(link);
  return item;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Pagefind excerpts are escaped text with `<mark>` around matches: rebuild them as nodes (spaces around marks kept). */
function excerptNodes(excerpt: string): (string | HTMLElement)[] {
  const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    return marked ? el('mark', undefined, decode(marked[1] ?? '')) : decode(part);
  });
}

export function renderHit(hit: FullTextHit): HTMLLIElement {
  const item = el('li', 'hit');
  const link = el('a', 'hit-link', hit.title);
  link.href = hit.url;
  const excerpt = el('p', 'hit-excerpt');
  excerpt.append(...excerptNodes(hit.excerpt));
  item.append(link, excerpt);
  return item;
}

export function section(heading: string, items: HTMLLIElement[], className: string): HTMLElement {
  const wrap = el('section', className);
  const list = el('ol', 'result-list');
  list.append(...items);
  wrap.append(el('h2', undefined, heading), list);
  return wrap;
}

export function countText(count: number, t: ClientStrings): string {
  if (count === 0) return t.searchNone;
  return count === 1 ? t.searchCountOne : format(t.searchCount, { count });
}
