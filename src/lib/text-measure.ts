/** Rough width of a label in Inter: enough to choose a side or cut with '…', not to typeset. */
export const CHAR_WIDTH_EM = 0.55;

export function estimateTextWidth(text: string, fontSize = 12): number {
  return Math.ceil(text.length * fontSize * CHAR_WIDTH_EM);
}

/** The text cut with '…' to fit `px` (at least `minChars` characters are kept). */
export function truncateToWidth(text: string, px: number, fontSize = 12, minChars = 8): string {
  const max = Math.max(minChars, Math.floor(px / (fontSize * CHAR_WIDTH_EM)));
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
