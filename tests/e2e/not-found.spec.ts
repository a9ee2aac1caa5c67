import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS, otherLang, type Lang } from '../../src/i18n/locales.ts';
import { format, ui } from '../../src/i18n/ui.ts';
import type { CodeIndex } from '../../src/lib/code-index.ts';
import type { SiteMap } from '../../src/lib/not-found.ts';
import { expect, test } from './fixtures.ts';

/**
 * The not-found page reads the address: it opens the page a mistyped address
 * meant, lists close pages, explains a pair or code with no page, or searches
 * the words of the address; without JavaScript it is plain text in both
 * languages. The cases are chosen from the built site's own lists, so new
 * content does not break them.
 */

let site: SiteMap;
let index: CodeIndex;
let notFoundHtml: string;
/** A reply code and a status code that both have pages, but no catalog entry pairs them. */
let pair: { reply: string; status: string };
/** A status code no registry defines, with a catalog entry (a mail system's own code). */
let privateCode: { status: string; path: string };

test.beforeAll(async ({ request }) => {
  site = await (await request.get('search/paths.json')).json();
  index = (await (await request.get('en/search/codes.json')).json()).index;
  notFoundHtml = await (await request.get('404.html')).text();
  const has = new Set(site.paths);
  const pairs = [
    ['550', '5.7.26'],
    ['550', '5.1.3'],
    ['554', '5.7.26'],
    ['550', '5.6.0'],
    ['552', '5.7.1'],
    ['550', '5.3.4'],
  ] as const;
  const found = pairs.find(([r, s]) => !has.has(`codes/${r}-${s}/`) && has.has(`reply/${r}/`) && has.has(`status/${s}/`));
  if (!found) throw new Error('no unpaired codes to test with');
  pair = { reply: found[0], status: found[1] };
  const own = index.entries.filter((e) => !index.status[`X.${e.status.split('.').slice(1).join('.')}`] && !has.has(`status/${e.status}/`));
  const chosen = own.find((e) => e.status === '5.7.515') ?? own[0];
  if (!chosen) throw new Error('no private status code in the catalog');
  privateCode = { status: chosen.status, path: chosen.path };
});

/** Serves the not-found page for an address the preview server would itself correct, as a strict static host does. */
async function servedAsMissing(page: Page, pathname: string): Promise<void> {
  await page.route(
    (url) => url.pathname === pathname,
    (route) => route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFoundHtml }),
  );
}

/** The answer, in the section that leads (the reader's language). */
const answer = (page: Page) => page.locator('main > section:first-child [data-nf-answer]');
const answered = (page: Page) => expect(page.locator('main[data-nf-state="done"]')).toHaveCount(1);

