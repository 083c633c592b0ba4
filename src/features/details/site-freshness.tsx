import { useTranslation } from 'react-i18next';
import { useCursorDay } from '../../components/overdue-forecast';
import { freshnessAt } from '../../dataset/freshness';
import type { Site } from '../../dataset/schema';
import { formatIsoDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

/**
 * When the site's status was last checked against reporting, and, six months or more before the
 * day the atlas shows (the cursor, or today), a "may be out of date" flag in words and a glyph.
 */
export function SiteFreshness({ site }: { site: Pick<Site, 'lastChecked'> }) {
  const { t } = useTranslation('provenance');
  const lang = useLang();
  const shown = useCursorDay();
  const freshness = freshnessAt(site.lastChecked, shown);
  return (
    <>
      <dt>{t('lastChecked')}</dt>
      <dd>
        {site.lastChecked ? (
          <time dateTime={site.lastChecked}>{formatIsoDate(site.lastChecked, lang)}</time>
        ) : (
          <span className="details-aside">{t('neverChecked')}</span>
        )}
        {freshness === 'stale' && site.lastChecked && (
          <span className="overdue-forecast stale-status">
            <span className="overdue-badge">
              <span aria-hidden="true">⚠ </span>
              {t('stale.badge')}
            </span>{' '}
            {t('stale.text', {
              checked: formatIsoDate(site.lastChecked, lang),
              shown: formatIsoDate(shown, lang),
            })}
          </span>
        )}
      </dd>
    </>
  );
}
