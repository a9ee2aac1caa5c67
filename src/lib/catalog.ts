import { pairPath, pairSlug, variantPath } from './urls.ts';

/** The parts of a catalog entry that decide where it lives and how it sorts. */
export interface EntryKey {
  /** Absent for a sending server's own message (no remote reply). */
  code?: number | undefined;
  status: string;
  variant: string;
  message: string;
}

/** All entries that share one reply code + status code: one page at `codes/{reply}-{status}/`. */
export interface Pair<E extends EntryKey> {
  code: number | undefined;
  status: string;
  slug: string;
  path: string;
  entries: E[];
}

/** Compares dotted codes digit group by digit group: 5.1.2 < 5.1.10. */
export function compareStatus(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export function compareEntries(a: EntryKey, b: EntryKey): number {
  return (a.code ?? 0) - (b.code ?? 0) || compareStatus(a.status, b.status) || a.message.localeCompare(b.message, 'en');
}

/** `pairLabel({ code: 550, status: '5.1.1' })` → `'550 5.1.1'`; without a reply code, just the status. */
export function pairLabel(key: { code?: number | undefined; status: string }): string {
  return key.code === undefined ? key.status : `${key.code} ${key.status}`;
}

/** `errorLine({ code: 550, status: '5.1.1', message: 'No such user' })` → `'550 5.1.1 No such user'` */
export function errorLine(key: { code?: number | undefined; status: string; message: string }): string {
  return `${pairLabel(key)} ${key.message}`;
}

/** Groups entries into pairs, sorted by reply code, then status code, then message (entries without a reply code first). */
export function groupPairs<E extends EntryKey>(entries: readonly E[]): Pair<E>[] {
  const pairs = new Map<string, Pair<E>>();
  for (const entry of [...entries].sort(compareEntries)) {
    const slug = pairSlug(entry.code, entry.status);
    let pair = pairs.get(slug);
    if (!pair) {
      pair = { code: entry.code, status: entry.status, slug, path: pairPath(entry.code, entry.status), entries: [] };
      pairs.set(slug, pair);
    }
    pair.entries.push(entry);
  }
  return [...pairs.values()];
}

/**
 * Where an entry's explanation lives: the pair page when it is the pair's only
 * message, else its own page below the pair.
 */
export function entryPath(entry: EntryKey, pair: Pair<EntryKey>): string {
  return pair.entries.length > 1 ? variantPath(entry.code, entry.status, entry.variant) : pair.path;
}

/** `genericStatus('5.7.1')` → `'X.7.1'`: the registry's class-free form. */
export function genericStatus(status: string): string {
  return `X.${status.split('.').slice(1).join('.')}`;
}

/** Lists longer than this show codes and titles only, so that a code page stays within its first round trip. */
export const LONG_LIST = 12;
