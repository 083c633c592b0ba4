/**
 * The "Export" menu: the view as a PNG (layout or slide), each chart as SVG, the timeline
 * as a WebM video. The heavy work (composition, encoding) is imported on first use; the menu reads
 * the page when it opens, so it offers what is on screen (tables, hidden panels, presenter steps).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PopoverMenu } from '../../components/popover-menu';
import { useAtlasStoreApi } from '../../store/store-context';
import { useLang } from '../../i18n/use-lang';
import { recordSupport } from './video-support';
import { readTheme } from './export-theme';
import { useMapCapture } from '../../components/map-capture-context';
import { saveBlob } from '../../lib/save-blob';
import { useExportTexts } from './use-export-texts';
import { useVideoExport } from './use-video-export';
import { CHART_IDS, readChart, type ChartId } from './view-snapshot';
import type { PngLayout } from './compose-png';
import '../../components/menu-list.css';
import './export-menu.css';

interface ChartOption {
  id: ChartId;
  title: string;
}

export interface ExportMenuProps {
  /** Where the popover opens: below the button (header) or above it (presenter's bottom bar). */
  placement?: 'below' | 'above';
}

export default function ExportMenu({ placement = 'below' }: ExportMenuProps) {
  const { t } = useTranslation('export');
  const lang = useLang();
  const store = useAtlasStoreApi();
  const texts = useExportTexts();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [charts, setCharts] = useState<ChartOption[]>([]);
  const support = recordSupport();
  const video = useVideoExport(texts, setStatus);
  const mapCapture = useMapCapture();

  const context = () => {
    const { asOf } = store.getState();
    return {
      theme: readTheme(lang),
      dateCaption: texts.dateCaption(asOf),
      source: texts.source,
      captureMap: mapCapture.capture,
    };
  };
  const run = async (fileName: string, make: () => Promise<Blob | null>) => {
    setBusy(true);
    setStatus(t('status.working'));
    try {
      const blob = await make();
      if (!blob) return setStatus(t('svg.none'));
      saveBlob(blob, fileName);
      setStatus(t('status.done', { file: fileName }));
    } catch (error) {
      setStatus(t('status.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const stem = () => {
    const { asOf, present } = store.getState();
    return `${texts.fileStem(asOf)}${present === null ? '' : `-step-${present}`}`;
  };
  const png = (layout: PngLayout) =>
    run(`${stem()}${layout === 'slide' ? '-slide' : ''}.png`, async () =>
      (await import('./export-actions')).exportPng(layout, context()),
    );
  const svg = (chart: ChartId) =>
    run(`${stem()}-${chart}.svg`, async () =>
      (await import('./export-actions')).exportChartSvg(chart, context()),
    );

  // The menu reads the page as it opens, so it offers the charts that are on screen.
  const readCharts = () =>
    setCharts(
      CHART_IDS.flatMap((chart) => {
        const shot = readChart(chart);
        return shot ? [{ id: chart, title: shot.title }] : [];
      }),
    );
  const disabled = busy || video.recording;

  return (
    <PopoverMenu
      className={`export-menu export-menu-${placement}`}
      popoverClassName="export-popover"
      label={t('menu.toggle')}
      title={t('menu.title')}
      onOpen={readCharts}
    >
      <ul className="menu-list">
        <li>
          <button type="button" disabled={disabled} onClick={() => void png('layout')}>
            {t('png.layout')}
          </button>
        </li>
        <li>
          <button type="button" disabled={disabled} onClick={() => void png('slide')}>
            {t('png.slide')}
          </button>
        </li>
        {charts.map((chart) => (
          <li key={chart.id}>
            <button type="button" disabled={disabled} onClick={() => void svg(chart.id)}>
              {t('svg.chart', { title: chart.title })}
            </button>
          </li>
        ))}
        {charts.length === 0 && <li className="menu-list-hint">{t('svg.none')}</li>}
        <li>
          {support.ok ? (
            <button type="button" disabled={disabled} onClick={() => void video.start(support.mimeType)}>
              {t('video.record')}
            </button>
          ) : (
            <p className="menu-list-hint">{t('video.unsupported')}</p>
          )}
        </li>
      </ul>
      {video.recording && (
        <div className="export-progress">
          <label>
            {t('video.progress')}
            <progress max={1} value={video.progress} />
          </label>
          <button type="button" className="plain-button" onClick={video.cancel}>
            {t('video.cancel')}
          </button>
        </div>
      )}
      <p className="export-status" role="status">
        {status}
      </p>
      <p className="menu-list-hint">{t('menu.hint')}</p>
    </PopoverMenu>
  );
}
