import { parseBounce, type BounceRecipient, type BounceResult } from './bounce/index.ts';
import type { CodeIndex, IndexEntry } from './code-index.ts';
import { genericStatus } from './catalog.ts';
import { isWholeMessage } from './match.ts';
import { hostMatches, resolveFinding, resolveQuery, type Card } from './resolve.ts';

/**
 * The answer to a paste: one per cause, each naming the recipients it
 * concerns, the mail system that refused them and whether the sending server
 * will try again. A paste with no recipients (a code, a line) gets the cards
 * of `resolveQuery`.
 */

export interface ProviderRef {
  id: string;
  name: string;
  path: string;
}

export interface Answer {
  card: Card;
  /** The plain-words cause, when the page or code names one. */
  reason?: { title: string; path: string };
  /** Failed or delayed. */
  action: 'failed' | 'delayed';
  addresses: string[];
  /** The mail system that sent the reply, and the host as written. */
  refusedBy?: ProviderRef;
  remoteHost?: string;
  retryUntil?: string;
  /** The status code came from the message's words, not from a code in the paste. */
  inferred: boolean;
  /** The failure concerns the sender's own address (a sender check). */
  aboutSender: boolean;
  /** Who acts, from the catalog message when one matched. */
  entry?: IndexEntry;
  /** The reply as pasted (codes and text), for a ticket note. */
  reply: string;
}

export interface PasteAnswer {
  /** Recognised layout: 'dsn', 'postfix', 'gmail', …, 'line', 'none'. */
  format: string;
  answers: Answer[];
  /**
   * Words typed rather than an error pasted: a short line with no code of its
   * own (`mailbox full`). The pages those words lead to come before answers
   * inferred from them.
   */
  typed: boolean;
}

const TYPED_MAX_WORDS = 6;
const TYPED_MAX_CHARS = 40;

/** Fewest words for a message typed whole to count as naming it: `Mailbox full` is every system's, `Sent too many messages` one's. */
const SPECIFIC_WORDS = 4;

/** True when the text is the whole of this message, long enough to be specific and no other catalog message's words. */
function namesOneMessage(text: string, entry: IndexEntry, index: CodeIndex): boolean {
  if (text.trim().split(/\s+/).length < SPECIFIC_WORDS || !isWholeMessage(text, entry)) return false;
  return !index.entries.some((e) => e !== entry && isWholeMessage(text, e));
}

/** `isTyped('mailbox full', false)` → true; a line with a code, several lines or a long text → false. */
export function isTyped(text: string, coded: boolean): boolean {
  const line = text.trim();
  return !coded && !line.includes('\n') && line.length <= TYPED_MAX_CHARS && line.split(/\s+/).length <= TYPED_MAX_WORDS;
}

/** The mail system a host belongs to, by the host names each system is known by. */
export function providerOfHost(host: string | undefined, index: CodeIndex): ProviderRef | undefined {
  if (!host) return undefined;
  for (const [id, p] of Object.entries(index.providers)) {
    if (p.hosts.some((d) => hostMatches(host, d))) return { id, name: p.name, path: p.path };
  }
  return undefined;
}

/** The mail system whose mark (`gsmtp`, `[TSS04]`) the reply text carries. */
function providerOfText(text: string, index: CodeIndex): ProviderRef | undefined {
  const lower = text.toLowerCase();
  for (const [id, p] of Object.entries(index.providers)) {
    if (p.tags.some((tag) => lower.includes(tag.toLowerCase()))) return { id, name: p.name, path: p.path };
  }
  return undefined;
}

function ref(id: string, index: CodeIndex): ProviderRef | undefined {
  const p = index.providers[id];
  return p ? { id, name: p.name, path: p.path } : undefined;
}

function reasonOf(entry: IndexEntry | undefined, status: string | undefined, index: CodeIndex) {
  const id = entry?.reason ?? (status ? index.status[genericStatus(status)]?.reason : undefined);
  return id ? index.reasons[id] : undefined;
}

