/**
 * The store-connected time cursor: play/pause, speed, the 'as of' readout and the slider. Every
 * change goes to store.asOf, which the map, the site list, the details and both charts read.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../../lib/date-value';
import { formatIsoDate } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { todayIso } from '../../../dataset/site-status';
import { useAtlasStore } from '../../../store/store-context';
import { cursorRange, cursorValue } from './cursor-keys';
import { TimeSlider } from './time-slider';
import { PLAYBACK_SPEEDS, usePlayback, type PlaybackSpeed } from './use-playback';

interface ControlsProps {
  steps: readonly string[];
}

function PlayIcon({ playing }: { playing: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {playing ? (
        <path d="M3 2h3v10H3zM8 2h3v10H8z" fill="currentColor" />
      ) : (
        <path d="M3 1.5v11l9.5-5.5z" fill="currentColor" />
      )}
    </svg>
  );
}

export function TimeCursorControls({ steps }: ControlsProps) {
  const { t } = useTranslation('timeline');
  const lang = useLang();
  const speedId = useId();
  const [speed, setSpeed] = useState<PlaybackSpeed>('normal');
  const { playing, toggle } = usePlayback(steps, speed);
  const asOf = useAtlasStore((s) => s.asOf);
  const scrubTo = useAtlasStore((s) => s.scrubTo);

  return (
    <div className="time-controls">
      <button type="button" className="plain-button time-play" onClick={toggle} disabled={steps.length === 0}>
        <PlayIcon playing={playing} />
        {playing ? t('cursor.pause') : t('cursor.play')}
      </button>
      <span className="time-speed">
        <label htmlFor={speedId}>{t('cursor.speed')}</label>
        <select
          className="plain-button"
          id={speedId}
          value={speed}
          onChange={(event) => setSpeed(event.target.value as PlaybackSpeed)}
        >
          {(Object.keys(PLAYBACK_SPEEDS) as PlaybackSpeed[]).map((key) => (
            <option key={key} value={key}>
              {t(`cursor.speeds.${key}`)}
            </option>
          ))}
        </select>
      </span>
      <p className="time-readout" aria-live={playing ? 'polite' : 'off'}>
        {asOf === null ? (
          t('cursor.noCursor')
        ) : (
          <>
            {t('cursor.asOf')} <strong>{formatIsoDate(asOf, lang)}</strong>
          </>
        )}
      </p>
      {asOf !== null && (
        <button type="button" className="plain-button time-reset" onClick={() => scrubTo(null)}>
          {t('cursor.reset')}
        </button>
      )}
    </div>
  );
}

interface SliderProps {
  steps: readonly string[];
  track: Span;
  insetLeft: number;
  insetRight: number;
}

export function TimeCursorSlider({ steps, track, insetLeft, insetRight }: SliderProps) {
  const { t } = useTranslation('timeline');
  const lang = useLang();
  const asOf = useAtlasStore((s) => s.asOf);
  const scrubTo = useAtlasStore((s) => s.scrubTo);
  const today = todayIso();
  const range = useMemo(() => cursorRange(steps, today), [steps, today]);
  const value = cursorValue(asOf, today, range);
  return (
    <TimeSlider
      label={t('cursor.label')}
      track={track}
      range={range}
      value={value}
      valueText={
        asOf === null
          ? t('cursor.valueTextToday', { date: formatIsoDate(today, lang) })
          : formatIsoDate(asOf, lang)
      }
      onChange={scrubTo}
      insetLeft={insetLeft}
      insetRight={insetRight}
    />
  );
}
