import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { entryPath, groupPairs } from '../../src/lib/catalog.ts';
import { splitFrontmatter } from '../../src/lib/content-files.ts';
import { catalogEntrySchema, type CatalogEntryData } from '../../src/lib/schema.ts';

export const ROOT = join(import.meta.dirname, '../..');

export interface ExpectedEntry extends CatalogEntryData {
  lang: Lang;
  /** Language-less path, e.g. `codes/550-5.1.1/`. */
  path: string;
}

/** The catalog as the tests expect to find it on the site, read from content/. */
export function expectedCatalog(): ExpectedEntry[] {
  return LANGS.flatMap((lang) => {
    const dir = join(ROOT, 'content/catalog', lang);
    const data = globSync('*.mdx', { cwd: dir }).map((f) =>
      catalogEntrySchema.parse(parse(splitFrontmatter(readFileSync(join(dir, f), 'utf8')).frontmatter ?? '')),
    );
    return groupPairs(data).flatMap((pair) => pair.entries.map((e) => ({ ...e, lang, path: entryPath(e, pair) })));
  });
}

/** Codes of the reference facts files: reply codes (`'550'`) and registry codes (`'X.7.1'`). */
export function referenceCodes(): { reply: string[]; status: string[] } {
  const read = (file: string) => Object.keys(parse(readFileSync(join(ROOT, 'content/reference', file), 'utf8')) as object);
  return { reply: read('reply-codes.yaml'), status: read('status-codes.yaml') };
}
