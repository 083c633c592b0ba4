// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { chartAtlas } from '../../test-utils/chart-atlas';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { PLAYBACK_SPEEDS } from './time-cursor/use-playback';
import { TimelinePanel } from './timeline-panel';
import { TIMELINE_ROW_LIMIT } from './timeline-window';
import type * as AtlasReady from '../../lib/atlas-ready';

// The panel's own behaviour, on its baked figure. Without an atlas:ready mark, DeferredChart's
// ten-second fallback swaps in the recharts chart mid-file on a slow machine, under a test's feet
// (a hover on a button just replaced: a failure seen in a CI run). The takeover itself is
// deferred-chart.test.tsx's.
vi.mock('../../lib/atlas-ready', async (importOriginal) => ({
  ...(await importOriginal<typeof AtlasReady>()),
  whenAtlasReady: () => () => {},
}));

// Four events: Borlänge (2024, contested), an announcement (9 Feb 2025), a summit (10 Feb 2025)
// and a fund (June 2025, inferred, its pledge runs to 2030). The play stops on each start day.
const atlas = buildAtlasModel(chartAtlas());
const eventCount = atlas.atlas.events.length;
const FIRST = '2024-01-01';
const SECOND = '2025-02-09';
const LAST = '2025-06-01';

function renderTimeline(state = {}, lang: 'en' | 'fr' = 'en') {
  return renderWithAtlas(<TimelinePanel chartWidth={900} />, { state, lang, model: atlas });
}

