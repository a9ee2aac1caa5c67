import type { Page } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales.ts';
import { ui } from '../../src/i18n/ui.ts';
import { expect, test } from './fixtures.ts';

const gmail = [
  '550-5.1.1 The email account that you tried to reach does not exist. Please try',
  "550-5.1.1 double-checking the recipient's email address for typos or",
  '550-5.1.1 unnecessary spaces. For more information, go to',
  '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp',
].join('\n');

const bounce = [
  'From: Mail Delivery System <MAILER-DAEMON@mail.example.com>',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Sat, 28 Nov 2026 10:55:01 +0900',
  '',
  'This is the mail system at host mail.example.com (192.0.2.10).',
  'I\'m sorry to have to inform you that your message could not be delivered.',
  '',
  'Reporting-MTA: dns; mail.example.com',
  'Final-Recipient: rfc822; someone@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; smtp.worksmobile.com',
  'Diagnostic-Code: smtp; 550 5.1.1 No such user Xk3lP0aQ9zR2 - nsmtp',
].join('\n');

/** Queries as people paste or type them → the page the first result must open. */
const table: Record<(typeof LANGS)[number], [string, string][]> = {
  en: [
    ['5.1.1', 'status/5.1.1/'],
    ['550 5.1.1', 'codes/550-5.1.1/'],
    ['550-5.1.1', 'codes/550-5.1.1/'],
    ['#550 5.1.1', 'codes/550-5.1.1/'],
    ['550 5.1.1 No such user yQIGnbTrmLrqb282aVrA – nsmtp', 'codes/550-5.1.1/'],
    ['Diagnostic-Code: smtp; 452 4.5.3 Too many recipients', 'codes/452-4.5.3/too-many-recipients/'],
    [gmail, 'status/5.1.1/'],
    [bounce, 'codes/550-5.1.1/'],
    ['550 5.7.1', 'codes/550-5.7.1/'],
    ['550 5.7.1 Sender rejected because SPF check failed', 'codes/550-5.7.1/spf-check-failed/'],
    ["421 4.4.1 Sorry, I wasn't able to establish an SMTP connection", 'codes/421-4.4.1/'],
    ['552 5.2.3 Your message exceeded my message size limit', 'codes/552-5.2.3/'],
    ['553 5.1.2 The recipient address is not a valid RFC-5321 address', 'codes/553-5.1.2/invalid-recipient-address/'],
    ['554 5.7.1 The sender address is unauthorized', 'codes/554-5.7.1/'],
    ['550 550 5.7.1 Your mail is classified as SPAM and REJECTED', 'codes/550-5.7.1/classified-as-spam/'],
    ['5.7.515', 'status/x.7.x/'],
    ['550 5.7.26 Unauthenticated email from example.com is not accepted', 'status/5.7.26/'],
    ['4.7.26', 'status/4.7.26/'],
    ['550', 'reply/550/'],
    ['(#5.1.1)', 'status/5.1.1/'],
    ['#5.7.1 smtp;530 5.7.1 Authentication required', 'status/5.7.1/'],
    ['too many recipients', 'codes/452-4.5.3/too-many-recipients/'],
    ['SPF', 'codes/550-5.7.1/spf-check-failed/'],
    ['spam', 'codes/550-5.7.1/classified-as-spam/'],
    ['mailbox full', 'status/5.2.2/'],
    ['421 4.3.2', 'codes/421-4.3.2/'],
    ['421-4.3.2 Too many concurrent connection. This connection will be closed', 'codes/421-4.3.2/too-many-concurrent-connections/'],
    ['421 4.3.2 RCPT address is temporarily blocked', 'codes/421-4.3.2/rcpt-address-temporarily-blocked/'],
    ['421 4.4.5 Server busy, try again later', 'codes/421-4.4.5/'],
    ['451 4.7.0 Temporary system error, try again later', 'codes/451-4.7.0/'],
    ['452 4.5.3 Too many commands', 'codes/452-4.5.3/too-many-commands/'],
    ['452 4.5.3', 'codes/452-4.5.3/'],
    ['550 5.7.1 Message was blocked as some attached file was not safe', 'codes/550-5.7.1/unsafe-attachment/'],
    ['550 5.7.1 The mail has been blocked as it contains a file attachment restricted by the administrator', 'codes/550-5.7.1/restricted-attachment/'],
    ['553 5.1.2', 'codes/553-5.1.2/'],
    ['Remote server returned: 554 5.6.0 Mail message is malformed. Not accepted', 'codes/554-5.6.0/'],
    ['smtp;550 5.7.1 Relaying denied', 'status/5.7.1/'],
    ['4.4.7', 'status/4.4.7/'],
    ['5.2.2', 'status/5.2.2/'],
    ['2.1.5', 'status/x.1.x/'],
    ['535', 'reply/535/'],
    ['522 5.2.0 Delivery failed: Over quota', 'status/5.2.0/'],
    ['426', 'reply/x2x/'],
    ['Your ip blocked from this server', 'codes/421-4.3.2/ip-blocked/'],
    ['IP Blocked by Administrator', 'codes/550-5.7.1/ip-blocked-by-administrator/'],
  ],
  ja: [
    ['5.1.1', 'status/5.1.1/'],
    ['550 5.1.1', 'codes/550-5.1.1/'],
    ['５５０　５．１．１', 'codes/550-5.1.1/'],
    ['550 5.1.1 No such user yQIGnbTrmLrqb282aVrA – nsmtp', 'codes/550-5.1.1/'],
    ['Diagnostic-Code: smtp; 452 4.5.3 Too many recipients', 'codes/452-4.5.3/too-many-recipients/'],
    [bounce, 'codes/550-5.1.1/'],
    ['421 4.3.2 Your ip blocked from this server', 'codes/421-4.3.2/ip-blocked/'],
    ['451 4.3.0 Multiple destination domains per transaction is unsupported', 'codes/451-4.3.0/'],
    ['552 5.2.3 Your message exceeded my message sizeリミット', 'codes/552-5.2.3/'],
    ['550 5.4.4 Sorry, I couldn’t find any host by that name', 'codes/550-5.4.4/'],
    ['554 5.6.0 Mail message is malformed. Not accepted', 'codes/554-5.6.0/'],
    ['553 5.7.2 The sender address is not a valid RFC-5322 address', 'codes/553-5.7.2/'],
    ['452 4.7.1 Sent too many messages', 'codes/452-4.7.1/'],
    ['421', 'reply/421/'],
    ['5.9.1', 'status/5.x.x/'],
    ['迷惑メール', 'codes/550-5.7.1/classified-as-spam/'],
    ['存在しません', 'status/5.1.1/'],
    ['管理者 ブロック IP', 'codes/550-5.7.1/ip-blocked-by-administrator/'],
    ['容量 制限', 'reply/552/'],
    ['受信者数', 'codes/452-4.5.3/too-many-recipients/'],
    ['550-5.1.1', 'codes/550-5.1.1/'],
    ['#550 5.1.1', 'codes/550-5.1.1/'],
    [gmail, 'status/5.1.1/'],
    ['550 5.7.1', 'codes/550-5.7.1/'],
    ['550 5.7.1 Sender rejected because SPF check failed', 'codes/550-5.7.1/spf-check-failed/'],
    ['550 550 5.7.1 Your mail is classified as SPAM and REJECTED', 'codes/550-5.7.1/classified-as-spam/'],
    ["421 4.4.1 Sorry, I wasn't able to establish an SMTP connection", 'codes/421-4.4.1/'],
    ['421 4.3.2 Too many concurrent connection. This connection will be closed', 'codes/421-4.3.2/too-many-concurrent-connections/'],
    ['553 5.1.2 The recipient address is not a valid RFC-5321 address', 'codes/553-5.1.2/invalid-recipient-address/'],
    ['553 5.1.2 The sender address is not a valid RFC-5321 address', 'codes/553-5.1.2/invalid-sender-address/'],
    ['554 5.7.1 The sender address is unauthorized', 'codes/554-5.7.1/'],
    ['5.7.515', 'status/x.7.x/'],
    ['550 5.7.26 Unauthenticated email from example.com is not accepted', 'status/5.7.26/'],
    ['4.7.26', 'status/4.7.26/'],
    ['#5.7.1 smtp;530 5.7.1 Authentication required', 'status/5.7.1/'],
    ['(#5.1.1)', 'status/5.1.1/'],
    ['550', 'reply/550/'],
    ['too many recipients', 'codes/452-4.5.3/too-many-recipients/'],
    ['Sent too many messages', 'codes/452-4.7.1/'],
    ['554 4.4.7 Message expired', 'status/4.4.7/'],
  ],
};

