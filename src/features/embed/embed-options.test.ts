import { describe, expect, it } from 'vitest';
import { chosenPanels, heightOf, initialOptions, movePanelUp, togglePanel } from './embed-options';

const start = () => initialOptions({ panels: ['details', 'map'], lang: null, theme: 'dark' });

describe('embed options', () => {
  it('start from the current view: its panels first, in its order', () => {
    const options = start();
    expect(options.order).toEqual(['details', 'map', 'timeline', 'investments']);
    expect(chosenPanels(options)).toEqual(['details', 'map']);
    expect(options).toMatchObject({ lang: null, theme: 'dark', heightMode: 'auto', px: 640 });
  });

  it('a ticked panel shows in its listed place, not at the end', () => {
    const options = togglePanel(togglePanel(start(), 'investments'), 'details');
    expect(chosenPanels(options)).toEqual(['map', 'investments']);
    expect(chosenPanels(movePanelUp(options, 'investments'))).toEqual(['map', 'investments']);
    expect(chosenPanels(movePanelUp(movePanelUp(options, 'investments'), 'investments'))).toEqual([
      'investments',
      'map',
    ]);
  });

  it('moving the first panel up changes nothing', () => {
    const options = start();
    expect(movePanelUp(options, 'details')).toBe(options);
  });

  it('height: automatic starts at px, fixed stays at px', () => {
    expect(heightOf({ ...start(), px: 500 })).toEqual({ mode: 'auto', initialPx: 500 });
    expect(heightOf({ ...start(), heightMode: 'fixed', px: 500 })).toEqual({ mode: 'fixed', px: 500 });
  });
});
