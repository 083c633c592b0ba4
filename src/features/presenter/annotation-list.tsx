/** A step's pinned labels, each with what it is pinned to (a record's name, or a point). */
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { recordName } from '../../dataset/model';
import { useLang } from '../../i18n/use-lang';
import type { StoryStep } from './story/story-schema';
import { ShownText } from './shown-text';

export function AnnotationList({ step, className }: { step: StoryStep; className?: string }) {
  const { t } = useTranslation('stories');
  const lang = useLang();
  const model = useAtlasModel();
  const annotations = step.annotations ?? [];
  if (annotations.length === 0) return null;
  return (
    <ul className={className ?? 'annotation-list'} aria-label={t('labels')}>
      {annotations.map((annotation, index) => {
        const pin = annotation.pin;
        const record = 'record' in pin ? model.recordsById.get(pin.record) : undefined;
        const where =
          'record' in pin
            ? record
              ? recordName(record, lang)
              : pin.record
            : t('point', { lat: pin.lat.toFixed(2), lon: pin.lon.toFixed(2) });
        return (
          <li key={index}>
            <span aria-hidden="true">📍 </span>
            <strong>
              <ShownText text={annotation.label} />
            </strong>{' '}
            <span className="annotation-where">({where})</span>
          </li>
        );
      })}
    </ul>
  );
}
