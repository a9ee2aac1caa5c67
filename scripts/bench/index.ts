/**
 * `npm run bench`: page weight, search speed, a side-by-side run against a
 * Starlight build of the same catalog, Lighthouse scores, the bounce decoder and
 * build scaling, measured in headless Chromium against dist/ served by Astro's
 * preview server on 127.0.0.1. Prints the report and writes it to BENCHMARKS.md.
 * Nothing here asserts a time.
 * Options (environment): BENCH_SIZES=100,1000,10000  BENCH_RUNS=3  BENCH_LIGHTHOUSE=0 to skip,
 * BENCH_PEER=0 to skip the Starlight peer, BENCH_SIDE_RUNS=5 (runs per site and language),
 * BENCH_PORT=4340 (ours; the peer uses the next port), BENCH_PEER_DIR=/tmp/smtp-bench-starlight.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { LANGS } from '../../src/i18n/locales.ts';
import { launch } from './browser.ts';
import { buildOnce, type BuildRun } from './build-scaling.ts';
import { decoderTimes, SIZES as DECODER_SIZES } from './decoder.ts';
import { lighthouseScores } from './lighthouse.ts';
import { pageWeight } from './page-weight.ts';
import { CODE_QUERIES, firstSearchBytes, FULL_TEXT_PAUSE_MS, searchTimes, WORD_QUERIES } from './search-speed.ts';
import { buildPeer, type Peer } from './peer.ts';
import { serve, type Served } from './serve.ts';
import { measureSite, sideBySideReport, type SiteResult } from './side-by-side.ts';
import { kb, median, ms, percentile, table } from './stats.ts';

const ROOT = join(import.meta.dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 4340);
const BASE = `http://127.0.0.1:${PORT}/`;
const withPeer = process.env.BENCH_PEER !== '0';
const sideRuns = Number(process.env.BENCH_SIDE_RUNS ?? 5);
const PAGES = {
  home: '',
  'pair page': 'codes/550-5.1.1/',
  'variant page': 'codes/550-5.7.1/spf-check-failed/',
  'reply page': 'reply/550/',
  'status page': 'status/5.7.1/',
  explainer: 'status/x.7.x/',
  search: 'search/',
};
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const out: string[] = [];
/** Each target with what was measured: `[target, measured, met]` (met undefined: not measured). */
const targets: [string, string, boolean | undefined][] = [];
const say = (text = '') => {
  console.log(text);
  out.push(text);
};

