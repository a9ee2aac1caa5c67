import { expect, test } from './fixtures.ts';

/** Payloads set window.__pwned instead of alerting, so any execution is visible. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">x</a>',
  'javascript:window.__pwned=1',
  '</textarea><script>window.__pwned=1</script>',
  '<style>*{display:none}</style>',
  '<mark>not a match</mark>',
  '" onfocus="window.__pwned=1" autofocus x="',
  "' onmouseover='window.__pwned=1' x='",
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  '\u0000\u0001\u0007\u001b[31mred\u001b[0m',
  '\r\n\r\n\t\v\f',
  '\u202Eevil.exe\u202C',
  'مرحبا 550 5.1.1 عالم',
  'שלום 5.7.1',
  'Z̸̢͓̈́a̴͈̐l̷̞̆g̵̟͘ő̸̧ 5.2.3',
  '\u200B\u200C\u200D\uFEFF',
  '📧💥 550 5.1.1 🔥',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '\uD800 lone surrogate',
  '5'.repeat(5000),
  '550 '.repeat(3000),
  '5.1.'.repeat(3000),
  '<'.repeat(20000),
];
const PREFIXES = ['', '550 5.1.1 ', 'Diagnostic-Code: smtp; 552 5.2.3 ', '迷惑メール ', 'SPF '];
const SUFFIXES = ['', ' No such user', '\n550-5.7.1 <b>bold</b>'];

const queries: string[] = [];
for (const payload of PAYLOADS) for (const prefix of PREFIXES) for (const suffix of SUFFIXES) queries.push(`${prefix}${payload}${suffix}`);

const INJECTED =
  'main img, main script:not([src*="/_astro/"]), main svg, main iframe, main style, main math, main b, main a[href^="javascript"]';

for (const [part, slice] of [
  ['first half', queries.slice(0, Math.ceil(queries.length / 2))],
  ['second half', queries.slice(Math.ceil(queries.length / 2))],
] as const) {
  test(`typed into the search box (${part}): nothing runs, nothing is injected, the page stays usable`, async ({ page }) => {
    test.setTimeout(180_000);
    // Hundreds of combinations (the README promises over 400), split over two tests.
    expect(queries.length).toBeGreaterThanOrEqual(400);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('en/search/');
    const input = page.locator('[data-search-page] textarea[name="q"]');
    // One round trip per query: put it in the box as one input event (as a paste or an IME commit does),
    // wait in the page until the status is rewritten for it, and count injected elements.
    const check = (query: string) =>
      input.evaluate(
        (box: HTMLTextAreaElement, { query, injected }) =>
          new Promise<{ status: string; injected: number }>((resolve) => {
            const status = document.querySelector('[data-search-status]')!;
            status.textContent = '';
            box.value = query;
            box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
            const started = performance.now();
            const poll = () => {
              const text = status.textContent ?? '';
              if ((text && !text.includes('…')) || performance.now() - started > 10_000)
                resolve({ status: text, injected: document.querySelectorAll(injected).length });
              else requestAnimationFrame(poll);
            };
            poll();
          }),
        { query, injected: INJECTED },
      );
    for (const query of slice) {
      const result = await check(query);
      const label = JSON.stringify(query.slice(0, 40));
      expect(result.status, `${label}: the status is answered`).not.toBe('');
      expect(result.injected, `${label}: injected elements`).toBe(0);
    }
    expect(dialogs).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await input.fill('550 5.1.1');
    await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /\/en\/codes\/550-5\.1\.1\/$/);
  });
}

// A page load per query: each payload twice, in two different wrappings (every prefix and suffix is used).
const inUrl = PAYLOADS.flatMap((payload, p) => [
  `${PREFIXES[p % PREFIXES.length]}${payload}${SUFFIXES[p % SUFFIXES.length]}`,
  `${PREFIXES[(p + 2) % PREFIXES.length]}${payload}${SUFFIXES[(p + 1) % SUFFIXES.length]}`,
]);

test('given in the q parameter: shown as text, never run', async ({ page }) => {
  test.setTimeout(180_000);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  // A lone surrogate cannot be put in a URL at all, so those are only typed (above).
  for (const query of inUrl.filter((q) => q.isWellFormed())) {
    await page.goto(`ja/search/?q=${encodeURIComponent(query.slice(0, 4000))}`);
    await expect(page.locator('[data-search-status]')).not.toHaveText(/…|^$/);
    await expect(page.locator(INJECTED)).toHaveCount(0);
    await expect(page.locator('[data-search-page] textarea[name="q"]')).toHaveValue(query.slice(0, 4000).replace(/\r\n?/g, '\n'));
  }
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
