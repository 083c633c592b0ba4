import { Suspense, lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useDeferredAtlasStore } from '../../store/deferred-views';
import { knownSitesAt, todayIso } from '../../dataset/site-status';
import { SiteItem } from './site-item';
import './site-list.css';

/** Above this many sites only the rows in view (and a few around them) are in the document. */
export const VIRTUAL_FROM = 100;

/** The virtual list and its library load only for a dataset that needs them. */
const VirtualSiteList = lazy(() =>
  import('./virtual-site-list').then((module) => ({ default: module.VirtualSiteList })),
);

/** The accessible list of sites: the keyboard and screen-reader way to everything on the map. */
export function SiteList() {
  const { t } = useTranslation();
  const model = useAtlasModel();
  const asOf = useDeferredAtlasStore((s) => s.asOf);
  const today = todayIso();
  const sites = useMemo(() => knownSitesAt(model.atlas.sites, asOf, today), [asOf, model, today]);
  return (
    <section className="panel site-list" aria-labelledby="site-list-title">
      <h2 id="site-list-title">
        {t('panels.sites')} <span className="count">{t('sites.count', { count: sites.length })}</span>
      </h2>
      {sites.length > VIRTUAL_FROM ? (
        <Suspense fallback={null}>
          <VirtualSiteList sites={sites} asOf={asOf} label={t('sites.listLabel')} />
        </Suspense>
      ) : (
        <ul aria-label={t('sites.listLabel')}>
          {sites.map((site, i) => (
            <SiteItem key={site.id} site={site} asOf={asOf} position={i + 1} size={sites.length} />
          ))}
        </ul>
      )}
    </section>
  );
}
