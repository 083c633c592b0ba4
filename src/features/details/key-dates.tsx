import { useTranslation } from 'react-i18next';
import type { AtlasEvent } from '../../dataset/schema';
import { DateText } from './date-text';
import { RecordLink } from './record-link';

/** The 'Key dates' term of a details list: each event's date and a link to it; nothing if none. */
export function KeyDates({ events }: { events: readonly AtlasEvent[] }) {
  const { t } = useTranslation('details');
  if (events.length === 0) return null;
  return (
    <>
      <dt>{t('field.keyDates')}</dt>
      <dd>
        <ol className="details-list key-dates">
          {events.map((event) => (
            <li key={event.id}>
              <DateText date={event.date} compact /> <RecordLink id={event.id} />
            </li>
          ))}
        </ol>
      </dd>
    </>
  );
}
