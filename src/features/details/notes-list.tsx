import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../dataset/schema';
import { useLang } from '../../i18n/use-lang';
import { CitationList } from './citation-list';

/** The caveats attached to a record, beside it: kind in words, the note, its own quotes. */
export function NotesList({ notes }: { notes: readonly Note[] }) {
  const { t } = useTranslation('details');
  const lang = useLang();
  const headingId = useId();
  if (notes.length === 0) return null;
  return (
    <aside className="notes" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span aria-hidden="true">⚑ </span>
        {t('notes.title')}
      </h3>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <strong className="note-kind">{t(`notes.kind.${note.kind}`)}</strong> {note.text[lang]}
            {(note.citations.length > 0 || note.external.length > 0) && (
              <CitationList
                fact={t(`notes.kind.${note.kind}`)}
                citations={note.citations}
                external={note.external}
                english={note.text.en}
                visible={0}
              />
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
