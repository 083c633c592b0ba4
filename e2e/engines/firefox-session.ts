/** Firefox ESR driven over WebDriver BiDi by puppeteer-core. */
import { writeFileSync } from 'node:fs';
import puppeteer, { type ConsoleMessage } from 'puppeteer-core';
import { callSource, type EngineSession, type Key } from './engine-session';

export interface FirefoxOptions {
  executablePath: string;
  /** Where the browser saves downloads (no dialog). */
  downloadDir: string;
  /** Turns WebGL off, so the atlas takes its SVG fallback. */
  noWebgl?: boolean;
}

/** A console message's text: its arguments as the page logged them (an Error by its message). */
function describe(message: ConsoleMessage): string {
  const parts = message.args().map((arg) => {
    const value = (
      arg as unknown as { remoteValue?: () => { type: string; value?: unknown } }
    ).remoteValue?.();
    if (!value) return message.text();
    if (value.type === 'string' || value.type === 'number') return String(value.value);
    return JSON.stringify(value.value ?? value.type);
  });
  return parts.join(' ') || message.text();
}

export async function launchFirefox(options: FirefoxOptions): Promise<EngineSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    // Headed, under Xvfb: headless Firefox has no WebGL at all.
    headless: false,
    protocolTimeout: 180_000,
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': options.downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv',
      ...(options.noWebgl ? { 'webgl.disabled': true } : {}),
    },
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(describe(message));
  });
  page.on('pageerror', (error) => errors.push(String(error)));

  return {
    name: options.noWebgl ? 'firefox (no WebGL)' : 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    },
    async evaluate(fn, ...args) {
      return page.evaluate(callSource(fn, args)) as never;
    },
    async evaluateSource(expression) {
      return page.evaluate(expression) as never;
    },
    async click(selector) {
      await page.waitForSelector(selector, { visible: true, timeout: 60_000 });
      await page.click(selector);
    },
    async press(key: Key) {
      await page.keyboard.press(key);
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async screenshot(path) {
      writeFileSync(path, await page.screenshot({ type: 'png' }));
    },
    consoleErrors: () => [...errors],
    async close() {
      await browser.close();
    },
  };
}
