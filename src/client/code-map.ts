import type { Dictionary } from '../i18n/ui.ts';
import type { CodeIndex } from '../lib/code-index.ts';
import type { Intent } from '../lib/intent.ts';

/** What the build emits for the browser, fetched once per page and language. */
export interface CodeMap {
  index: CodeIndex;
  strings: Dictionary;
}

const maps = new Map<string, Promise<CodeMap>>();
const intentLists = new Map<string, Promise<Intent[]>>();

function getJson<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<T>;
  });
}

/** The code map of one language: `{base}{lang}/search/codes.json`. */
export function loadCodeMap(base: string, lang: string): Promise<CodeMap> {
  const url = `${base}${lang}/search/codes.json`;
  let map = maps.get(url);
  if (!map) maps.set(url, (map = getJson<CodeMap>(url)));
  return map;
}

/** The pages typed words lead to: `{base}{lang}/search/intents.json`. */
export function loadIntents(base: string, lang: string): Promise<Intent[]> {
  const url = `${base}${lang}/search/intents.json`;
  let list = intentLists.get(url);
  if (!list) intentLists.set(url, (list = getJson<Intent[]>(url)));
  return list;
}