function peerVersion(dir: string): string {
  try {
    return (JSON.parse(readFileSync(join(dir, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
say('# Benchmarks');
say();
say(
  `Measured ${date} UTC on ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium; load average ${loadavg()[0]!.toFixed(1)} at the start (times are noisy when other work shares the cores).`,
);
say('Sizes are what a server sends with gzip (level 9) or brotli; times are medians unless marked. Run `npm run bench` to measure again.');
say();

// The peer is built (or taken from its cache) before any server or browser starts.
let peer: Peer | undefined;
if (withPeer) {
  try {
    peer = await buildPeer();
  } catch (error) {
    console.error(`Starlight peer could not be built; measuring ours alone. ${(error as Error).message}`);
  }
}
const server = await serve(ROOT, PORT);
const peerServer: Served | undefined = peer ? await serve(peer.dir, PORT + 1) : undefined;
const browser = await launch();
try {
  say('## Page weight before any interaction');
  say();
  say("Targets: a code page's HTML + CSS within 14 KB compressed (the first round trip), at most ~3 KB compressed JavaScript.");
  say();
  const rows = [];
  for (const lang of LANGS) {
    for (const [label, path] of Object.entries(PAGES)) {
      const w = await pageWeight(browser, `${BASE}${lang}/${path}`, `${lang} ${label}`);
      if (path.startsWith('codes/')) {
        targets.push([`${w.page}: HTML + CSS ≤ 14 KB gzip`, kb(w.html.gzip + w.css.gzip), w.html.gzip + w.css.gzip <= 14 * 1024]);
        targets.push([`${w.page}: JavaScript ≤ 3 KB gzip`, kb(w.js.gzip), w.js.gzip <= 3 * 1024]);
      }
      rows.push([
        w.page,
        w.requests,
        kb(w.html.raw),
        kb(w.html.gzip),
        kb(w.html.brotli),
        kb(w.css.gzip),
        kb(w.js.raw),
        kb(w.js.gzip),
        kb(w.js.brotli),
        kb(w.other.gzip),
      ]);
    }
  }
  say(
    table(
      ['page', 'requests', 'HTML raw', 'HTML gzip', 'HTML br', 'CSS gzip (external)', 'JS raw', 'JS gzip', 'JS br', 'other gzip'],
      rows,
    ),
  );
  say();
  say('CSS is inlined in the HTML, so the HTML column holds HTML + CSS.');
  say();

  say('## Search');
  say();
  const bytesRows = [];
  for (const lang of LANGS) {
    for (const [kind, query] of [
      ['pasted code', '550 5.1.1 No such user'],
      ['word', WORD_QUERIES[lang][0]!],
    ] as const) {
      const b = await firstSearchBytes(browser, BASE, lang, query);
      bytesRows.push([lang, kind, `\`${query}\``, b.requests, kb(b.raw), kb(b.gzip)]);
    }
  }
  say('Bytes fetched by the first search on a fresh search page (decoder data, Pagefind and index chunks as needed):');
  say();
  say(table(['lang', 'query', 'text', 'requests', 'raw', 'gzip'], bytesRows));
  say();
  const timeRows = [];
  for (const lang of LANGS) {
    const t = await searchTimes(browser, BASE, lang);
    const ok = (v: number[]) => v.filter((x) => Number.isFinite(x));
    timeRows.push([
      lang,
      `paste → decoded card (${ok(t.decode).length} queries)`,
      ms(median(ok(t.decode))),
      ms(percentile(ok(t.decode), 95)),
      '16 ms',
    ]);
    targets.push([
      `${lang}: decoded card within one frame (16 ms), p95`,
      ms(percentile(ok(t.decode), 95)),
      percentile(ok(t.decode), 95) <= 16,
    ]);
    targets.push([`${lang}: typed word → first result < 100 ms, median`, ms(median(ok(t.firstResult))), median(ok(t.firstResult)) < 100]);
    targets.push([
      `${lang}: first full-text result < 100 ms after the ${FULL_TEXT_PAUSE_MS} ms typing pause, median`,
      ms(median(ok(t.fullText)) - FULL_TEXT_PAUSE_MS),
      median(ok(t.fullText)) - FULL_TEXT_PAUSE_MS < 100,
    ]);
    timeRows.push([
      lang,
      `word → first result, intent or full-text (${ok(t.firstResult).length} queries)`,
      ms(median(ok(t.firstResult))),
      ms(percentile(ok(t.firstResult), 95)),
      '100 ms median',
    ]);
    timeRows.push([
      lang,
      `word → first full-text result, incl. the ${FULL_TEXT_PAUSE_MS} ms pause (${ok(t.fullText).length} queries)`,
      ms(median(ok(t.fullText))),
      ms(percentile(ok(t.fullText), 95)),
      `${FULL_TEXT_PAUSE_MS} + 100 ms median`,
    ]);
  }
  say(
    `Times after a warm-up pass (decoder data and index loaded), ${CODE_QUERIES.length} code queries and ${WORD_QUERIES.en.length} word queries per language:`,
  );
  say();
  say(table(['lang', 'measure', 'median', 'p95', 'target'], timeRows));
  say();

  say('## Side by side with Starlight');
  say();
  say(
    peer
      ? `The same catalog (${peer.pages} entries over both languages, one page each with the same title, error line, summary and body; our sections as \`##\` headings) built with Starlight ${peerVersion(peer.dir)} and its default Pagefind search, in ${peer.dir} (outside the repository; ${peer.cached ? 'cached build, content unchanged' : `built in ${Math.round(peer.buildMs / 1000)} s${peer.installMs ? `, installed in ${Math.round(peer.installMs / 1000)} s` : ''}`}). Both served by Astro's preview server and measured with the same headless Chromium, each run in a fresh browser context.`
      : 'The Starlight peer was not measured (`BENCH_PEER=0` or its build failed); only our figures are shown.',
  );
  say();
  say(
    "How: cold = a fresh context, then (in the page) our header box is focused, or Starlight's search button is clicked (which opens the dialog and focuses its Pagefind input), and the paste goes in as one `input` event at once; the time runs from the focus to the MutationObserver callback in which the first answer (our first `[role=option]`, Starlight's first `.pagefind-ui__result-link`) is in the DOM and visible. “frame” is the next animation frame after that. Warm = a second paste of another code on the same page, timed from its `input` event. Bytes = the gzip (level 9) size of each response body fetched from the focus until the cold answer showed. Starlight's Pagefind UI waits 300 ms (its default debounce) before it searches; that wait is part of its figures, as a reader sees it; our box waits 150 ms before it looks up typed words.",
  );
  say();
  for (const lang of LANGS) {
    const ours: SiteResult = await measureSite(browser, 'ours', BASE, lang, sideRuns);
    const theirs: SiteResult | undefined = peerServer ? await measureSite(browser, 'starlight', peerServer.url, lang, sideRuns) : undefined;
    const report = sideBySideReport(ours, theirs);
    for (const line of report.lines) say(line);
    targets.push(...report.targets);
  }

  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    say('## Lighthouse');
    say();
    say("Lighthouse with its default mobile settings (simulated throttling), against Debian's Chromium. Target: 100 in each category.");
    say();
    const pages = LANGS.flatMap((lang) =>
      Object.entries(PAGES).map(([label, path]) => ({ label: `${lang} ${label}`, url: `${BASE}${lang}/${path}` })),
    );
    const scores = await lighthouseScores(pages.map((t) => t.url));
    say(
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
        pages.map((t, i) => [t.label, scores[i]!.performance, scores[i]!.accessibility, scores[i]!.bestPractices, scores[i]!.seo]),
      ),
    );
    const lowest = Math.min(...scores.flatMap((c) => [c.performance, c.accessibility, c.bestPractices, c.seo]));
    targets.push(['Lighthouse: 100 in every category on every page', `lowest ${lowest}`, lowest === 100]);
    say();
  }
} finally {
  await browser.close();
  await server.close();
  await peerServer?.close();
}

say('## Bounce decoder');
say();
say(
  '`node scripts/bench/decoder.ts`: the bounce parser (`findCodes`) on adversarial inputs, median ms (ms per MB in brackets). Linear growth shows as a flat ms/MB.',
);
say();
{
  const label = (s: number) => (s >= 1024 * 1024 ? `${s / 1024 / 1024} MB` : `${s / 1024} KB`);
  const rows = decoderTimes().map(({ name, ms: t }) => [
    name.replace(/\|/g, '/'),
    ...t.map((v, i) => `${v.toFixed(2)} (${(v / (DECODER_SIZES[i]! / 1024 / 1024)).toFixed(1)})`),
  ]);
  say(table(['input', ...DECODER_SIZES.map(label)], rows));
}
say();

say('## Build scaling');
say();
say(
  `Synthetic catalogs in a temporary copy of the project (the real entries plus generated ones; every other page as usual). Median of ${runs} runs for sizes up to 1,000 entries per language, one run above.`,
);
say();
const results: BuildRun[] = [];
for (const n of sizes) {
  const reps = n > 1000 ? 1 : runs;
  const all = Array.from({ length: reps }, () => buildOnce(n));
  const pick = (f: (r: BuildRun) => number) => median(all.map(f));
  results.push({
    entries: n,
    pages: all[0]!.pages,
    totalMs: pick((r) => r.totalMs),
    pagefindMs: pick((r) => r.pagefindMs),
    astroMs: pick((r) => r.astroMs),
    distBytes: all[0]!.distBytes,
    indexBytes: all[0]!.indexBytes,
  });
  console.error(`built ${n} per language`);
}
say(
  table(
    ['entries per language', 'pages', 'Astro', 'Pagefind', 'total', 'dist', 'search index', 'time per page'],
    results.map((r) => [
      r.entries.toLocaleString('en'),
      r.pages.toLocaleString('en'),
      ms(r.astroMs),
      ms(r.pagefindMs),
      ms(r.totalMs),
      kb(r.distBytes),
      kb(r.indexBytes),
      ms(r.totalMs / r.pages),
    ]),
  ),
);
say();
const growth = results.slice(1).map((r, i) => {
  const prev = results[i]!;
  return `${prev.entries.toLocaleString('en')} → ${r.entries.toLocaleString('en')}: pages ×${(r.pages / prev.pages).toFixed(1)}, time ×${(r.totalMs / prev.totalMs).toFixed(1)}`;
});
say(`Growth: ${growth.join('; ')}. Time grows no faster than linearly when the time factor stays at or below the pages factor.`);
for (const [i, r] of results.slice(1).entries()) {
  const prev = results[i]!;
  const excess = r.totalMs / prev.totalMs / (r.pages / prev.pages);
  targets.push([
    `build time grows no faster than pages, ${prev.entries.toLocaleString('en')} → ${r.entries.toLocaleString('en')}`,
    `time ×${(r.totalMs / prev.totalMs).toFixed(1)} for pages ×${(r.pages / prev.pages).toFixed(1)} (${excess <= 1 ? 'within' : `${Math.round((excess - 1) * 100)}% above`} linear)`,
    excess <= 1,
  ]);
}
say();
say('## Against the targets');
say();
say(
  table(
    ['target', 'measured', 'result'],
    targets.map(([target, measured, met]) => [target, measured, met === undefined ? 'not measured' : met ? 'met' : '**missed**']),
  ),
);
const missed = targets.filter(([, , met]) => met === false);
say();
say(missed.length ? `Missed: ${missed.map(([target, measured]) => `${target} (${measured})`).join('; ')}.` : 'Missed: none.');

writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${out.join('\n')}\n`);