test.describe('with JavaScript', () => {
  for (const lang of LANGS) {
    const t = ui(lang);

    test(`${lang}: the path's language comes first`, async ({ page }) => {
      const response = await page.goto(`${lang}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('main > section').first()).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(t.notFoundTitle);
      await expect(page.getByRole('heading', { name: ui(otherLang(lang)).notFoundTitle })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(t.notFoundTitle));
      // One search box: the reader's.
      await expect(page.locator('input[name="q"]:visible')).toHaveCount(1);
    });

    test(`${lang}: a pair with no catalog page explains each code and lists the messages`, async ({ page }) => {
      await page.goto(`${lang}/codes/${pair.reply}-${pair.status}/`);
      await expect(page.getByRole('heading', { name: format(t.notFoundNoPage, { code: `${pair.reply} ${pair.status}` }) })).toBeVisible();
      await expect(answer(page).locator(`a[href$="/${lang}/reply/${pair.reply}/"]`).first()).toBeVisible();
      await expect(answer(page).locator(`a[href$="/${lang}/status/${pair.status}/"]`).first()).toBeVisible();
      await expect(answer(page).locator('.card')).toHaveCount(2);
      const messages = answer(page).locator('.nf-entries a');
      expect(await messages.count()).toBeGreaterThan(0);
      for (const href of await messages.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))
        expect(href).toMatch(new RegExp(`/${lang}/codes/`));
    });

    test(`${lang}: a status code no registry defines is explained by its digits, with the catalog's entry`, async ({ page }) => {
      const [cls, subject] = privateCode.status.split('.');
      await page.goto(`${lang}/status/${privateCode.status}/`);
      await expect(page.getByRole('heading', { name: format(t.notFoundStatusTitle, { code: privateCode.status }) })).toBeVisible();
      await expect(answer(page)).toContainText(format(t.cardUnknownStatus, { code: privateCode.status }));
      await expect(answer(page).locator(`a[href$="/${lang}/status/${cls}.x.x/"]`)).toBeVisible();
      await expect(answer(page).locator(`a[href$="/${lang}/status/x.${subject}.x/"]`).first()).toBeVisible();
      await expect(answer(page)).toContainText(format(t.notFoundPrivate, { code: privateCode.status }));
      await expect(answer(page).locator(`.nf-entries a[href$="/${lang}/${privateCode.path}"]`)).toBeVisible();
    });

    test(`${lang}: a reply code no standard defines is explained by its digits`, async ({ page }) => {
      await page.goto(`${lang}/reply/599/`);
      await expect(page.getByRole('heading', { name: format(t.notFoundReplyTitle, { code: '599' }) })).toBeVisible();
      await expect(answer(page)).toContainText(format(t.cardUnknownReply, { code: '599' }));
      await expect(answer(page).locator(`a[href$="/${lang}/reply/5xx/"]`).first()).toBeVisible();
      // The 9 has no meaning, so no link to a page that does not exist.
      await expect(answer(page).locator('a[href$="/reply/x9x/"]')).toHaveCount(0);
    });

    test(`${lang}: capitals are fixed, keeping the query and the #fragment`, async ({ page }) => {
      await page.goto(`${lang.toUpperCase()}/CODES/550-5.1.1/?from=ticket#what-happened`);
      await expect(page).toHaveURL(new RegExp(`/${lang}/codes/550-5\\.1\\.1/\\?from=ticket#what-happened$`));
      await expect(page.locator('h1')).not.toHaveText(t.notFoundTitle);
    });

    test(`${lang}: a missing final slash and doubled slashes are fixed, keeping the #fragment`, async ({ page, baseURL }) => {
      const root = new URL(baseURL!).pathname;
      await servedAsMissing(page, `${root}${lang}/codes/550-5.1.1`);
      await page.goto(`${lang}/codes/550-5.1.1#what-happened`);
      await expect(page).toHaveURL(new RegExp(`/${lang}/codes/550-5\\.1\\.1/#what-happened$`));
      await servedAsMissing(page, `${root}${lang}//codes//550-5.1.1/`);
      await page.goto(`${lang}//codes//550-5.1.1/#causes`);
      await expect(page).toHaveURL(new RegExp(`/${lang}/codes/550-5\\.1\\.1/#causes$`));
    });

    test(`${lang}: full-width characters are read as the address they spell`, async ({ page, baseURL }) => {
      const wide = (text: string) => [...text].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
      for (const spelled of [`${wide(lang)}/${wide('codes')}/${wide('550-5.1.1')}/`, wide(`${lang}/codes/550-5.1.1/`)]) {
        const path = encodeURI(spelled);
        await servedAsMissing(page, `${new URL(baseURL!).pathname}${path}`);
        await page.goto(`${path}#causes`);
        await expect(page).toHaveURL(new RegExp(`/${lang}/codes/550-5\\.1\\.1/#causes$`));
      }
    });

    test(`${lang}: a near-miss variant slug opens the variant`, async ({ page }) => {
      await page.goto(`${lang}/codes/550-5.7.1/spf-chekc-faild/#causes`);
      await expect(page).toHaveURL(new RegExp(`/${lang}/codes/550-5\\.7\\.1/spf-check-failed/#causes$`));
    });

    test(`${lang}: when several pages are close, they are listed`, async ({ page }) => {
      await page.goto(`${lang}/codes/550-5.7.1/gmail-low/`);
      await expect(page.getByRole('heading', { name: t.notFoundChoices })).toBeVisible();
      const links = answer(page).locator('.nf-pages a');
      expect(await links.count()).toBeGreaterThanOrEqual(3);
      await expect(links.first()).toHaveAttribute('href', new RegExp(`/${lang}/codes/550-5\\.7\\.1/$`));
      await expect(answer(page).locator(`a[href*="/${lang}/codes/550-5.7.1/gmail-low-"]`).first()).toBeVisible();
    });

    test(`${lang}: anything else fills the search box with the address's words and offers the likeliest pages`, async ({ page }) => {
      await page.goto(`${lang}/mailbox-full-help/`);
      const input = page.locator(`section[lang="${lang}"] input[name="q"]`);
      await expect(input).toHaveValue('mailbox full help');
      await expect(page.getByRole('heading', { name: t.notFoundLikely })).toBeVisible();
      await expect(answer(page).locator(`a[href$="/${lang}/reasons/mailbox-full/"]`).first()).toBeVisible();
      await input.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=mailbox\\+full\\+help`));
    });

    test(`${lang}: nothing like the address: the search box holds its words`, async ({ page }) => {
      await page.goto(`${lang}/wp-admin/setup.php`);
      await expect(page.locator(`section[lang="${lang}"] input[name="q"]`)).toHaveValue('wp admin setup');
      await expect(answer(page)).toContainText(t.notFoundNothingLike);
    });
  }

  test('without a language in the path, the reader’s language is used', async ({ browser }) => {
    for (const [locale, lang] of [
      ['ja-JP', 'ja'],
      ['en-US', 'en'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('CODES/550-5.1.1/#what-happened');
      await expect(page).toHaveURL(new RegExp(`/${lang}/codes/550-5\\.1\\.1/#what-happened$`));
      await page.goto('no-such-page/');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(ui(lang).notFoundTitle);
      await context.close();
    }
    // A language chosen with the language switch wins over the browser's.
    const context = await browser.newContext({ locale: 'ja-JP' });
    await context.addInitScript(() => localStorage.setItem('smtp-error-guide:lang', 'en'));
    const page = await context.newPage();
    await page.goto('no-such-page/');
    await expect(page.locator('h1')).toHaveText(ui('en').notFoundTitle);
    await context.close();
  });

  test('a retired address of content/redirects.yaml, mistyped, opens its new page', async ({ page }) => {
    const [from, to] = Object.entries(site.redirects)[0] ?? [];
    test.skip(!from, 'no redirects');
    await page.goto(`EN/${from!.toUpperCase()}`);
    await expect(page).toHaveURL(new RegExp(`/en/${to!.replace(/\./g, '\\.')}$`));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`${lang}: both languages' text and links to the catalog, the code explainers and search`, async ({ page }) => {
      const response = await page.goto(`${lang}/codes/${pair.reply}-${pair.status}/`);
      expect(response?.status()).toBe(404);
      for (const l of LANGS) {
        const t = ui(l);
        const part = page.locator(`section[lang="${l}"]`);
        await expect(part.getByRole('heading', { name: t.notFoundTitle })).toBeVisible();
        await expect(part.getByText(t.notFoundText)).toBeVisible();
        await expect(part.locator(`a[href$="/${l}/#catalog"]`)).toHaveText(t.catalogTitle);
        await expect(part.locator(`a[href$="/${l}/#codes"]`)).toHaveText(t.digitsTitle);
        await expect(part.locator(`a[href$="/${l}/search/"]`)).toHaveText(t.searchTitle);
        await expect(part.locator('form[role="search"]')).toBeVisible();
      }
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('[data-nf-address]')).toHaveCount(2);
      await expect(page.locator('[data-nf-address]:visible')).toHaveCount(0);
    });

    test(`${lang}: /${lang}/404.html puts ${lang} first, for hosts that serve it under /${lang}/`, async ({ page }) => {
      await page.goto(`${lang}/404.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(ui(lang).notFoundTitle);
      await expect(page.locator('main > section').first()).toHaveAttribute('lang', lang);
    });
  }
});

test.describe('hostile addresses are shown as text', () => {
  for (const lang of LANGS) {
    test(`${lang}: markup in the address is not markup on the page`, async ({ page }) => {
      for (const payload of [
        '<script>window.__pwned=1</script>',
        '<img src=x onerror="window.__pwned=1">',
        '"><svg onload="window.__pwned=1">',
      ]) {
        await page.goto(`${lang}/codes/${payload}/`);
        await expect(page.locator(`section[lang="${lang}"] [data-nf-address] code`)).toContainText(payload.slice(0, 12));
        await expect(page.locator('main img, main svg, main script')).toHaveCount(0);
        expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      }
    });

    test(`${lang}: a 10,000-character address is read, shortened, at once`, async ({ page }) => {
      const started = Date.now();
      await page.goto(`${lang}/${'a-b/'.repeat(2_500)}`);
      const shown = page.locator(`section[lang="${lang}"] [data-nf-address] code`);
      await expect(shown).toBeVisible();
      expect((await shown.textContent())!.length).toBeLessThanOrEqual(161);
      await answered(page);
      expect((await page.locator(`section[lang="${lang}"] input[name="q"]`).inputValue()).length).toBeLessThanOrEqual(200);
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    test(`${lang}: control characters are shown as replacement marks`, async ({ page, baseURL }) => {
      await page.goto(`${lang}/x%00y%1B%5B31mz%E2%80%AEw%0Av/`);
      const shown = page.locator(`section[lang="${lang}"] [data-nf-address] code`);
      await expect(shown).toHaveText(`${new URL(baseURL!).pathname}${lang}/x\uFFFDy\uFFFD[31mz\uFFFDw\uFFFDv/`);
    });
  }
});

test('the not-found script keeps the page list small and loads the code map only to answer', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('EN/CODES/550-5.1.1/');
  await expect(page).toHaveURL(/\/en\/codes\/550-5\.1\.1\/$/);
  expect(requested.some((p) => p.endsWith('/search/paths.json'))).toBe(true);
  expect(requested.some((p) => p.endsWith('/search/codes.json'))).toBe(false);
});

test.describe('each answer is accessible, in light and dark mode', () => {
  const cases = () => [
    `codes/${pair.reply}-${pair.status}/`,
    `status/${privateCode.status}/`,
    'reply/599/',
    'codes/550-5.7.1/gmail-low/',
    'mailbox-full-help/',
  ];
  for (const lang of LANGS) {
    for (const [n, name] of ['pair', 'private status code', 'unknown reply code', 'choices', 'words'].entries()) {
      test(`${lang} ${name}: no axe violations`, async ({ page }) => {
        test.setTimeout(60_000);
        const path = cases()[n]!;
        await page.goto(`${lang}/${path}`);
        await answered(page);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
            .analyze();
          expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        }
      });
    }
  }
});

test.describe('every case in both languages passes at phone width', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  for (const lang of LANGS as readonly Lang[]) {
    test(`${lang}: nothing scrolls sideways`, async ({ page }) => {
      for (const path of [
        `codes/${pair.reply}-${pair.status}/`,
        `status/${privateCode.status}/`,
        'reply/599/',
        'codes/550-5.7.1/gmail-low/',
        'mailbox-full-help/',
        `${'x'.repeat(300)}/`,
      ]) {
        await page.goto(`${lang}/${path}`);
        await answered(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }
});
