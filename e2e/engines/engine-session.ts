/**
 * What a smoke journey needs from a browser, whatever drives it: Firefox over WebDriver BiDi
 * (puppeteer-core), WebKitGTK over classic WebDriver (selenium-webdriver). Kept this small so one
 * journey (smoke-journey.ts) reads the same in both engines.
 */
export type Key = 'ArrowRight' | 'ArrowLeft' | 'PageDown' | 'Home' | 'End' | 'Escape';

export interface EngineSession {
  /** 'firefox', 'firefox (no WebGL)', 'webkit'. */
  readonly name: string;
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page with JSON `args` and returns its JSON result. `fn` travels as source
   * text, so it must close over nothing (like Playwright's `evaluate`).
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /** Evaluates a JavaScript expression (see `withHelpers`) and returns its JSON result. */
  evaluateSource<R>(expression: string): Promise<R>;
  /** A real click (pointer input) on the first element matching a CSS selector. */
  click(selector: string): Promise<void>;
  /** A real key press, sent to whatever has focus. */
  press(key: Key): Promise<void>;
  /** Makes the page's layout viewport (innerWidth × innerHeight) this size. */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught exceptions so far, from any frame. */
  consoleErrors(): string[];
  close(): Promise<void>;
}

/**
 * The source text that calls `fn` with `args` in the page. tsx compiles with esbuild's keepNames,
 * which wraps named functions in a `__name(...)` helper the page does not have: it is given here.
 */
export function callSource(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `((__name) => (${fn.toString()}))((f) => f)(...${JSON.stringify(args)})`;
}

/**
 * An expression calling `fn(...args)` with `helpers` in scope under their own names: how a check
 * uses shared in-page functions (the label rule's collectors) without eval in the page, which the
 * atlas's CSP forbids.
 */
export function withHelpers(
  helpers: Record<string, (...args: never[]) => unknown>,
  fn: (...args: never[]) => unknown,
  args: unknown[],
): string {
  const names = Object.keys(helpers);
  const sources = names.map((name) => helpers[name]!.toString());
  return `((__name, ${names.join(', ')}) => (${fn.toString()})(...${JSON.stringify(args)}))((f) => f, ${sources.join(', ')})`;
}

/** Polls `check` until it returns a value that is not false/null/undefined, or fails after `timeout` ms. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | false | null | undefined>,
  timeout = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== null && value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeout / 1000} s waiting for ${what}${last ? `: ${String(last)}` : ''}`,
      );
    // A poll interval, not a wait for time to pass: the condition above is what is waited on.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
