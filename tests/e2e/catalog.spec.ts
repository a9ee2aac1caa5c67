import { LANGS, otherLang } from '../../src/i18n/locales.ts';
import { format, ui } from '../../src/i18n/ui.ts';
import { contentFiles } from '../support/catalog.ts';
import { apiCatalog, codesOf, fetchPage, mapLimit, pathOf, sample, SEED, textOf } from '../support/site.ts';
import { expect, test } from './fixtures.ts';

/** Text as the page shows it: backticks mark code and are not displayed. */
const shown = (text: string) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

test('the build lists every catalog file of each language, once', async ({ request }) => {
  const { catalog } = await apiCatalog(request);
  // The catalog files are the source of truth; both languages hold the same file names.
  const files = { ja: contentFiles('catalog/ja'), en: contentFiles('catalog/en') };
  expect(files.ja).toEqual(files.en);
  // The catalog grew past 23 seed entries to hundreds: far fewer means content went missing.
  expect(files.en.length).toBeGreaterThan(200);
  expect(catalog).toHaveLength(files.en.length);
  for (const lang of LANGS) expect(new Set(catalog.map((e) => e.url[lang])).size, lang).toBe(files.en.length);
});

for (const lang of LANGS) {
  test(`${lang}: every catalog entry's page shows its codes, title, error line, fix, source and retry section`, async ({ request }) => {
    const { catalog, providers } = await apiCatalog(request);
    const t = ui(lang);
    const names = new Map(providers.map((p) => [p.id, p.name]));
    const problems: string[] = [];
    await mapLimit(catalog, 8, async (e) => {
      const path = pathOf(e.url[lang]);
      const { status, doc } = await fetchPage(request, path);
      const say = (what: string) => problems.push(`${path}: ${what}`);
      if (status !== 200) return say(`HTTP ${status}`);
      if (doc.querySelector('html')?.getAttribute('lang') !== lang) say('wrong lang attribute');
      const h1s = doc.querySelectorAll('h1');
      if (h1s.length !== 1) say(`${h1s.length} h1`);
      const h1 = textOf(h1s[0]);
      if (!h1.includes(codesOf(e))) say(`h1 "${h1}" lacks ${codesOf(e)}`);
      if (!h1.includes(shown(e.title[lang]))) say(`h1 "${h1}" lacks the title "${e.title[lang]}"`);
      const line = textOf(doc.querySelector('.error-line'));
      if (line !== `${codesOf(e)} ${e.message}`) say(`error line "${line}"`);
      if (!textOf(doc.querySelector('main')).includes(shown(e.fix[lang]))) say('the fix is not shown');
      const expectedSource = format(e.sourceKind === 'observed' ? t.sourceObserved : t.sourceDocumented, {
        provider: names.get(e.provider) ?? e.provider,
      });
      const source = doc.querySelectorAll('main a[rel~="external"]').find((a) => a.getAttribute('href') === e.source);
      if (!source) say(`no link to its source ${e.source}`);
      else if (textOf(source) !== expectedSource) say(`source link "${textOf(source)}", expected "${expectedSource}"`);
      const retry = textOf(doc.querySelector('section#retry h2'));
      if (!retry.startsWith(t.sectionRetry)) say(`retry heading "${retry}"`);
      const other = doc.querySelector('[data-lang-switch]')?.getAttribute('href');
      if (other !== pathOf(e.url[otherLang(lang)])) say(`the language switch leads to ${other}`);
    });
    expect(problems).toEqual([]);
  });
}

/** Literal addresses of known entries: the expected paths are written out, not derived by the code under test. */
const KNOWN = [
  { path: 'codes/550-5.7.1/spf-check-failed/', line: '550 5.7.1 Sender rejected because SPF check failed' },
  { path: 'codes/452-4.5.3/too-many-recipients/', line: '452 4.5.3 Too many recipients' },
  { path: 'codes/550-5.1.1/gmail-account-does-not-exist/', line: /^550 5\.1\.1 The email account that you tried to reach does not exist/ },
  { path: 'codes/4.4.1/postfix-connection-timed-out/', line: /^4\.4\.1 connect to .+: Connection timed out$/ },
] as const;

