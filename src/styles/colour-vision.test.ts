/**
 * Status colours stay apart for visitors with colour-vision deficiencies: every pair, in both
 * themes, keeps a CIEDE2000 difference of at least MIN_DELTA_E after simulating protanopia,
 * deuteranopia and tritanopia (Machado et al. 2009, as culori implements it), and each colour
 * keeps 3:1 non-text contrast against the surface it is drawn on. On top of colour, every status
 * also has its own shape (map icons, badges) and its word (legend, tooltip, list).
 */
import { readFileSync } from 'node:fs';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { siteStatuses } from '../dataset/vocabulary';

const MIN_DELTA_E = 15;
const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The custom properties of one rule block of tokens.css (`:root` or the dark theme). */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in tokens.css`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

const light = tokens(':root');
const themes = { light, dark: { ...light, ...tokens(":root[data-theme='dark']") } };
const vision: Record<string, (c: Color) => Color> = {
  'normal vision': (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const deltaE = differenceCiede2000();

function colour(theme: Record<string, string>, token: string): Color {
  const value = parse(theme[token] ?? '');
  if (!value) throw new Error(`${token} is not a colour: ${theme[token]}`);
  return value;
}

describe.each(Object.entries(themes))('status colours, %s theme', (_name, theme) => {
  const statuses = siteStatuses.map((status) => ({ status, value: colour(theme, `--status-${status}`) }));

  it.each(Object.entries(vision))('every pair stays apart under %s', (_vision, simulate) => {
    const close: string[] = [];
    for (const [i, a] of statuses.entries()) {
      for (const b of statuses.slice(i + 1)) {
        const difference = deltaE(simulate(a.value), simulate(b.value));
        if (difference < MIN_DELTA_E) close.push(`${a.status}/${b.status}: ΔE ${difference.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('each has 3:1 contrast with the surface and the map land', () => {
    for (const { status, value } of statuses) {
      for (const ground of ['--color-surface', '--map-land']) {
        expect(wcagContrast(value, colour(theme, ground)), `${status} on ${ground}`).toBeGreaterThanOrEqual(
          3,
        );
      }
    }
  });
});
