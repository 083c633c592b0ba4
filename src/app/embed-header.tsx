/** Compact chrome for `embed=1`: the title, and a link to the same view in the full atlas. */
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../store/store-context';
import { mergeSearch } from '../url-state/url-codec';
import { toUrlState } from '../url-state/store-fields';
import { landmark } from '../components/export-landmarks';

export function EmbedHeader() {
  const { t } = useTranslation();
  const { t: te } = useTranslation('embed');
  const fullViewSearch = useAtlasStore((s) =>
    mergeSearch(window.location.search, { ...toUrlState(s), embed: false, origin: null }),
  );
  return (
    <header className="embed-header">
      <h1 {...landmark('title')}>{t('app.title')}</h1>
      <a href={`${window.location.pathname}${fullViewSearch}`} target="_blank" rel="noopener">
        {te('openFullView')}
      </a>
    </header>
  );
}
