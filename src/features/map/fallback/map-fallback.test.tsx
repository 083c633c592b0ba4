// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasModel } from '../../../dataset/model';
import { useAtlasModel } from '../../../dataset/model-context';
import { atlasWithCountryPledge } from '../../../test-utils/atlas-with-country-pledge';
import { renderWithAtlas } from '../../../test-utils/render-with-atlas';
import { MapFallback } from './map-fallback';
import { useMapData } from '../use-map-data';

const countries: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso: 'FR' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-4, 43],
            [8, 43],
            [8, 51],
            [-4, 51],
            [-4, 43],
          ],
        ],
      },
    },
  ],
};
const labels: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso: 'FR', name_en: 'France', name_fr: 'France', rank: 4 },
      geometry: { type: 'Point', coordinates: [2.5, 46.6] },
    },
  ],
};

function Harness({ onReady }: { onReady: () => void }) {
  const data = useMapData(useAtlasModel(), 'en', null, labels);
  return <MapFallback reason="noWebgl" data={data} onReady={onReady} />;
}

const renderHarness = (onReady: () => void) =>
  renderWithAtlas(<Harness onReady={onReady} />, { model: buildAtlasModel(atlasWithCountryPledge()) });

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = url.endsWith('countries.geojson')
        ? countries
        : url.endsWith('labels.geojson')
          ? labels
          : { type: 'FeatureCollection', features: [] };
      return new Response(JSON.stringify(body), { status: 200 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('MapFallback (no WebGL)', () => {
  it('says why, draws the basemap, reports ready, and lets every site be selected from the keyboard', async () => {
    const onReady = vi.fn();
    const { store } = renderHarness(onReady);
    expect(screen.getByRole('note')).toHaveTextContent(/does not provide WebGL/);
    await vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledWith(expect.stringMatching(/basemap\/countries\.geojson$/));
    expect(document.querySelectorAll('svg path.land')).toHaveLength(1);

    const sites = screen.getByRole('list', { name: 'Sites on the map' });
    const paris = within(sites).getByRole('button', { name: /Paris site/ });
    expect(within(sites).getAllByRole('button')).toHaveLength(2);
    paris.focus();
    await act(() => userEvent.keyboard('{Enter}'));
    expect(store.getState().selectedId).toBe('site-paris');
    expect(paris).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists a country pledge in a callout that unfolds and selects the pledge by its investment id', async () => {
    const { store } = renderHarness(() => undefined);
    const callout = screen.getByRole('region', { name: 'Pledges to France' });
    const toggle = within(callout).getByRole('button', { name: /France.*1 pledge/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await act(() => userEvent.click(toggle));
    await act(() => userEvent.click(within(callout).getByRole('button', { name: /National plan/ })));
    expect(store.getState().selectedId).toBe('inv-france');
  });
});
