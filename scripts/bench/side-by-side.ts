/**
 * Our site and the Starlight peer measured with the same browser, per language:
 * page weight before interaction, paste → answer on screen (cold and warm),
 * bytes for the first answer and typed word → first result.
 *
 * Times are taken inside the page with performance.now(): the start is the focus
 * (cold: our header box is focused, Starlight's search button is clicked, which
 * focuses its Pagefind input) or the `input` event (warm); the end is the
 * MutationObserver callback in which the first answer is in the DOM and visible
 * (`checkVisibility()`). The frame that paints it is reported next to it.
 * Nothing here asserts a time.
 */
import type { Browser, Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './page-weight.ts';
import { median } from './stats.ts';

export type Kind = 'ours' | 'starlight';
export type Lang = 'ja' | 'en';

export const ERROR_PAGE = 'codes/550-5.7.1/spf-check-failed/';
export const PASTE = '550 5.1.1 No such user';
/** The second paste on the same page (warm): another code. */
export const SECOND_PASTE = '552 5.2.3 Your message exceeded my message size limit';
export const WORD: Record<Lang, string> = { en: 'mailbox full', ja: 'メールボックスがいっぱい' };
const TIMEOUT_MS = 10_000;

export interface Shown {
  /** ms from focus / search-button click (cold) or from the `input` event (warm) to the answer in the DOM, visible. */
  ms: number;
  /** ms from the same start to the next animation frame after that (the frame that paints it). */
  paintMs: number;
  /** ms from the `input` event (equal to `ms` when there is no focus step). */
  fromInputMs: number;
  /** Text of the first answer, or '' when none came within the timeout. */
  first: string;
  /** Our box always ends its list with “see all results”; false when that was the only option. */
  isAnswer: boolean;
}

interface Step {
  kind: Kind;
  text: string;
  /** Focus our box / open Starlight's dialog first, and time from there. */
  open: boolean;
  timeout: number;
}

/** In the page: optionally focus / open, put `text` in the box as one `input` event, resolve when the first answer is visible. */
function inPage({ kind, text, open, timeout }: Step): Promise<Shown> {
  const ours = kind === 'ours';
  const input = (): HTMLInputElement => document.querySelector<HTMLInputElement>(ours ? '#site-search' : '#starlight__search input')!;
  const first = (): HTMLElement | null => {
    const el = document.querySelector<HTMLElement>(
      ours ? '#site-search-answers:not([hidden]) [role=option]' : '#starlight__search .pagefind-ui__result-link',
    );
    return el && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && (el.textContent ?? '').trim() ? el : null;
  };
  return new Promise<Shown>((resolve) => {
    let tInput = 0;
    const t0 = performance.now();
    const done = (el: HTMLElement | null) => {
      const shown = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const paint = performance.now();
        resolve({
          ms: el ? shown - t0 : Number.NaN,
          paintMs: el ? paint - t0 : Number.NaN,
          fromInputMs: el ? shown - tInput : Number.NaN,
          first: el ? ((el.querySelector('.combo-title') ?? el).textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70) : '',
          isAnswer: el ? !el.classList.contains('combo-all') : false,
        });
      });
    };
    const observer = new MutationObserver(() => {
      const el = first();
      if (el) done(el);
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => done(null), timeout);
    if (open) {
      if (ours) input().focus();
      else document.querySelector<HTMLButtonElement>('button[data-open-modal]')!.click();
    }
    tInput = performance.now();
    const box = input();
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** In the page: empty the box and wait until no answer is visible, then two frames. */
function clearInPage(kind: Kind): Promise<void> {
  const ours = kind === 'ours';
  const box = document.querySelector<HTMLInputElement>(ours ? '#site-search' : '#starlight__search input')!;
  box.value = '';
  box.dispatchEvent(new Event('input', { bubbles: true }));
  const visible = () =>
    [
      ...document.querySelectorAll<HTMLElement>(
        ours ? '#site-search-answers:not([hidden]) [role=option]' : '#starlight__search .pagefind-ui__result',
      ),
    ].some((el) => el.checkVisibility());
  return new Promise((resolve) => {
    const start = performance.now();
    const tick = () =>
      visible() && performance.now() - start < 5000
        ? setTimeout(tick, 20)
        : requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    tick();
  });
}

async function openPage(browser: Browser, kind: Kind, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  // Starlight builds its Pagefind UI when the browser is idle after load; wait for it, as a reader would.
  if (kind === 'starlight') await page.locator('#starlight__search input').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  return page;
}

export interface Run {
  cold: Shown;
  warm: Shown;
  wordWarm: Shown;
  wordCold: Shown;
  /** Responses fetched from the focus until the first answer showed (cold paste). */
  answerRequests: number;
  answerRaw: number;
  answerGzip: number;
  answerFiles: string[];
}

/** One fresh context: cold paste (counting bytes), warm paste of another code, then a typed word; and a fresh context for a cold typed word. */
async function runOnce(browser: Browser, kind: Kind, url: string, lang: Lang): Promise<Run> {
  const page = await openPage(browser, kind, url);
  let counting = false;
  const bodies: Promise<{ url: string; body: Buffer } | undefined>[] = [];
  page.on('response', (res) => {
    if (!counting) return;
    bodies.push(
      res.body().then(
        (body) => ({ url: res.url(), body }),
        () => undefined,
      ),
    );
  });
  counting = true;
  const cold = await page.evaluate(inPage, { kind, text: PASTE, open: true, timeout: TIMEOUT_MS });
  counting = false;
  const fetched = (await Promise.all(bodies)).filter((b) => b !== undefined);
  await page.evaluate(clearInPage, kind);
  const warm = await page.evaluate(inPage, { kind, text: SECOND_PASTE, open: false, timeout: TIMEOUT_MS });
  await page.evaluate(clearInPage, kind);
  const wordWarm = await page.evaluate(inPage, { kind, text: WORD[lang], open: false, timeout: TIMEOUT_MS });
  await page.context().close();

  const fresh = await openPage(browser, kind, url);
  const wordCold = await fresh.evaluate(inPage, { kind, text: WORD[lang], open: true, timeout: TIMEOUT_MS });
  await fresh.context().close();
  return {
    cold,
    warm,
    wordWarm,
    wordCold,
    answerRequests: fetched.length,
    answerRaw: fetched.reduce((n, f) => n + f.body.length, 0),
    answerGzip: fetched.reduce((n, f) => n + gzipSync(f.body, { level: 9 }).length, 0),
    answerFiles: fetched.map((f) => new URL(f.url).pathname),
  };
}

export interface SiteResult {
  kind: Kind;
  lang: Lang;
  url: string;
  weightGzip: number;
  weightRequests: number;
  weightHtmlGzip: number;
  weightJsGzip: number;
  /** Medians over the runs. */
  cold: number;
  coldPaint: number;
  warm: number;
  warmPaint: number;
  wordCold: number;
  wordWarm: number;
  answerRequests: number;
  answerGzip: number;
  answerFiles: string[];
  firstPaste: string;
  firstPasteIsAnswer: boolean;
  firstWarm: string;
  firstWord: string;
  firstWordIsAnswer: boolean;
  runs: number;
  missing: number;
}

const finite = (xs: number[]) => xs.filter((x) => Number.isFinite(x));
const med = (xs: number[]) => (finite(xs).length === 0 ? Number.NaN : median(finite(xs)));

/** Page weight and `runs` interaction runs on one site in one language. */
export async function measureSite(browser: Browser, kind: Kind, base: string, lang: Lang, runs: number): Promise<SiteResult> {
  const url = `${base}${lang}/${ERROR_PAGE}`;
  const w = await pageWeight(browser, url, `${kind} ${lang}`, kind === 'starlight' ? '#starlight__search input' : undefined);
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(browser, kind, url, lang));
  const r0 = all[0]!;
  const missing = all.reduce((n, r) => n + [r.cold, r.warm, r.wordCold, r.wordWarm].filter((s) => !Number.isFinite(s.ms)).length, 0);
  return {
    kind,
    lang,
    url,
    weightGzip: w.html.gzip + w.css.gzip + w.js.gzip + w.other.gzip,
    weightRequests: w.requests,
    weightHtmlGzip: w.html.gzip + w.css.gzip,
    weightJsGzip: w.js.gzip,
    cold: med(all.map((r) => r.cold.ms)),
    coldPaint: med(all.map((r) => r.cold.paintMs)),
    warm: med(all.map((r) => r.warm.ms)),
    warmPaint: med(all.map((r) => r.warm.paintMs)),
    wordCold: med(all.map((r) => r.wordCold.ms)),
    wordWarm: med(all.map((r) => r.wordWarm.ms)),
    answerRequests: r0.answerRequests,
    answerGzip: med(all.map((r) => r.answerGzip)),
    answerFiles: r0.answerFiles,
    firstPaste: r0.cold.first,
    firstPasteIsAnswer: r0.cold.isAnswer,
    firstWarm: r0.warm.first,
    firstWord: r0.wordCold.first,
    firstWordIsAnswer: r0.wordCold.isAnswer,
    runs,
    missing,
  };
}

const kbs = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mss = (value: number) => (!Number.isFinite(value) ? 'no answer' : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);
const ratio = (a: number, b: number | undefined) =>
  b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;
const quote = (s: string) => (s ? `“${s.replace(/\|/g, '/')}”` : 'none');

/** Targets as `[target, measured, met]`, and the report lines for one language. */
export function sideBySideReport(
  ours: SiteResult,
  peer: SiteResult | undefined,
): { lines: string[]; targets: [string, string, boolean | undefined][] } {
  const lang = ours.lang;
  const rows: (string | number)[][] = [];
  const targets: [string, string, boolean | undefined][] = [];
  const misses: string[] = [];
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : '**missed**');
  const row = (metric: string, a: string, b: string, r: string, target: string, met?: boolean, miss?: string) => {
    rows.push([metric, a, b, r, target, target === '—' ? '—' : verdict(met)]);
    if (target !== '—') targets.push([`${lang} side by side: ${metric} ${target}`, `${a}${peer ? ` vs ${b}` : ''}`, met]);
    if (met === false && miss) misses.push(miss);
  };
  const sl = peer;
  const na = 'not measured';

  const weightMet = sl ? ours.weightGzip <= sl.weightGzip / 5 : undefined;
  row(
    'page weight before interaction (gzip, every response)',
    kbs(ours.weightGzip),
    sl ? kbs(sl.weightGzip) : na,
    ratio(ours.weightGzip, sl?.weightGzip),
    '≤ 0.20× Starlight',
    weightMet,
    sl &&
      `page weight is ${ratio(ours.weightGzip, sl.weightGzip)} of Starlight's, above the fifth (${kbs(sl.weightGzip / 5)}) by ${kbs(ours.weightGzip - sl.weightGzip / 5)}.`,
  );
  row(
    'requests before interaction',
    String(ours.weightRequests),
    sl ? String(sl.weightRequests) : na,
    ratio(ours.weightRequests, sl?.weightRequests),
    '—',
  );
  row(
    'paste → answer on screen, cold (fresh context, from focus)',
    `${mss(ours.cold)} (frame ${mss(ours.coldPaint)})`,
    sl ? `${mss(sl.cold)} (frame ${mss(sl.coldPaint)})` : na,
    ratio(ours.cold, sl?.cold),
    '< 50 ms',
    ours.cold < 50,
    `cold paste → answer took ${mss(ours.cold)} from focus, over the 50 ms target.`,
  );
  row(
    'paste → answer on screen, warm (second paste, from the input event)',
    `${mss(ours.warm)} (frame ${mss(ours.warmPaint)})`,
    sl ? `${mss(sl.warm)} (frame ${mss(sl.warmPaint)})` : na,
    ratio(ours.warm, sl?.warm),
    '≤ 16 ms',
    ours.warm <= 16,
    `warm paste → answer took ${mss(ours.warm)}, more than one frame (16 ms).`,
  );
  const bytesMet = sl ? ours.answerGzip <= sl.answerGzip / 10 : undefined;
  row(
    'bytes for the first answer (gzip, fetched from focus to answer)',
    kbs(ours.answerGzip),
    sl ? kbs(sl.answerGzip) : na,
    ratio(ours.answerGzip, sl?.answerGzip),
    '≤ 0.10× Starlight',
    bytesMet,
    sl &&
      `the first answer fetched ${kbs(ours.answerGzip)}, ${ratio(ours.answerGzip, sl.answerGzip)} of Starlight's ${kbs(sl.answerGzip)}; a tenth would be ${kbs(sl.answerGzip / 10)}.`,
  );
  row(
    'requests for the first answer',
    String(ours.answerRequests),
    sl ? String(sl.answerRequests) : na,
    ratio(ours.answerRequests, sl?.answerRequests),
    '—',
  );
  row(
    `typed word → first result, cold (fresh context, from focus)`,
    mss(ours.wordCold),
    sl ? mss(sl.wordCold) : na,
    ratio(ours.wordCold, sl?.wordCold),
    '—',
  );
  row(
    `typed word → first result, warm (from the input event)`,
    mss(ours.wordWarm),
    sl ? mss(sl.wordWarm) : na,
    ratio(ours.wordWarm, sl?.wordWarm),
    '—',
  );

  const lines = [
    `### ${lang === 'ja' ? 'Japanese (ja)' : 'English (en)'}`,
    '',
    `Page \`/${lang}/${ERROR_PAGE}\`; paste \`${PASTE}\`, second paste \`${SECOND_PASTE}\`, typed word \`${WORD[lang]}\`. Times are medians of ${ours.runs} runs${ours.missing || sl?.missing ? ` (${ours.missing} of ours and ${sl?.missing ?? 0} of Starlight's timed measurements got no answer within ${TIMEOUT_MS / 1000} s)` : ''}.`,
    '',
    [
      '| metric | ours | Starlight | ours/Starlight | target | met? |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n'),
    '',
    `First answer shown: paste — ours ${quote(ours.firstPaste)}${ours.firstPasteIsAnswer ? '' : ' (only “see all”)'}, Starlight ${sl ? quote(sl.firstPaste) : na}; second paste — ours ${quote(ours.firstWarm)}, Starlight ${sl ? quote(sl.firstWarm) : na}; word — ours ${quote(ours.firstWord)}${ours.firstWordIsAnswer || !ours.firstWord ? '' : ' (only “see all”, no answer)'}, Starlight ${sl ? quote(sl.firstWord) : na}.`,
    '',
    `Fetched for the first answer: ours ${ours.answerFiles.map((f) => `\`${f}\``).join(', ') || 'nothing'}; Starlight ${sl ? sl.answerFiles.map((f) => `\`${f.replace(/^\/pagefind\//, 'pagefind/')}\``).join(', ') || 'nothing' : na}.`,
    '',
    misses.length
      ? `Missed (${lang}): ${misses.join(' ')}`
      : `Missed (${lang}): nothing${sl ? '' : ' (ratios not measured without the peer)'}.`,
    '',
  ];
  return { lines, targets };
}
