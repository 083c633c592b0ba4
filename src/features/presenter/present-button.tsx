/** The header's Present button: enters presenter mode at the first step. */
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../../store/store-context';
import { useStorySession } from './story-session';

export function PresentButton() {
  const { t } = useTranslation('presenter');
  const setPresent = useAtlasStore((s) => s.setPresent);
  const present = useStorySession((s) => s.present);
  return (
    <button
      type="button"
      className="plain-button embed-button present-button"
      title={t('presentLabel')}
      onClick={() => {
        present(null); // the atlas's own story
        setPresent(1);
      }}
    >
      {t('present')}
    </button>
  );
}
