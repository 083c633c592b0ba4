/** Rough width of a label in Inter: enough to choose a side or cut with '…', not to typeset. */
export const CHAR_WIDTH_EM = 0.55;

/** Chart text size in CSS px (at least 14 px); the charts' CSS uses the same figure. */
export const CHART_FONT_PX = 14;

export function estimateTextWidth(text: string, fontSize = CHART_FONT_PX): number {
  return Math.ceil(text.length * fontSize * CHAR_WIDTH_EM);
}

/**
 * The first `max` characters of `text` ending on a whole word, when one ends in the second half
 * of that room; else the plain cut (a single long word has nowhere else to break).
 */
export function cutAtWord(text: string, max: number): string {
  const head = text.slice(0, Math.max(max, 1));
  if (text.length <= max || /\s/.test(text.charAt(max))) return head.trimEnd();
  const space = head.search(/\s\S*$/);
  return space >= Math.ceil(max / 2) ? head.slice(0, space).trimEnd() : head.trimEnd();
}

/**
 * The text cut with '…' to fit `px` (at least `minChars` characters are kept), between words
 * where it can be: never "datace…", rather "Mistral AI…". The full text stays reachable (the
 * mark's accessible name, its <title> tooltip, the chart's table).
 */
export function truncateToWidth(text: string, px: number, fontSize = CHART_FONT_PX, minChars = 8): string {
  const max = Math.max(minChars, Math.floor(px / (fontSize * CHAR_WIDTH_EM)));
  return text.length > max ? `${cutAtWord(text, max - 1)}…` : text;
}
