import { replyPages, statusPages } from '../lib/reference-paths.ts';
import { replyPath, SEARCH_PATH, statusPath } from '../lib/urls.ts';
import { catalogPairs } from './catalog.ts';
import { replyFacts, statusFacts } from './reference.ts';

/**
 * The language-less path of every page that exists in each language, in a
 * stable order: home, catalog, reply codes, status codes, search.
 */
export async function pagePaths(): Promise<string[]> {
  const pairs = await catalogPairs('en');
  return [
    '',
    ...pairs.flatMap((p) => [p.path, ...(p.entries.length > 1 ? p.entries.map((e) => e.path) : [])]),
    ...replyPages([...(await replyFacts()).keys()]).map((p) => replyPath(p.slug)),
    ...statusPages([...(await statusFacts()).keys()]).map((p) => statusPath(p.slug)),
    SEARCH_PATH,
  ];
}
