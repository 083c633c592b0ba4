/**
 * One step's texts in the language being written (the other one falls back, and the field says
 * so), its pinned labels, and what can be done to it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../i18n/languages';
import { useAtlasModel } from '../../../dataset/model-context';
import { recordName } from '../../../dataset/model';
import { useLang } from '../../../i18n/use-lang';
import type { EditorAction, TextField } from '../story/story-draft-model';
import { MAX_ANNOTATIONS, TEXT_LIMITS, type LocalText, type StoryStep } from '../story/story-schema';

const TEXT_FIELDS: readonly TextField[] = ['title', 'caption', 'notes'];

interface StepFormProps {
  step: StoryStep;
  index: number;
  writing: Lang;
  /** Where a new label is pinned: the step's selection, else the map's centre. */
  pinTarget: { record: string } | { lat: number; lon: number } | null;
  dispatch: (action: EditorAction) => void;
  onPreview: () => void;
  onUpdateView: () => void;
}

export function TextInput(props: {
  label: string;
  text: LocalText;
  writing: Lang;
  max: number;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('stories');
  const id = useId();
  const other: Lang = props.writing === 'fr' ? 'en' : 'fr';
  const falls = props.text[props.writing].trim() === '' && props.text[other].trim() !== '';
  const common = {
    id,
    lang: props.writing,
    value: props.text[props.writing],
    maxLength: props.max,
    'aria-describedby': falls ? `${id}-falls` : undefined,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
  };
  return (
    <div className="story-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {falls && (
        <p id={`${id}-falls`} className="story-falls">
          {t('fallsBackTo', { lang: other.toUpperCase() })}: <span lang={other}>{props.text[other]}</span>
        </p>
      )}
    </div>
  );
}

export function StepForm({
  step,
  index,
  writing,
  pinTarget,
  dispatch,
  onPreview,
  onUpdateView,
}: StepFormProps) {
  const { t } = useTranslation('stories');
  const model = useAtlasModel();
  const lang = useLang();
  const pinnedName = (id: string) => {
    const record = model.recordsById.get(id);
    return record ? recordName(record, lang) : id;
  };
  const setText = (field: TextField) => (value: string) =>
    dispatch({ type: 'set-text', index, field, lang: writing, value });
  const annotations = step.annotations ?? [];
  return (
    <section className="story-step-form" aria-labelledby={`story-step-${step.id}`}>
      <h3 id={`story-step-${step.id}`}>{t('stepN', { step: index + 1 })}</h3>
      <p className="story-step-view">{t('stepView', { view: step.state || t('wholeMap') })}</p>
      {TEXT_FIELDS.map((field) => (
        <TextInput
          key={field}
          label={t(field)}
          text={step[field]}
          writing={writing}
          max={TEXT_LIMITS[field]}
          multiline={field !== 'title'}
          onChange={setText(field)}
        />
      ))}
      <fieldset className="story-labels">
        <legend>{t('labels')}</legend>
        {annotations.map((annotation, n) => (
          <div key={n} className="story-label">
            <TextInput
              label={`${t('label')} ${n + 1}`}
              text={annotation.label}
              writing={writing}
              max={TEXT_LIMITS.label}
              onChange={(value) =>
                dispatch({ type: 'set-annotation', index, annotation: n, lang: writing, value })
              }
            />
            <p className="story-label-pin">
              {t('pinnedTo', {
                where:
                  'record' in annotation.pin
                    ? pinnedName(annotation.pin.record)
                    : t('point', { lat: annotation.pin.lat.toFixed(2), lon: annotation.pin.lon.toFixed(2) }),
              })}
            </p>
            <button
              type="button"
              className="plain-button"
              onClick={() => dispatch({ type: 'remove-annotation', index, annotation: n })}
            >
              {t('removeLabel', { n: n + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="plain-button"
          disabled={!pinTarget || annotations.length >= MAX_ANNOTATIONS}
          onClick={() =>
            pinTarget &&
            dispatch({
              type: 'add-annotation',
              index,
              annotation: { label: { fr: '', en: '', [writing]: t('label') }, pin: pinTarget },
            })
          }
        >
          {t('addLabel')}
        </button>
      </fieldset>
      <div className="story-step-actions">
        <button type="button" className="plain-button" onClick={onPreview}>
          {t('preview')}
        </button>
        <button type="button" className="plain-button" onClick={onUpdateView}>
          {t('updateView')}
        </button>
        <button type="button" className="plain-button" onClick={() => dispatch({ type: 'duplicate', index })}>
          {t('duplicate')}
        </button>
        <button type="button" className="plain-button" onClick={() => dispatch({ type: 'delete', index })}>
          {t('delete')}
        </button>
      </div>
    </section>
  );
}
