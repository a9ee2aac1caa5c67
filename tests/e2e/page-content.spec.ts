import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { contentFiles, ROOT } from '../support/catalog.ts';
import { apiCatalog, fetchPage, mapLimit, pathOf, sitemapUrls, textOf } from '../support/site.ts';
import { expect, test } from './fixtures.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
/** English UI strings of three or more words: none may be left on a Japanese page. */
const jaStrings: Record<string, string> = ja;
const ENGLISH_UI = Object.entries(en)
  .filter(([key, text]) => text !== jaStrings[key] && text.split(' ').length >= 3)
  .map(([, text]) => text.replace(/\{\w+\}.*$/, '').trim())
  .filter((text) => text.split(' ').length >= 3);

/**
 * Names shown as their owners publish them, in any language: mail systems' names and the
 * titles of their help pages (content/providers/*.yaml). Anything else must be translated.
 */
const PUBLISHED_NAMES = contentFiles('providers', 'yaml')
  .map((f) => parseYaml(readFileSync(join(ROOT, 'content/providers', f), 'utf8')) as { name: string; help?: { name: string }[] })
  .flatMap((p) => [p.name, ...(p.help ?? []).map((h) => h.name)])
  .filter((name) => JAPANESE.test(name))
  .sort((a, b) => b.length - a.length);

/**
 * Known content problems, reported to the content writers: each must still be present (so the
 * list shrinks when one is fixed), and is shown as an annotation instead of failing the run.
 */
const KNOWN_ISSUES: Record<string, string> = {
  'en/codes/550-5.0.0/qq-mailbox-not-found/': 'Chinese reason texts quoted in the English body without backticks or a lang attribute',
};

/** Visible text of the body, without scripts, styles, code (literal server text), published names and elements in another language. */
function bodyText(body: HTMLElement | null, lang: string): string {
  if (!body) return '';
  const copy = parse(body.outerHTML);
  const other = lang === 'ja' ? 'en' : 'ja';
  for (const el of copy.querySelectorAll(`script, style, noscript, code, [lang="${other}"]`)) el.remove();
  let text = textOf(copy);
  for (const name of PUBLISHED_NAMES) text = text.replaceAll(name, ' ');
  return text;
}

/** A list longer than this, with no heading grouping it, is a wall of rows nobody can scan. */
const MAX_LIST_ROWS = 80;

test('every page: one h1, headings in order, a title and a description within limits, no wall-of-rows list, no text in the wrong language', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const urls = await sitemapUrls(request);
  const problems: string[] = [];
  await mapLimit(urls, 8, async (url) => {
    const path = pathOf(url);
    const { status, doc } = await fetchPage(request, path);
    const say = (what: string) => problems.push(`${path}: ${what}`);
    if (status !== 200) return say(`HTTP ${status}`);
    const lang = doc.querySelector('html')?.getAttribute('lang') ?? '';
    const title = textOf(doc.querySelector('title'));
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    const h1s = doc.querySelectorAll('h1').length;
    if (h1s !== 1) say(`${h1s} h1 elements`);
    const levels = doc.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    if (levels[0] !== 1) say(`the first heading is h${levels[0]}`);
    for (let i = 1; i < levels.length; i++) if (levels[i]! - levels[i - 1]! > 1) say(`heading h${levels[i - 1]} → h${levels[i]}`);
    if (title.length < 10 || title.length > 130) say(`title of ${title.length} characters`);
    const [min, max] = lang === 'ja' ? [25, 160] : [40, 160];
    if (description.length < min || description.length > max) say(`description of ${description.length} characters`);
    for (const list of doc.querySelectorAll('main ul, main ol')) {
      const rows = list.childNodes.filter((c) => (c as HTMLElement).tagName === 'LI').length;
      if (rows > MAX_LIST_ROWS) say(`a list of ${rows} rows (${list.classList.value.join('.')}) with no heading grouping them`);
    }
    const text = bodyText(doc.querySelector('body'), lang);
    const known = Object.entries(KNOWN_ISSUES).find(([key]) => path.endsWith(`/${key}`))?.[1];
    if (known) test.info().annotations.push({ type: 'known content issue', description: `${path}: ${known}` });
    if (lang === 'en' && JAPANESE.test(text) !== Boolean(known))
      say(
        known
          ? `known issue gone, remove it from KNOWN_ISSUES: ${known}`
          : `Japanese text on an English page: ${text.match(new RegExp(`.{0,20}${JAPANESE.source}.{0,20}`))?.[0]}`,
      );
    if (lang === 'ja') for (const s of ENGLISH_UI) if (text.includes(s)) say(`English UI text on a Japanese page: "${s}"`);
  });
  // The sitemap lists each language's pages: more than one per catalog entry (plus every reference code).
  expect(urls.length).toBeGreaterThan(2 * (await apiCatalog(request)).catalog.length);
  expect(problems).toEqual([]);
});
