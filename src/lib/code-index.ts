import type { Actor, RetryAdvice, Severity } from './schema.ts';

/**
 * What the search page needs to explain any code without a network request:
 * the catalog's messages and the meaning of every registered code, in one
 * language. Built once per language at build time (`/{lang}/search/codes.json`).
 */
export interface CodeIndex {
  entries: IndexEntry[];
  /** Reasons by id: their plain-words title, for leading an answer. */
  reasons: Record<string, { title: string; path: string }>;
  /** Mail systems by id: how to recognise them in a paste. */
  providers: Record<string, IndexProvider>;
  /** Reply codes with a page, e.g. `'550'`. */
  reply: Record<string, { title: string; meaning: string }>;
  /** Enhanced status codes of the registry, keyed class-free: `'X.1.1'`. */
  status: Record<string, { title: string; temporary: string; permanent: string; reason?: string }>;
  /** Names of digit values: `replyFirst['5']`, `statusSubject['7']`, … */
  digits: {
    replyFirst: Record<string, string>;
    replySecond: Record<string, string>;
    statusClass: Record<string, string>;
    statusSubject: Record<string, string>;
  };
}

export interface IndexProvider {
  name: string;
  /** Lower-case host name suffixes, e.g. `google.com`. */
  hosts: string[];
  /** Marks in reply texts, e.g. `gsmtp`. */
  tags: string[];
  path: string;
}

export interface IndexEntry {
  /** Absent for a sending server's own message. */
  code?: number;
  status: string;
  message: string;
  aliases: string[];
  /** Parts of the message that change from bounce to bounce. */
  vary: string[];
  provider: string;
  reason: string;
  actors: Actor[];
  retry: RetryAdvice;
  /** Language-less path of the entry's page. */
  path: string;
  title: string;
  fix: string;
  severity: Severity;
}

/** One part of the code map: a registry code's texts and the catalog messages with that code, in both classes. */
export interface CodeShard {
  status: CodeIndex['status'];
  entries: IndexEntry[];
}

/** What every answer needs, loaded first; the messages and code texts come in shards, one per status code. */
export type BaseMap = Omit<CodeIndex, 'entries' | 'status'> & {
  /** The shard keys of the messages that use each reply code, for a reply without a status code. */
  replyShards: Record<string, string[]>;
  /** Every shard there is. */
  shards: string[];
};

/** `shardKey('5.7.1')` → `'X.7.1'`: both classes share a shard. */
export function shardKey(status: string): string {
  return `X.${status.split('.').slice(1).join('.')}`;
}

/** Splits a code map into its base and one shard per status code. */
export function splitIndex(index: CodeIndex): { base: BaseMap; shards: Record<string, CodeShard> } {
  const shards: Record<string, CodeShard> = {};
  const shard = (key: string) => (shards[key] ??= { status: {}, entries: [] });
  for (const [key, text] of Object.entries(index.status)) shard(key).status[key] = text;
  const replyShards: Record<string, string[]> = {};
  for (const entry of index.entries) {
    const key = shardKey(entry.status);
    shard(key).entries.push(entry);
    // A sending server's own messages also travel together: a paste with no code is most often one of them.
    if (entry.code === undefined) shard(OWN_SHARD).entries.push(entry);
    if (entry.code !== undefined) {
      const list = (replyShards[String(entry.code)] ??= []);
      if (!list.includes(key)) list.push(key);
    }
  }
  const { entries: _entries, status: _status, ...rest } = index;
  // Reply codes travel with their titles only: a reply without a status code is rare, and its page explains it.
  const reply = Object.fromEntries(Object.entries(index.reply).map(([code, r]) => [code, { title: r.title, meaning: '' }]));
  return { base: { ...rest, reply, replyShards, shards: Object.keys(shards).sort() }, shards };
}

/** The shard of the messages a sending server writes itself, with no reply code. */
export const OWN_SHARD = 'own';

/** The shards that can answer these codes; a status inferred from words also needs the sending servers' own messages. */
export function shardsFor(
  codes: readonly { reply?: string | undefined; status?: string | undefined; statusInferred?: boolean | undefined }[],
  base: BaseMap,
): string[] {
  const keys = new Set<string>();
  for (const c of codes) {
    if (c.statusInferred) keys.add(OWN_SHARD);
    if (c.status) keys.add(shardKey(c.status));
    else if (c.reply) for (const key of base.replyShards[c.reply] ?? []) keys.add(key);
  }
  return [...keys].filter((key) => base.shards.includes(key));
}

/** The code map made of a base and the shards loaded so far. */
export function joinShards(base: BaseMap, shards: readonly CodeShard[]): CodeIndex {
  const { replyShards: _replies, shards: _keys, ...rest } = base;
  const seen = new Set<string>();
  return {
    ...rest,
    entries: shards.flatMap((s) => s.entries).filter((e) => !seen.has(e.path) && Boolean(seen.add(e.path))),
    status: Object.assign({}, ...shards.map((s) => s.status)),
  };
}
