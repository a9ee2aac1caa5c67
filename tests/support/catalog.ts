import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '../..');
/** The build under test (the same switch as site.config.mjs). */
export const OUT_DIR = join(ROOT, process.env.OUT_DIR ?? 'dist');

/**
 * Content files, read without the site's own code: the independent side of
 * "the build shows every entry" (the build's list is /api/codes.json).
 */
export const contentFiles = (dir: string, ext = 'mdx'): string[] => globSync(`*.${ext}`, { cwd: join(ROOT, 'content', dir) }).sort();

/** Codes of the reference facts files: reply codes (`'550'`) and registry codes (`'X.7.1'`). */
export function referenceCodes(): { reply: string[]; status: string[] } {
  const read = (file: string) => Object.keys(parse(readFileSync(join(ROOT, 'content/reference', file), 'utf8')) as object);
  return { reply: read('reply-codes.yaml'), status: read('status-codes.yaml') };
}
