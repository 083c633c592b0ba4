/** Zoom, fit all sites and reset: real buttons with names in the current language. */
import { useTranslation } from 'react-i18next';
import './map-controls-phone.css';

interface MapControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  onReset: () => void;
}

const ICONS = {
  zoomIn: 'M12 5v14M5 12h14',
  zoomOut: 'M5 12h14',
  fitAll: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  reset: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4',
} as const;

export function MapControls({ onZoomIn, onZoomOut, onFitAll, onReset }: MapControlsProps) {
  const { t } = useTranslation('map');
  const buttons = [
    ['zoomIn', onZoomIn],
    ['zoomOut', onZoomOut],
    ['fitAll', onFitAll],
    ['reset', onReset],
  ] as const;
  return (
    <div className="map-controls" role="group" aria-label={t('controls.group')}>
      {buttons.map(([key, onClick]) => (
        <button
          key={key}
          type="button"
          aria-label={t(`controls.${key}`)}
          title={t(`controls.${key}`)}
          onClick={onClick}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path
              d={ICONS[key]}
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      ))}
    </div>
  );
}
