import { gzipSync } from 'node:zlib';
import { LANGS, otherLang } from '../../src/i18n/locales.ts';
import { plural, ui } from '../../src/i18n/ui.ts';
import { contentFiles } from '../support/catalog.ts';
import { apiCatalog, fetchPage, mapLimit, pathOf, sitemapUrls, textOf, type ApiEntry } from '../support/site.ts';
import { expect, test } from './fixtures.ts';

/** The first network round trip: what a code page (HTML + CSS, compressed) must fit in. */
const FIRST_ROUND_TRIP = 14 * 1024;

const hrefsIn = (doc: Awaited<ReturnType<typeof fetchPage>>['doc'], selector: string) =>
  new Set(doc.querySelectorAll(`${selector} a[href]`).map((a) => a.getAttribute('href')!));

test.describe('literal pages of the new kinds', () => {
  for (const lang of LANGS) {
    test(`${lang}: a provider, a reason and a guide are at their published addresses`, async ({ request }) => {
      for (const [path, h1] of [
        ['providers/gmail/', 'Gmail / Google Workspace'],
        ['providers/postfix/', 'Postfix'],
        ['reasons/address-unknown/', lang === 'ja' ? '宛先のメールアドレスが存在しない' : 'The address does not exist'],
        ['guides/how-to-read-a-bounce/', lang === 'ja' ? 'バウンスメールの読み方' : 'How to read a bounce message'],
      ] as const) {
        const { status, doc } = await fetchPage(request, `${lang}/${path}`);
        expect(status, path).toBe(200);
        expect(textOf(doc.querySelector('h1')), path).toBe(h1);
      }
      // A provider page lists its messages: Gmail's "no such user" reply among them.
      const gmail = await fetchPage(request, `${lang}/providers/gmail/`);
      expect([...hrefsIn(gmail.doc, '#messages')]).toContainEqual(
        expect.stringMatching(new RegExp(`/${lang}/codes/550-5\\.1\\.1/gmail-account-does-not-exist/$`)),
      );
    });
  }
});

test('every provider page exists in both languages with its sections and every message of that mail system', async ({ request }) => {
  const { providers, catalog } = await apiCatalog(request);
  // One page per provider file of the content.
  expect(providers.map((p) => `${p.id}.yaml`).sort()).toEqual(contentFiles('providers', 'yaml'));
  const problems: string[] = [];
  await mapLimit(
    providers.flatMap((p) => LANGS.map((lang) => ({ p, lang }))),
    8,
    async ({ p, lang }) => {
      const t = ui(lang);
      const path = pathOf(p.url[lang]);
      const say = (what: string) => problems.push(`${path}: ${what}`);
      const { status, doc } = await fetchPage(request, path);
      if (status !== 200) return say(`HTTP ${status}`);
      if (doc.querySelector('html')?.getAttribute('lang') !== lang) say('lang');
      if (textOf(doc.querySelector('h1')) !== p.name) say(`h1 "${textOf(doc.querySelector('h1'))}"`);
      if (textOf(doc.querySelector('h2#about')) !== t.providerAboutHeading) say('no "who it is" section');
      if (textOf(doc.querySelector('h2#recognise')) !== t.providerRecogniseHeading) say('no "how to recognise" section');
      const own = catalog.filter((e) => e.provider === p.id);
      if (own.length > 0 && !textOf(doc.querySelector('#messages-heading')).startsWith(t.providerMessagesHeading))
        say('no messages section');
      const linked = hrefsIn(doc, 'section#messages');
      for (const e of own) if (!linked.has(pathOf(e.url[lang]))) say(`does not list ${pathOf(e.url[lang])}`);
      if (doc.querySelector('[data-lang-switch]')?.getAttribute('href') !== pathOf(p.url[otherLang(lang)])) say('language switch');
    },
  );
  expect(problems).toEqual([]);
});

