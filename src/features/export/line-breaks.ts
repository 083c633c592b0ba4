/**
 * Where an exported text may break a line: at any white space but a no-break one. French puts
 * U+00A0 before ":" and U+202F before ";" and inside numbers ("10 000", "2 Md€"); a wrap that
 * treated them as spaces would start a line with ":" or split a number, as a page never does.
 */
const BREAKABLE = /[^\S\u00a0\u202f]+/g;

/** Runs of breakable white space as one plain space, trimmed; no-break spaces stay. */
export const collapseSpaces = (text: string): string => text.replace(BREAKABLE, ' ').trim();

/** The pieces a line may break between. */
export const breakableWords = (text: string): string[] => text.split(BREAKABLE).filter(Boolean);
