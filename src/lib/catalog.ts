import { pairPath, pairSlug, variantPath } from './urls.ts';

/** The parts of a catalog entry that decide where it lives and how it sorts. */
export interface EntryKey {
  code: number;
  status: string;
  variant: string;
  message: string;
}

/** All entries that share one reply code + status code: one page at `codes/{reply}-{status}/`. */
export interface Pair<E extends EntryKey> {
  code: number;
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
  return a.code - b.code || compareStatus(a.status, b.status) || a.message.localeCompare(b.message, 'en');
}

/** Groups entries into pairs, sorted by reply code, then status code, then message. */
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