async function search(page: Page, query: string): Promise<void> {
  await page.locator('[data-search-page] input[name="q"]').fill(query);
  await expect(page.locator('[data-search-status]')).not.toHaveText(/…|^$/);
}

const firstLink = (page: Page) => page.locator('[data-search-results] a').first();

for (const lang of LANGS) {
  test(`${lang}: each query opens the right page first`, async ({ page }) => {
    await page.goto(`${lang}/search/`);
    const wrong: string[] = [];
    for (const [query, expected] of table[lang]) {
      await search(page, query);
      const href = (await firstLink(page).getAttribute('href')) ?? '(no result)';
      if (!href.endsWith(`/${lang}/${expected}`)) wrong.push(`${JSON.stringify(query.slice(0, 60))} → ${href}, expected ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  test(`${lang}: the q parameter is a deep link, and typing keeps the URL in step`, async ({ page }) => {
    await page.goto(`${lang}/search/?q=${encodeURIComponent('550 5.1.1')}`);
    await expect(page.locator('[data-search-page] input[name="q"]')).toHaveValue('550 5.1.1');
    await expect(firstLink(page)).toHaveAttribute('href', new RegExp(`/${lang}/codes/550-5\\.1\\.1/$`));
    await search(page, '452 4.5.3');
    await expect(page).toHaveURL(/\?q=452\+4\.5\.3$/);
  });
}

test('the table has at least 40 queries in each language', () => {
  for (const lang of LANGS) expect(table[lang].length).toBeGreaterThanOrEqual(40);
});

test('the decoded card says what to do in one line', async ({ page }) => {
  await page.goto(`en/search/?q=${encodeURIComponent('550 5.7.1 Sender rejected because SPF check failed')}`);
  const card = page.locator('.card').first();
  await expect(card.locator('.card-codes')).toHaveText('550 5.7.1');
  await expect(card.locator('.card-line')).toContainText('SPF');
});

test('an unregistered code says so and links its digits', async ({ page }) => {
  await page.goto(`en/search/?q=${encodeURIComponent('550 5.7.515 Access denied')}`);
  const card = page.locator('.card').first();
  await expect(card).toContainText('5.7.515 is not in the IANA registry');
  await expect(card.getByRole('link', { name: /^5: / })).toHaveAttribute('href', /\/en\/status\/5\.x\.x\/$/);
  await expect(card.getByRole('link', { name: /^7: / })).toHaveAttribute('href', /\/en\/status\/x\.7\.x\/$/);
});

test('Enter opens the best result; arrows move through results; the count is announced', async ({ page }) => {
  await page.goto('ja/search/');
  const input = page.locator('[data-search-page] input[name="q"]');
  await search(page, 'ブロック');
  await expect(page.locator('[data-search-status]')).toHaveAttribute('role', 'status');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+件/);
  await input.press('ArrowDown');
  await expect(firstLink(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-search-results] a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await search(page, '550 5.1.1');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/ja\/codes\/550-5\.1\.1\/$/);
});

test('/ focuses the search box from a reading page, and the header form leads to search', async ({ page }) => {
  await page.goto('en/codes/550-5.1.1/');
  await page.keyboard.press('/');
  const input = page.locator('#site-search');
  await expect(input).toBeFocused();
  await input.fill('452 4.5.3 Too many recipients');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=452\+4\.5\.3\+Too\+many\+recipients$/);
  await expect(firstLink(page)).toHaveAttribute('href', /\/en\/codes\/452-4\.5\.3\/too-many-recipients\/$/);
});

test('pasted markup is shown as text, never run', async ({ page }) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  const payload = '550 5.7.1 <img src=x onerror=alert(1)><script>alert(2)</script>"><svg onload=alert(3)>';
  await page.goto(`en/search/?q=${encodeURIComponent(payload)}`);
  await expect(page.locator('.card').first()).toBeVisible();
  await search(page, '<b>SPF</b> <img src=x onerror=alert(4)>');
  expect(dialog).toBe(false);
  await expect(page.locator('[data-search-results] img, [data-search-results] script, [data-search-results] svg, [data-search-results] b')).toHaveCount(0);
});

test('a 1 MB paste is decoded and the page stays usable', async ({ page }) => {
  await page.goto('en/search/');
  const line = 'Content-Transfer-Encoding: base64 QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTQzMjE= 192.0.2.1\n';
  const big = `Diagnostic-Code: smtp; 550 5.1.1 No such user\n${line.repeat(Math.ceil(1_000_000 / line.length))}`;
  await page.locator('[data-search-page] input[name="q"]').fill(big);
  await expect(firstLink(page)).toHaveAttribute('href', /\/en\/codes\/550-5\.1\.1\/$/);
  await expect(page.locator('[data-search-status]')).not.toHaveText(/…|^$/);
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await page.locator('[data-search-page] input[name="q"]').fill('too many recipients');
  await expect(firstLink(page)).toHaveAttribute('href', /too-many-recipients\/$/);
});

test('without JavaScript the search page says what it needs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('ja/search/');
  // Playwright's text engine skips <noscript>, so find the note by its element.
  await expect(page.locator('noscript + *, noscript > p, p.note').first()).toHaveText(ui('ja').searchNeedsJs);
  await context.close();
});
