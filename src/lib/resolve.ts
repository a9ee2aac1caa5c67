import { genericStatus } from './catalog.ts';
import type { CodeIndex, IndexEntry } from './code-index.ts';
import { findCodes, normalizeInput, type Finding } from './decoder.ts';
import { bestMatch } from './match.ts';
import { pairLabel } from './catalog.ts';
import { pairPath, replyDigitSlug, replyPath, statusDigitSlug, statusPath } from './urls.ts';

/**
 * Turns what a person pasted into decoded cards: for each error found, the best
 * page to read and one line on what happened or what to do.
 */

export type CardKind =
  /** A catalog message matched: its own page. */
  | 'entry'
  /** A catalog code pair without a message: the pair page. */
  | 'pair'
  /** A registered status code (no catalog message matched): the status page. */
  | 'status'
  /** A registered reply code without a status code: the reply page. */
  | 'reply'
  /** A well-formed code the registry does not define: its digits explained. */
  | 'unknown-status'
  | 'unknown-reply';

/** One digit of a code; it has an explainer page exactly when it has a name. */
export interface DigitNote {
  digit: string;
  name: string | undefined;
  path: string;
}

export interface Card {
  kind: CardKind;
  /** The codes as found, e.g. `550 5.1.1`. */
  codes: string;
  title: string;
  /** One line: what to do (catalog) or what the code means. */
  line: string;
  /** Language-less path of the best page. */
  path: string;
  /** Catalog messages worth offering next (same code pair or code). */
  related: IndexEntry[];
  digits: DigitNote[];
}

/** Lower-case, single spaces, no trailing punctuation: how messages are compared. */
export function normalizeMessage(text: string): string {
  return normalizeInput(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!,;:]+$/, '')
    .trim();
}

/** What else the paste says about where a reply came from. */
export interface FindingContext {
  /** The host that sent the reply, e.g. `mx.google.com`. */
  remoteHost?: string | undefined;
}

/** `hostMatches('gmail-smtp-in.l.google.com', 'google.com')` → true: the host is the domain or below it. */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/**
 * True when the reply came from a host that belongs to another known mail
 * system: the message then is that system's, whatever its words. A host no
 * system claims (an organisation's own server) contradicts nothing.
 */
function contradicts(entry: IndexEntry, index: CodeIndex, context: FindingContext): boolean {
  const host = context.remoteHost;
  // An IP address says nothing about whose server it is.
  if (!host || !/[a-z]/i.test(host)) return false;
  const owners = Object.entries(index.providers).filter(([, p]) => p.hosts.some((d) => hostMatches(host, d)));
  return owners.length > 0 && !owners.some(([id]) => id === entry.provider);
}

/** The mail systems a reply names: by the host that sent it, or by a mark in its text (`gsmtp`, `[TSS04]`). */
export function namedProviders(message: string, index: CodeIndex, context: FindingContext): Set<string> {
  const named = new Set<string>();
  const lower = message.toLowerCase();
  for (const [id, p] of Object.entries(index.providers)) {
    if (
      (context.remoteHost && p.hosts.some((d) => hostMatches(context.remoteHost!, d))) ||
      p.tags.some((tag) => lower.includes(tag.toLowerCase()))
    ) {
      named.add(id);
    }
  }
  return named;
}

/** The catalog entry whose message the pasted text holds (fixed parts in order, variable parts ignored). */
export function matchMessage(candidates: readonly IndexEntry[], message: string): IndexEntry | undefined {
  return bestMatch(candidates, message);
}

function entryCard(entry: IndexEntry, index: CodeIndex, codes: string): Card {
  const related = index.entries.filter((e) => e !== entry && e.code === entry.code && e.status === entry.status);
  return { kind: 'entry', codes, title: entry.title, line: entry.fix, path: entry.path, related, digits: [] };
}

function statusDigits(status: string, index: CodeIndex): DigitNote[] {
  const [cls = '', subject = ''] = status.split('.');
  return [
    { digit: cls, name: index.digits.statusClass[cls], path: statusPath(statusDigitSlug(0, cls)) },
    { digit: subject, name: index.digits.statusSubject[subject], path: statusPath(statusDigitSlug(1, subject)) },
  ];
}

function replyDigits(reply: string, index: CodeIndex): DigitNote[] {
  const [first = '', second = ''] = reply;
  return [
    { digit: first, name: index.digits.replyFirst[first], path: replyPath(replyDigitSlug(0, first)) },
    { digit: second, name: index.digits.replySecond[second], path: replyPath(replyDigitSlug(1, second)) },
  ];
}

