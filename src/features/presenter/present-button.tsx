/**
 * The header's Present button: enters presenter mode at the first step, remembering the view to
 * come back to. Not offered on a phone (present-button.css): the stage is laid out for a projector
 * (a map, a chart and 24 px captions side by side), and squeezed into a phone it left a column
 * about 120 px wide; the header's menu says so instead. A `present=N` link still opens the stage.
 */
import { useTranslation } from 'react-i18next';
import { useAtlasStoreApi } from '../../store/store-context';
import { enterPresenter } from './return-view';
import { useStorySession } from './story-session';
import './present-button.css';

export function PresentButton() {
  const { t } = useTranslation('presenter');
  const store = useAtlasStoreApi();
  const present = useStorySession((s) => s.present);
  return (
    <>
      <button
        type="button"
        className="plain-button embed-button present-button"
        title={t('presentLabel')}
        onClick={() => {
          present(null); // the atlas's own story
          enterPresenter(store);
        }}
      >
        {t('present')}
      </button>
      <p className="present-unavailable">{t('phoneUnavailable')}</p>
    </>
  );
}