for (const lang of LANGS) {
  test(`${lang}: known entries are at their published addresses`, async ({ request }) => {
    for (const { path, line } of KNOWN) {
      const { status, doc } = await fetchPage(request, `${lang}/${path}`);
      expect(status, path).toBe(200);
      expect(textOf(doc.querySelector('.error-line')), path).toMatch(
        typeof line === 'string' ? new RegExp(`^${RegExp.escape(line)}$`) : line,
      );
    }
  });

  test(`${lang}: the language switch opens the same page in the other language (seed ${SEED})`, async ({ page, request }) => {
    const { catalog } = await apiCatalog(request);
    const other = otherLang(lang);
    const picked = [
      ...catalog.filter((e) => e.variant === 'spf-check-failed' || e.variant === 'postfix-connection-timed-out'),
      ...sample(catalog, 2),
    ];
    for (const entry of picked) {
      await page.goto(pathOf(entry.url[lang]));
      await page.locator('[data-lang-switch]').click();
      await expect(page).toHaveURL(entry.url[other].replace(/^https?:\/\/[^/]+/, new URL(page.url()).origin));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('.error-line')).toHaveText(`${codesOf(entry)} ${entry.message}`);
    }
  });

  test(`${lang}: every link on the home page resolves`, async ({ request }) => {
    const home = await fetchPage(request, `${lang}/`);
    const origin = new URL(home.url).origin;
    const internal = [
      ...new Set(home.doc.querySelectorAll('a[href]').map((a) => new URL(a.getAttribute('href')!, home.url).href.split('#')[0]!)),
    ].filter((h) => h.startsWith(origin));
    // At least one link per reason, per provider and per reply code in the catalog.
    const { reasons, providers } = await apiCatalog(request);
    expect(internal.length).toBeGreaterThan(reasons.length + providers.length);
    const broken = (await mapLimit(internal, 8, async (href) => [href, (await request.get(href)).status()] as const)).filter(
      ([, s]) => s !== 200,
    );
    expect(broken).toEqual([]);
  });
}

test('a pair with several messages lists each message and links to it', async ({ request }) => {
  // Literal: 550 5.7.1 is the seed's pair with five messages; 550 5.1.1 had one and now lists many.
  for (const [pair, variants] of [
    ['550-5.7.1', ['spf-check-failed', 'classified-as-spam', 'ip-blocked-by-administrator', 'unsafe-attachment', 'restricted-attachment']],
    ['550-5.1.1', ['no-such-user', 'gmail-account-does-not-exist', 'postfix-user-unknown-in-local-recipient-table']],
  ] as const) {
    const { doc } = await fetchPage(request, `en/codes/${pair}/`);
    const hrefs = doc.querySelectorAll('main ul.message-list a[href]').map((a) => a.getAttribute('href'));
    for (const v of variants)
      expect(hrefs, `${pair} → ${v}`).toContainEqual(expect.stringMatching(new RegExp(`/en/codes/${RegExp.escape(pair)}/${v}/$`)));
  }
});

test('every pair page links to each of its messages', async ({ request }) => {
  const { pairs, catalog } = await apiCatalog(request);
  const problems: string[] = [];
  await mapLimit(
    pairs.filter((p) => p.variants.length > 1),
    8,
    async (pair) => {
      for (const lang of LANGS) {
        const { status, doc } = await fetchPage(request, pathOf(pair.url[lang]));
        if (status !== 200) {
          problems.push(`${pair.url[lang]}: HTTP ${status}`);
          continue;
        }
        const hrefs = new Set(doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')));
        for (const v of pair.variants) {
          const entry = catalog.find((e) => e.variant === v && e.status === pair.status && e.code === pair.code);
          if (!entry) problems.push(`${pair.url[lang]}: ${v} is not in the catalog`);
          else if (!hrefs.has(pathOf(entry.url[lang]))) problems.push(`${pair.url[lang]} does not link to ${v}`);
        }
      }
    },
  );
  expect(problems).toEqual([]);
});

test('/ offers both languages and sends a Japanese browser to /ja/', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'ja-JP', baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page).toHaveURL(/\/ja\/$/);
  await context.close();
});

test('/ shows plain links to both languages without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('link', { name: '日本語' })).toHaveAttribute('href', /\/ja\/$/);
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /\/en\/$/);
  await context.close();
});

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('en/codes/999-9.9.9/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: ui('en').notFoundTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: ui('ja').notFoundTitle })).toBeVisible();
});