test('every reason page exists in both languages with its sections and every message that means it', async ({ request }) => {
  const { reasons, catalog } = await apiCatalog(request);
  expect(reasons.map((r) => `${r.id}.yaml`).sort()).toEqual(contentFiles('reasons', 'yaml'));
  // Every catalog entry names a reason that has a page.
  const ids = new Set(reasons.map((r) => r.id));
  expect(catalog.filter((e) => !ids.has(e.reason)).map((e) => `${e.variant}: ${e.reason}`)).toEqual([]);
  const problems: string[] = [];
  await mapLimit(
    reasons.flatMap((r) => LANGS.map((lang) => ({ r, lang }))),
    8,
    async ({ r, lang }) => {
      const t = ui(lang);
      const path = pathOf(r.url[lang]);
      const say = (what: string) => problems.push(`${path}: ${what}`);
      const { status, doc } = await fetchPage(request, path);
      if (status !== 200) return say(`HTTP ${status}`);
      if (doc.querySelector('html')?.getAttribute('lang') !== lang) say('lang');
      if (textOf(doc.querySelector('h1')) !== r.title[lang]) say(`h1 "${textOf(doc.querySelector('h1'))}"`);
      for (const [id, heading] of [
        ['what-happened', t.meaningHeading],
        ['sender', t.senderHeading],
        ['admin', t.adminHeading],
        ['retry', t.sectionRetry],
      ] as const) {
        if (textOf(doc.querySelector(`h2#${id}`)) !== heading) say(`no "${heading}" section (#${id})`);
      }
      const linked = hrefsIn(doc, 'section#messages');
      const own = catalog.filter((e) => e.reason === r.id);
      if (own.length === 0) say('no catalog message means this');
      for (const e of own) if (!linked.has(pathOf(e.url[lang]))) say(`does not list ${pathOf(e.url[lang])}`);
    },
  );
  expect(problems).toEqual([]);
});

for (const lang of LANGS) {
  test(`${lang}: the home page leads to every reason, mail system, reply code, guide and digit explainer, with counts`, async ({
    request,
  }) => {
    const { reasons, providers, catalog, digits, replyCodes, pairs } = await apiCatalog(request);
    const t = ui(lang);
    const { doc } = await fetchPage(request, `${lang}/`);
    const count = (n: number) => plural(lang, n, t.messageCountOne, t.messageCountOther);
    const problems: string[] = [];
    const row = (section: string, path: string) =>
      doc.querySelectorAll(`section#${section} li`).find((li) => li.querySelector('a')?.getAttribute('href') === path);
    const counted = (section: string, path: string, entries: ApiEntry[]) => {
      const li = row(section, path);
      if (!li) problems.push(`#${section} has no link to ${path}`);
      else if (textOf(li.querySelector('.count')) !== count(entries.length))
        problems.push(`#${section} ${path}: "${textOf(li.querySelector('.count'))}", expected "${count(entries.length)}"`);
    };
    for (const r of reasons)
      counted(
        'reasons',
        pathOf(r.url[lang]),
        catalog.filter((e) => e.reason === r.id),
      );
    for (const p of providers)
      counted(
        'providers',
        pathOf(p.url[lang]),
        catalog.filter((e) => e.provider === p.id),
      );
    for (const code of new Set(catalog.flatMap((e) => (e.code === undefined ? [] : [e.code])))) {
      const reply = replyCodes.find((r) => r.code === String(code));
      if (!reply) problems.push(`reply code ${code} of the catalog is not in the JSON`);
      else
        counted(
          'catalog',
          pathOf(reply.url[lang]),
          catalog.filter((e) => e.code === code),
        );
    }
    // Messages the sending server wrote itself have no reply code: their pair pages are listed instead.
    for (const pair of pairs.filter((p) => p.code === undefined)) {
      if (!row('catalog', pathOf(pair.url[lang]))) problems.push(`#catalog has no link to ${pathOf(pair.url[lang])}`);
    }
    const guides = hrefsIn(doc, 'section#guides');
    expect(guides.size, 'one link per guide').toBe(contentFiles(`guides/${lang}`).length);
    for (const href of guides) expect(href).toMatch(new RegExp(`/${lang}/guides/[a-z0-9-]+/$`));
    const explainers = hrefsIn(doc, 'section#codes');
    for (const d of digits) if (!explainers.has(pathOf(d.url[lang]))) problems.push(`#codes has no link to ${pathOf(d.url[lang])}`);
    expect(problems).toEqual([]);
  });

  test(`${lang}: the home page and every catalog page fit in the first round trip (HTML + CSS within 14 KB gzip)`, async ({ request }) => {
    const paths = [`${lang}/`, ...(await sitemapUrls(request)).map(pathOf).filter((p) => p.includes(`/${lang}/codes/`))];
    expect(paths.length).toBeGreaterThan(100);
    const css = new Map<string, number>();
    const heavy: string[] = [];
    await mapLimit(paths, 8, async (path) => {
      const page = await fetchPage(request, path);
      let bytes = gzipSync(page.html).length;
      for (const link of page.doc.querySelectorAll('link[rel="stylesheet"]')) {
        const href = new URL(link.getAttribute('href')!, page.url).href;
        if (!css.has(href)) css.set(href, gzipSync(await (await request.get(href)).body()).length);
        bytes += css.get(href)!;
      }
      if (bytes > FIRST_ROUND_TRIP) heavy.push(`${path}: ${bytes} bytes`);
    });
    expect(heavy).toEqual([]);
  });
}