/** The names of the first two digits; a digit with no meaning of its own (the 9 of `599`) is left out. */
function digitNames(digits: DigitNote[]): string {
  return digits
    .slice(0, 2)
    .flatMap((d) => (d.name ? [d.name] : []))
    .join(' · ');
}

/** The card for one finding. */
export function resolveFinding(f: Finding, index: CodeIndex, context: FindingContext = {}): Card {
  const codes = [f.reply, f.status].filter(Boolean).join(' ');
  // A sending server's own message has no reply code: any reply code found beside it is not its own.
  const sameCodes = (e: IndexEntry) =>
    (f.reply === undefined || e.code === undefined || String(e.code) === f.reply) && (f.status === undefined || e.status === f.status);
  const candidates = index.entries.filter((e) => sameCodes(e) && !contradicts(e, index, context));
  // The same words come from several systems (Postfix's texts from every host that runs it): the one the paste names goes first.
  const named = namedProviders(f.message, index, context);
  const exact = candidates.filter((e) => f.reply === undefined || e.code !== undefined);
  // Tried in turn: the named system's messages with these exact codes, any with them, the named system's, all.
  const tiers = [exact.filter((e) => named.has(e.provider)), exact, candidates.filter((e) => named.has(e.provider)), candidates];
  let matched: IndexEntry | undefined;
  for (const tier of f.message ? tiers : []) if ((matched = matchMessage(tier, f.message))) break;
  if (matched) return entryCard(matched, index, codes);

  if (f.reply && f.status && exact.length > 0 && !f.message) {
    if (exact.length === 1) return entryCard(exact[0]!, index, codes);
    const status = index.status[genericStatus(f.status)];
    return {
      kind: 'pair',
      codes,
      title: status?.title ?? codes,
      line: exact.map((c) => c.message).join(' / '),
      path: pairPath(Number(f.reply), f.status),
      related: exact,
      digits: [],
    };
  }

  if (f.status) {
    const status = index.status[genericStatus(f.status)];
    const cls = f.status[0];
    if (status && (cls === '4' || cls === '5')) {
      return {
        kind: 'status',
        codes,
        title: status.title,
        line: cls === '4' ? status.temporary : status.permanent,
        path: statusPath(f.status),
        related: candidates,
        digits: [],
      };
    }
    // A provider's own code (not in the registry) that the catalog knows: its one message, or the pair page that lists them.
    const pairs = new Set(exact.map((e) => pairPath(e.code, e.status)));
    if (!status && !f.message && pairs.size === 1) {
      if (exact.length === 1) return entryCard(exact[0]!, index, codes);
      const first = exact[0]!;
      return {
        kind: 'pair',
        codes,
        title: first.title,
        line: exact.map((c) => c.message).join(' / '),
        path: pairPath(first.code, first.status),
        related: exact,
        digits: [],
      };
    }
    const digits = statusDigits(f.status, index);
    const reply = f.reply ? index.reply[f.reply] : undefined;
    if (!status && reply && f.reply) digits.push({ digit: f.reply, name: reply.title, path: replyPath(f.reply) });
    return {
      kind: status ? 'status' : 'unknown-status',
      codes,
      title: status?.title ?? digitNames(digits),
      line: '',
      path: (digits[1]?.name ? digits[1] : digits[0])!.path,
      related: candidates,
      digits: status ? [] : digits,
    };
  }

  const reply = f.reply ?? '';
  const known = index.reply[reply];
  if (known) {
    return { kind: 'reply', codes, title: known.title, line: known.meaning, path: replyPath(reply), related: candidates, digits: [] };
  }
  const digits = replyDigits(reply, index);
  return {
    kind: 'unknown-reply',
    codes,
    title: digitNames(digits),
    line: '',
    path: (digits[1]?.name ? digits[1] : digits[0])!.path,
    related: candidates,
    digits,
  };
}

/**
 * Every card for a pasted text. With no code in it, a catalog message typed or
 * pasted on its own (`Too many recipients`) still finds its entry.
 */
export function resolveQuery(query: string, index: CodeIndex): Card[] {
  const findings = findCodes(query);
  if (findings.length > 0) return findings.map((f) => resolveFinding(f, index));
  const text = normalizeMessage(query);
  if (text.length < 8) return [];
  const matched = matchMessage(index.entries, text);
  return matched ? [entryCard(matched, index, pairLabel(matched))] : [];
}
