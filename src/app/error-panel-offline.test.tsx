// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadFailure } from '../dataset/load-dataset';
import { renderWithAtlas } from '../test-utils/render-with-atlas';
import { ErrorPanel } from './error-panel';

afterEach(() => vi.restoreAllMocks());

const URL_ELSEWHERE = 'https://data.example/atlas.json';
const fetchFailure: LoadFailure = {
  ok: false,
  kind: 'fetch',
  failure: { reason: 'network', detail: 'Failed to fetch' },
  problems: [{ path: URL_ELSEWHERE, message: 'could not be fetched: Failed to fetch' }],
};

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('ErrorPanel offline', () => {
  it('says that a `?data=` file from elsewhere is unavailable because the visitor is offline, in both languages', () => {
    setOnline(false);
    const panel = (lang: 'fr' | 'en') =>
      renderWithAtlas(
        <ErrorPanel failure={fetchFailure} onRetry={() => {}} customUrl={URL_ELSEWHERE} defaultHref="/" />,
        { lang },
      );
    const en = panel('en');
    expect(screen.getByRole('alert')).toHaveTextContent(/^The data could not be fetchedYou are offline: /);
    en.unmount();
    panel('fr');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^Les données n’ont pas pu être récupéréesVous êtes hors ligne : /,
    );
  });

  it('online, keeps naming the network failure, and retries by itself when the network comes back', () => {
    setOnline(false);
    const onRetry = vi.fn();
    renderWithAtlas(
      <ErrorPanel failure={fetchFailure} onRetry={onRetry} customUrl={URL_ELSEWHERE} defaultHref="/" />,
    );
    expect(onRetry).not.toHaveBeenCalled();
    setOnline(true);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent(/The request for the data file failed/);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/offline/);
  });
});
