/**
 * Recording state for the menu: drives the time cursor through the recording, restores the
 * visitor's cursor afterwards, and reports progress, the saved file, a cancel or a failure.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { isoStartMs, toIsoDay } from '../../lib/date-value';
import { todayIso } from '../../dataset/site-status';
import { useAtlasStoreApi } from '../../store/store-context';
import { readTheme } from './export-theme';
import { useMapCapture } from '../../components/map-capture-context';
import { saveBlob } from '../../lib/save-blob';
import type { ExportTexts } from './use-export-texts';
import { videoSteps } from './video-support';

export function useVideoExport(texts: ExportTexts, setStatus: (status: string) => void) {
  const { t } = useTranslation('export');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  const model = useAtlasModel();
  const store = useAtlasStoreApi();
  const mapCapture = useMapCapture();
  const [recording, setRecording] = useState(false);
  const [progress, setProgress] = useState(0);
  const abort = useRef<AbortController | null>(null);

  const start = async (mimeType: string | null) => {
    const controller = new AbortController();
    abort.current = controller;
    const { asOf: before, scrubTo } = store.getState();
    scrubTo(before);
    setRecording(true);
    setProgress(0);
    setStatus(t('video.progress'));
    const eventDays = model.atlas.events.map((event) => toIsoDay(isoStartMs(event.date.start)));
    const today = todayIso();
    const fileName = `${texts.fileStem(null)}-timeline.webm`;
    try {
      const { exportVideo } = await import('./export-actions');
      const { RecordingCancelled } = await import('./record-video');
      try {
        const blob = await exportVideo({
          mimeType,
          theme: readTheme(lang),
          steps: videoSteps(eventDays, today),
          setAsOf: (day) => scrubTo(day === today ? null : day),
          dateCaption: (day) => texts.dateCaption(day === today ? null : day),
          title: tc('app.title'),
          source: texts.source,
          captureMap: mapCapture.capture,
          signal: controller.signal,
          onProgress: setProgress,
        });
        saveBlob(blob, fileName);
        setStatus(t('status.done', { file: fileName }));
      } catch (error) {
        if (error instanceof RecordingCancelled) setStatus(t('status.cancelled'));
        else throw error;
      }
    } catch (error) {
      setStatus(t('status.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      store.getState().setAsOf(before);
      setRecording(false);
      abort.current = null;
    }
  };

  return { recording, progress, start, cancel: () => abort.current?.abort() };
}
