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
