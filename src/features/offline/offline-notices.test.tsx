// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatIsoDate } from '../../i18n/format';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { OfflineNotices } from './offline-notices';
import { createSwStatus } from './sw-status';

afterEach(() => vi.restoreAllMocks());

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

describe('OfflineNotices', () => {
  it('says nothing while online and no update is waiting', () => {
    renderWithAtlas(<OfflineNotices status={createSwStatus()} />);
    expect(screen.queryByText(/Offline/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('offline, says so quietly with the date of the dataset, in both languages', () => {
    const { model, unmount } = renderWithAtlas(<OfflineNotices status={createSwStatus()} />);
    goOffline(true);
    expect(screen.getByText(/^Offline: the atlas as of the dataset of /)).toHaveTextContent(
      `Offline: the atlas as of the dataset of ${formatIsoDate(model.atlas.updated, 'en')}`,
    );
    goOffline(false);
    expect(screen.queryByText(/Offline/)).toBeNull();
    unmount();

    goOffline(true);
    renderWithAtlas(<OfflineNotices status={createSwStatus()} />, { lang: 'fr' });
    expect(screen.getByText(/^Hors ligne : l’atlas tel que le donne le jeu de données du \d/)).toBeVisible();
  });

  it('offers the update, and reloads only when the visitor asks', async () => {
    const status = createSwStatus();
    const apply = vi.fn();
    status.setApplyUpdate(apply);
    renderWithAtlas(<OfflineNotices status={status} />, { lang: 'fr' });
    act(() => status.markUpdateReady());
    expect(screen.getByText('Une nouvelle version de l’atlas est disponible.')).toBeVisible();
    expect(apply).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('waits until the presenter leaves presenter mode', () => {
    const status = createSwStatus();
    const { store } = renderWithAtlas(<OfflineNotices status={status} />, { state: { present: 3 } });
    act(() => status.markUpdateReady());
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    act(() => store.setState({ present: 4 }));
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    act(() => store.setState({ present: null }));
    expect(screen.getByText('A new version of the atlas is available.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});
