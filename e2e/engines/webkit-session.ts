/**
 * WebKitGTK's MiniBrowser driven over classic WebDriver: selenium-webdriver talks to
 * WebKitWebDriver, which starts MiniBrowser in automation mode. Classic WebDriver has no console
 * events, so MiniBrowser writes the page's console to its stdout, read here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, Capabilities, Key as SeleniumKey, until, type WebDriver } from 'selenium-webdriver';
import { callSource, waitFor, type EngineSession, type Key } from './engine-session';

export interface WebkitOptions {
  driverPath: string;
  browserPath: string;
}

const KEYS: Record<Key, string> = {
  ArrowRight: SeleniumKey.ARROW_RIGHT,
  ArrowLeft: SeleniumKey.ARROW_LEFT,
  PageDown: SeleniumKey.PAGE_DOWN,
  Home: SeleniumKey.HOME,
  End: SeleniumKey.END,
  Escape: SeleniumKey.ESCAPE,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** MiniBrowser prints `CONSOLE <SOURCE> <LEVEL> <message>` lines (WebKit's console-to-stdout setting). */
export function consoleErrorsIn(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /^CONSOLE \S+ ERROR\b/.test(line))
    .map((line) => line.replace(/^CONSOLE \S+ ERROR\s*/, ''));
}

export async function launchWebkit(options: WebkitOptions): Promise<EngineSession> {
  const port = await freePort();
  let output = '';
  const service: ChildProcess = spawn(options.driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  service.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  service.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const capabilities = new Capabilities();
  capabilities.set('browserName', 'MiniBrowser');
  capabilities.set('webkitgtk:browserOptions', {
    binary: options.browserPath,
    args: ['--automation', '--enable-write-console-messages-to-stdout=true'],
  });
  let driver: WebDriver | undefined;
  await waitFor('WebKitWebDriver to start', async () => {
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities(capabilities)
      .build();
    return true;
  });
  const d = driver!;
  await d.manage().setTimeouts({ script: 120_000, pageLoad: 120_000 });

  const session: EngineSession = {
    name: 'webkit',
    async goto(url) {
      await d.get(url);
    },
    evaluate(fn, ...args) {
      return session.evaluateSource(callSource(fn, args));
    },
    async evaluateSource(expression) {
      // executeAsyncScript: the result may be a promise (a map's idle, a blob's text).
      return d
        .executeAsyncScript(
          `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => ${expression})
           .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
        )
        .then((answer: unknown) => {
          const { value, error } = answer as { value?: unknown; error?: string };
          if (error) throw new Error(error);
          return value as never;
        });
    },
    async click(selector) {
      const element = await d.wait(until.elementLocated(By.css(selector)), 60_000);
      await d.wait(until.elementIsVisible(element), 60_000);
      await element.click();
    },
    async press(key) {
      await d.actions().keyDown(KEYS[key]).keyUp(KEYS[key]).perform();
    },
    async setViewport(width, height) {
      // The window holds MiniBrowser's own chrome too: size it, then correct by what is left over.
      await d.manage().window().setRect({ width, height });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const [innerWidth, innerHeight] = (await d.executeScript(
          'return [innerWidth, innerHeight]',
        )) as number[];
        if (innerWidth === width && innerHeight === height) return;
        const rect = await d.manage().window().getRect();
        await d
          .manage()
          .window()
          .setRect({
            width: rect.width + width - innerWidth!,
            height: rect.height + height - innerHeight!,
          });
      }
    },
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await d.takeScreenshot(), 'base64'));
    },
    consoleErrors: () => consoleErrorsIn(output),
    async close() {
      await d.quit().catch(() => undefined);
      service.kill();
    },
  };
  return session;
}
