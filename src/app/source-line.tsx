import { useTranslation } from 'react-i18next';
import type { Atlas } from '../dataset/schema';
import { useLang } from '../i18n/use-lang';

const NAMED_SOURCES = 4;

/** Who a custom dataset says it comes from: its outlets (or titles), a few named, the rest counted. */
export function sourceNames(atlas: Atlas): string[] {
  if (atlas.sources.length) return [...new Set(atlas.sources.map((source) => source.outlet ?? source.title))];
  // A spreadsheet's sites quote no article: the publishers of the pages its rows link to.
  return [...new Set(atlas.sites.flatMap((site) => site.external.map((ref) => ref.publisher)))];
}

/** Where a `data=` file lives, as a reader recognises it: its host, or the path on this site. */
export function datasetOrigin(dataUrl: string, base: string): string {
  try {
    const url = new URL(dataUrl, base);
    return url.origin === new URL(base).origin ? url.pathname : url.host;
  } catch {
    return dataUrl;
  }
}

/** The footer: the atlas's own credit, or the custom dataset's own sources. */
export function SourceLine({ atlas, customUrl }: { atlas: Atlas; customUrl: string | null }) {
  const { t } = useTranslation();
  const { t: td } = useTranslation('dataset');
  const lang = useLang();
  const { version, updated } = atlas;
  if (!customUrl) return <footer className="app-footer">{t('app.sourceLine', { version, updated })}</footer>;
  const names = sourceNames(atlas);
  const listed = names.slice(0, NAMED_SOURCES);
  const rest = names.length - listed.length;
  const items = rest > 0 ? [...listed, td('otherSources', { count: rest })] : listed;
  const sources = new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  const from = datasetOrigin(customUrl, document.baseURI);
  return (
    <footer className="app-footer" data-custom-dataset="">
      {td('customSourceLine', { sources, from, version, updated })}
    </footer>
  );
}
