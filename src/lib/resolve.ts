import { genericStatus } from './catalog.ts';
import type { CodeIndex, IndexEntry } from './code-index.ts';
import { findCodes, normalizeInput, type Finding } from './decoder.ts';
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

function spellings(entry: IndexEntry): string[] {
  return [entry.message, ...entry.aliases].map(normalizeMessage);
}

/** The catalog entry whose message the pasted text contains (longest wins), or that a long enough fragment begins. */
export function matchMessage(candidates: readonly IndexEntry[], message: string): IndexEntry | undefined {
  const text = normalizeMessage(message);
  if (!text) return undefined;
  let best: IndexEntry | undefined;
  let bestLength = 0;
  for (const entry of candidates) {
    for (const spelling of spellings(entry)) {
      const hit = text.includes(spelling) || (text.length >= 10 && text.includes(' ') && spelling.includes(text));
      if (hit && spelling.length > bestLength) {
        best = entry;
        bestLength = spelling.length;
      }
    }
  }
  return best;
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

function digitNames(digits: DigitNote[]): string {
  return digits
    .slice(0, 2)
    .map((d) => d.name ?? d.digit)
    .join(' · ');
}

/** The card for one finding. */
export function resolveFinding(f: Finding, index: CodeIndex): Card {
  const codes = [f.reply, f.status].filter(Boolean).join(' ');
  const candidates = index.entries.filter(
    (e) => (f.reply === undefined || String(e.code) === f.reply) && (f.status === undefined || e.status === f.status),
  );
  const matched = f.message ? matchMessage(candidates, f.message) : undefined;
  if (matched) return entryCard(matched, index, codes);

  if (f.reply && f.status && candidates.length > 0 && !f.message) {
    if (candidates.length === 1) return entryCard(candidates[0]!, index, codes);
    const status = index.status[genericStatus(f.status)];
    return {
      kind: 'pair',
      codes,
      title: status?.title ?? codes,
      line: candidates.map((c) => c.message).join(' / '),
      path: pairPath(Number(f.reply), f.status),
      related: candidates,
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
  return { kind: 'unknown-reply', codes, title: digitNames(digits), line: '', path: (digits[1]?.name ? digits[1] : digits[0])!.path, related: candidates, digits };
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
  return matched ? [entryCard(matched, index, `${matched.code} ${matched.status}`)] : [];
}
