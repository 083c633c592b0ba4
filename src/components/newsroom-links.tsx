/**
 * The newsroom's links, shown in About and in Downloads: how to cite this version (a line, BibTeX,
 * CSL-JSON), the changelog feed, the spreadsheet template and the built-in sites in its columns,
 * and the Data desk. Files are made in the browser on click (lazy chunks), so they work offline.
 */
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../dataset/model-context';
import { bibtex, citationLine, cslJson, versionLink } from '../dataset/citation';
import { saveBlob } from '../lib/save-blob';
import { deskHref } from '../lib/release-choice';
import { useLang } from '../i18n/use-lang';
import './newsroom-links.css';

const save = (text: string, name: string, type: string) => saveBlob(new Blob([text], { type }), name);
const CSV_TYPE = 'text/csv;charset=utf-8';
/** The template's example rows: the header and two of our own sites. */
const TEMPLATE_ROWS = 2;

export function CiteDataset() {
  const { t } = useTranslation('newsroom');
  const { atlas } = useAtlasModel();
  const link = versionLink(document.baseURI, atlas.version);
  const stem = `compute-atlas-${atlas.version}`;
  // citation.ts is in this chunk already (the line above the buttons): no lazy import to gain.
  const download = (kind: 'bib' | 'csl') => {
    if (kind === 'bib') save(bibtex(atlas, link), `${stem}.bib`, 'application/x-bibtex');
    else save(cslJson(atlas, link), `${stem}.csl.json`, 'application/vnd.citationstyles.csl+json');
  };
  return (
    <div className="newsroom-links">
      <p className="newsroom-cite" data-citation="">
        {citationLine(atlas, link)}
      </p>
      <p className="newsroom-actions">
        <button type="button" className="plain-button" onClick={() => download('bib')}>
          {t('cite.bibtex')}
        </button>
        <button type="button" className="plain-button" onClick={() => download('csl')}>
          {t('cite.csl')}
        </button>
        <a href="./changelog.xml" type="application/atom+xml">
          {t('cite.changelog')}
        </a>
        <a href="./changelog.json" type="application/feed+json">
          {t('cite.changelogJson')}
        </a>
      </p>
    </div>
  );
}

export function SpreadsheetLinks() {
  const { t } = useTranslation('newsroom');
  const lang = useLang();
  const { atlas } = useAtlasModel();
  const download = async (rows: number) => {
    const { atlasToCsv } = await import('../dataset/csv/atlas-to-csv');
    const name =
      rows === TEMPLATE_ROWS
        ? 'compute-atlas-template.csv'
        : `compute-atlas-${atlas.version}-sites-sheet.csv`;
    save(atlasToCsv(atlas, rows), name, CSV_TYPE);
  };
  return (
    <div className="newsroom-links">
      <p className="newsroom-actions">
        <button type="button" className="plain-button" onClick={() => void download(TEMPLATE_ROWS)}>
          {t('template.download')}
        </button>
        <button type="button" className="plain-button" onClick={() => void download(Infinity)}>
          {t('template.sites')}
        </button>
        <a href={deskHref(lang)}>{t('desk.link')}</a>
      </p>
      <p className="menu-list-hint">{t('template.hint')}</p>
    </div>
  );
}
