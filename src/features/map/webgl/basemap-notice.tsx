import { useTranslation } from 'react-i18next';
import './basemap-notice.css';

/** Over the map when its basemap failed: the sites are still right, but Europe is missing behind them. */
export function BasemapNotice() {
  const { t } = useTranslation('dataset');
  return (
    <p className="basemap-notice" role="status">
      {t('basemapFailed')}
    </p>
  );
}
