import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import type { AtlasEvent } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';
import { DateText } from './date-text';
import { RecordLink } from './record-link';

/** The 'Key dates' term of a details list: each event's date and a link to it; nothing if none. */
export function KeyDates({
  model,
  events,
  lang,
}: {
  model: AtlasModel;
  events: readonly AtlasEvent[];
  lang: Lang;
}) {
  const { t } = useTranslation('details');
  if (events.length === 0) return null;
  return (
    <>
      <dt>{t('field.keyDates')}</dt>
      <dd>
        <ol className="details-list key-dates">
          {events.map((event) => (
            <li key={event.id}>
              <DateText date={event.date} lang={lang} compact />{' '}
              <RecordLink model={model} id={event.id} lang={lang} />
            </li>
          ))}
        </ol>
      </dd>
    </>
  );
}
