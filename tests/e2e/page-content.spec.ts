import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { expect, test } from './fixtures.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
/** English UI strings of three or more words: none may be left on a Japanese page. */
const jaStrings: Record<string, string> = ja;
const ENGLISH_UI = Object.entries(en)
  .filter(([key, text]) => text !== jaStrings[key] && text.split(' ').length >= 3)
  .map(([, text]) => text.replace(/\{\w+\}.*$/, '').trim())
  .filter((text) => text.split(' ').length >= 3);

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Visible text of the body, without scripts, styles, code (literal server text) and elements in another language. */
function bodyText(html: string, lang: string): string {
  const other = lang === 'ja' ? 'en' : 'ja';
  return decode(
    (/<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '')
      .replace(/<(script|style|noscript|code)[\s\S]*?<\/\1>/g, ' ')
      .replace(new RegExp(`<(\\w+)[^>]*\\slang="${other}"[^>]*>[\\s\\S]*?<\\/\\1>`, 'g'), ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );
}

test('every page: one h1, a title and a description within limits, and no text in the wrong language', async ({ request }) => {
  test.setTimeout(120_000);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(paths.length).toBeGreaterThan(500);
  const problems: string[] = [];
  for (const path of paths) {
    const html = await (await request.get(new URL(path, new URL('/', test.info().project.use.baseURL)).href)).text();
    const lang = /<html lang="(\w+)"/.exec(html)?.[1] ?? '';
    const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
    const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
    if (title.length < 10 || title.length > 130) problems.push(`${path}: title of ${title.length} characters`);
    const [min, max] = lang === 'ja' ? [25, 160] : [40, 160];
    if (description.length < min || description.length > max) problems.push(`${path}: description of ${description.length} characters`);
    const text = bodyText(html, lang);
    if (lang === 'en' && JAPANESE.test(text)) problems.push(`${path}: Japanese text on an English page: ${text.match(new RegExp(`.{0,20}${JAPANESE.source}.{0,20}`))?.[0]}`);
    if (lang === 'ja') for (const s of ENGLISH_UI) if (text.includes(s)) problems.push(`${path}: English UI text on a Japanese page: "${s}"`);
  }
  expect(problems).toEqual([]);
});
