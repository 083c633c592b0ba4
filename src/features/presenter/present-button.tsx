/** The header's Present button: enters presenter mode at the first step. */
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../../store/store-context';

export function PresentButton() {
  const { t } = useTranslation('presenter');
  const setPresent = useAtlasStore((s) => s.setPresent);
  return (
    <button
      type="button"
      className="plain-button embed-button present-button"
      title={t('presentLabel')}
      onClick={() => setPresent(1)}
    >
      {t('present')}
    </button>
  );
}