const slider = () => screen.getByRole('slider', { name: 'As of date' });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('TimelinePanel', () => {
  it('says a dataset without events has none, instead of an empty range', () => {
    const empty = buildAtlasModel({ ...chartAtlas(), events: [] });
    renderWithAtlas(<TimelinePanel chartWidth={900} />, { model: empty });
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveAccessibleDescription(
      'No events in this dataset.',
    );
  });

  it('has a name, a summary from the model and every event as a button', () => {
    renderTimeline();
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(region).toHaveAccessibleDescription(
      `${eventCount} events, 2024 to 2025 (1 with an inferred date, 1 contested).`,
    );
    const chart = screen.getByRole('group', { name: /Timeline of events/ });
    expect(within(chart).getAllByRole('button')).toHaveLength(eventCount);
    expect(
      within(chart).getByRole('button', {
        name: 'Borlänge campus announced, 2024 (contested date), Sites',
      }),
    ).toBeInTheDocument();
    expect(
      within(chart).getByRole('button', {
        name: /^Fund announced, .* \(inferred date\), Funding; horizon 2030$/,
      }),
    ).toBeInTheDocument();
  });

  it('draws a window of a few hundred events and says so, the summary and table counting all', () => {
    const many = chartAtlas();
    const [template] = many.events;
    many.events = [...Array(300)].map((_, n) => ({
      ...template!,
      id: `event-${n}`,
      date: {
        start: `2025-${String((n % 12) + 1).padStart(2, '0')}-01`,
        precision: 'day',
        certainty: 'stated',
      },
    }));
    renderWithAtlas(<TimelinePanel chartWidth={900} />, { model: buildAtlasModel(many) });
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(region).toHaveAccessibleDescription(/^300 events/);
    const chart = screen.getByRole('group', { name: /Timeline of events/ });
    expect(within(chart).getAllByRole('button')).toHaveLength(TIMELINE_ROW_LIMIT);
    expect(screen.getByText(/^Drawing 120 of the 300 events/)).toBeInTheDocument();
  });

  it('says nothing of a window when it draws every event', () => {
    renderTimeline();
    expect(screen.queryByText(/^Drawing/)).toBeNull();
  });

  it('says it in French too', () => {
    renderTimeline({}, 'fr');
    expect(screen.getByRole('region', { name: 'Chronologie' })).toHaveAccessibleDescription(
      '4 événements, de 2024 à 2025 (dont 1 datés par déduction et 1 à date contestée).',
    );
  });

  it('moves the cursor from the keyboard as a slider: arrows to the next event day, Home, End', async () => {
    const { store } = renderTimeline({ asOf: '2025-01-01' });
    expect(slider()).toHaveAttribute('aria-valuetext', '1 Jan 2025');
    slider().focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(store.getState().asOf).toBe(SECOND);
    expect(slider()).toHaveAttribute('aria-valuetext', '9 Feb 2025');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(store.getState().asOf).toBe('2025-02-10');
    await userEvent.keyboard('{PageDown}');
    expect(store.getState().asOf).toBe('2024-02-10');
    await userEvent.keyboard('{PageUp}');
    expect(store.getState().asOf).toBe('2025-02-10');
    await userEvent.keyboard('{Home}');
    expect(store.getState().asOf).toBe(FIRST);
    expect(slider().getAttribute('aria-valuenow')).toBe(slider().getAttribute('aria-valuemin'));
    await userEvent.keyboard('{End}');
    expect(store.getState().asOf).toBe(LAST);
    expect(slider().getAttribute('aria-valuenow')).toBe(slider().getAttribute('aria-valuemax'));
    expect(slider()).toHaveAttribute('aria-valuetext', '1 Jun 2025');
  });

  it('reads no cursor as today', () => {
    vi.useFakeTimers({ now: new Date('2025-03-15T12:00:00Z'), toFake: ['Date'] });
    renderTimeline();
    expect(slider()).toHaveAttribute('aria-valuetext', 'Today, 15 Mar 2025');
    expect(screen.getByText('Showing everything known today')).toBeInTheDocument();
  });

  it('plays from the first event day to the last, then stops there', { timeout: 15_000 }, () => {
    vi.useFakeTimers();
    const { store } = renderTimeline();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState()).toMatchObject({ asOf: FIRST, playing: true });
    act(() => vi.advanceTimersByTime(PLAYBACK_SPEEDS.normal));
    expect(store.getState().asOf).toBe(SECOND);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    for (let tick = 0; tick < 40 && store.getState().asOf !== LAST; tick += 1) {
      act(() => vi.advanceTimersByTime(PLAYBACK_SPEEDS.normal));
    }
    // Stopped on arriving at the last day, not one tick later.
    expect(store.getState()).toMatchObject({ asOf: LAST, playing: false });
    act(() => vi.advanceTimersByTime(PLAYBACK_SPEEDS.normal * 3));
    expect(store.getState().asOf).toBe(LAST);
    expect(slider().getAttribute('aria-valuenow')).toBe(slider().getAttribute('aria-valuemax'));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('pauses, and plays faster at a faster speed', () => {
    vi.useFakeTimers();
    const { store } = renderTimeline();
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: 'fast' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(PLAYBACK_SPEEDS.fast));
    expect(store.getState().asOf).toBe(SECOND);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(PLAYBACK_SPEEDS.slow * 5));
    expect(store.getState()).toMatchObject({ asOf: SECOND, playing: false });
  });

  it('does not start playing by itself when the visitor prefers reduced motion', () => {
    vi.useFakeTimers();
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
    const { store } = renderTimeline({ playing: true, asOf: FIRST });
    act(() => vi.advanceTimersByTime(PLAYBACK_SPEEDS.normal * 3));
    expect(store.getState()).toMatchObject({ asOf: FIRST, playing: false });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(PLAYBACK_SPEEDS.normal));
    expect(store.getState().asOf).toBe(SECOND);
  });

  it('selects the site of a clicked event and highlights it on hover', async () => {
    const { store } = renderTimeline();
    const chart = screen.getByRole('group', { name: /Timeline of events/ });
    const borlange = within(chart).getByRole('button', { name: /^Borlänge campus announced/ });
    await userEvent.hover(borlange);
    expect(store.getState().hoveredId).toBe('site-borlange');
    await userEvent.click(borlange);
    expect(store.getState().selectedId).toBe('site-borlange');
    // No site: the pledge; neither: the event itself.
    await userEvent.click(within(chart).getByRole('button', { name: /^Fund announced/ }));
    expect(store.getState().selectedId).toBe('inv-fund');
    within(chart)
      .getByRole('button', { name: /^Paris summit/ })
      .focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('event-summit');
  });

  it('shows the same data as a table, one row per event', async () => {
    renderTimeline({ asOf: '2025-02-09' });
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: /Timeline: every event with its lane and date/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(eventCount + 1);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(eventCount);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Event', 'Lane', 'Date', 'Date is', 'At the cursor']);
    const borlange = within(table)
      .getByRole('rowheader', { name: /Borlänge campus announced/ })
      .closest('tr')!;
    expect(within(borlange).getByText('2024')).toBeInTheDocument();
    expect(within(borlange).getByText('Contested')).toBeInTheDocument();
    expect(within(borlange).getByText('Started')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Timeline of events/ })).not.toBeInTheDocument();
  });

  it('draws its baked figure at its canvas’s width, so a phone’s labels are not scaled down', () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
    try {
      renderWithAtlas(<TimelinePanel />, { model: atlas });
      expect(
        screen.getByRole('group', { name: /Timeline of events/ }).querySelector('svg.static-chart'),
      ).toHaveAttribute('viewBox', expect.stringMatching(/^0 0 600 /));
    } finally {
      vi.restoreAllMocks();
    }
  });
});
