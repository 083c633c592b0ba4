/**
 * The speaker-notes window's gate: it runs only as a top-level window opened by a stage (which
 * handed it the presentation's token), and shows the story the stage sends it. A framed copy, or
 * one opened by hand, explains itself and joins nothing.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { joinPresenterChannel } from './presenter-channel';
import { isFramed, notesToken } from './presenter-token';
import { NotesWindow } from './notes-window';
import { parseStory, type Story } from './story/story-schema';
import './presenter.css';
import './notes-window.css';

export function NotesView() {
  const { t } = useTranslation('stories');
  const [framed] = useState(() => isFramed());
  const [token] = useState(() => (framed ? null : notesToken(window.location.hash)));
  const [story, setStory] = useState<Story | null>(null);
  // The stage's story, checked like any file: another window's data is untrusted input here too.
  const onStory = useCallback((data: unknown) => {
    const parsed = parseStory(data);
    if (!parsed.ok) return;
    setStory((current) =>
      current && JSON.stringify(current) === JSON.stringify(parsed.story) ? current : parsed.story,
    );
  }, []);

  useEffect(() => {
    if (!token || story) return;
    const link = joinPresenterChannel({
      role: 'notes',
      token,
      current: () => ({ step: 1, startedAt: null }),
      onStep: () => {},
      onStory,
    });
    return () => link?.close();
  }, [token, story, onStory]);

  if (framed || !token || !story) {
    const message = framed ? t('notesFramed') : !token ? t('notesNoToken') : t('notesWaiting');
    return (
      <main id="content" className="presenter-notes">
        <h1>{t('notesHeading')}</h1>
        <p role={story || token ? 'status' : 'alert'}>{message}</p>
      </main>
    );
  }
  return <NotesWindow story={story} token={token} onStory={onStory} />;
}
