/**
 * The HTML an embedder pastes (EMBEDDING.md "The snippet"). Pure: the dialog gives it the
 * current view and the chosen options; it returns the iframe's absolute URL and the snippet text.
 */
import type { Lang } from '../../i18n/languages';
import { serializeUrlState } from '../../url-state/url-codec';
import type { PanelId, Theme } from '../../store/ui-vocabulary';
import type { UrlState } from '../../url-state/url-state';

export type EmbedHeight = { mode: 'auto'; initialPx: number } | { mode: 'fixed'; px: number };

export interface SnippetOptions {
  /** `document.baseURI`: the build is relocatable, so the atlas's address is wherever it runs. */
  baseUri: string;
  /** The view being shared; its site, date and camera carry over. */
  view: UrlState;
  /** Non-empty, in display order. */
  panels: readonly PanelId[];
  lang: Lang | null;
  theme: Theme;
  height: EmbedHeight;
  /** The iframe's accessible name, in the embed's language. */
  title: string;
  /**
   * For a host page with a strict CSP (`style-src` without 'unsafe-inline'): the iframe gets
   * `class="compute-atlas"` instead of an inline `style=` attribute, and `css` holds the rules
   * for the host's own stylesheet (embed.js still sizes the iframe, through the CSSOM).
   */
  strictCsp?: boolean;
  /** A published dataset version the embed is pinned to (`version=`); the latest data when absent. */
  version?: string;
}

export interface Snippet {
  url: string;
  html: string;
  /** Only for `strictCsp`: the stylesheet rules the class needs. */
  css?: string;
}

export const STRICT_CSP_CLASS = 'compute-atlas';

export const MIN_HEIGHT_PX = 200;
export const MAX_HEIGHT_PX = 4000;
export const DEFAULT_HEIGHT_PX = 640;

/** A whole number of pixels in MIN..MAX; anything unreadable falls back to the default. */
export function clampHeight(px: number): number {
  if (!Number.isFinite(px)) return DEFAULT_HEIGHT_PX;
  return Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.round(px)));
}

/** The atlas's own directory (index.html's), absolute: `https://host/sub/`. */
function appDirectory(baseUri: string): URL {
  return new URL('./', baseUri);
}

/**
 * The embed URL: the shared view with the chosen panels, language and theme, `embed=1`. Presenter
 * steps and `origin=` are not carried over: an embed starts in the atlas, not in a story, and the
 * origin belongs to the host page, which the embedder adds themselves (EMBEDDING.md).
 */
export function embedUrl(
  options: Pick<SnippetOptions, 'baseUri' | 'view' | 'panels' | 'lang' | 'theme' | 'version'>,
): string {
  const state: UrlState = {
    ...options.view,
    panels: options.panels,
    lang: options.lang,
    theme: options.theme,
    embed: true,
    present: null,
    origin: null,
  };
  const url = new URL(serializeUrlState(state), appDirectory(options.baseUri));
  // Not part of the view's state: it chooses the file (src/lib/release-choice.ts).
  // Appended, not set through searchParams, which would re-encode the codec's readable commas.
  if (options.version)
    url.search = `${url.search}${url.search ? '&' : '?'}version=${encodeURIComponent(options.version)}`;
  return url.href;
}

export function embedScriptUrl(baseUri: string): string {
  return new URL('embed.js', appDirectory(baseUri)).href;
}

/**
 * Escapes a value for a double-quoted HTML attribute, the only kind the snippet writes (so an
 * apostrophe stays readable: "Mistral AI's"). `<` and `>` are escaped too, for CMSs that
 * sanitise snippets with naive tag matching.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildSnippet(options: SnippetOptions): Snippet {
  const url = embedUrl(options);
  const { height } = options;
  const px = clampHeight(height.mode === 'auto' ? height.initialPx : height.px);
  const auto = height.mode === 'auto';
  const lines = [
    '<iframe',
    ...(auto ? ['  data-compute-atlas'] : []),
    `  src="${escapeAttribute(url)}"`,
    `  title="${escapeAttribute(options.title)}"`,
    options.strictCsp ? `  class="${STRICT_CSP_CLASS}"` : `  style="width: 100%; height: ${px}px; border: 0"`,
    '  loading="lazy"',
    '></iframe>',
    ...(auto ? [`<script src="${escapeAttribute(embedScriptUrl(options.baseUri))}" defer></script>`] : []),
  ];
  const html = lines.join('\n');
  if (!options.strictCsp) return { url, html };
  const css = [
    `.${STRICT_CSP_CLASS} {`,
    '  width: 100%;',
    `  height: ${px}px;${auto ? ' /* the starting height; embed.js then follows the content */' : ''}`,
    '  border: 0;',
    '}',
  ].join('\n');
  return { url, html, css };
}
