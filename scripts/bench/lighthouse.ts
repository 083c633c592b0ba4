/**
 * Lighthouse (mobile, its default simulated throttling) on the atlas and the bare maplibre page,
 * alternating, in the bench's Chromium. lighthouse is pinned to 12.2.3: 13 needs Node 22, and npm ci
 * refuses a lock made with 12.3 to 13.4 here. Medians of `runs` for each page.
 */
import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { median } from './measure';

export interface LighthouseFigures {
  performance: number;
  lcp: number;
  accessibility: number;
  bestPractices: number;
  /** Lighthouse's runtimeError or a failed metric, when the page could not be audited. */
  error?: string;
}

const PORT = 9333;

async function audit(url: string): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port: PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  const lcpError = audits['largest-contentful-paint']?.errorMessage;
  const error = runtimeError?.message ?? lcpError;
  if (error) console.log(`lighthouse ${url}: ${error}`);
  return {
    ...(error ? { error } : {}),
    performance: categories.performance?.score ?? 0,
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    accessibility: categories.accessibility?.score ?? 0,
    bestPractices: categories['best-practices']?.score ?? 0,
  };
}

const medianOf = (runs: LighthouseFigures[]): LighthouseFigures => ({
  performance: median(runs.map((r) => r.performance)),
  lcp: median(runs.map((r) => r.lcp)),
  accessibility: median(runs.map((r) => r.accessibility)),
  bestPractices: median(runs.map((r) => r.bestPractices)),
  ...(runs.some((r) => r.error) ? { error: runs.find((r) => r.error)!.error } : {}),
});

export async function lighthouseBoth(
  executablePath: string,
  urls: { atlas: string; bare: string },
  runs: number,
): Promise<{ atlas: LighthouseFigures; bare: LighthouseFigures }> {
  const browser = await chromium.launch({
    executablePath,
    args: [`--remote-debugging-port=${PORT}`, '--no-sandbox', '--no-first-run'],
  });
  try {
    const atlas: LighthouseFigures[] = [];
    const bare: LighthouseFigures[] = [];
    for (let i = 0; i < runs; i++) {
      atlas.push(await audit(urls.atlas));
      bare.push(await audit(urls.bare));
      console.log(
        `lighthouse ${i + 1}/${runs}: atlas ${atlas[i]!.performance}, bare ${bare[i]!.performance}`,
      );
    }
    return { atlas: medianOf(atlas), bare: medianOf(bare) };
  } finally {
    await browser.close();
  }
}
