import type { Severity } from './schema.ts';

/**
 * What the search page needs to explain any code without a network request:
 * the catalog's messages and the meaning of every registered code, in one
 * language. Built once per language at build time (`/{lang}/search/codes.json`).
 */
export interface CodeIndex {
  entries: IndexEntry[];
  /** Reply codes with a page, e.g. `'550'`. */
  reply: Record<string, { title: string; meaning: string }>;
  /** Enhanced status codes of the registry, keyed class-free: `'X.1.1'`. */
  status: Record<string, { title: string; temporary: string; permanent: string }>;
  /** Names of digit values: `replyFirst['5']`, `statusSubject['7']`, … */
  digits: {
    replyFirst: Record<string, string>;
    replySecond: Record<string, string>;
    statusClass: Record<string, string>;
    statusSubject: Record<string, string>;
  };
}

export interface IndexEntry {
  code: number;
  status: string;
  message: string;
  aliases: string[];
  /** Language-less path of the entry's page. */
  path: string;
  title: string;
  fix: string;
  severity: Severity;
}
