/**
 * Search folding: "Borlänge", "BORLANGE" and "borlange" compare equal. NFD splits a letter from its
 * accents, the combining marks are dropped, then case is folded. Ligatures NFD leaves whole (œ, æ,
 * ß) and typographic apostrophes are mapped by hand so "d’euros" matches "d'euros".
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøđł]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
