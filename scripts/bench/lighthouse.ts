import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';

export interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** Lighthouse category scores (0–100) for each URL, with its default mobile settings. */
export async function lighthouseScores(urls: readonly string[]): Promise<Scores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const scores: Scores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const c = result?.lhr.categories;
      const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);
      scores.push({
        performance: score(c?.performance?.score),
        accessibility: score(c?.accessibility?.score),
        bestPractices: score(c?.['best-practices']?.score),
        seo: score(c?.seo?.score),
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
