// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildChartFile, wrapWords } from './chart-svg';
import type { ExportTheme } from './export-theme';
import { inlineSvg, svgToText } from './svg-inline';

const theme: ExportTheme = {
  lang: 'en',
  dark: false,
  font: "'Inter Variable', sans-serif",
  bg: '#f6f5f1',
  surface: '#ffffff',
  ink: '#1b1f24',
  muted: '#535b66',
  border: '#d9d7cf',
  accent: '#2f4ac0',
};

function chart(): SVGSVGElement {
  document.body.innerHTML = `<svg class="recharts-surface" width="300" height="120" onclick="alert(1)">
    <script>alert(1)</script>
    <foreignObject><div>html</div></foreignObject>
    <a href="https://example.com/"><rect class="bar" width="10" height="10" /></a>
    <use href="#hatch" />
    <text class="label" tabindex="0">Essonne ≥&nbsp;€2bn</text>
  </svg>`;
  return document.querySelector('svg')!;
}

/** A stand-in for getComputedStyle: ink in Inter at 16px, the text at 12px. */
const read = (element: Element) => ({
  getPropertyValue: (name: string) =>
    ({
      fill: 'rgb(27, 31, 36)',
      'font-family': "'Inter Variable', sans-serif",
      'font-size': element.localName === 'text' ? '12px' : '16px',
      opacity: '1',
    })[name] ?? '',
});

describe('inlineSvg', () => {
  it('copies computed styles onto every element and keeps text as text', () => {
    const copy = inlineSvg(chart(), read);
    const text = copy.querySelector('text')!;
    expect(text.textContent).toBe('Essonne ≥\u00a0€2bn');
    // The root names the font and the colour; children write only what differs (the text's size).
    expect(copy.style.getPropertyValue('font-family')).toMatch(/^["']Inter Variable["'], sans-serif$/);
    expect(copy.style.getPropertyValue('fill')).toBe('rgb(27, 31, 36)');
    expect(copy.getAttribute('style')).not.toContain('opacity');
    expect(text.style.cssText).toBe('font-size: 12px;');
    expect(copy.querySelector('rect')!.hasAttribute('style')).toBe(false);
    expect(copy.getAttribute('width')).toBe('300');
    expect(copy.getAttribute('viewBox')).toBe('0 0 300 120');
  });

  it('drops scripts, handlers, foreign HTML, classes and links out of the file', () => {
    const markup = svgToText(inlineSvg(chart(), read));
    expect(markup).not.toMatch(/<script|onclick|foreignObject|class=|tabindex|example\.com/);
    expect(markup).toContain('href="#hatch"'); // a reference inside the file stays
    expect(markup.startsWith('<?xml')).toBe(true);
  });
});

describe('buildChartFile', () => {
  it('puts the title above and the source line below, on the theme surface', () => {
    const file = buildChartFile({
      chart: inlineSvg(chart(), read),
      title: 'Investments',
      source: 'Source: five French news articles. Dataset v1.1.0. Data licence: CC BY 4.0.',
      theme,
    });
    const texts = [...file.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(file.querySelector('title')!.textContent).toBe('Investments');
    expect(texts[0]).toBe('Investments');
    expect(texts.slice(1).join(' ')).toBe(
      'Source: five French news articles. Dataset v1.1.0. Data licence: CC BY 4.0.',
    );
    expect(file.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
    expect(file.getAttribute('font-family')).toContain('Inter');
    expect(Number(file.getAttribute('height'))).toBeGreaterThan(120);
  });
});

describe('wrapWords', () => {
  it('wraps at the budget without cutting words', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('never breaks at a no-break space: a French colon stays on its line', () => {
    // Split at every space, this would be 'Fond de carte' then ': Natural Earth'.
    expect(wrapWords('Fond de carte\u00a0: Natural Earth', 13)).toEqual([
      'Fond de',
      'carte\u00a0:',
      'Natural Earth',
    ]);
  });
});
