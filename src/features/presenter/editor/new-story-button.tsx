/** The header's "New story": opens the story editor on an empty story. */
import { useTranslation } from 'react-i18next';
import { useStorySession } from '../story-session';

export function NewStoryButton() {
  const { t } = useTranslation('stories');
  const openEditor = useStorySession((s) => s.openEditor);
  return (
    <button type="button" className="plain-button embed-button" onClick={() => openEditor({ kind: 'new' })}>
      {t('newStory')}
    </button>
  );
}
