import type { Browser, Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export const CODE_QUERIES = [
  '550 5.1.1',
  '550-5.1.1',
  '#550 5.1.1',
  '5.1.1',
  '452 4.5.3',
  '4.7.26',
  '550 5.7.1',
  '553 5.1.2',
  '421 4.3.2',
  '554 5.6.0',
  '550 5.1.1 No such user yQIGnbTrmLrqb282aVrA – nsmtp',
  'Diagnostic-Code: smtp; 452 4.5.3 Too many recipients',
  '550 5.7.1 Sender rejected because SPF check failed',
  '552 5.2.3 Your message exceeded my message size limit',
  '421 4.4.1 Sorry, I wasn’t able to establish an SMTP connection',
  '550 5.7.515 Access denied',
  '554 4.4.7 Message expired',
  '#5.7.1 smtp;530 5.7.1 Authentication required',
  '(#5.1.1)',
  '550 550 5.7.1 Your mail is classified as SPAM and REJECTED',
  '451 4.3.0 Multiple destination domains per transaction is unsupported',
  '452 4.7.1 Sent too many messages',
  '553 5.7.2 The sender address is not a valid RFC-5322 address',
  '554 5.7.1 The sender address is unauthorized',
  '421 4.4.5 Server busy, try again later',
  '451 4.7.0 Temporary system error, try again later',
  '550 5.4.4',
  '５５０　５．１．１',
  '5.2.2',
  '521',
];

export const WORD_QUERIES = {
  en: [
    'SPF',
    'spam',
    'attachment',
    'mailbox full',
    'recipient',
    'blocked',
    'DKIM',
    'DMARC',
    'quota',
    'relay',
    'TLS',
    'greylisting',
    'timeout',
    'DNS',
    'MX record',
    'authentication',
    'password',
    'encryption',
    'size limit',
    'too many recipients',
    'forwarding',
    'blocklist',
    'mailing list',
    'header',
    'syntax',
    'connection',
    'IP address',
    'domain',
    'sender address',
    'retry',
  ],
  ja: [
    '迷惑メール',
    '添付ファイル',
    '容量',
    'ブロック',
    '受信者数',
    'スパム',
    '認証',
    'パスワード',
    '暗号化',
    '転送',
    'ドメイン',
    '宛先',
    '送信者',
    '接続',
    'サーバー',
    '再送信',
    'ヘッダー',
    '上限',
    'メールボックス',
    '管理者',
    'SPF',
    'DNS',
    'タイムアウト',
    'メーリングリスト',
    'IPアドレス',
    '一時的',
    '恒久的',
    'サイズ',
    'ブロックリスト',
    'ログイン',
  ],
};

async function openSearch(browser: Browser, base: string, lang: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${base}${lang}/search/`, { waitUntil: 'networkidle' });
  return page;
}

/** Bytes fetched by the first search of one query on a fresh search page (gzip as a server would send). */
export async function firstSearchBytes(browser: Browser, base: string, lang: string, query: string) {
  const page = await openSearch(browser, base, lang);
  const bodies: Buffer[] = [];
  page.on(
    'response',
    (res) =>
      void res.body().then(
        (b) => bodies.push(b),
        () => undefined,
      ),
  );
  await page.locator('[data-search-page] [name="q"]').fill(query);
  await page.locator('[data-search-status]').filter({ hasNotText: /…/ }).filter({ hasText: /./ }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return {
    requests: bodies.length,
    raw: bodies.reduce((n, b) => n + b.length, 0),
    gzip: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** Milliseconds from an input event to the first element matching `marker` in the results, per query. */
async function timeQueries(page: Page, queries: readonly string[], marker: string): Promise<number[]> {
  return page.evaluate(
    async ({ queries, marker }) => {
      const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-search-page] [name="q"]')!;
      const results = document.querySelector<HTMLElement>('[data-search-results]')!;
      const times: number[] = [];
      for (const q of queries) {
        results.replaceChildren();
        const shown = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (results.querySelector(marker)) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(results, { childList: true, subtree: true });
          setTimeout(() => resolve(Number.NaN), 5000);
        });
        const start = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input'));
        times.push((await shown) - start);
        await new Promise((r) => setTimeout(r, 30));
      }
      return times;
    },
    { queries, marker },
  );
}

/** The search page's pause before full-text search (src/client/search-page.ts), included in `fullText` times. */
export const FULL_TEXT_PAUSE_MS = 350;

/**
 * Decode, first-result and full-text times, after a warm-up pass that loads the decoder data and the index.
 * `firstResult`: a typed word to its first result of any kind (intent answer or full-text hit);
 * `fullText`: to the first full-text hit, which the page looks up only after its typing pause.
 */
export async function searchTimes(browser: Browser, base: string, lang: 'ja' | 'en') {
  const page = await openSearch(browser, base, lang);
  await timeQueries(page, CODE_QUERIES.slice(0, 5), '.decoded');
  await timeQueries(page, WORD_QUERIES[lang], '.fulltext');
  const decode = await timeQueries(page, CODE_QUERIES, '.decoded');
  const firstResult = await timeQueries(page, WORD_QUERIES[lang], '.intent, .fulltext');
  const fullText = await timeQueries(page, WORD_QUERIES[lang], '.fulltext');
  await page.close();
  return { decode, firstResult, fullText };
}
