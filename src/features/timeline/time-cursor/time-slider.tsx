/**
 * The 'as of' cursor as a WAI-ARIA slider: a thumb with role=slider on a track that lines up with
 * the chart's time axis (same domain, same insets), so the thumb stands under the cursor line.
 * Drag anywhere on the track; arrows, Page Up/Down, Home/End from the keyboard (cursor-keys.ts).
 */
import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { DAY_MS, isoStartMs, toIsoDay, type Span } from '../../../lib/date-value';
import { clampDay, dayForKey, dayNumber, type CursorRange } from './cursor-keys';
import './time-cursor.css';

export interface TimeSliderProps {
  label: string;
  /** The chart's time domain: the track's left and right edges. */
  track: Span;
  range: CursorRange;
  /** An ISO day inside the range. */
  value: string;
  valueText: string;
  onChange: (iso: string) => void;
  /** Pixels left and right of the track, equal to the chart's plot-area margins. */
  insetLeft: number;
  insetRight: number;
}

const trackWidth = (track: Span) => Math.max(track.endMs - track.startMs, DAY_MS);
const trackPercent = (iso: string, track: Span) =>
  ((isoStartMs(iso) - track.startMs) / trackWidth(track)) * 100;

/**
 * A tick per step: one per event date, thousands at 10,000 sites. Memoised so that a cursor move
 * redraws the thumb and the fill only.
 */
const SliderSteps = memo(function SliderSteps({ steps, track }: { steps: readonly string[]; track: Span }) {
  return steps.map((step) => (
    <span key={step} className="time-slider-step" style={{ left: `${trackPercent(step, track)}%` }} />
  ));
});

export function TimeSlider({
  label,
  track,
  range,
  value,
  valueText,
  onChange,
  insetLeft,
  insetRight,
}: TimeSliderProps) {
  const trackRef = useRef<HTMLDivElement>(null);
  const thumbRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const percent = (iso: string) => trackPercent(iso, track);

  const moveTo = (clientX: number) => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box || box.width <= 0) return;
    const ms = track.startMs + ((clientX - box.left) / box.width) * trackWidth(track);
    const next = clampDay(toIsoDay(Math.round(ms / DAY_MS) * DAY_MS), range);
    if (next !== value) onChange(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    dragging.current = true;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    thumbRef.current?.focus({ preventScroll: true });
    moveTo(event.clientX);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) moveTo(event.clientX);
  };
  const endDrag = () => {
    dragging.current = false;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = dayForKey(event.key, value, range);
    if (next === null) return;
    event.preventDefault();
    if (next !== value) onChange(next);
  };

  return (
    <div className="time-slider" style={{ paddingLeft: insetLeft, paddingRight: insetRight }}>
      <div
        ref={trackRef}
        className="time-slider-track"
        data-start={toIsoDay(track.startMs)}
        data-end={toIsoDay(track.endMs)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div className="time-slider-rail" aria-hidden="true">
          <div
            className="time-slider-span"
            style={{ left: `${percent(range.min)}%`, width: `${percent(range.max) - percent(range.min)}%` }}
          />
          <div
            className="time-slider-fill"
            style={{ left: `${percent(range.min)}%`, width: `${percent(value) - percent(range.min)}%` }}
          />
          <SliderSteps steps={range.steps} track={track} />
        </div>
        <div
          ref={thumbRef}
          role="slider"
          tabIndex={0}
          className="time-slider-thumb"
          aria-label={label}
          aria-orientation="horizontal"
          aria-valuemin={dayNumber(range.min)}
          aria-valuemax={dayNumber(range.max)}
          aria-valuenow={dayNumber(value)}
          aria-valuetext={valueText}
          data-value={value}
          style={{ left: `${percent(value)}%` }}
          onKeyDown={onKeyDown}
        />
      </div>
    </div>
  );
}
