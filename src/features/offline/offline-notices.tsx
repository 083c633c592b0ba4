/**
 * The two quiet notices of the offline atlas: "offline, here is the dataset's date",
 * and "a new version is available — Reload". A new deploy never reloads the page by itself, and
 * while a presenter is presenting (`present` set) the offer waits until they leave the mode.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { formatIsoDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { useAtlasStore } from '../../store/store-context';
import { startServiceWorker } from './register-sw';
import { swStatus, type SwStatusStore } from './sw-status';
import { useOnline } from './use-online';
import './offline-notices.css';

export function OfflineNotices({ status = swStatus }: { status?: SwStatusStore }) {
  const { t } = useTranslation('offline');
  const lang = useLang();
  const model = useAtlasModel();
  const online = useOnline();
  const { updateReady } = useSyncExternalStore(status.subscribe, status.get, status.get);
  const presenting = useAtlasStore((s) => s.present !== null);
  useEffect(() => startServiceWorker(status), [status]);

  const offerUpdate = updateReady && !presenting;
  return (
    <div className="offline-notices">
      <div role="status" className="offline-notice-slot">
        {!online && (
          <p className="offline-notice">{t('offline', { date: formatIsoDate(model.atlas.updated, lang) })}</p>
        )}
      </div>
      <div role="status" className="offline-notice-slot">
        {offerUpdate && (
          <p className="offline-notice update-notice">
            <span>{t('updateReady')}</span>{' '}
            <button
              type="button"
              className="plain-button primary-button update-reload"
              onClick={status.applyUpdate}
            >
              {t('reload')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
