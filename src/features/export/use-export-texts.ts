/** The words every export carries, in the current language: the date caption and the source line. */
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { formatIsoDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { todayIso } from '../../dataset/site-status';

export interface ExportTexts {
  /** "As of 10 February 2025" or "Today, 1 December 2026". */
  dateCaption: (asOf: string | null) => string;
  /** Source, dataset version and date, licence, basemap credit. */
  source: string;
  /** The start of every file name, e.g. `compute-atlas-2025-02-10-en`. */
  fileStem: (asOf: string | null) => string;
}

export function useExportTexts(): ExportTexts {
  const { t } = useTranslation('common');
  const { t: te } = useTranslation('export');
  const { t: tm } = useTranslation('map');
  const lang = useLang();
  const { atlas } = useAtlasModel();
  const source = [
    t('app.sourceLine', { version: atlas.version, updated: atlas.updated }),
    te('source.licence'),
    `${tm('attribution')}.`,
  ].join(' ');
  return {
    dateCaption: (asOf) =>
      asOf === null
        ? t('summary.today', { date: formatIsoDate(todayIso(), lang) })
        : t('summary.asOf', { date: formatIsoDate(asOf, lang) }),
    source,
    fileStem: (asOf) => `compute-atlas-${asOf ?? todayIso()}-${lang}`,
  };
}
