/**
 * Content Security Policy checks for end-to-end journeys. The e2e server sends the
 * strict policy below (vite.config.ts `preview.headers`; deploy/nginx.conf in production), and
 * `collectCspViolations(page)` records every `securitypolicyviolation` event of every frame the
 * page opens, so that a journey can assert it caused none.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';

/** The policy the atlas must run under, word for word as deploy/nginx.conf sends it. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self' data: blob:; worker-src 'self' blob:; manifest-src 'self'; frame-src 'self'; base-uri 'none'; " +
  "form-action 'none'; object-src 'none'; frame-ancestors *";

/** What one violation event says, reduced to what a failing assertion needs to show. */
export interface CspViolation {
  /** The frame's URL (the top page or an iframe). */
  page: string;
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

const STORE = '__atlasCspViolations';

/**
 * Installs the listener in every document the page (and its iframes) loads from now on, before any
 * of the document's own scripts run. Call it before `page.goto`. Returns a reader.
 */
export async function collectCspViolations(page: Page): Promise<() => Promise<CspViolation[]>> {
  await installCspCollector(page);
  return () => readCspViolations(page);
}

/**
 * The same listener on a page or on a whole context (every page it opens later, popups included),
 * for a shared fixture; read each page with `readCspViolations(page)`.
 */
export async function installCspCollector(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript((store: string) => {
    if (store in window) return; // installed on both the context and the page
    const list: unknown[] = [];
    Object.defineProperty(window, store, { value: list, configurable: false });
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push({
        page: location.href,
        directive: event.effectiveDirective || event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    });
  }, STORE);
}

/**
 * Every violation recorded so far in the page and all its frames (frames gone since are lost).
 * Not seen: violations inside a web worker (they fire on the worker's global, not a document).
 */
export async function readCspViolations(page: Page): Promise<CspViolation[]> {
  const perFrame = await Promise.all(page.frames().map((frame) => readFrame(frame)));
  return perFrame.flat();
}

async function readFrame(frame: Frame): Promise<CspViolation[]> {
  try {
    return await frame.evaluate(
      (store) => ((window as unknown as Record<string, CspViolation[] | undefined>)[store] ?? []).slice(),
      STORE,
    );
  } catch {
    return []; // a frame that navigated or closed while we read it
  }
}

/** One line per violation, for an assertion message. */
export const describeViolations = (violations: readonly CspViolation[]) =>
  violations
    .map(
      (v) => `${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile}:${v.line} on ${v.page}`,
    )
    .join('\n');