function answerFor(r: BounceRecipient, index: CodeIndex): Answer | undefined {
  if (!r.reply && !r.status) return undefined;
  const context = { remoteHost: r.remoteHost };
  // A status inferred from the words is a guess: a catalog message with those words, whatever its code, comes first.
  const byWords = r.statusInferred ? resolveFinding({ message: r.message }, index, context) : undefined;
  const card =
    byWords?.kind === 'entry'
      ? byWords
      : resolveFinding(
          { ...(r.reply ? { reply: r.reply } : {}), ...(r.status ? { status: r.status } : {}), message: r.message },
          index,
          context,
        );
  const entry = card.kind === 'entry' ? index.entries.find((e) => e.path === card.path) : undefined;
  const refusedBy =
    providerOfHost(r.remoteHost, index) ?? providerOfText(r.message, index) ?? (entry ? ref(entry.provider, index) : undefined);
  const reason = reasonOf(entry, r.status, index);
  return {
    card,
    ...(reason ? { reason } : {}),
    action: r.action === 'delayed' || (!r.action && (r.status ?? r.reply ?? '').startsWith('4')) ? 'delayed' : 'failed',
    addresses: r.address ? [r.address] : [],
    ...(refusedBy ? { refusedBy } : {}),
    ...(r.remoteHost ? { remoteHost: r.remoteHost } : {}),
    ...(r.retryUntil ? { retryUntil: r.retryUntil } : {}),
    inferred: r.statusInferred === true,
    aboutSender: r.sender === true,
    ...(entry ? { entry } : {}),
    reply: [r.reply, r.statusInferred ? undefined : r.status, r.message].filter(Boolean).join(' '),
  };
}

/** Recipients sharing a page and an action are one answer. */
function group(answers: Answer[]): Answer[] {
  const byKey = new Map<string, Answer>();
  for (const a of answers) {
    const key = `${a.card.path} ${a.action} ${a.aboutSender}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, a);
    else for (const address of a.addresses) if (!seen.addresses.includes(address)) seen.addresses.push(address);
  }
  return [...byKey.values()];
}

/** Only delivery failures and delays are answered; `delivered`, `relayed` and `expanded` recipients need nothing. */
const NEEDS_ANSWER = new Set([undefined, 'failed', 'delayed']);

/** Everything the search shows for a paste, leading answer first. */
export function answerPaste(text: string, index: CodeIndex): PasteAnswer {
  return answerParsed(parseBounce(text), text, index);
}

/** The same, for a paste already parsed (the header box parses first to know which shards of the code map to load). */
export function answerParsed(parsed: BounceResult, text: string, index: CodeIndex): PasteAnswer {
  const answers = group(
    parsed.recipients
      .filter((r) => NEEDS_ANSWER.has(r.action))
      .map((r) => answerFor(r, index))
      .filter((a): a is Answer => a !== undefined),
  );
  const coded = parsed.recipients.some((r) => (r.reply || r.status) && !r.statusInferred);
  // Words that are one catalog message word for word (`Sent too many messages`) name that message: not typed words.
  const lead = answers[0]?.entry;
  const typed = isTyped(text, coded) && !(lead && namesOneMessage(text, lead, index));
  if (answers.length > 0) return { format: parsed.format, answers, typed };
  // No codes: a catalog message typed on its own still finds its page.
  const cards = resolveQuery(text, index);
  const first = cards[0]?.kind === 'entry' ? index.entries.find((e) => e.path === cards[0]!.path) : undefined;
  return {
    format: parsed.format,
    typed: isTyped(text, coded) && !(first && namesOneMessage(text, first, index)),
    answers: cards.map((card) => {
      const entry = card.kind === 'entry' ? index.entries.find((e) => e.path === card.path) : undefined;
      const reason = reasonOf(entry, undefined, index);
      return {
        card,
        ...(reason ? { reason } : {}),
        action: card.codes.startsWith('4') ? 'delayed' : 'failed',
        addresses: [],
        inferred: false,
        aboutSender: false,
        ...(entry ? { entry } : {}),
        reply: text.trim().split('\n')[0]!.slice(0, 300),
      };
    }),
  };
}
